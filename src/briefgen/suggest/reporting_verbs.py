"""Verbs that report a named speaker's statement besides "said": "affirmed that", "voiced interest in", "…”, Mao added, as well as".

News reports a leader's words with many verbs.  :mod:`briefgen.suggest.worth`
reads "said", "stated" and "declared" as a side's statement: generic words in
one ("committed to", "a reliable partner") are that side's stated position when
it names something besides the speaker and the two sides.  The same statement
reported as "Lee voiced South Korea's interest in expanding cooperation with the
US" or "Tokayev emphasized that Astana remains an ally of Moscow" was read as a
writer's generic summary and dropped.  These verbs are its other words of
saying; the test of what the statement names stays the one in ``worth``.

With a pronoun before the verb ("he noted that") the draft would not say who
spoke, and a bare "emphasized the importance of" reports no statement, only
emphasis: neither is matched.  Wishes and pledges ("expressed his desire to",
"voiced hope") are left to the rules that weigh them.
"""

from __future__ import annotations

import re

_NOT_A_NAME = r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bit )(?<!\bwe )(?<!\bwho )(?<!\bwhich )(?<!\bwas )(?<!\bwere )"
_REPORTING = re.compile(
    _NOT_A_NAME + r"\b(?:"
    # a clause of what was said: "affirmed that Japan is committed to …"
    r"(?:affirmed|reaffirmed|emphasi[sz]ed|stressed|underlined|underscored|noted|reiterated|insisted|maintained|"
    r"argued|warned|acknowledged|confirmed|pointed out|made clear)(?:,? in turn,?)? that\b|"
    # a position voiced on a named matter: "voiced South Korea's interest in", "expressed support for Nigeria in"
    r"(?:voiced|expressed|reiterated|reaffirmed) (?:[\w’'-]+ ){0,3}?(?:interest in|support for|opposition to|concern (?:over|about|at))|"
    # the speaker named between two parts of a quotation: "…”, Mao added, as well as “…”"
    r"(?:(?<=[”\"] )|(?<=[”\"], ))(?:(?-i:[A-Z])[\w’'-]+ ){1,3}(?:added|continued|noted)(?=,))",
    re.IGNORECASE,
)


def reporting_verb(text: str) -> re.Match[str] | None:
    """Where a named speaker's statement is reported with a verb other than "said", or None."""
    return _REPORTING.search(text)
