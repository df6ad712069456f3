"""Bylines and time stamps: the lines above an article that say who wrote it and when.

A page's header states its date in a few shapes: a byline that says it was
published ("Fahad Shabbir Published April 10, 2025 | 06:50 PM"), a byline that
gives a name and a date side by side ("By Jane Doe | November 20, 2024",
"20 November 2024 · Jane Doe"), or a date alone on its line ("Nov 20, 2024,
03:42 PM").  :mod:`briefgen.ingest.text` takes these lines off the article as
furniture, and ``sources add`` reads the date of a byline as the publication
date; a date alone on its line is a site's banner unless it is a time stamp
right below the headline (see :func:`briefgen.ingest.headlinestamps.stamp_below_headline`).

A place and a date ("New Delhi, November 20, 2024") is a dateline, not a
byline: a name and a date count as a byline only after "By", or with a bar or a
dot between them, never a comma alone.
"""

from __future__ import annotations

import re

from briefgen.ingest.agencycredits import is_agency_credit
from briefgen.ingest.colonbylines import COLON_BYLINE
from briefgen.ingest.header import is_bare_name, is_name_line
from briefgen.ingest.institutionbylines import is_institution_byline
from briefgen.ingest.reporterdatelines import is_reporter_dateline, reporter_dateline_name
from briefgen.ingest.sourcecredits import is_agency_name
from briefgen.ingest.stamptails import without_stamp_tail
from briefgen.text.english import MONTH_PATTERN

