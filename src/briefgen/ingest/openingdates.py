"""A full date that opens the lede, set off from its first sentence by a dash or an underscore: a dateline without a place.

A press review's entry opens its text with the day it was filed and nothing more, no place and no agency: "August 18,
2024_ Italian Prime Minister Giorgia Meloni recently concluded her first official visit to China, …" (adnkronos.com,
whose page prints no other date).  No dateline reader took it, since each looks for a place first, and the page was
archived undated.  A date standing first in the lede and closed by a mark that opens the report is the entry's own
day, as a dateline's date is: a date that a sentence is about is written inside the sentence ("On August 18, 2024,
the two leaders …"), never before it and cut off by a dash.  A date the page could not have carried when saved is
no such day.

A byline opens a report so too (round 102's fresh samples): the reporter's name, a dash and the day in figures with
full stops, glued to the report ("Hatim Khan – 05.03.2018 The Saudi Crown Prince …").  Figures with full stops are
never a sentence's words, and after a name and a dash they are the byline's own date, day first as dotted figures write
it (:mod:`.dateddatelines` reads the same figures after a place).
"""

from __future__ import annotations

import re

from briefgen.ingest.header import BARE_NAME
from briefgen.ingest.meta import TEXT_DATE, Found, parse_text_date
from briefgen.ingest.publishable import could_be_published, matched_day
from briefgen.text.english import FULL_WEEKDAY_PATTERN, lead_paragraph

# "August 18, 2024_ Italian …", "Wednesday, December 6, 2023 – Two weeks …": an optional weekday, the full date, then
# an underscore or a dash (spaced or not) and the report's first word in capitals.
_OPENING_DATE = re.compile(rf"^\s*(?:(?:{FULL_WEEKDAY_PATTERN}),?\s+)?(?P<date>{TEXT_DATE.pattern})\s*(?:_|[–—]|-{{1,2}})\s*(?=[A-Z“\"])")
# "Hatim Khan – 05.03.2018 The Saudi …": a reporter's name of two or three words, a dash, the day, month and year in
# figures with full stops, and the report's first word in capitals.
_BYLINED_FIGURES = re.compile(
    rf"^\s*(?:{BARE_NAME.pattern})\s+[–—-]\s+(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\s+(?=[A-Z“\"])"
)


def opening_date(paragraphs: list[str]) -> list[Found]:
    """The day a full date opening the lede gives (see the module's docstring), as a list of one; else nothing."""
    lede = lead_paragraph(paragraphs)
    match = _OPENING_DATE.match(lede) or _BYLINED_FIGURES.match(lede)
    if match is None:
        return []
    day = parse_text_date(match.group("date")) if match.re is _OPENING_DATE else matched_day(match, "year", "month", "day")
    if day is None or not could_be_published(day):
        return []
    return [Found(day.isoformat(), match.group(0).strip(" _–—-"), "dateline")]
