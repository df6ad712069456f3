"""A page's date line that carries a section's or a site's name beside its date, or is split over two lines.

Several sites print the story's day on a line of its own just above the lede, but with words beside it that the date
line readers (:mod:`briefgen.ingest.lonedates`, :mod:`briefgen.ingest.stampshapes`) do not take, and such a page was
archived undated, every "on Tuesday" in it unresolved.  Three shapes recur:

- the date and a section's label, or the site's name and the place: "2018-03-09 | Politics" (a government portal),
  "17.08.2010, Israel and the World", "Agenda.ge, 29 Sep 2021 - 10:48, Tbilisi,Georgia".  Every word beside the date is
  a short label in title case (at most three labels, four words each, small words such as "and" or "the" between), so
  a sentence that dates an event ("talks on 12 May 2024 in Baku") is never one, and a weekday beside the date makes it
  a site's banner ("Mon | Jul 16, 2018" over a story of 2016), the day the page was looked at.  A time of day or the year's mark a
  Ukrainian site writes may stand beside them ("14:54 | 29/08/2018 Cooperation", "23.08.2016 р., 14:40");
- a section's name, the date in figures and the headline run into one line, the headline printed again below it:
  "Economy 22/08/2024 Uzbekistan-Azerbaijan Business Forum takes place in Tashkent";
- the month and day on one line and the time of day with the year on the next ("March 22" / "12:08 2018");
- the page's "Published On:" label and its date, with a list's date glued before the label ("24/05/2024Published On:
  23/05/2024", a ministry's site): the labelled date is the page's, read among the first five paragraphs.

Each is read only near the top of the story: right above a paragraph of the report (a dozen words or more) and below
at most one long paragraph (a photo's caption), so a related story's line at the page's foot dates nothing.  Lines
giving different days settle nothing and give nothing: a wrong date is worse than none.  Read only when nothing else
dates the page (:func:`briefgen.ingest.add`'s last readings).
"""

from __future__ import annotations

import re

from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.publishable import could_be_published
from briefgen.ingest.text import Part
from briefgen.text.english import MONTH_PATTERN, WEEKDAY_NAMES

_YEAR = r"(?:19|20)\d\d"
_NUMERIC = rf"{_YEAR}-[01]\d-[0-3]\d|[0-3]?\d[./][01]?\d[./]{_YEAR}"
_WORDS = rf"[0-3]?\d\s+(?:{MONTH_PATTERN})\.?,?\s+{_YEAR}|(?:{MONTH_PATTERN})\.?\s+[0-3]?\d,?\s+{_YEAR}"
_CLOCK = r"(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[AaPp][Mm])?"
_DATE = re.compile(rf"(?<![\w./-])(?:{_NUMERIC}|{_WORDS})(?:\s*[-–,]?\s*{_CLOCK})?(?![\w/])")
# A label beside the date: words in title case (a dotted site name among them), small words between.
_SMALL = frozenset(["and", "the", "of", "&", "in", "for"])
_WEEKDAYS = frozenset([name.casefold() for name in WEEKDAY_NAMES] + [name[:3].casefold() for name in WEEKDAY_NAMES])
_LABEL_WORD = re.compile(r"[A-Z][\w'’.-]*")
# Pieces a date line may hold beside its labels: a time of day ("14:54 | 29/08/2018 Cooperation") and the year's mark
# a Ukrainian or Russian site writes after the year ("23.08.2016 р., 14:40").
_BESIDE = re.compile(rf"{_CLOCK}|[рг]\.?")
_MOST_LABELS = 3
_MOST_WORDS = 4
_LONGEST = 70
# "Economy 22/08/2024 Title …": one or two section words, a date in figures, the headline.
_RUN_INTO_TITLE = re.compile(rf"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(?P<date>{_NUMERIC})\s+(?P<title>[A-Z“\"].+)$")
# "19/05/2023Published On: 19/05/2023": the page's own label and date, a list's date glued before it.
_PUBLISHED_ON = re.compile(rf"^(?:{_NUMERIC}|{_WORDS})?\s*Published\s+on:?\s+(?P<date>{_NUMERIC}|{_WORDS})$", re.IGNORECASE)
_LABEL_NEAR_TOP = 5
# "March 22" over "12:08 2018".
_MONTH_DAY = re.compile(rf"^(?P<month>{MONTH_PATTERN})\.?\s+(?P<day>[0-3]?\d)$")
_CLOCK_YEAR = re.compile(rf"^{_CLOCK}\s+(?P<year>{_YEAR})$")
_STORY_WORDS = 12
_LONG_WORDS = 30


def _a_label(words: str) -> bool:
    """Whether ``words`` are a short label in title case ("Politics", "Israel and the World", "Agenda.ge"), and no
    weekday: "Mon | Jul 16, 2018" is a site's banner, the day the page was looked at."""
    tokens = words.split()
    return (
        0 < len(tokens) <= _MOST_WORDS
        and not any(token.rstrip(".,").casefold() in _WEEKDAYS for token in tokens)
        and _LABEL_WORD.fullmatch(tokens[0]) is not None
        and all(_LABEL_WORD.fullmatch(token) or token.casefold() in _SMALL for token in tokens)
    )


def labelled_date(line: str) -> str | None:
    """The date words of a line holding one date and nothing but short labels beside it ("2018-03-09 | Politics"),
    with at least one label; else None."""
    line = line.strip()
    dates = list(_DATE.finditer(line))
    if len(line) > _LONGEST or len(dates) != 1:
        return None
    rest = [piece.strip() for piece in re.split(r"\s*[|,–-]\s+|\s*[|,]\s*", line[: dates[0].start()] + " | " + line[dates[0].end() :])]
    pieces = [piece for piece in rest if piece]
    labels = [piece for piece in pieces if not _BESIDE.fullmatch(piece)]
    if not pieces or len(labels) > _MOST_LABELS or not all(_a_label(label) for label in labels):
        return None
    return dates[0].group(0)


def _near_story(paragraphs: list[str], index: int) -> bool:
    """Whether the paragraph at ``index`` stands right above the report, below at most one long paragraph."""
    below = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
    above = sum(len(p.split()) >= _LONG_WORDS for p in paragraphs[:index])
    return len(below.split()) >= _STORY_WORDS and above <= 1


def section_date(part: Part) -> list[Found]:
    """The day of the one date line near the top of the story that carries a section's or site's label, runs into the
    headline printed again below it, or is split over two lines, as a list of one; nothing otherwise."""
    paragraphs = part.paragraphs
    found: list[tuple[str, str]] = []
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        run = _RUN_INTO_TITLE.match(paragraph)
        if run is not None and run.group("title").strip() in {following.strip(), (part.headline or "").strip()}:
            found.append((run.group("date"), paragraph))
            continue
        split = _MONTH_DAY.match(paragraph.strip())
        year = _CLOCK_YEAR.match(following.strip())
        if split is not None and year is not None and _near_story(paragraphs, index + 1):
            found.append((f"{split['month']} {split['day']}, {year['year']}", f"{paragraph} {following}"))
            continue
        published = _PUBLISHED_ON.match(paragraph.strip()) if index < _LABEL_NEAR_TOP else None
        if published is not None:
            found.append((published.group("date"), paragraph))
            continue
        words = labelled_date(paragraph)
        if words is not None and _near_story(paragraphs, index):
            found.append((words, paragraph))
    days = {parse_header_date(words) for words, _ in found}
    if len(days) != 1:
        return []
    day = days.pop()
    if day is None or not could_be_published(day):
        return []
    return [Found(day.isoformat(), found[0][1], "date line beside a label (nothing else dates the page: check it)")]
