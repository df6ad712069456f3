"""The dateline of an article, with the year its day is missing read from the page when the page settles it.

A wire dateline gives the month and day and leaves the year to the page
("ULAN BATOR, September 3. /TASS/.", "RABAT, Morocco, Oct 29, (AP):").  The
day is the publication date when the page writes the same month and day
with a year somewhere certain: a date line at the top ("Tuesday, 3 September
2019", "29/10/2024") or the address's year and month folders
("/2019/09/…", or "/199911/" as a mailing list's archive files it).  A date banner alone is the day the page was looked at, not
the story's; agreeing with the dateline's day, it is the story's.  When no
year agrees, or two do, the day is left unread: a wrong date is worse than
none.

When nothing else dates the page, the lede's own day may: a full date with
its weekday in the opening paragraph ("received, Wednesday, September 4,
2024, his counterpart") is the day the report is about, written as a news
report writes its day.  A date without its weekday there is as likely a
recalled one ("the treaty of 12 June 2001"), and one inside a quotation is the
speaker's: neither is read, nor a planned day ("scheduled for Saturday, May 12, 2018", :mod:`planneddays`).
The weekday with the day in figures in brackets ("on Monday (01/09/2023)") is read the same way, in the order of
day and month the weekday settles (:mod:`weekdayfigures`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from urllib.parse import urlsplit

from briefgen.ingest.clockdatelines import clock_dateline
from briefgen.ingest.creditdays import credit_then_day
from briefgen.ingest.dashline import dash_dateline
from briefgen.ingest.dateddatelines import dated_dateline
from briefgen.ingest.datelineshapes import shaped_dateline
from briefgen.ingest.deskcredits import is_desk_credit
from briefgen.ingest.headerplaces import header_place
from briefgen.ingest.kickers import names_occasion
from briefgen.ingest.labelledtitles import repeats_headline
from briefgen.ingest.ledeplaces import lede_place
from briefgen.ingest.meta import TEXT_DATE, Found, dateline, find_dateline, numeric_date, parse_text_date
from briefgen.ingest.placelines import reread_place
from briefgen.ingest.planneddays import is_planned_day
from briefgen.ingest.prefixdate import after_month_prefix
from briefgen.ingest.pressdatelines import open_credit_dateline, press_dateline
from briefgen.ingest.publishable import could_be_published
from briefgen.ingest.sitecredits import site_credited_dateline
from briefgen.ingest.siteplaces import dateline_below_site, spells_site, without_site_place
from briefgen.ingest.slashcredits import slash_credit_dateline
from briefgen.ingest.stampplaces import stamp_place
from briefgen.ingest.text import Part
from briefgen.ingest.tickers import is_ticker
from briefgen.ingest.undashedcredits import undashed_credit_dateline
from briefgen.ingest.weekdayfigures import weekday_figures
from briefgen.text.english import inside_quotation, lead_paragraph, month_number

# A line short enough to be a date line, a byline or a banner (not a sentence of the report).
_HEADER_WORDS = 12
_MONTH_DAY = re.compile(r"(?P<m>[A-Za-z]+)\.?\s+(?P<d>\d{1,2})|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[A-Za-z]+)")
_NUMERIC = re.compile(r"(?<![\d.])(?P<a>[0-3]?\d)[./-](?P<b>[0-3]?\d)[./-](?P<y>(?:19|20)\d\d)(?!\d)")
# "/2019/09/", and the year and month run together in one folder, as mailing lists' archives file their messages:
# "/archives/199911/msg00527.html".
_ADDRESS_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)(?:/(?P<m>[01]?\d)|(?P<m2>0[1-9]|1[0-2]))(?:/|$)")


def month_day(words: str) -> tuple[int, int] | None:
    """The month and day a dateline writes ("Sept. 3", "3 September", "Oct 29"), or None."""
    match = _MONTH_DAY.search(words)
    if match is None:
        return None
    month = month_number(match.group("m") or match.group("m2") or "")
    day = int(match.group("d") or match.group("d2"))
    return (month, day) if month and 1 <= day <= 31 else None


def _dates_of(line: str) -> list[dt.date]:
    """Every full date a header line writes, in words or in figures (figures only where one reading is valid)."""
    found: list[dt.date] = []
    day = parse_text_date(line)
    if day is not None:
        found.append(day)
    for match in _NUMERIC.finditer(line):
        reading = numeric_date(int(match.group("a")), int(match.group("b")), int(match.group("y")), line)
        if reading is not None:
            found.append(reading)
    return found


def year_of_day(month: int, day: int, lines: list[str], address: str | None) -> tuple[dt.date, str] | None:
    """The one date with this month and day that the page's header lines or its address give a year for, and its words."""
    readings: dict[dt.date, str] = {}
    for line in lines:
        if len(line.split()) > _HEADER_WORDS:
            continue
        for date in _dates_of(line):
            if (date.month, date.day) == (month, day):
                readings.setdefault(date, line.strip())
    folder = _ADDRESS_MONTH.search(urlsplit(address or "").path)
    if folder is not None and int(folder.group("m") or folder.group("m2")) == month:
        with contextlib.suppress(ValueError):  # "/2019/02/" and a dateline "Feb 30": no such day
            readings.setdefault(dt.date(int(folder.group("y")), month, day), folder.group(0).strip("/"))
    if len(readings) != 1:
        return None
    date, words = next(iter(readings.items()))
    return (date, words) if could_be_published(date) else None