# "Fahad Shabbir (@FahadShabbir) Published April 10, 2025 | 06:50 PM", "By Sana Qureshi".
_BYLINE = re.compile(
    r"^(?:by\s+)?(?P<author>[^\d()|:]{2,60}?)?\s*(?:\(@\w+\))?\s*[|·•,–—-]?\s*"
    r"(?:published|posted)(?:\s+on)?\s*:?\s+(?P<when>.{4,60})$",
    re.IGNORECASE,
)
_BY_LINE = re.compile(r"^[Bb]y\s+(?P<author>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})$")
# "By Jane Doe, The Canadian Press": a writer's name, then the agency the copy came from (checked by is_agency_name).
_BY_AGENCY = re.compile(r"^[Bb]y\s+(?P<author>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}),\s+(?P<agency>[^,]{2,40})$")
# "from ALLOYCE KIMBUNGA in Dar-es-Salaam, Tanzania", "From our correspondent in Paris": who filed it, and from where;
# "By Fostina Mkandawire in Maputo Mozambique" (a news agency's reporter on a trip), where "By" takes a name of two
# words or more, so that "By Tuesday in Kigali" is no byline.
_PLACE_FILED = r"\s+in\s+[A-Z][\w.'’-]+(?:[\s-][A-Z][\w.'’-]+){0,3}(?:,\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})?$"
_FROM_IN = re.compile(
    r"^(?:[Ff]rom\s+(?P<author>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}|our\s+(?:own\s+)?correspondents?)"
    r"|[Bb]y\s+(?P<by>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}))" + _PLACE_FILED
)
_WEEKDAY_NAMES = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
# "November 20, 2024", "20th Nov, 2024", "2024-11-20", "2024/11/20", "20.11.2024", "20-11-2024"; a time of day after it:
# "| 06:50 PM", "at 2:05 pm", "14:05 GMT", "14.05 BST", "T14:05:00+05:00", "18:21 (UTC+04:00)".
_DATE = (
    rf"(?:{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN},?\s*\d{{4}}"
    r"|\d{4}-[01]\d-[0-3]\d|(?:19|20)\d\d(?:/[01]?\d/|\.[01]?\d\.)[0-3]?\d|[0-3]?\d(?:\.[0-3]?\d\.|/[0-3]?\d/|-[0-3]?\d-)(?:19|20)\d\d)"
)
# The zone after a time: "GMT+9", "UTC+05:30", "+05:00", "JST", "(IST)", and "GMT9" (a copy that lost the plus sign).
_ZONE = r"(?:\s*\(?(?:(?:UTC|GMT)(?:\s*[+-]\s*|)\d{1,2}(?::?\d\d)?|[A-Za-z]{2,4}|[+-]\d\d:?\d\d)\)?|Z)"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
_TIME = rf"(?:(?:\s*(?:[|,-]|at)?\s*|T){_CLOCK}{_ZONE}?)"
# The time first, with its zone, then the date: "13:25 JST, May 3, 2022", "10:30 AM IST | 12 March 2024", "10:07 / 18.04.2024".
_TIME_FIRST = rf"(?:{_CLOCK}{_ZONE}?\s*[,|/]?\s+(?:{_WEEKDAY_NAMES},?\s+)?{_DATE})"
_WHEN = rf"(?:(?:{_WEEKDAY_NAMES},?\s+)?{_DATE}{_TIME}?|{_TIME_FIRST})"
# A site's date banner or a timestamp alone on its line: "Thursday, October 3, 2024", "23 February,2023 11:33 pm".
_DATE_BANNER = re.compile(_WHEN, re.IGNORECASE)
# A day and month without the year at a time of day, with its zone: "16 Mar. 15:30 (UTC+3 MSK)", "March 16, 15:30 GMT"
# (a site's stamp above the text; the year is in the page's date).
_YEARLESS_STAMP = re.compile(
    rf"(?:\d{{1,2}}\s+{MONTH_PATTERN}\.?|{MONTH_PATTERN}\.?\s+\d{{1,2}},?)\s+{_CLOCK}"
    rf"(?:\s*\((?:UTC|GMT)\s*(?:[+-]\s*\d{{1,2}}(?::?\d\d)?)?(?:\s+[A-Z]{{2,5}})?\)|{_ZONE})?",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
# "By Jane Doe | November 20, 2024", "By Jane Doe, Staff Reporter Nov 20, 2024", "By Jane Doe on 20 November 2024",
# "By Jane Doe and John Roe May 28, 2025", and with the label's colon: "By: Jane Doe, July 17, 2016".
_BY_DATED = re.compile(
    rf"^[Bb]y\s*:?\s+(?P<author>{_NAME}(?:\s+and\s+{_NAME})?(?:,\s*[A-Za-z][\w.'’ -]{{1,40}}?)?)"
    rf"\s*(?:[|·•,–—-]\s*|\s+)(?:on\s+)?(?P<when>(?i:{_WHEN}))$"
)
# "Jane Doe | 20 November 2024", "Jane Doe / 20 November 2024", "20 November 2024 · Jane Doe", "20 November 2024 by
# Jane Doe": a name of two words or more and a date, a bar (or a slash between spaces, or "by") between.
_BAR = r"(?:\s*[|·•]\s*|\s+/\s+)"
_TWO_NAMES = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
_NAME_BAR_DATE = re.compile(rf"^(?P<author>{_TWO_NAMES}){_BAR}(?P<when>(?i:{_WHEN}))$")
_DATE_BAR_NAME = re.compile(rf"^(?P<when>(?i:{_WHEN}))(?:{_BAR}(?:[Bb]y\s+)?|\s+[Bb]y\s+)(?P<author>{_TWO_NAMES})$")
# "Date: November 20, 2024", "Dated: 20.11.2024": a date under its label; the label may say which date it is, as the
# label alone on its line does (furniture's "date label"): "Publish Date : 12 October 2023 14:14 PM", "Posted date: …".
_DATE_LABEL = re.compile(rf"^(?:(?:publish(?:ed)?|publication|posted|release|issue)\s+)?dated?\s*:\s*(?P<when>{_WHEN})$", re.IGNORECASE)
# "Kestrel Desk The Korvik Press, 19 Sep, 2025 10:06 AM": a desk's or writer's name, a comma, then a stamp with its time
# of day.  A dateline ("New Delhi, November 20, 2024") gives a day, never the minute the page went up.
_NAME_COMMA_STAMP = re.compile(rf"^(?P<author>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,6}}),\s*(?P<when>(?i:{_DATE}{_TIME}))$")
# "The Star15-06-2025": a credit and its date stamp that a copy of the page ran together, the date's first figure (or
# its month's name) right after the credit's last letter.  Words never touch a date so in a sentence or a dateline,
# so the glue itself says the two were a credit line's pieces, as a bar between them would; "by VNA22 January 2024"
# keeps the byline's "by" before it.
_NAME_GLUED_DATE = re.compile(rf"^(?:[Bb]y\s+)?(?P<author>{_NAME})(?<=[^\W\d_])(?P<when>(?i:{_WHEN}))$")
# "By 12 July 2017": a theme that prints no writer's name (a site's staff post) leaves "By" before the day alone, with
# its label's colon ("By: July 22, 2016"), and sometimes the post's category or the next box's label run on after the
# day: "by March 23, 2017 Fun", "By: July 22, 2016 ,The Key Point:" (one to three capitalised words, no sentence: a
# sentence opening "By March 23, 2017" goes on in lower case).  A theme that sets its pieces off with bars (Divi's
# "by Jane Doe | Nov 24, 2023 | News") leaves the bar after "By": "by | Nov 24, 2023"; one that sets them off with a
# comma leaves the comma: "By: , July 17, 2016".
_THEME_LABEL = r"(?:\s*,?\s*[A-Z][\w'’&]*(?:\s+[A-Z][\w'’&]*){0,2}:?)"
_BY_DAY_ONLY = re.compile(rf"^[Bb]y\s*[:|]?\s+(?:,\s*)?(?P<when>(?i:{_WHEN})){_THEME_LABEL}?$")
# "10 July 2023 - 16:00 Agency Staff": a stamp with its time of day, then the writer or desk with no bar between.  The
# minute the page went up is what makes it a stamp: a dateline gives a day, and no sentence opens on a clock.  The
# stamp may open on its weekday, as a Joomla theme prints it: "Monday, 15 November 2010 20:33 Vong Sokheng".
_STAMP_THEN_NAME = re.compile(rf"^(?P<when>(?i:(?:{_WEEKDAY_NAMES},?\s+)?{_DATE}{_TIME}))\s+(?P<author>{_TWO_NAMES})$")
_DATED = (_BY_DATED, _NAME_BAR_DATE, _DATE_BAR_NAME, _STAMP_THEN_NAME, _DATE_LABEL, _NAME_COMMA_STAMP, _BY_DAY_ONLY, COLON_BYLINE)
# "… | Published: Nov 20, 2024" inside a longer line ("Updated: Nov 21, 2024 | Published: Nov 20, 2024"), the
# label of a republished story's first day: "Original Publication Date February 11, 2025 - 9:31 PM", and the label some
# sites print in the imperative, behind a bar: "Publish | 14 Jul 2017, 11:57".
_PUBLISHED_IN_LINE = re.compile(
    rf"\b(?:first\s+)?(?:publish(?:ed)?|posted|(?:original\s+)?publication\s+date)(?:\s+on)?\s*[:|]?\s+(?P<when>{_WHEN})", re.IGNORECASE
)
# Words before "published" that are no author: "First published on …", "Originally posted …".
_NOT_AUTHORS = frozenset(("first", "originally", "last", "story", "article", "news", "report"))


# "… 9:13 PM 2 min read", "… · 5 minute read": the reading time some sites print after the stamp, no part of the date.
_READ_TIME = r"\d{1,3}\s*(?:min(?:ute)?s?|m)\.?\s+read"
_READING_TIME = re.compile(r"\s*[|·•,-]?\s*" + _READ_TIME + "$", re.IGNORECASE)


# What a blog theme prints after its byline's date: "No Comments", "12 Comments", "3 Mins Read", glued or spaced.
_THEME_TAIL = re.compile(r"(?:\s*[|·•,-]?\s*(?:(?:no|\d{1,4})\s*comments?|" + _READ_TIME + "))+$", re.IGNORECASE)
# A byline whose pieces a copy of the page ran together: "Jane DoeBy Jane DoeMarch 17, 2026": "By" or a month's name
# stuck to the end of the word before it.
_GLUED_BY = re.compile(r"(?<=[a-z.])(?=By\s+[A-Z])")
_GLUED_MONTH = re.compile(rf"(?<=[a-z.])(?={MONTH_PATTERN}\s+\d{{1,2}}\b)")
# The writer's name twice, the avatar's caption before "By": "Jane Doe By Jane Doe March 17, 2026".
_NAME_TWICE = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s+(?=By\s+(?P=name)\b)")


def _unglued(text: str) -> str:
    """A byline with its run-together pieces spaced apart and the theme's counts after the date taken off; any other
    line as it was (only a line that then reads whole as a byline is one)."""
    text = _THEME_TAIL.sub("", text)
    text = _GLUED_MONTH.sub(" ", _GLUED_BY.sub(" ", text))
    return _NAME_TWICE.sub("", text)


def _dated_byline(text: str) -> re.Match[str] | None:
    text = without_stamp_tail(_READING_TIME.sub("", text))
    glued = _NAME_GLUED_DATE.match(text)  # read before the pieces are spaced apart: the glue is what marks it
    if glued is not None:
        return glued
    text = _unglued(text)
    for pattern in _DATED:
        match = pattern.match(text)
        if match is not None:
            return match
    return None


# "President's News - 2023.2.2", "Press Releases — 2 February 2023": a section's name, a dash, the day; the page's
# stamp under its section label.  Read after the bylines, so that "By Jane Doe - November 20, 2024" stays a byline.
_LABELLED_DATE = re.compile(rf"[A-Z][\w'’&]*(?:\s+[\w'’&]+){{0,3}}\s+[–—-]\s+(?i:{_WHEN})")
# "NEWS 29.05.2022 13:37": a section's name in capitals with no dash, then the day and the minute the story went up.
# The time of day is asked for: a capital city before a bare date may be a dateline's.
_CAPITAL_LABEL_STAMP = re.compile(rf"[A-Z]{{3,}}(?:\s+[A-Z]{{3,}}){{0,2}}\s+(?i:{_DATE}),?\s+{_CLOCK}")


def _agency_byline(text: str) -> re.Match[str] | None:
    """The match of a byline naming a writer and the agency the copy came from ("By Jane Doe, The Canadian Press"),
    read by both the line's kind and its author, so the two never disagree on which lines these are."""
    match = _BY_AGENCY.match(text)
    if match is None or not is_name_line(match.group("author")) or not is_agency_name(match.group("agency")):
        return None
    return match


#: The place a stamp line may end on, after a dash or a bar ("… IST - New Delhi", "… IST - ABUJA"): a name in title
#: case or in capitals, of one to three words.  :mod:`briefgen.ingest.stampplaces` reads it when the text names it.
STAMP_PLACE = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}|[A-Z]{3,}(?:[ -][A-Z]{3,}){0,2}"
_PLACE_AFTER_STAMP = re.compile(rf"\s+[-–—|]\s+(?:{STAMP_PLACE})$")
_UPDATED = re.compile(r"\bupdated\b", re.IGNORECASE)


