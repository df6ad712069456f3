"""Words a date alone on its line may carry that are not English: Russian month names and an icon's alt text.

Some English editions print the story's day in their home language's words: tengrinews.kz's English pages stamp
"28 мая 2013, 12:02" under the headline, the month in Russian (genitive, as a date writes it).  A site's calendar icon
may leave its alt text before the day in a page's text: "calendar icon 18 April 2012" under a Beef Site headline.  Read
as they stand, neither line is a date alone (:mod:`briefgen.ingest.lonedates` wants every word a month, a weekday or a
clock's mark), so the page was left undated and every "on Monday" in it unresolved.  Put into English, each is the
story's day like any other date line: the month named in Russian is that month, and the icon's words name no day.
Only a whole line is so read; Russian words in a sentence are left alone.
"""

from __future__ import annotations

import re

# The Russian month names as a date writes them (genitive: "28 мая"), with their nominative forms.
_RUSSIAN_MONTHS = {
    "января": "January",
    "январь": "January",
    "февраля": "February",
    "февраль": "February",
    "марта": "March",
    "март": "March",
    "апреля": "April",
    "апрель": "April",
    "мая": "May",
    "май": "May",
    "июня": "June",
    "июнь": "June",
    "июля": "July",
    "июль": "July",
    "августа": "August",
    "август": "August",
    "сентября": "September",
    "сентябрь": "September",
    "октября": "October",
    "октябрь": "October",
    "ноября": "November",
    "ноябрь": "November",
    "декабря": "December",
    "декабрь": "December",
}
_RUSSIAN_MONTH = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(_RUSSIAN_MONTHS)})(?![^\W\d_])", re.IGNORECASE)
# "calendar icon 18 April 2012": a calendar icon's alt text opening the line.
_ICON_TEXT = re.compile(r"^\s*calendar\s+icon\s+", re.IGNORECASE)


def in_english(line: str) -> str:
    """``line`` with a Russian month name put into English and a calendar icon's alt text taken off its start:
    "28 мая 2013, 12:02" gives "28 May 2013, 12:02", "calendar icon 18 April 2012" gives "18 April 2012"."""
    line = _ICON_TEXT.sub("", line)
    return _RUSSIAN_MONTH.sub(lambda match: _RUSSIAN_MONTHS[match.group(0).casefold()], line)
