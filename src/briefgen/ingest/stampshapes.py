"""Date lines near the top of a page in shapes the lone date line (:mod:`briefgen.ingest.lonedates`) does not take.

A page that gives its day only on a line of its own was archived undated when that line was written in one of these
shapes, which hold words besides a date's:

- the day in Spanish or Portuguese words, as an agency's English service keeps its system's date line: "13 de Febrero
  de 2018 - 16:16" (Andes, over an English report);
- the day in figures after a publishing system's label, as a government's English pages print it: "Publication date
  3.3.2022 15.35 | Published in English on 3.3.2022 at 16.20" (valtioneuvosto.fi);
- the day in figures after the place and its country, as a dateline alone on its line: "Baghdad – Iraq 15/01/2019";
- the day in figures, the year first, parted by single spaces and nothing else on the line, as a government's site
  prints it under the title: "2015 09 18" (lrv.lt).  Two figures to a month and to a day, so a year, a count and a
  page number ("2015 9 18") are not taken for one;
- a capital and the day in words after a comma, as a release's line: "Díli, August 30th, 2015"
  (:mod:`briefgen.ingest.placedates`, which also gives the place).

Figures are read as :func:`briefgen.ingest.meta.parse_header_date` reads a time stamp's: with full stops, day first;
otherwise only when one order of day and month makes a date ("15/01/2019"), never by guessing.  As with the lone date
line, the line must stand among the first few paragraphs, two lines giving different days give nothing, and this is
read only when nothing else dates the page (:func:`briefgen.ingest.banners.last_readings`).
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.ingest.meta import Found, parse_header_date
from briefgen.ingest.placedates import place_and_day
from briefgen.ingest.publishable import could_be_published
from briefgen.ingest.text import Part

_NEAR_TOP = 4
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("enero", "janeiro"),
            ("febrero", "fevereiro"),
            ("marzo", "março", "marco"),
            ("abril",),
            ("mayo", "maio"),
            ("junio", "junho"),
            ("julio", "julho"),
            ("agosto",),
            ("septiembre", "setiembre", "setembro"),
            ("octubre", "outubro"),
            ("noviembre", "novembro"),
            ("diciembre", "dezembro"),
        ),
        start=1,
    )
    for name in names
}
_CLOCK = r"(?:\s*[-–|,]?\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*h(?:rs)?\.?)?)?"
# "13 de Febrero de 2018 - 16:16", "Martes, 13 de febrero de 2018": the whole line a date in Spanish or Portuguese.
_ROMANCE_DATE = re.compile(
    rf"^(?:[A-Za-zçáéíóú-]+,\s+)?(?P<d>[0-3]?\d)\s+de\s+(?P<m>{'|'.join(_MONTHS)})\s+(?:de|del)\s+(?P<y>(?:19|20)\d\d){_CLOCK}$",
    re.IGNORECASE,
)
_FIGURES = r"[0-3]?\d[./-][0-3]?\d[./-](?:19|20)\d\d"
# "Publication date 3.3.2022 15.35 | Published in English on …": a publishing system's label, the day in figures.
_LABELLED_FIGURES = re.compile(
    rf"^(?:Publication date|Date of publication|Published(?: on)?|Posted(?: on)?)\s*:?\s*(?P<date>{_FIGURES}){_CLOCK}(?:\s*\|.*)?$"
)
_TITLE = r"[A-Z][a-zà-ÿ'’.]+"
# "Baghdad – Iraq 15/01/2019": a place, a dash, its country, the day in figures, and nothing more.
_PLACED_FIGURES = re.compile(rf"^{_TITLE}(?:\s{_TITLE})?\s+[–—-]\s+{_TITLE}(?:\s{_TITLE})?\s+(?P<date>{_FIGURES})$")
# "2015 09 18": the year, the month and the day in figures, one space between them, alone on the line.
_SPACED_FIGURES = re.compile(r"^(?P<y>(?:19|20)\d\d) (?P<m>0[1-9]|1[0-2]) (?P<d>0[1-9]|[12]\d|3[01])$")


def _day_of(line: str) -> dt.date | None:
    text = line.strip()
    romance = _ROMANCE_DATE.match(text)
    if romance is not None:
        try:
            return dt.date(int(romance.group("y")), _MONTHS[romance.group("m").casefold()], int(romance.group("d")))
        except ValueError:
            return None
    placed = place_and_day(text)  # "Díli, August 30th, 2015": a release's capital and day (:mod:`placedates`)
    if placed is not None:
        return placed[1]
    spaced = _SPACED_FIGURES.match(text)
    if spaced is not None:
        try:
            return dt.date(int(spaced.group("y")), int(spaced.group("m")), int(spaced.group("d")))
        except ValueError:
            return None
    figures = _LABELLED_FIGURES.match(text) or _PLACED_FIGURES.match(text)
    return parse_header_date(figures.group("date")) if figures is not None else None


def shaped_date_line(part: Part) -> list[Found]:
    """The day of the date line in one of the module's shapes among the first paragraphs, as a list of one; nothing
    when there is none, when two disagree, or when the day is after the page could have been saved."""
    found = [(day, line) for line in part.paragraphs[:_NEAR_TOP] if (day := _day_of(line)) is not None]
    if not found or len({day for day, _ in found}) != 1 or not could_be_published(found[0][0]):
        return []
    return [Found(found[0][0].isoformat(), found[0][1].strip(), "date line")]