def byline_kind(text: str) -> str | None:
    """The kind of header line a whole (stripped) line is: "date banner", "byline", or None."""
    if _DATE_BANNER.fullmatch(text) or _DATE_BANNER.fullmatch(without_stamp_tail(text)):  # "… Updated 2 hours ago"
        return "date banner"
    if _YEARLESS_STAMP.fullmatch(text):
        return "date banner"  # "16 Mar. 15:30 (UTC+3 MSK)": the page's date gives the year
    if len(text.split()) <= 20 and (_BYLINE.match(text) or _BY_LINE.match(text) or _FROM_IN.match(text) or _dated_byline(text)):
        return "byline"
    if _agency_byline(text) is not None:
        return "byline"  # "By Jane Doe, The Canadian Press": read as a headline, it cut the page in two
    if is_institution_byline(text):
        return "byline"  # "By Embassy of the Republic of China (Taiwan)": the office that issued a release
    if is_reporter_dateline(text):
        return "byline"  # "Kudakwashe Mugari in MAPUTO, Mozambique": the reporter, and the city as a dateline
    if is_agency_credit(text):  # "The Courier with AP and AFP": a credit, never a second article's headline
        return "byline"
    if published_words(text) and is_stamp_line(text):  # "Published on …, at 4:58 pm (Paris), updated on …": no byline
        return "update line"
    if (_LABELLED_DATE.fullmatch(text) or _CAPITAL_LABEL_STAMP.fullmatch(text)) and not re.match(r"[Bb]y\s", text):
        return "date banner"
    if _UPDATED.search(text) and is_stamp_line(_PLACE_AFTER_STAMP.sub("", text)):
        return "update line"  # "October 09, 2023 02:59 am | Updated 02:59 am IST - New Delhi": stamps, then where filed
    return None


