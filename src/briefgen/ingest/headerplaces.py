"""The place a page's header prints on a line of its own, where no dateline opens the text.

Some sites put where the story was filed not before the lede but beside the byline, each in a shape of its own:

- the wire's credit and the place on one line: "Press Trust of India Kathmandu", "AP Baku" (Business Standard);
- the reporter and the place: "Deji Elumoye in Abuja", alone on its line above the lede; or with a slash between them,
  as South Asian papers print it: "Zakir Hossain / Dhaka" (the place then a country's capital or its name, as
  :mod:`briefgen.ingest.ledeplaces` knows them, so that two names around a slash, "Joe Biden / Xi Jinping", are none);
- the place alone on its line between the writer's name and the day: "Kamal Tabikha" / "Cairo" / "November 19, 2025";
- the place in capitals alone on its line right under the headline, above the photo's caption ("LONDON"), which the
  cleaner takes for a one-word section label (:func:`briefgen.ingest.header.is_label_line`) because a caption, not the
  lede, follows it.  A section's label sits above the headline; under it, before any of the text, a line in capitals
  that names no section is the dateline.

Each line says nothing but who and where: a credit line names a wire agency, a reporter's line a person's name; a word
that credits a picture or a desk ("AP Photo", "Reuters Staff") is no place.
"""

from __future__ import annotations

import re

from briefgen.ingest.agencies import WIRE_AGENCIES
from briefgen.ingest.header import is_body, is_name_line, is_section_name
from briefgen.ingest.ledeplaces import is_country_name
from briefgen.ingest.meta import Found, parse_text_date, titled_place
from briefgen.ingest.reporterdatelines import reporter_dateline_city
from briefgen.ingest.text import Part
from briefgen.text.english import MONTH_NAMES, WEEKDAY_NAMES

# How many paragraphs from the top a header line may sit: below a headline, a standfirst, a caption and a keyword line.
_LOOK = 6
# The agencies' names as a credit line spells them out.
_SPELLED_AGENCIES = frozenset(
    ("press trust of india", "associated press", "agence france-presse", "asian news international", "indo-asian news service")
)
_AGENCY_NAMES = "|".join(sorted((re.escape(n) for n in WIRE_AGENCIES | _SPELLED_AGENCIES), key=len, reverse=True))
_PLACE = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}|[A-Z]{3,}(?:[ -][A-Z]{3,}){0,2}"
_CREDIT_PLACE = re.compile(rf"(?i:{_AGENCY_NAMES})\s+(?P<place>{_PLACE})")
_REPORTER_PLACE = re.compile(rf"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,2}})\s+(?P<mark>in|/)\s+(?P<place>{_PLACE})")
_PLACE_ALONE = re.compile(_PLACE)
# A day alone on its line ("November 19, 2025", "Wed 19 November 2025") has no more words than this.
_DAY_LINE_WORDS = 5
_SENTENCE_END = re.compile(r"[.!?][\"”’']?$")
_CAPS_ALONE = re.compile(r"[A-Z][A-Z'.-]{2,}(?:[ /-][A-Z][A-Z'.-]+){0,2}")
# Words after an agency's name that say what it supplied or who at it wrote, never where.
_NOT_PLACE_WORDS_TEXT = """photo photos picture pictures image images file video videos graphic graphics staff desk bureau
reporter reporters correspondent correspondents news service wire newswire report pool handout live online digital english
urdu hindi world international agency exclusive"""
_NOT_PLACE_WORDS = frozenset(_NOT_PLACE_WORDS_TEXT.split())
_NOT_PLACES = frozenset(w.casefold() for w in (*WEEKDAY_NAMES, *MONTH_NAMES)) | _NOT_PLACE_WORDS


def _is_place(words: str) -> bool:
    return not any(w.casefold() in _NOT_PLACES for w in re.split(r"[\s/-]+", words))


