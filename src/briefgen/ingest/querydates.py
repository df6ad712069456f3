"""The page's date an address carries in its query string: "view.php?key=20250826001000332".

Many publishing systems (common on Korean, Japanese and Chinese news sites) do not put the story in a dated folder but
number it by the day it was filed: the year, month and day, then the story's serial number, handed to one script as a
query value.  The path then holds no date ("/view.php"), and the other readings of an address look only at the path.

A number that is only an id can begin with digits that look like a day, so the reading asks for more than a real day:
the value is digits alone and longer than the eight of the date (a serial number follows it), the year comes first
(the order such numbers are built in), the day is not after the page was saved, and the text names that month, as a
story written that day nearly always does ("on August 25").

Some systems hand the day to the script as three named values instead: "politics.php?yyyy=2014&mm=07&dd=01&nav_id=90832"
(B92's English pages).  The names say which number is the year, the month and the day, so nothing is guessed and the
text need not name the month; the day must still be a real one, not after the page was saved.

Others hand it over whole, as one value: "detail.php?date=2023-05-04&id=77", "view?pubdate=20230504&no=12".  A value
that is a year-first date with its separators ("2023-05-04", "2023/05/04") is a date whatever its name, as it is in a
path; eight figures alone are read only under a name that says they are a date ("date", "pubdate", "dt"), since
under any other name ("aid=20230504") they may be an id.  A value of the day and the month in either order before the
year ("cnd=3/26/2006") is read when one of the two figures is over 12, which makes it the day and the other the month.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qsl, urlsplit

from briefgen.ingest.meta import numeric_date
from briefgen.ingest.publishable import could_be_published, matched_day
from briefgen.text.english import names_month

# The day first, year first, then at least one digit of the story's serial number.
_DAY_THEN_SERIAL = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\d+")


# The names a query gives the year, the month and the day of a dated page ("yyyy=2014&mm=07&dd=01").
_YEAR_NAMES = frozenset(("yyyy", "year"))
_MONTH_NAMES = frozenset(("mm", "month"))
_DAY_NAMES = frozenset(("dd", "day"))


def date_in_named_query(url: str | None) -> tuple[dt.date, str] | None:
    """The day a query's named year, month and day give ("yyyy=2014&mm=07&dd=01"), and those values as the address
    writes them; None when one is missing, not a number, or the three make no day that could be the page's."""
    values = {name.casefold(): value for name, value in parse_qsl(urlsplit(url or "").query)}
    parts = []
    for names in (_YEAR_NAMES, _MONTH_NAMES, _DAY_NAMES):
        found = [(name, values[name]) for name in names if name in values]
        if len(found) != 1 or not found[0][1].isdigit() or len(found[0][1]) > 4:
            return None
        parts.append(found[0])
    (_, year), (_, month), (_, day_of_month) = parts
    if len(year) != 4:
        return None
    try:
        day = dt.date(int(year), int(month), int(day_of_month))
    except ValueError:
        return None
    if not could_be_published(day):
        return None
    return day, "&".join(f"{name}={value}" for name, value in parts)


# A year-first date with its separators, as a whole query value: "2023-05-04", "2023/05/04", "2023.05.04".
_SEPARATED_DAY = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)")
# The day and the month in either order before the year, as a whole query value: "cnd=3/26/2006" (The Financial Express
# of Dhaka's old pages), "date=26.10.2023".  Read only when a day after the 12th settles which figure is the month.
_DAY_MONTH_EITHER = re.compile(r"(?P<a>[0-3]?\d)(?P<sep>[-/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)")
# Eight figures, year first, as a whole query value.
_EIGHT_FIGURES = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)")
# Names of a query value that say it is a date (or contain "date": "pubdate", "publish_date", "newsDate").
_DATE_KEYS = frozenset(("dt", "d"))


def _says_date(name: str) -> bool:
    folded = name.casefold()
    return "date" in folded or folded in _DATE_KEYS


def date_in_whole_value(url: str | None) -> tuple[dt.date, str] | None:
    """The day a single query value gives whole ("date=2023-05-04", "pubdate=20230504"), and that value; None when
    no value is such a date, or the date is no real day that could be the page's."""
    for name, value in parse_qsl(urlsplit(url or "").query):
        day = matched_day(_SEPARATED_DAY.fullmatch(value) or (_EIGHT_FIGURES.fullmatch(value) if _says_date(name) else None))
        day = day or _settled_day(_DAY_MONTH_EITHER.fullmatch(value))
        if day is not None and could_be_published(day):
            return day, f"{name}={value}"
    return None


def _settled_day(match: re.Match[str] | None) -> dt.date | None:
    """The day a value of day and month in either order gives when one figure is over 12 and the other not: that one is
    the day ("3/26/2006" is 26 March); None when both could be the month ("05/10/2023") or neither."""
    if match is None:
        return None
    a, b = int(match.group("a")), int(match.group("b"))
    return None if (a > 12) == (b > 12) else numeric_date(a, b, int(match.group("y")), "")  # the one valid reading


def date_in_query(url: str | None, text: str) -> tuple[dt.date, str] | None:
    """The day a query value's leading digits give (see the module's docstring), and that value, else the day its named
    year, month and day give, else the day one value gives whole; None otherwise."""
    for _name, value in parse_qsl(urlsplit(url or "").query):
        day = matched_day(_DAY_THEN_SERIAL.fullmatch(value))
        if day is not None and could_be_published(day) and names_month(day.month, text):
            return day, value
    return date_in_named_query(url) or date_in_whole_value(url)
