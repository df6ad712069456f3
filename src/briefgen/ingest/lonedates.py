"""A date alone on its line near the top of the text: the day of a page that gives no other.

Some pages print their day only as a line of its own, under the headline or just above the lede ("Aug 26, 2025",
"June 16, 2025 9:24 PM", "- Wednesday, 7 May 2025" in a list of the piece's details), with no byline, time stamp
label, dateline or dated address to say the same.  Such a line was left unread, the page archived undated and every
"on Monday" in it unresolved.  When nothing else dates the page, a date standing alone on its line among the first
few paragraphs is the story's day: a page prints its own day there, while a date in a sentence ("talks on May 26,
2024 …") dates an event, and one above the headline is the site's banner (read, if at all, by
:mod:`briefgen.ingest.banners`).  A line taken off as furniture that names the weekday and no time of day
("Thursday, June 13, 2024") is still the site's banner wherever it stands, as
:func:`briefgen.ingest.headlinestamps.stamp_below_headline` reads it, and gives nothing here either.  Two such lines giving
different days settle nothing and give nothing: a wrong date is worse than none.

A stamp that opens the page right above the headline and tells the time of day with no weekday ("23 Aug 2024 15:41"
over an Interfax report, "08:50, October 18, 2023" over People's Daily's) is the story's own: a site's banner shows
the day a reader opens it, named by its weekday ("Saturday, September 6, 2025 3:58 pm" over a story of another day),
and rarely the minute.

Central European pages write the day in figures with a full stop and a space after the day and the month, the day
first: "3. 4. 2023 16:33" over a Czech government release.  Read without the spaces ("3.4.2023"), a date so written is
the same day, the day before the month as the full stops say.  With the month in words the day keeps its full stop
("08. Sep 2021." under a Serbian ministry's title, "8. September 2021"): read without it, it is the same day.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.ingest.lonedatewords import in_english
from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.readingtimes import detail_lines
from briefgen.ingest.text import Part, Removed
from briefgen.text.english import MONTH_NAMES, MONTH_PATTERN, WEEKDAY_NAMES

# How many of the article's paragraphs may come before a date line kept in the text: a standfirst, a section's name, a
# reading time.  A line taken off as furniture counts only after at most one, as below the headline
# (:func:`briefgen.ingest.headlinestamps.stamp_below_headline`): lower down it may be a list's or a print edition's.
# After a standfirst and a photo's caption (trt.global: headline, standfirst, "… / Photo: AFP", "October 15, 2024")
# it still counts when more of the story follows it than comes before it: it heads the report, not its foot.
_NEAR_TOP = 4
_FURNITURE_NEAR_TOP = 1
_FURNITURE_ABOVE_STORY = 3

# The words a date line may hold besides its figures: months and weekdays, whole or cut short, and a clock's marks,
# also the Arabic letters an Arab site's English edition keeps for them ("2017-10-02 - 10:49 م": م after noon, ص before).
_DATE_WORDS = frozenset(
    [name.casefold() for name in (*MONTH_NAMES, *WEEKDAY_NAMES)]
    + [name[:3].casefold() for name in (*MONTH_NAMES, *WEEKDAY_NAMES)]
    + ["sept", "tues", "thur", "thurs", "am", "pm", "gmt", "utc", "ist", "jst", "kst", "cet", "cest", "est", "edt", "et"]
    + ["م", "ص"]
)
_LONGEST = 40
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(name[:3] for name in WEEKDAY_NAMES)})", re.IGNORECASE)
#: A time of day on a date line ("9:24", "18.30"): a stamp of when the story went up, which a site's banner does not show.
CLOCK_TIME = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b")
# "3. 4. 2023": the day, the month and the year in figures, a full stop and a space after the day and the month.
_SPACED_DOTS = re.compile(r"(?<![\d.])([0-3]?\d)\.\s([01]?\d)\.\s((?:19|20)\d\d)(?!\d)")
# "08. Sep 2021.": the day in figures with its full stop, then the month in words.
_DOTTED_DAY = re.compile(rf"(?<![\d.])([0-3]?\d)\.\s+(?=(?:{MONTH_PATTERN})\b)", re.IGNORECASE)


def _day(line: str) -> dt.date | None:
    """The full date of a date line; a Russian month or an icon's alt text is read in English first
    (:mod:`briefgen.ingest.lonedatewords`)."""
    return _day_in_english(in_english(line))


def _day_in_english(line: str) -> dt.date | None:
    """The full date of a date line in English words, "3. 4. 2023" read as "3.4.2023", "08. Sep 2021." as "08 Sep 2021."."""
    return parse_header_date(_DOTTED_DAY.sub(r"\1 ", _SPACED_DOTS.sub(r"\1.\2.\3", line)))


def date_alone(line: str) -> bool:
    """Whether ``line`` is a date and nothing else: every word a month, a weekday or a clock's mark ("Aug 26, 2025",
    "- Wednesday, 7 May 2025", "June 16, 2025 9:24 PM"), and a full date in it."""
    english = in_english(line)
    words = re.findall(r"[^\W\d_]+", english)
    short = len(line.strip()) <= _LONGEST
    return short and all(word.casefold() in _DATE_WORDS for word in words) and _day_in_english(english) is not None


def _stamp_over_headline(removed: list[Removed]) -> str | None:
    """The page's first line when it is a date with a time of day and no weekday, right above the headline."""
    if len(removed) < 2 or removed[0].kind != "date banner" or removed[1].kind != "headline":
        return None
    text = removed[0].text
    timed = CLOCK_TIME.search(text) is not None and _WEEKDAY.search(text) is None
    return text if timed and date_alone(text) else None


def lone_date_line(part: Part) -> list[Found]:
    """The day of the one date standing alone on its line near the top of the article, below any headline, as a list
    of one; nothing when there is none or when two such lines disagree.  A date among the story's details under its
    reading time counts wherever it stands (:mod:`briefgen.ingest.readingtimes`)."""
    near = part.paragraphs[:_NEAR_TOP]
    lines = [text for text in [*near, *(line for line in detail_lines(part.paragraphs) if line not in near)] if date_alone(text)]
    below_headline = "headline" not in [line.kind for line in part.removed]
    stamp = _stamp_over_headline(part.removed)
    if stamp is not None:
        lines.append(stamp)
    for line in part.removed:
        below_headline = below_headline or line.kind == "headline"
        banner = _WEEKDAY.search(line.text) is not None and CLOCK_TIME.search(line.text) is None
        heads_story = line.after <= _FURNITURE_NEAR_TOP or (
            line.after <= _FURNITURE_ABOVE_STORY and len(part.paragraphs) - line.after > line.after
        )
        if below_headline and line.kind == "date banner" and heads_story and date_alone(line.text) and not banner:
            lines.append(line.text)
    days = {_day(text) for text in lines}
    if len(days) != 1:
        return []
    day = days.pop()
    return [Found(day.isoformat(), lines[0], "lone date line")] if day is not None else []
