"""A dateline of a place and a wire's credit with no dash after it: "Paris (Agencies) French President Emmanuel …".

A site that reprints agency copy may keep the dateline's place and credit and drop the dash that closes it, so the
lede's first sentence runs straight on from the bracket.  The dateline readers of :mod:`briefgen.ingest.meta` want
the dash ("Hanoi (VNA) – …"), since without it a name in title case and a bracket open many a sentence ("Ministry
(MoFA) officials said …").  What the bracket holds settles it: a wire agency's short name ("(AFP)", "(PTI)") or a
word for an unnamed one ("(Agencies)", "(Wires)") credits the copy, and the words before it are where the copy was
filed.  Only the place is read; the credit names the writer, not the page's outlet (:mod:`genericcredits`).
"""

from __future__ import annotations

import re

from briefgen.ingest.agencies import WIRE_AGENCIES
from briefgen.ingest.genericcredits import is_generic_credit
from briefgen.ingest.meta import Found

# A place in title case of up to three words, the credit in brackets, then the sentence: "Paris (Agencies) French …".
_UNDASHED = re.compile(r"^(?P<place>[A-Z][a-zà-ÿ'’.]+(?:[ -][A-Z][a-zà-ÿ'’.]+){0,2})\s*\((?P<credit>[^()]{2,30})\)\s+(?=[A-Z“\"])")
# Words that open a sentence, never a place.
_NOT_PLACES = frozenset(("The", "A", "An", "This", "That", "It", "He", "She", "They", "We", "In", "On", "At"))
# How far down the page the lede may stand (below a standfirst or a caption left in the text).
_LEDE_PARAGRAPHS = 2


def undashed_credit_dateline(paragraphs: list[str]) -> dict[str, Found]:
    """The place of a dateline whose wire credit closes it with no dash ("Paris (Agencies) French President …" gives
    Paris), in the first paragraphs, or nothing."""
    for paragraph in paragraphs[:_LEDE_PARAGRAPHS]:
        match = _UNDASHED.match(paragraph)
        if match is None or match.group("place").split()[0] in _NOT_PLACES:
            continue
        credit = match.group("credit").strip()
        if is_generic_credit(credit) or credit.casefold() in WIRE_AGENCIES:
            return {"place": Found(match.group("place"), match.group(0).strip(), "dateline")}
    return {}
