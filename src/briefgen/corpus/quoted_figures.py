"""Figures in a participant's own words: a number a leader says at a visit is said there, not background.

A report of a visit quotes its leaders, and they speak in numbers: "The
interests of 2.8 billion people of both countries are linked to our
cooperation", "This is not just my honour, it is the honour of 1.4 billion
Indians", "I would like to receive this award on behalf of 140 crore
Indians", "So it's over USD 200 billion but 160 in terms of the Jets, that's
fantastic".  The labels of record hold each a part of the visit it was said
at.  Yet :func:`briefgen.corpus.spoken.told_as_background` reads any digit as
a level or count of the relation told beside the visit, and so left them out
of their occasion (round 62: on half A's missed pairs of record, statements
with a verb of saying read as background made the largest class of the ends
left out of an occasion the other end was in, and a digit was what read most
of them as background).

That reading was made for the writer's own lines and for reported speech
("He said Rosatom is building at least 20 power units abroad", "Putin noted
that the Russian state gives full scholarships to 500 students"): there the
number is the outlet's, as often background as said.  A participant's own
words are different: a quotation, or the first person ("we", "our", "my"),
is what was said, at the occasion the statement is dated to.  So a statement
of the visit's day that names a side, tells that someone spoke and quotes
their own words is read as said there when its figures are all that make it
background.  A word of history or level still keeps it out ("Total bilateral
trade grew from R614 billion in 2022", "our traditional friendship has
gained even greater strength", "reached an unprecedentedly high level"), as
does a year counted from ("the country has been China's largest food supplier
since 2017").  A figure the outlet files as a figure rather than a statement
is read the same way: the leader's sentence is the same.

Measured on half A (round 62, links of record, unjudged pairs counted
wrong): recall 79.01% to 80.34% (+845 pairs right, 879 found, 33 of them
unjudged, 1 judged different), precision 93.77% to 93.81%; a figure filed as
a figure made 207 of the right pairs.  Tried and left out: a figure in
reported speech read as said there too (398 more right pairs, 196 more wrong
or unjudged), quoted words kept out by a word of history or level read as
said there too (409 more right, 178 more wrong or unjudged: "reached a level"
said on the tour's other leg, "grew from", "since"), and every figure of the
visit's day naming a side (542 more right, 1,657 more wrong or unjudged).
"""

from __future__ import annotations

import re

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.spoken import background_marks, falls_on_occasion, in_first_person, speaks, without_said_year
from briefgen.text.dates import PartialDate

#: A quotation mark, curly or straight: the words after it are the speaker's, not the outlet's.
_QUOTATION_MARK = re.compile(r"[\"“”]")

#: A year counted from ("since 2017", "since 2000"): a history, whoever tells it.
_SINCE_A_YEAR = re.compile(r"\bsince [0-9]", re.IGNORECASE)

#: The kinds of facts a leader's quoted sentence is filed as.
KINDS = ("statement", "figure")


def own_words(quote: str) -> bool:
    """Whether a quote gives a participant's own words: a quotation, or the first person."""
    return _QUOTATION_MARK.search(quote) is not None or in_first_person(quote)


def background_by_figures_alone(quote: str) -> bool:
    """Whether only its figures read a quote as background: digits, and no word of history or level, no year counted from."""
    marks = background_marks(without_said_year(quote))
    return bool(marks) and all(mark.isdigit() for mark in marks) and _SINCE_A_YEAR.search(quote) is None


def figure_said_there(item: Prepared, names: frozenset[str], sides: frozenset[str], date: PartialDate) -> bool:
    """Whether a statement (or figure) is a participant's figure said at an occasion of ``sides`` dated ``date``.

    ``names`` are the party keys of its entities: one must be a side.  It must
    tell that someone spoke, in their own words (see the module docstring),
    be background by its figures alone, and fall on the occasion's days (see
    :func:`briefgen.corpus.spoken.falls_on_occasion`).
    """
    fact = item.fact
    if fact.kind not in KINDS or not names & sides:
        return False
    quote = fact.quote
    if not (own_words(quote) and speaks(quote) and background_by_figures_alone(quote)):
        return False
    return falls_on_occasion(item, date)
