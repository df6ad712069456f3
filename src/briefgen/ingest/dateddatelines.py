"""Datelines that write the page's full date in a place the first readings do not look for it.

The dateline readings (:func:`briefgen.ingest.meta.find_dateline` and the shapes after it) take a full date that
follows the place and its comma ("ABUJA, March 27, 2025 –", "KINGSTON, Jamaica, Jul 19 2016 –").  Two shapes put the
date elsewhere, and the page was dated by something weaker (a site's date banner over the page) or not at all:

- the place and its country, then the date between two dashes, then the report: "Abuja, Nigeria – March 27, 2025 –
  Ghanaian President John Dramani Mahama arrived …".  Only the date is read here: the place is the shaped dateline's
  (:mod:`briefgen.ingest.datelineshapes`);
- the date first, then the place in capitals in brackets, then a dash and the report, as Sudan Tribune dates every
  story: "July 18, 2018 (KHARTOUM) – Egyptian President Abdel-Fatah al-Sisi …".  Brackets there may hold a wire's
  credit instead ("(AFP)", "(KUNA)"), so the words are read as a place only when they name no agency and the page
  names the place again ("arrive in Khartoum"); then both the date and the place are read;
- the date first, then the agency's initials between two dashes, then the report, as a government's site reprints its
  national agency's copy: "October 7, 2016 – TAP - Prime Minister Youssef Chahed will head …" (pm.gov.tn, Tunis Afrique
  Presse).  Only the date is read, and only with two to five capitals that are no word of a page's labels ("UPDATE");
- the place in title case, the month and day, a slash and the year, then the agency's initials in brackets, as the
  Ethiopian News Agency dates its copy: "Addis Ababa October 6/2022 (ENA) Prime Minister Abiy Ahmed …".  No comma or
  dash closes the place, but the day written with its year after a slash and the capitals in brackets say it is a
  dateline: a sentence writes neither.  Both the date and the place are read;
- a byline in capitals with its desk, the place and the full date, each after a comma, glued to the report by a
  hyphen, as Kenya's presidential press unit signs the releases sites reprint: "BY PSCU,NAIROBI,4TH APRIL,2021-Kenya
  and Tanzania have signed …".  "BY", the capitals and the date say it is a byline and a dateline: a sentence writes
  none of them so.  Both the date and the place are read.
- the site's own name, then the place in capitals and the full date in brackets, then a dash and the report, as Nepal
  Foreign Affairs opens its stories: "Nepal Foreign Affairs (KATHMANDU, 13 November 2019) – Vice-president …".  A
  name cannot stand where a dateline's place does, so no reading took the bracket; the place in capitals and the day
  with its year inside it are a dateline's, which a sentence never writes in brackets before its verb.  Both the date
  and the place are read.

Each is read only from a paragraph that opens with it near the top of the article: among its first ten paragraphs and
above any long one (a site's name, its motto, the headline and a photo's caption, printed twice, may stand above
Sudan Tribune's dateline); and a day after the page could have been saved is no publication date.
"""

from __future__ import annotations

import re

from briefgen.ingest.agencies import WIRE_AGENCIES
from briefgen.ingest.meta import Found, parse_text_date, titled_place
from briefgen.ingest.publishable import could_be_published, matched_day
from briefgen.ingest.reprintedagencies import is_reprinted_agency
from briefgen.text.english import MONTH_NAMES, MONTH_PATTERN, WEEKDAY_NAMES

# How far down the article a dateline may open a paragraph, and how long a paragraph above it may be (a report's
# paragraph, not a line of the page's header).
_NEAR_TOP = 10
_HEADER_WORDS = 40
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_FULL_DATE = rf"(?:(?:{MONTH_PATTERN})\.?\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+(?:{MONTH_PATTERN})\.?,?\s+{_YEAR})"
_DASH = r"\s+[–—-]\s+"
_TITLE = r"[A-Z][a-zà-ÿ'’.]+"
# A dateline's place: in capitals ("KINGSTON", "PORT OF SPAIN") or in title case ("Dushanbe", "Port of Spain" aside).
_PLACE = rf"[A-Z][A-Z'.-]{{2,}}(?:[ -][A-Z][A-Z'.-]+){{0,2}}|{_TITLE}(?:\s{_TITLE}){{0,2}}"
# "Abuja, Nigeria – March 27, 2025 – Ghanaian President …": the place (in title case or capitals), its country or
# region of up to three words, the date between spaced dashes, a capital opening the report.
_DATE_AFTER_COUNTRY = re.compile(
    rf"^(?:{_TITLE}|[A-Z]{{3,}})(?:\s(?:{_TITLE}|[A-Z]{{3,}})){{0,2}},\s+[A-Z][A-Za-z'.]+(?:\s[A-Z][A-Za-z'.]+){{0,2}}"
    rf"{_DASH}(?P<date>{_FULL_DATE}){_DASH}(?=[A-Z“\"])"
)
# "July 18, 2018 (KHARTOUM) – Egyptian President …": the date, the place in capitals in brackets, a dash.
_DATE_THEN_PLACE = re.compile(
    rf"^(?P<date>{_FULL_DATE})\s+\((?P<place>[A-Z][A-Z'.-]{{2,}}(?:\s[A-Z][A-Z'.-]+){{0,2}})\)\s*[–—-]\s+(?=[A-Z“\"])"
)