def byline_author(text: str) -> str | None:
    """The author named by a byline line, if it names one (without a role after a comma: "Jane Doe, Staff Reporter")."""
    dated = _dated_byline(text)
    if dated is not None and "author" in dated.groupdict():
        name = dated.group("author").split(",")[0].strip()
        # Without "By", the words beside the date must read as a person's name: "World News | 20 November 2024" is a label.
        if dated.re is _NAME_COMMA_STAMP:
            return dated.group("author")  # the whole credit: "Kestrel Desk The Korvik Press" names its agency too
        return name if dated.re is _BY_DATED or is_bare_name(name) else None
    by_agency = _agency_byline(text)
    if by_agency is not None:
        # the whole credit: "Jane Doe, The Associated Press" tells suggest whose copy it is (a world wire's "$")
        return f"{by_agency.group('author')}, {by_agency.group('agency')}"
    match = _BYLINE.match(text) or _BY_LINE.match(text) or _FROM_IN.match(text)
    if match is None and (reporter := reporter_dateline_name(text)):
        return reporter  # "Kudakwashe Mugari in MAPUTO, Mozambique"
    if match is None and is_name_line(text):
        return text
    named = (match.group("author") or match.groupdict().get("by")) if match else None  # "By … in Maputo": "by"
    if not named:
        return None
    author = re.sub(r"^by\s+", "", named.strip(), flags=re.IGNORECASE).strip(" ,|·•-")
    return author if author and author.casefold() not in _NOT_AUTHORS else None


