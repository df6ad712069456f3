"""Lines of a quotation: a participant's words at a visit that name no speaker, or are filed as a plan.

An outlet quotes a leader over several sentences, and names the speaker in
one of them only: '"The jurisdiction of the centres will be Italian. At
Shengjin, Italy will take care of migrant landings," she said. … "The
initiative does not concern pregnant women, minors and other protected
categories."', or '"The Canada-Germany Hydrogen Alliance is a historic step
forward for our shared future. Our target is clear: …' with its speaker named
in the sentence after.  A claim drafted from such a sentence is the first or the
last line of the quotation: it opens on a quotation mark that it never closes,
or closes one it never opened.  Every word of it is the speaker's, and it
names neither the speaker nor, often, a side, so
:func:`briefgen.corpus.spoken.spoken_at` (which asks for a side named) leaves
it out of the visit it was said at, though the labels of record hold it a
part of it.  A quotation ending on its speaker ('"At Gjader, a model
expulsion centre will be created," Meloni added', 'Modi said, "We will
continue to support in the training … of the Maldives national defence
forces"') is filed as a plan when its words look ahead, and the rules of
speech read statements only.

So a line of a quotation running over several sentences, and a plan in a
participant's own words with a verb of saying and a side named, are read as
said at the occasion, with the tests of a statement said there: no background
(a level, a history, a figure: see
:func:`briefgen.corpus.spoken.told_as_background`), nothing told of the past
("When I came here in 2015", "last year", "ago"), and a date on the
occasion's days (see :func:`briefgen.corpus.spoken.falls_on_occasion`).  What
is read later of every part still holds: a year or month elsewhere, another
meeting, an outsider.

Measured on half A (round 63, links of record, unjudged pairs counted
wrong): recall 81.87% to 82.04% (53,310 to 53,419 right pairs of 65,113:
109 added on three sets, none lost), precision 93.92% to 93.92% (6 new pairs
not right: 2 judged different and 4 unjudged, each the new line beside
background its article's occasion already held, or a preview of the
meeting); intake unchanged.  Simulated apart, the lines of a quotation joined
55 right pairs for 2 wrong, the plans in own words 53 right for 4 unjudged.
A quotation naming no side, whatever its shape, joined 90 right and 92 wrong
or unjudged, so it is not read; one closed by "he added" or "she said"
joined no pair the rules of speech did not already join.  The past and the writer's frame of reported speech
moved no pair of half A: they keep out what the labels keep out ("When I
came here in 2015 …", "he emphasized that the idea … arose when …").
"""

from __future__ import annotations

import re

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.quoted_figures import own_words
from briefgen.corpus.spoken import speaks, told_at_occasion
from briefgen.text.dates import PartialDate

#: The kinds of fact a line of a quotation is filed as: a saying, what it announces, what it looks ahead to.
_LINE_KINDS = frozenset({"statement", "event", "plan"})

#: The first line of a quotation that goes on in the next sentence: it opens on a quotation mark and never closes it.
_FIRST_LINE = re.compile(r'^\s*[“"][^”"]*$')
#: The last line of a quotation begun in a sentence before: no opening mark, and a closing one at its end.
_LAST_LINE = re.compile(r'^[^“"]*[”"][.,;]?\s*$')

#: The writer's frame of reported speech ("he emphasized that the idea … arose"): the line is the outlet's, not a quotation's.
_REPORTED = re.compile(
    r"\b(?:said|stated|noted|added|stressed|emphasi[sz]ed|underlined|explained|recalled|reiterated|told \w+) that\b",
    re.IGNORECASE,
)

#: What a speaker recalls of the past: "When I came here in 2015", "last year", "years ago", "previously".
_PAST = re.compile(
    r"\b(?:ago|previously|in the past|used to|last (?:year|time|month|week)|"
    r"when (?:I|we) (?:came|was|were|visited|met|first))\b",
    re.IGNORECASE,
)


def line_of_quotation(quote: str) -> bool:
    """Whether a quote is the first or the last line of a quotation that runs over several sentences.

    The first line opens on a quotation mark it does not close; the last closes,
    at its end, a mark it never opened.  A sentence quoted whole ('"…," she
    said'), words quoted inside the writer's sentence, or a line that frames
    reported speech ("Finally, he emphasized that the idea … arose …”") is none.
    """
    # each line pattern needs a straight or curly double quotation mark: a quote with none is no such line, unread
    if '"' not in quote and "“" not in quote and "”" not in quote:
        return False
    return bool(_FIRST_LINE.match(quote) or _LAST_LINE.match(quote)) and _REPORTED.search(quote) is None


def tells_the_past(quote: str) -> bool:
    """Whether a quote recalls the past ("When I came here in 2015", "last year", "years ago")."""
    return _PAST.search(quote) is not None


def _said_now(item: Prepared, date: PartialDate) -> bool:
    """Whether a quote tells no background and no past, and is dated on the occasion's days."""
    return not tells_the_past(item.fact.quote) and told_at_occasion(item, date)


def quoted_line_there(item: Prepared, names: frozenset[str], sides: frozenset[str], date: PartialDate) -> bool:
    """Whether a fact is a participant's quoted words at the occasion of ``sides`` dated ``date``.

    ``names`` are the party keys of its entities.  A line of a quotation running
    over sentences (:func:`line_of_quotation`) needs no side named; a plan in a
    participant's own words needs a side named and a mark of speech.  Either must
    tell no background and no past and fall on the occasion's days (see the module
    docstring).
    """
    fact = item.fact
    if fact.kind not in _LINE_KINDS:
        return False
    if line_of_quotation(fact.quote):
        return _said_now(item, date)
    if fact.kind == "plan" and names & sides and own_words(fact.quote) and speaks(fact.quote):
        return _said_now(item, date)
    return False
