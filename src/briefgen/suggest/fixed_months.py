"""A month some occasion is fixed for, or named by, dates a sentence only when nothing else in it does.

"The regional summit slated for November" names when a summit is due, and where the sentence tells nothing else it is
the plan's date (:mod:`briefgen.suggest.dates` reads "slated / scheduled / set / planned / fixed for <month>").  But the
phrase often hangs on a noun of a sentence that reports an act of its own day: "Prime Minister Fumio Kishida and French
President Emmanuel Macron on Monday agreed to work together for the success of the Group of Seven summit in Hiroshima
slated for May" is Monday's agreement, not May's summit; read as a plan due in May, the agreement was dated four months
late.  So the fixed month yields to any other date phrase of the sentence.

A month put before an occasion as its adjective names the occasion's month the same way: "the King's meeting with
Trump will be the second following the February meeting", "the two leaders agreed at the June summit".  Such a
sentence was dated by the day of writing, or by nothing (round 106's date sample: "the February Summit", "the June
talks", too few then to write).  Such a month is the nearer of the coming and the last, as a writer names an
occasion's month without its year only when it is near: "following the February meeting" on a page of April is the
February gone, "preparations for the June summit" on a page of May the June to come.  A clause that tells a past act
("the leaders met at the June summit") keeps the month behind, one of the future ahead; and the month yields as above.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeVar

from briefgen.suggest.month_tense import month_ahead, told_as_ahead, told_as_past
from briefgen.text.english import FULL_MONTH_PATTERN, month_number

#: The words that fix a month for an occasion ("a summit slated for November"), as :mod:`.dates` reads them too.
FIXED_FOR = r"(?:slated|scheduled|set|planned|fixed) for"
_FIXED_FOR = re.compile(rf"{FIXED_FOR}\b", re.IGNORECASE)

# The occasions a month names as their adjective: "the June summit", "the February G20 meeting", "the March talks".
# Not an era or a war ("the October Revolution", "the June War"): only meetings, visits, votes and accords.
_OCCASIONS = (
    r"summit|talks|meetings?|visits?|trip|tour|conference|session|forum|round|negotiations|consultations|dialogue|"
    r"elections?|polls|vote|referendum|ceasefire|truce|accord|agreement|deal|declaration|call|phone\s+call"
)
#: The "the" that leads a month used as an occasion's adjective, for the bare-month pattern of :mod:`.dates`.
OCCASION_MONTH = rf"the(?=\s+(?-i:{FULL_MONTH_PATTERN})\s+(?:(?-i:[A-Z][\w-]*)\s+)?(?:{_OCCASIONS})\b)"
_OCCASION_PHRASE = re.compile(rf"the\s+(?-i:{FULL_MONTH_PATTERN})", re.IGNORECASE)

Found = TypeVar("Found", bound=tuple[object, ...])


def fixed_months_yield(found: list[Found]) -> list[Found]:
    """``found`` (start, date, phrase) without the months something is fixed for or named by, unless they are all it holds."""
    others = [item for item in found if not _FIXED_FOR.match(str(item[2])) and not _OCCASION_PHRASE.fullmatch(str(item[2]))]
    return others or found


def bare_month_ahead(match: re.Match[str], reference: dt.date, future: bool) -> bool:
    """Whether the bare month ``match`` holds lies ahead of ``reference``: the nearer one for an occasion's month, else by tense."""
    if not _OCCASION_PHRASE.fullmatch(match.group(0).strip()):
        return month_ahead(match.string, match.start(), future)
    if told_as_past(match.string, match.start()):
        return False
    months_ahead = ((month_number(match.group("m")) or reference.month) - reference.month) % 12
    if months_ahead == 6:  # half a year either way: the clause decides
        return future or told_as_ahead(match.string, match.start())
    return 0 < months_ahead < 6  # this month's occasion is this year's either way
