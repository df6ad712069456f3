"""Years recalled beside the act a sentence reports: a record of earlier occasions dates nothing of its own.

"The committee, which met in 2017 and 2020, held its third session on Monday"
reports Monday's session; the years recall the sessions before it.  Kept apart
from :mod:`briefgen.suggest.dates`, which reads the phrases, as one rule over
the dates a sentence states.
"""

from __future__ import annotations

import re

from briefgen.text.dates import PartialDate
from briefgen.text.english import MONTH_PATTERN

_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: A day of a month written without its year: "September 16", "16 September", "Sept. 16th", "8-12 November".
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*[0-3]?\d)?"
_MONTH_DAY = re.compile(rf"(?:{MONTH_PATTERN})\s+{_DAY}|{_DAY}\s+(?:{MONTH_PATTERN})")
#: What joins a day to the next date of a list: "September 16 and November 8-12, 2024", "May 5, June 3, 2024".
_JOINED = re.compile(r"\s*(?:,|and|&|to)\s*(?:on\s+)?", re.IGNORECASE)


def _shares_a_year(text: str, item: tuple[int, PartialDate, str], explicit: list[tuple[int, PartialDate, str]]) -> bool:
    """Whether ``item`` is a day of a month without its year, joined to a date of the list that prints the year."""
    if not _MONTH_DAY.fullmatch(item[2]):
        return False
    end = text.find(item[2], item[0]) + len(item[2])
    joined = _JOINED.match(text, end)
    return joined is not None and any(other[0] == joined.end() for other in explicit)


_SERIES_ORDINAL = re.compile(r"\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b", re.I)


# An aside set off by commas or brackets that recalls an earlier occasion: ", established in 2014," "(which met in 2017)".
_ASIDE_OPENS = re.compile(
    r"(?:,\s+(?:which|who|whose|established|founded|set\s+up|created|formed|launched|built|inaugurated|first)\b|\()[^,;.()]*$",
    re.IGNORECASE,
)
_ASIDE_CLOSES = re.compile(r"^[^,;.()]*[,)]")


def _in_aside(text: str, start: int) -> bool:
    """Whether the date at ``text[start]`` sits in an aside that recalls an earlier occasion."""
    return bool(_ASIDE_OPENS.search(text[max(0, start - 80) : start]) and _ASIDE_CLOSES.match(text[start : start + 80]))


def recalled_years_aside(text: str, found: list[tuple[int, PartialDate, str]]) -> list[tuple[int, PartialDate, str]]:
    """Dates left once recalled years give way: "which met in 2017 and 2020, held its third session on Monday" is Monday.

    A date in an aside (", established in 2014,") recalls an earlier occasion,
    and two or more dates with their years are a record of earlier occasions
    when the sentence also dates its own act: by a relative phrase ("on
    Monday"), or, for bare years, more finely.  A day of a month printed without
    its year ("on September 16 and November 8-12, 2024") is no such phrase: it
    takes its year from the date beside it and is one more entry of the record.  A list of numbered occasions,
    three or more, each with its year ("the seventh in 2021, the eighth in
    2022 and the ninth in 2023"), is dated by its latest, the occasion the record
    leads up to; two ("the first in 2015, followed by the second in 2016") keep the
    first, the one the main clause tells.
    """
    outside = [item for item in found if not _in_aside(text, item[0])]
    found = outside or found
    explicit = [item for item in found if _WITH_YEAR.search(item[2])]
    # "on September 16 and November 8-12, 2024": a day of a month whose year the next date gives is one of the record,
    # not a phrase dating the sentence's own act from the day of writing.
    relative = [item for item in found if item not in explicit and not _shares_a_year(text, item, explicit)]
    if len({item[2] for item in explicit}) >= 2 and relative:
        return relative
    years = [item for item in found if _BARE_YEAR.fullmatch(item[2])]
    if len({item[2] for item in years}) < 2:
        return found
    others = [item for item in found if item not in years]
    if others:
        return others
    if len(years) >= 3 and len(_SERIES_ORDINAL.findall(text)) >= 3:
        return sorted(years, key=lambda item: item[1].year, reverse=True)
    return found