def byline_date_text(text: str) -> str | None:
    """The words of a byline that give its date ("April 10, 2025 | 06:50 PM"), or None."""
    match = _BYLINE.match(text) or _dated_byline(text)
    return match.group("when") if match else None


def published_words(text: str) -> str | None:
    """The date a line says the article was published, wherever in the line ("Updated: Nov 21, 2024 | Published:
    Nov 20, 2024" gives "Nov 20, 2024"), or None: the day of publication, not of the update."""
    match = _PUBLISHED_IN_LINE.search(text)
    return match.group("when") if match else None


# The labels a time-stamp line puts before its dates: "Published: … | Last Updated: …", "Posted on … · Modified …".
_STAMP_LABEL = re.compile(
    r"\b(?:first|last|originally|original|publish|published|publication|posted|updated|modified|edited|on|at|date|dated)\b", re.IGNORECASE
)
_WHEN_IN_LINE = re.compile(_WHEN, re.IGNORECASE)
# A time of day left over beside its date, with its zone or the city it is told in: ", at 4:58 pm (Paris)".
_CLOCK_IN_LINE = re.compile(rf"{_CLOCK}(?:\s*\([A-Z][\w .'’-]{{1,30}}\)|{_ZONE})?", re.IGNORECASE)


def is_stamp_line(text: str) -> bool:
    """Whether a whole line is only time stamps under their labels ("Published: 25th January 2019 01:10 PM |
    Last Updated: 26th January 2019 12:43 AM", "Published on May 26, 2024, at 4:58 pm (Paris)", "16 Mar. 15:30 (UTC+3 MSK)"): such a
    line, read as a part's headline, heads no article."""
    if _YEARLESS_STAMP.fullmatch(text.strip()):
        return True
    rest, found = _WHEN_IN_LINE.subn(" ", text)
    rest = _CLOCK_IN_LINE.sub(" ", rest) if found else rest
    return found > 0 and not any(c.isalnum() for c in _STAMP_LABEL.sub(" ", rest))
