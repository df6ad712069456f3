"""A bare "$" sum a dollar country's government gives is, most likely, that country's dollar.

"The government of Australia will commit at least $350 million", "Albanese
announced that Australia would contribute $350 million": a budget line of
Canberra is voted in Australian dollars, and copy that does not say so
(a travel trade site, a wire that does not convert) still prints it with a
bare "$".  Read as the US dollar, the sum is a plausible figure in the wrong
currency, so it is left without a value, as :mod:`briefgen.suggest.dollars`
does for every bare "$" on a dollar country's own page.  Only the sentence
that makes such a country (or its government, or its capital) the one who
commits, pays or gives the sum is read; a sum a country earns, trades or
receives keeps its reading, and so does every sum on a page in the world
wires' style, which names the other dollar apart ("A$350 million").
"""

from __future__ import annotations

import re

from briefgen.suggest.found import FoundValue

# Countries (and their capitals) whose own money is written "$", as a sentence names them.
_DOLLAR_COUNTRY = (
    r"(?:Australia|Canada|New Zealand|Singapore|Canberra|Ottawa|Wellington"
    r"|(?:the\s+)?(?:Australian|Canadian|New Zealand|Singaporean)\s+(?:federal\s+)?government)"
)
# The country as the one who gives: "Australia will also contribute", "The government of Australia will commit",
# "Canada's government has pledged"; at most a few words (an auxiliary, "also") between it and the verb.
_GIVER = re.compile(
    r"\b(?:the\s+government\s+of\s+)?" + _DOLLAR_COUNTRY + r"(?:['’]s\s+(?:federal\s+)?government)?"
    r"\s+(?:(?:will|would|has|have|had|is|was|also|further|to|be|now|then)\s+){0,3}"
    r"(?:commit|contribut|pay|paid|provid|fund|pledg|spen[dt]|invest|allocat|grant|giv|gave|offer|earmark|donat|lend|lent)"
    r"[a-z]*\b",
    re.IGNORECASE,
)
# How far the sum may stand after the giving verb: the object's first words ("at least", "an additional").
_REACH = 80
# A sentence's or a clause's end between the verb and the sum: the sum is another clause's.
_CLAUSE_END = re.compile(r"[.;]\s")


def given_by_dollar_country(value: FoundValue, text: str) -> bool:
    """True when the sentence ``text`` has a dollar country commit, pay or give the sum ``value`` (a bare "$" amount,
    which :func:`briefgen.suggest.dollars.settle_signs` has already told apart)."""
    for giver in _GIVER.finditer(text, 0, value.start):
        between = text[giver.end() : value.start]
        if len(between) <= _REACH and not _CLAUSE_END.search(between):
            return True
    return False