# "October 7, 2016 – TAP - Prime Minister …": the date, an agency's initials between dashes, a capital opening the report.
_DATE_THEN_INITIALS = re.compile(rf"^(?P<date>{_FULL_DATE}){_DASH}(?P<credit>[A-Z]{{2,5}}){_DASH}(?=[A-Z“\"])")
# "Addis Ababa October 6/2022 (ENA) Prime Minister …": the place, the month and day, a slash, the year, initials in brackets.
_SLASHED_YEAR = re.compile(
    rf"^(?P<place>{_TITLE}(?:\s{_TITLE}){{0,2}})\s+(?P<month>{MONTH_PATTERN})\.?\s+(?P<day>[0-3]?\d)/(?P<year>{_YEAR})"
    r"\s*\((?P<credit>[A-Z]{2,6})\)\s+(?=[A-Z“\"])"
)
# "KINGSTON, Jamaica, Tuesday July 19, 2016 – They met.": the place, its country, the weekday, the full date, a dash.
_WEEKDAY_AFTER_COUNTRY = re.compile(
    rf"^(?P<place>{_PLACE}),\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}},\s+)?(?:{'|'.join(WEEKDAY_NAMES)}),?\s+"
    rf"(?P<date>{_FULL_DATE}){_DASH}(?=[A-Z“\"])"
)
# "DUSHANBE, 01.06.2022 (NIAT Khovar) – At the invitation …": the place, the day, month and year in figures with full
# stops, an agency's name in brackets, a dash; or the name between slashes and a full stop, as Khovar's English pages
# print it: "DUSHANBE, 18.04.2024 /NIAT «Khovar»/. On April 18, …".
_DOTTED_DAY = re.compile(
    rf"^(?P<place>{_PLACE}),\s+(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>{_YEAR})"
    r"\s*(?:\((?P<credit>[A-Z][^()]{1,40})\)\s*[–—-]|/\s*[A-Z][^/]{1,40}/\.?)\s+(?=[A-Z“\"])"
)
# "BY PSCU,NAIROBI,4TH APRIL,2021-Kenya and …": "BY", the desk, the place and the day in capitals, a hyphen.
_SIGNED_DATELINE = re.compile(
    rf"^BY\s+[A-Z][A-Z&.]{{1,15}}\s*,\s*(?P<place>[A-Z][A-Z'.-]{{2,}}(?:\s[A-Z][A-Z'.-]+){{0,2}})\s*,\s*"
    rf"(?P<day>[0-3]?\d)(?:ST|ND|RD|TH)?\s+(?P<month>[A-Z]{{3,9}})\.?\s*,\s*(?P<year>{_YEAR})\s*[–—-]\s*(?=[A-Z“\"])"
)
# "Nepal Foreign Affairs (KATHMANDU, 13 November 2019) – Vice-president …": a name of one to five capitalised words, the
# place in capitals and the full date in brackets, a dash.
_NAME_THEN_DATELINE = re.compile(
    rf"^[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){{0,4}}\s+\((?P<place>[A-Z][A-Z'.-]{{2,}}(?:[ /-][A-Z][A-Z'.-]+){{0,2}}),\s*"
    rf"(?P<date>{_FULL_DATE})\)\s*[–—-]\s+(?=[A-Z“\"])"
)
_LABEL_WORDS = frozenset(("UPDATE", "NEWS", "LIVE", "ALERT", "FLASH", "VIDEO", "PHOTO", "AUDIO", "OPED"))


def dated_dateline(paragraphs: list[str]) -> dict[str, Found]:
    """The publication date (and, for a date before its place, the place) of the first paragraph near the top that opens
    with one of the module's shapes, as ``{"published": …, "place": …}``; empty when none does."""
    for index, paragraph in enumerate(paragraphs[:_NEAR_TOP]):
        before = _DATE_THEN_PLACE.match(paragraph)
        if before is not None and not _a_place(before.group("place"), [paragraph[before.end() :], *paragraphs[index + 1 :]]):
            return {}
        initials = _DATE_THEN_INITIALS.match(paragraph)
        if initials is not None and initials.group("credit") in _LABEL_WORDS:
            initials = None
        slashed = _SLASHED_YEAR.match(paragraph)
        named = _WEEKDAY_AFTER_COUNTRY.match(paragraph) or _DOTTED_DAY.match(paragraph)
        if named is not None and named.group("place").split()[0].capitalize() in (*WEEKDAY_NAMES, *MONTH_NAMES):
            named = None  # "Tuesday, Jamaica, …": a day, not a place
        signed = _SIGNED_DATELINE.match(paragraph) or _NAME_THEN_DATELINE.match(paragraph)
        match = before or _DATE_AFTER_COUNTRY.match(paragraph) or initials or slashed or named or signed
        if match is None:
            if len(paragraph.split()) > _HEADER_WORDS:
                return {}  # below the report's first paragraphs: a dateline heads the report
            continue
        if match is not None and match.re is _DOTTED_DAY:
            day = matched_day(match, "year", "month", "day")  # "01.06.2022": day first, as dotted figures write it
        else:
            spelled = match in (slashed, signed) and match.re is not _NAME_THEN_DATELINE
            written = f"{match['month'].capitalize()} {match['day']}, {match['year']}" if spelled else match["date"]
            day = parse_text_date(written)
        if day is None or not could_be_published(day):
            return {}
        words = match.group(0).strip(" –—-")
        found = {"published": Found(day.isoformat(), words, "dateline")}
        if before is not None or match in (slashed, named, signed):
            found["place"] = Found(titled_place(match.group("place")), words, "dateline")
        return found
    return {}


def _a_place(words: str, rest: list[str]) -> bool:
    """Whether the words in a dateline's brackets name a place: no agency, and named again below in title case."""
    if words.casefold() in WIRE_AGENCIES or is_reprinted_agency(words):
        return False
    return re.search(rf"\b{re.escape(titled_place(words))}\b", "\n".join(rest)) is not None
