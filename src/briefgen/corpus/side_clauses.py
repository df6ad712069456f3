"""Side clauses: what a sentence tells of a person beside the happening it reports, with that aside's own date.

A report of a visit introduces its people with a clause that dates their
past: "Li, who took over the role in March from Li Keqiang, said he
appreciated Hipkins stressing the importance of the relationship", "Dahal,
who assumed office in December last year, is set to begin his India visit
from May 31-June 3", "Putin, who was sworn in for a fifth time just over a
month ago, is expected to meet Vietnam's new president"; or places the visit
in the visitor's term: "On a two-day state visit, her first after being
elected as Prime Minister last year, Meloni also announced ...", "the first
face-to-face discussion with Carney since the former Bank of England governor
took office as Canada's prime minister in March".  The month or year of such a
clause dates the person's accession, schooling or tenure, not the talks,
the remark or the plan the sentence reports, yet
:func:`briefgen.corpus.elsewhen.elsewhen` read it as dating the sentence away
from its visit, and the sentence was left out of the visit's occasion (14
facts of half A's occasions, round 49; taking the clauses out found 220 more
pairs of record on A, recall 68.64% to 69.11%, precision 93.81% as it was).

:func:`without_side_dates` takes two shapes of clause out of a quote before
its dates are read:

* a clause on a person set off by a comma (", who took office in June",
  ", who was educated ... in 1998", ", who was president from 1993 to
  2003"), up to the next comma or the sentence's end: it tells of the
  person, never the happening the sentence's verb reports;
* a clause that dates someone's coming to office ("since he took office in
  May 2022", "after coming to power ... in September last year", "after
  being elected as Prime Minister last year"), up to that date.

What the rest of the sentence dates is still read: "This was the second
formal meeting between Albanese and Xi after they met at the G20 in Bali last
year" keeps its "last year" (a meeting, not an accession), and so does a past
agreement named in a clause with "which" ("the agreement, which was signed in
March, came into force"): such a clause may itself report the happening, so
it is left as it is.
"""

from __future__ import annotations

import re

from briefgen.text.english import MONTH_NAMES

#: A clause on a person after a comma, up to the next comma, semicolon or full stop.
_WHO = re.compile(r",\s*who\b[^,;.]*")

#: A date a clause of office ends with: a month, capitalised ("may" is no month), with its day, its year or "last year";
#: a year; "last year"; "... ago".
_TIME = (
    r"(?:(?:early|mid-?|late) )?(?-i:" + "|".join(MONTH_NAMES) + r")(?: [0-9]{1,2})?(?:,? (?:19|20)[0-9]{2}| (?:last|this) year)?"
    r"|(?:19|20)[0-9]{2}|last (?:year|month|week)"
    r"|(?:a|one|two|three|four|five|six|several|few|[0-9]+) (?:years?|months?|weeks?) ago"
)
#: Words of coming to office: taking office, being sworn in or elected, coming to power.
_ACCESSION = (
    r"(?:took|taking|take|takes|assumed|assuming|assume|assumes|entered|entering) office"
    r"|took over (?:as|the)|sworn in|inaugurated|(?:re-?)?elected|(?:came|coming|come|comes|rose|rising|returned|returning) to power"
)
#: A clause that dates someone's coming to office, from the word that places it ("since", "after") to its date.
_OFFICE = re.compile(
    r"\b(?:since|after|upon|when|having)\b[^,;.]{0,60}?\b(?:" + _ACCESSION + r")\b[^,;.]{0,50}?\b(?:" + _TIME + r")\b",
    re.IGNORECASE,
)


def without_side_dates(quote: str) -> str:
    """The quote without its clauses on a person and on someone's coming to office (see the module docstring).

    "Dahal, who assumed office in December last year, is set to begin his
    India visit from May 31-June 3" leaves "Dahal , is set to begin his India
    visit from May 31-June 3": its months are the visit's.
    """
    return _OFFICE.sub(" ", _WHO.sub(" ", quote))