def read_dateline(part: Part, lede: str, address: str | None) -> dict[str, Found]:
    """The article's dateline (:func:`briefgen.ingest.meta.find_dateline`), with its day read as the publication date
    when the page gives the year (see the module's docstring)."""
    # "Bulgaria: Bulgarian PM: Sofia …" under that headline: the title's copy behind a label (:mod:`labelledtitles`)
    # "UZS – -0.12%": a rates ticker above the story, not its dateline (:mod:`tickers`)
    paragraphs = [p for p in after_month_prefix(part.paragraphs) if not repeats_headline(p, part.headline) and not is_ticker(p)]
    stated = find_dateline(paragraphs) or dateline(lede) or dash_dateline(paragraphs, [r.text for r in part.removed])
    # "India-China Meeting: …" is a kicker (:mod:`kickers`), "Dainikshiksha Desk: …" a newsroom's credit (:mod:`deskcredits`)
    if "place" in stated and (names_occasion(stated["place"].value) or is_desk_credit(stated["place"].value)):
        stated = {key: found for key, found in stated.items() if key != "place"}
    stated = {**stated, **dateline_below_site(paragraphs, stated, address)}  # "MENAFN - …" above "Washington: …"
    if spells_site(stated.get("place"), address):  # "MENAFN - IANS) New Delhi, May 1 (IANS) …": the wire's own dateline
        stated = {**stated, **open_credit_dateline(paragraphs)}
    if "place" not in stated:  # "ISLAMABAD/BEIJING –", "Lima, Peru —": shapes the readings above do not take
        stated = {**shaped_dateline(paragraphs, [r.text for r in part.removed]), **stated}
    if "place" not in stated:  # "11:55 | Tumbes (Tumbes region), Nov. 7.": the time of filing before the dateline
        stated = {**clock_dateline(paragraphs), **stated}
    if "place" not in stated:  # "Jakarta, MINA –" on minanews.net: the site's own short name after the city
        stated = {**site_credited_dateline(paragraphs, address), **stated}
    if "place" not in stated:  # "Beijing (Xinhua), Feb 17 --": the credit before the day
        stated = {**credit_then_day(paragraphs), **stated}
    if "place" not in stated:  # "Astana, Dec. 25, 2017. / Kabar /.": the agency's name between slashes after the day
        stated = {**slash_credit_dateline(paragraphs), **stated}
    if "place" not in stated:  # "Paris (Agencies) French President …": the credit with no dash after it
        stated = {**undashed_credit_dateline(paragraphs), **stated}
    if "place" not in stated:  # "Tokyo- Heads of …", "… 2019 (Anchorage) - This week", "ROME (AP) Italian …"
        stated = {**press_dateline(paragraphs), **stated}
    if "published" not in stated:  # "Abuja, Nigeria – March 27, 2025 –", "July 18, 2018 (KHARTOUM) –" (:mod:`dateddatelines`)
        stated = {**dated_dateline(paragraphs), **stated}
    if "place" not in stated:  # "Published - December 05, 2023 04:04 pm IST - New Delhi"
        place = stamp_place([r.text for r in part.removed if r.kind in {"byline", "update line"}], "\n".join(part.paragraphs))
        stated = {**stated, "place": place} if place is not None else stated
    if "place" not in stated:  # "AP Baku", "Jakarta. President …": a place the header or the lede prints without a dateline's marks
        place = header_place(part) or lede_place(paragraphs)
        stated = {**stated, "place": place} if place is not None else stated
    stated = without_site_place(reread_place(paragraphs, stated), address)
    written = stated.get("day")
    if written is None or "published" in stated:
        return stated
    wanted = month_day(written.value)
    if wanted is None:
        return stated
    lines = [r.text for r in part.removed] + part.paragraphs[:10]
    dated = year_of_day(wanted[0], wanted[1], lines, address)
    if dated is not None:
        stated = {**stated, "published": Found(dated[0].isoformat(), f"{written.evidence} ({dated[1]})", "dateline")}
    return stated


# "Wednesday, September 4, 2024", "on Friday 12 June 2024", "Monday, the 3 March 2025".
_WEEKDAY_DATE = re.compile(rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?(?P<date>{TEXT_DATE.pattern})", re.IGNORECASE)


def lede_date(paragraphs: list[str]) -> list[Found]:
    """The day the lede writes in full with its weekday, outside quotation marks, as the last reading of the publication
    date (see the module's docstring): a list of one, or empty."""
    lede = lead_paragraph(paragraphs)
    for match in _WEEKDAY_DATE.finditer(lede):
        if inside_quotation(lede, match.start()):
            continue  # inside a quotation: the speaker's date
        if is_planned_day(lede, match.start()):
            continue  # "scheduled for Saturday, May 12, 2018": a plan's day (:mod:`planneddays`)
        day = parse_text_date(match.group("date"))
        if day is not None and could_be_published(day):
            return [Found(day.isoformat(), match.group(0), "lede")]
    for day, words, start in weekday_figures(lede):  # "on Monday (01/09/2023)": the weekday settles the figures' order
        if not inside_quotation(lede, start) and not is_planned_day(lede, start) and could_be_published(day):
            return [Found(day.isoformat(), words, "lede")]
    return []
