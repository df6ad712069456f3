"""Similar acts: a report of an occasion names the like acts done with others, which are other occasions.

A report of a signing or a visit sets it beside the acts of its kind that came before or come after, told as
"similar" ones: "Earlier, Ukraine signed a similar agreement on cooperation ... with Germany and Great Britain", "This
bilateral security pact follows similar agreements with Germany and the UK", "The visit comes only days after Orbán
made a similar unannounced trip to Ukraine", "Germany will sign a similar agreement with Uzbekistan this weekend".
Such a sentence carries the occasion's words (an agreement, a visit) and one of its parties, and often no date of its
own, so :mod:`briefgen.corpus.occasions` took it in, with one wrong pair for every other fact of the occasion.  The
labels of half A keep each of the nine labelled sentences of this shape apart from the occasion it was told beside,
most of them in a background group of their own; kept out (round 109, links of record), they take 137 wrong pairs out
of four sets' occasions and 8 right ones with them, pairs two such background lines made only by both sitting in the
occasion.  The act a thing is "similar" to is the one reported, so the similar one is another.

Only a similar act told with the party it was done with, by or to, named ("with Germany", "to Ukraine", "by
Denmark", "from Germany"), is read.  With no party named, the similar act may be the same sides' own earlier one,
which the labels join to the occasion as its rank ("Her visit comes almost five years after her predecessor ... made a
similar visit"); told between the two sides, it is what the occasion continues ("continuing from a similar aircraft
purchase agreement signed between the two sides last year"); told as "a similar one" after the occasion's own act
("signed ... a 10-year bilateral security agreement with France hours after he made official a similar one with
Germany"), the sentence tells the occasion first, and stays with it.  Nor is a sentence read that tells what the
like acts share with the occasion's own ("This bilateral security pact follows similar agreements with Germany and
the UK, all spanning a decade": the pact's length, a figure the labels join to the pact's other lengths).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.corpus.models import Fact
from briefgen.text.cues import may_hold

#: A like act, by its noun (up to two words between: "a similar unannounced trip", "a similar aircraft purchase
#: agreement"), then within its clause the party it was done with, by, to or from, named with a capital ("with
#: Germany", "to Ukraine", "by Denmark", "by the Trump administration").
_SIMILAR_ACT = re.compile(
    r"\b[Ss]imilar\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agreements?|deals?|pacts?|accords?|treat(?:y|ies)|memorand(?:um|a)|arrangements?|visits?|trips?|tours?|moves?)\b"
    r"[^.;,]{0,80}?\b(?:with|to|by|from)\s+(?:the\s+)?[A-Z]"
)
#: What the like acts and the occasion's own share, told of them all ("follows similar agreements with Germany and the
#: UK, all spanning a decade"): the occasion's own act is among them, and its length is one of its figures.
_SHARED = re.compile(r",\s+(?:all|both|each)\b")
#: What every match of :data:`_SIMILAR_ACT` holds, lower-cased (see :mod:`briefgen.text.cues`).
_CUES = ("similar",)


def of_a_similar_act(quote: str) -> bool:
    """Whether ``quote`` tells an act like the occasion's done with another party, which is another occasion.

    "Earlier, Ukraine signed a similar agreement on cooperation between countries in the field of security with
    Germany and Great Britain" tells Ukraine's deals with those two, not the one with France it was told beside; "Her
    visit comes almost five years after her predecessor ... made a similar visit" names no other party, and stays
    (see the module's docstring).
    """
    if not may_hold(quote, _CUES):
        return False
    found = _SIMILAR_ACT.search(quote)
    return found is not None and _SHARED.search(quote, found.end()) is None


def without_similar_acts(occasions: Sequence[tuple[list[Fact], str]]) -> list[tuple[list[Fact], str]]:
    """Each occasion (its facts, and why it is one) without the facts that tell a like act done with another party.

    :mod:`briefgen.corpus.occasions` leaves such a fact out of an article's parts (through
    :func:`briefgen.corpus.beside.beside_the_visit`), but the rules that join a report's other lines afterwards read
    where a line stands, not what it tells: "Earlier, Ukraine signed a similar agreement ... with Germany and Great
    Britain", dated to its page's day right between two parts of the signing in Paris, is taken back in as a step of
    the day (:mod:`briefgen.corpus.steps_between`).  What is like the occasion's act is not it, wherever it stands.
    """
    return [([fact for fact in members if not of_a_similar_act(fact.quote)], why) for members, why in occasions]