def _credit_or_reporter(paragraphs: list[str]) -> Found | None:
    """The place of a wire's credit line in the header, or of a reporter's line right above the text's first sentence
    (the lines above it, a standfirst's points, end no sentence; a crosshead "Transit Project in Karachi" lower down
    is below sentences of the text)."""
    for index, paragraph in enumerate(paragraphs[: _LOOK + 2]):
        line = paragraph.strip()
        credit = _CREDIT_PLACE.fullmatch(line) if index < _LOOK else None
        if credit is not None and _is_place(credit.group("place")):
            return Found(titled_place(credit.group("place")), line, "credit line")
        reporter = _REPORTER_PLACE.fullmatch(line)
        text_below = index + 1 < len(paragraphs) and is_body(paragraphs[index + 1])
        above_text = not any(_SENTENCE_END.search(p.strip()) for p in paragraphs[:index])
        named = reporter is not None and is_name_line(reporter.group("name")) and _is_place(reporter.group("place"))
        named = named and reporter is not None and (reporter.group("mark") == "in" or is_country_name(reporter.group("place")))
        if reporter is not None and named and text_below and above_text:
            return Found(titled_place(reporter.group("place")), line, "byline")
    return None


def _between_writer_and_day(part: Part) -> Found | None:
    """A place alone on its line with the writer's name right above it and the day right below it, which the article's
    text names again: a second writer's name on the next line has the same shape, and the text seldom names its writer.

    The three lines are either all taken off as header lines (the place read as a second name) or left in the text
    above the lede, with only the day taken off.  A day taken off is counted by the paragraphs above it; a headline
    that the address then picks out of the paragraphs (:mod:`briefgen.ingest.titling`) leaves that count one higher
    than the place's own."""
    text = "\n".join(part.paragraphs)
    for writer, second, day in zip(part.removed, part.removed[1:], part.removed[2:], strict=False):
        header = writer.kind == second.kind == "byline" and day.kind in {"date banner", "byline"} and parse_text_date(day.text)
        if header and is_name_line(writer.text.strip()) and _alone_and_named(second.text.strip(), text):
            return Found(titled_place(second.text.strip()), second.text.strip(), "byline")
    days = [r.after for r in part.removed if r.kind in {"date banner", "byline"} and parse_text_date(r.text)]
    for index, paragraph in enumerate(part.paragraphs[1:_LOOK], start=1):
        line = paragraph.strip()
        below = part.paragraphs[index + 1] if index + 1 < len(part.paragraphs) else ""
        day_line_below = len(below.split()) <= _DAY_LINE_WORDS and parse_text_date(below) is not None
        dated_below = day_line_below or any(index + 1 <= after <= index + 2 for after in days)
        if dated_below and is_name_line(part.paragraphs[index - 1].strip()) and _alone_and_named(line, text[len(line) :]):
            return Found(titled_place(line), line, "byline")
    return None


def _alone_and_named(line: str, text: str) -> bool:
    """Whether a line is only a place's words, written again in the text."""
    return bool(_PLACE_ALONE.fullmatch(line)) and _is_place(line) and re.search(rf"\b{re.escape(titled_place(line))}\b", text) is not None


def _caps_under_headline(part: Part) -> Found | None:
    """A place in capitals that the cleaner took for a one-word section label, under the headline and above all of the
    text (a place of two words stays in the text, where the dateline readings find it)."""
    kinds = [r.kind for r in part.removed]
    if "headline" not in kinds:
        return None
    for removed in part.removed[kinds.index("headline") + 1 :]:
        if removed.after > 0:
            return None
        line = removed.text.strip()
        if removed.kind == "section label" and _CAPS_ALONE.fullmatch(line) and _is_place(line) and not is_section_name(line):
            return Found(titled_place(line), line, "dateline")
    return None


def header_place(part: Part) -> Found | None:
    """The place one of the header lines of the module's docstring names, or None."""
    found = _credit_or_reporter(part.paragraphs) or _between_writer_and_day(part) or _caps_under_headline(part)
    return found or _reporter_dateline(part)


# How many of the article's paragraphs may come before a reporter's dateline line: it sits above the lede.
_REPORTER_LOOK = 3


def _reporter_dateline(part: Part) -> Found | None:
    """The city of a reporter's line taken off the top of the article as its byline: "Kudakwashe Mugari in MAPUTO,
    Mozambique" (:mod:`briefgen.ingest.reporterdatelines`)."""
    for removed in part.removed:
        city = reporter_dateline_city(removed.text) if removed.kind == "byline" and removed.after <= _REPORTER_LOOK else None
        if city is not None:
            return Found(titled_place(city), removed.text.strip(), "byline")
    return None
