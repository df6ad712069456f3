"""A named leader calls a named country a partner or an ally of a given kind: the standing of the relation, stated.

"Xi noted that the UAE is an important comprehensive strategic partner of China", "Tokayev emphasized that Astana
was and remains a reliable strategic partner and ally of Moscow", "Modi also called Tanzania an important partner in
the Indo-Pacific": a side's stated view of where the relation stands, which the labels keep as a claim (a brief can
get it wrong: who said it, of whom, what kind of partner).  The worth test (:mod:`briefgen.suggest.worth`) read
"partner" as generic prose and refused them.

Both the speaker and the country are named, and the verb is one of saying ("noted that", "said", "called"): praise of
the ties in general ("the two countries are good partners", "described relations as historic") stays generic, and so
does a partner the writer calls so, with no speaker.
"""

from __future__ import annotations

import re

_NAME = r"(?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
_KIND = r"(?:an?|the|its|their|our) (?:[\w-]+,? (?:and )?){0,4}[“\"]?(?:partners?|ally|allies)\b"
# "<Speaker> noted that <Country> is an important … partner", "emphasized that Astana was and remains a … partner"
_SAID_PARTNER = re.compile(
    rf"\b[A-Z][\w’'-]+(?:,[^,]{{1,30}},)? (?:also )?(?:said|noted|stressed|emphasi[sz]ed|stated|affirmed|reaffirmed|underlined)"
    rf"(?: that)? {_NAME} (?:is|was|remains|was and remains|has been) {_KIND}"
)
# "<Speaker> (also) called <Country> an important partner"
_CALLED_PARTNER = re.compile(rf"\b[A-Z][\w’'-]+ (?:also )?called {_NAME} {_KIND}")


def partner_named(text: str) -> bool:
    """Whether a named speaker calls a named country a partner or an ally of a kind (see the module's docstring)."""
    return bool(_SAID_PARTNER.search(text) or _CALLED_PARTNER.search(text))
