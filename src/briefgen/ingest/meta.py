"""What an article's own text states about it: date, dateline, outlet, author.

Each detector returns the value *and the words it came from*, so the archived
source's ``notes`` can say where every field was found; a field the text does
not state stays empty.  Nothing here guesses: a relative "Updated 6 sec ago"
gives no date, a photo credit gives no outlet.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass

from briefgen.ingest.agencies import WIRE_AGENCIES
from briefgen.ingest.captions import KIND_LABELS, LINE_LABELS
from briefgen.ingest.countrycredits import UNBRACKETED_CREDIT
from briefgen.ingest.creditlines import credit_dateline
from briefgen.ingest.falseplaces import furniture_opening, lede_follows, under_an_office
from briefgen.ingest.kickers import names_occasion
from briefgen.ingest.regionnames import DISTRICT, DISTRICT_DASH, REGION
from briefgen.ingest.speakerlines import is_speaker_line
from briefgen.ingest.splitdatelines import joined_dateline
from briefgen.ingest.wirelines import wire_dateline
from briefgen.text.english import MONTH_PATTERN, WEEKDAY_NAMES, month_number

_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|2\d\d\d)"
# "26 November 2024", "10th Apr, 2025", "April 10, 2025", "Apr. 10 2025", "Aug 19,2023" (no space after the comma),
# "August, 25, 2021" (a stamp's comma after the month: "Posted on August, 25, 2021 at 09:03 am"), "2025-04-10".
TEXT_DATE = re.compile(
    rf"(?P<d1>{_DAY})\s+(?P<m1>{MONTH_PATTERN})(?:,\s*|\s+)(?P<y1>{_YEAR})(?!\d)"
    rf"|(?P<m2>{MONTH_PATTERN}),?\s+(?P<d2>{_DAY})(?:,\s*|\s+)(?P<y2>{_YEAR})(?!\d)"
    rf"|(?P<iso>{_YEAR}-[01]\d-[0-3]\d)",
    re.IGNORECASE,
)
# Labels in capitals ("IMAGE: …", "SOURCE: PTI") open captions and credits in a dateline's shape; "PRESS RELEASE" heads one.
_NOT_PLACES = KIND_LABELS | {w.upper() for w in LINE_LABELS} | {"PRESS"}
# "ISLAMABAD:", "KARACHI —", "ST GEORGE’S, Grenada —" (a saint's "ST"), "LAHORE (Reuters) -", "TEHRAN (UrduPoint …)".
# "ERBIL, Kurdistan Region - …", "GENEVA, Switzerland: …": the place in capitals may be followed by its region or country,
# also one written beyond ASCII or abbreviated ("ANKARA, Türkiye —", "WOODSIDE, Calif. (AP) —": :mod:`regionnames`).
# A place of two names joined by "&" is one place: "TRINIDAD & TOBAGO –", "ANTIGUA & BARBUDA:".  An agency may
# credit itself after the country without brackets: "KINGSTON, Jamaica, CMC –" (:mod:`countrycredits`).
_CAPS_DATELINE = re.compile(
    r"^(?P<place>(?:ST(?= [A-Z])|[A-Z][A-Z'’.-]{2,})(?:(?:[ -]|\s&\s)[A-Z][A-Z'’.-]+){0,3})"
    rf"(?:,\s*(?:{REGION}{UNBRACKETED_CREDIT}|[A-Z]{{3,}}(?:\s+[A-Z]{{3,}}){{0,2}})(?=\s*(?:[:—–(]|\s-\s|\s--\s)))?"
    # "HANOI -- ": a typed dash; "BEIJING- Chinese President …": the dash typed against the place.
    r"\s*(?:\((?P<paren>[^()]{1,80})\)\s*[:—–-]|[:—–]|\s-\s|\s--\s|,\s*\(|(?<=[A-Z]-)(?=\s+[A-Z“\"])"
    # "TEHRAN (UrduPoint News / Sputnik - 17th June, 2023) Saudi Foreign Minister …": a copy's credit and full date in
    # brackets, the sentence straight after them.
    rf"|\((?=[^()]{{1,60}}?\b(?:{MONTH_PATTERN})\b[^()]{{0,12}}?{_YEAR}\s*\)\s+[A-Z“\"]))"
)
# "Islamabad: Pakistan and …", "New Delhi | Prime Minister …", "Baku: Azerbaijan has …", "Doha, Qatar: A joint …"
# (the place and its country or region, "Washington, D.C.:", "Washington DC:"; the district also before a dash, "Washington DC -").
_TITLE_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})(?:(?:,\s*{REGION}|\s+{DISTRICT})?\s*(?::|\s\|)|{DISTRICT_DASH})\s+(?=[A-Z“\"‘(])"
)
# "ISLAMABAD, Feb 5 (APP):", "Islamabad, Feb 5 (PTI) Pakistan and …", "TASHKENT, Uzbekistan, February 4. President …",
# "New Delhi, Feb 10: Prime Minister …", "TASHKENT, October 19. /TASS/. Russian President …",
# "New Delhi [India], October 7 (ANI):" (the country in square brackets),
# "ULAN BATOR, Sept. 3 -- Mongolia and …", "RABAT, Morocco, Oct 29, (AP): Morocco's King …", "Beijing/Dhaka, Mar 28 (PTI)",
# "SAN JUAN, May 19 (EFE). The United Kingdom …" (a full stop after the credit, or ".-", as EFE closes its dateline).
_DAY_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z'.-]+(?:[ /-][A-Z][A-Za-z'.-]+){{0,2}})(?:\s*\[[A-Z][A-Za-z .'-]{{1,30}}\])?,\s*(?:[A-Z][a-z]+,\s*)?"
    rf"(?P<md>{MONTH_PATTERN}\s+{_DAY}|{_DAY}\s+{MONTH_PATTERN})"
    r"(?:,?\s*\((?P<paren>[^()]{1,80})\)\s*(?:(?:--|[:—–-])\s*|\.-?\s*|\s)"
    r"|\.(?:\s*/(?P<slash>[A-Za-z][A-Za-z -]{1,24})/\.?)?\s+|\s*(?:[:—–]|-{2,}|-(?=\s))\s+)(?=[A-Z“\"])"
)
# Capitals beyond ASCII, for places such as "HÀ NỘI" or "SÃO PAULO" (the match is checked to be upper case).
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ"
# "HÀ NỘI — Prime Minister …": a dateline in capitals with letters beyond ASCII.
_WIDE_CAPS_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][{_UPPER}'.]+(?:[ -][{_UPPER}][{_UPPER}'.]+){{0,3}})\s*(?:[:—–]|\s-\s)\s*(?=[A-Z“\"])"
)
# "Hanoi (VNA) – President …", "São Paulo (AFP) - …", "Jakarta (Indonesia Window) – …": a place in title case, a wire's
# or a site's name of up to three words in brackets, a dash.
# The bracket credits the wire, not necessarily the page that carries the story, so only the place is read.  A small
# site types it without spaces, its name holding figures: "Addis Ababa(Mogadishu24)-Ethiopian Prime Minister …" (a
# dash right after a closing bracket joins no word, so it still closes the dateline; so does an underscore typed for it).
_WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-zà-ÿ'.]+(?:[ -][A-Z][a-zà-ÿ'.]+){0,2})"
    r"\s*\((?P<wire>[A-Z][A-Za-z0-9/-]{1,15}(?:\s[A-Z][A-Za-z0-9-]{1,15}){0,2})\)\s*(?:[—–-]{1,2}|_)\s*(?=[A-Z“\"])"
)
# Words that open a noun phrase or sentence, never a place: "The Council (EU) – …" ("The Hague" is written "THE HAGUE").
_NOT_PLACE_OPENINGS = {"The", "A", "An", "This", "That", "Our", "His", "Her", "Their", "Its", "Your", "My"}
# "New Delhi, March 19" alone on its line above the lede (a print edition's dateline), or with its year below a byline:
# "Auckland, March 10, 2025", "NEW DELHI, March 10, 2025", "Nuku’alofa, 11 February 2025" (an apostrophe in the name, as
# in "N'Djamena"); the country may follow the place, a dash may set the day off: "Freetown, Sierra Leone – November 19, 2024".
_DAY_LINE = re.compile(
    rf"^(?P<place>(?:[A-Z][a-z]*['’][A-Za-z][a-z]+|[A-Z][a-z]+)(?:[ -][A-Z][a-z]+){{0,2}}|[A-Z][A-Z'.]{{2,}}(?:[ -][A-Z][A-Z'.]+){{0,2}})"
    rf"(?:,\s*{REGION})?(?:,\s*|\s+[—–-]\s+)(?P<date>(?:{MONTH_PATTERN}\s+{_DAY}|{_DAY}\s+{MONTH_PATTERN})(?P<year>,?\s+{_YEAR})?)$"
)
# The words a time stamp opens with ("UPDATED, March 10, 2025"): never the place of a day line.
_STAMP_OPENINGS = frozenset(
    ("Updated", "Published", "Posted", "Modified", "Edited", "Dated", "Date", "Released", "Issued", "Last", "First")
)
# "ASTANA. KAZINFORM – President …": the place, a full stop, then the agency's name in capitals.
_AGENCY_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'-]{2,}(?:[ -][A-Z][A-Z'-]+){0,2})\.\s+(?P<agency>[A-Z][A-Z-]{1,24})\s*[—–-]\s+(?=[A-Z“\"])"
)
# "4-12-2023 (BEIJING) Belarusian President …": a numeric date, read only when the text settles its order.
_NUMERIC_DATELINE = re.compile(r"^(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>(?:19|20)\d\d)\s*\((?P<place>[A-Z][A-Z .'/-]+)\)\s*")
# A place alone on its line above the lede: "ANKARA", "ISTANBUL/MOSCOW".
_AGENCY_LINES = {name.upper() for name in WIRE_AGENCIES if " " not in name}
_PLACE_LINE = re.compile(r"^[A-Z][A-Z'.-]{2,}(?:[ /-][A-Z][A-Z'.-]+){0,3}$")
# Every word of a place's name holds a vowel; a run of capitals without one is a site's logo or an acronym ("CSPRCSPR",
# a logo printed twice), never where a story was filed.
_VOWEL = re.compile(r"[AEIOUY]")
# "President Xi: The friendship …": a speaker's title and name over a quote, never a place.
_TITLES_OF_OFFICE = {
    "President",
    "Prime",
    "Minister",
    "Premier",
    "Chancellor",
    "King",
    "Queen",
    "Ambassador",
    "Secretary",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
}
# "Wednesday, December 6, 2023 – President …": a weekday opening a dated line names the day, never a place.
_NOT_TITLE_PLACES = LINE_LABELS | {w.capitalize() for w in KIND_LABELS} | _TITLES_OF_OFFICE | set(WEEKDAY_NAMES)
# "Rawalpindi, 12 June 2024 (TDI):", "PORT AVEL, Ostland, June 12, 2024 —": a place (its country after it), a full date.
# A release wire writes the state or province in its two postal letters: "OTTAWA, ON, Sept. 16, 2025 /CNW/ -".
_DATED_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}|[A-Z][A-Z'.]{{2,}}(?:[ -][A-Z][A-Z'.]+){{0,2}}),\s*"
    r"(?:(?:(?:St\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}|[A-Z]{2}),\s*)?"  # "St. Kitts", "St. Lucia": a saint's island
    rf"(?P<date>(?:{_DAY}\s+{MONTH_PATTERN},?\s+{_YEAR})|(?:{MONTH_PATTERN}\s+{_DAY},?\s+{_YEAR}))"
    r"(?:\s*/[A-Za-z][\w -]{1,30}/|/(?=\s*[—–-]))?"  # a wire's credit between slashes: "April 17, 2025 /PRNewswire/ --", or "/ —"
    r"\s*(?:\((?P<paren>[^()]{1,80})\))?\s*[:—–-]"
)
# "Georgetown, Guyana—(August 16, 2021) His …", "Podgorica, Montenegro (27 April 2014) – Prime …": place, country, dated bracket.
_BRACKETED_DATE_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}),\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}\s*(?:[—–-]\s*)?"
    rf"\((?P<date>(?:{_DAY}\s+{MONTH_PATTERN},?\s+{_YEAR})|(?:{MONTH_PATTERN}\s+{_DAY},?\s+{_YEAR}))\)\s*(?:[—–-]\s+|\s)(?=[A-Z“\"])"
)
# "(UrduPoint / Pakistan Point News - 10th Apr, 2025)".
_PAREN_OUTLET_DATE = re.compile(r"^\s*(?P<outlet>[^()]*[A-Za-z][^()]*?)\s*[-–—]\s*(?P<date>[^()\-–—]*\d{4})\s*$")
_PAREN_OUTLET = re.compile(r"^[A-Z][A-Za-z&.' ]{1,30}$")
# "COLOMBO (News 1st) –", "(92 News)", "(Channel 4)": a name with its number, which no date in brackets is.
_NUMBERED_PAREN = re.compile(r"^(?:[A-Z][A-Za-z&.']+\s+){1,3}\d{1,3}(?:st|nd|rd|th)?$|^\d{1,3}\s+(?:[A-Z][A-Za-z&.']+\s*){1,3}$")
# "told Business Recorder on Friday".
_TOLD = re.compile(
    r"\btold\s+(?:the\s+)?(?P<outlet>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})(?=\s+(?:on|in|that|this|last|from|at)\b|[,.;]|$)"
)
_NOT_OUTLETS = {
    "president",
    "prime",
    "minister",
    "mr",
    "mrs",
    "ms",
    "dr",
    "ambassador",
    "secretary",
    "senator",
    "general",
    "chief",
    "officials",
    "parliament",
    "the",
    "his",
    "her",
    "their",
}


@dataclass(frozen=True)
class Found:
    """A detected value and the words of the text that state it."""

    value: str
    evidence: str
    where: str  # "date line", "byline", "update line", "dateline", "lede", "page metadata", "option"


def dateline_length(paragraph: str) -> int:
    """How many leading characters of a paragraph are its dateline (0 if none)."""
    wire = wire_dateline(paragraph)
    if wire is not None:
        return wire.length
    other = _DAY_DATELINE.match(paragraph) or _NUMERIC_DATELINE.match(paragraph) or _title_dateline(paragraph)
    if other is not None:
        return other.end()
    match = _DATED_DATELINE.match(paragraph) or _CAPS_DATELINE.match(paragraph)
    if not match or match.group("place").split()[0].strip(".-'").upper() in _NOT_PLACES:
        return 0
    end = match.end()
    if paragraph[end - 1 : end] == "(":  # "ISLAMABAD, (UrduPoint … 2025) Minister …"
        close = paragraph.find(")", end)
        if close < 0:
            return 0
        end = close + 1
    while end < len(paragraph) and paragraph[end] in " :—–-":
        end += 1
    return end


def is_day_line(text: str) -> bool:
    """Whether a whole line is a print dateline, a place and its day alone on the line ("Freetown, Sierra Leone –
    November 19, 2024"): it says where and when the story was filed, never what it is about, so it heads no article."""
    match = _DAY_LINE.match(text.strip())
    first = match.group("place").split()[0] if match else ""
    return bool(match) and first.capitalize() not in _NOT_TITLE_PLACES | _STAMP_OPENINGS and first.upper() not in _NOT_PLACES


def parse_text_date(text: str) -> dt.date | None:
    """The first full date written in ``text`` (day, month and year), or None."""
    match = TEXT_DATE.search(text)
    if not match:
        return None
    try:
        if match.group("iso"):
            return dt.date.fromisoformat(match.group("iso"))
        day = match.group("d1") or match.group("d2")
        month = match.group("m1") or match.group("m2")
        year = match.group("y1") or match.group("y2")
        return dt.date(int(year), month_number(month) or 0, int(re.sub(r"\D", "", day)))
    except ValueError:
        return None


# "20.11.2024", "11/20/2024": a numeric date in a header line, read only when one order of day and month is possible,
# or when written with full stops: "12.06.2024" is day first wherever dates are written so (month first is written
# with slashes, "06/12/2024", and stays unread when both orders are possible).
_NUMERIC_DATE = re.compile(r"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)")
# "2024/06/12", "2024.06.12": the year first, then always the month.
_YEAR_FIRST = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<sep>[/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d])")


def parse_header_date(text: str) -> dt.date | None:
    """The date a byline or time stamp gives: in words (as :func:`parse_text_date`), or in figures when only one
    reading is possible ("20.11.2024" is 20 November; "05/03/2025" could be March or May and gives None), or with full
    stops, day first ("05.03.2025" is 5 March), or with the year first ("2025/03/05")."""
    day = parse_text_date(text)
    year_first = _YEAR_FIRST.search(text) if day is None else None
    if year_first is not None:
        with contextlib.suppress(ValueError):
            return dt.date(int(year_first.group("y")), int(year_first.group("m")), int(year_first.group("d")))
    numeric = _NUMERIC_DATE.search(text) if day is None else None
    if numeric is None:
        return day
    a, b, year = int(numeric.group("a")), int(numeric.group("b")), int(numeric.group("y"))
    if numeric.group("sep") == ".":
        with contextlib.suppress(ValueError):
            return dt.date(year, b, a)
    return numeric_date(a, b, year, "")


def _title_dateline(paragraph: str) -> re.Match[str] | None:
    match = _TITLE_DATELINE.match(paragraph)
    return match if match and match.group("place").split()[0] not in _NOT_TITLE_PLACES and lede_follows(paragraph, match.end()) else None


def titled_place(place: str) -> str:
    return "".join(w.capitalize() if w.isupper() else w for w in re.split(r"(\s+|-|/)", place))


def numeric_date(a: int, b: int, year: int, text: str) -> dt.date | None:
    """A date written 4-12-2023: the one reading the text confirms ("Dec 4"), or the only valid one."""
    readings: set[dt.date] = set()
    for day, month in ((a, b), (b, a)):
        try:
            readings.add(dt.date(year, month, day))
        except ValueError:
            continue
    if len(readings) == 1:
        return readings.pop()
    for reading in sorted(readings):
        names = f"(?:{reading.strftime('%B')}|{reading.strftime('%b')})"
        if re.search(rf"{names}\.?\s+{reading.day}\b|\b{reading.day}(?:st|nd|rd|th)?\s+{names}\b", text):
            return reading
    return None


def after_credit(paragraph: str) -> str:
    """The paragraph after a leading syndication credit in brackets: "(MENAFN- Kuwait News Agency (KUNA)) BAGHDAD, …"
    gives "BAGHDAD, …".  A credit holds a name (letters, at most one bracket inside) and no sentence; anything else
    is returned whole."""
    if not paragraph.startswith("("):
        return paragraph
    depth = 0
    for index, char in enumerate(paragraph[:120]):
        depth += (char == "(") - (char == ")")
        if depth < 0 or depth > 2:
            return paragraph
        if depth == 0:
            credit, rest = paragraph[1:index], paragraph[index + 1 :].lstrip()
            words = credit.split()
            if 1 <= len(words) <= 8 and not re.search(r"[.!?,:;]", credit) and rest[:1].isupper():
                return rest
            return paragraph
    return paragraph


def find_dateline(paragraphs: list[str]) -> dict[str, Found]:
    """The dateline of the article: in its lede, or in a paragraph above it (after a byline fragment or summary lines),
    also after a syndication credit that opens the paragraph ("(MENAFN- Kuwait News Agency (KUNA)) BAGHDAD, April 22")."""
    for index, paragraph in enumerate(paragraphs[:10]):
        if index >= 5 and any(len(p.split()) > 40 for p in paragraphs[:index]):
            break  # past the fifth paragraph only below a list of summary points, not below the article's text
        if is_speaker_line(paragraph):
            continue  # 'Yoon: "A Major Threat …"': a deck quoting a speaker, not a dateline (:mod:`speakerlines`)
        found = dateline(paragraph) or dateline(after_credit(paragraph)) or dateline(joined_dateline(paragraphs, index, dateline))
        if "place" in found and not names_occasion(found["place"].value):  # "India-China Meeting:" is a kicker
            return found
        line = paragraph.strip()  # neither an agency's name ("IANS": it credits the copy) nor a button ("SUBSCRIBE NOW")
        shaped = _PLACE_LINE.match(line) and line.split()[0].strip(".-'/") not in _NOT_PLACES | _AGENCY_LINES
        # a dateline heads text ("MORE DETAILS SOON" closing a story does not), and signs no release under an office's name
        shaped = shaped and index + 1 < len(paragraphs) and not under_an_office(paragraphs, index)
        shaped = shaped and all(_VOWEL.search(word) for word in re.split(r"[ /-]", line) if word)  # "CSPRCSPR": a logo
        if shaped and not furniture_opening(line) and not names_occasion(line):  # nor a subheading ("THE STATEMENTS")
            return {"place": Found(titled_place(line), line, "dateline")}
    return {}


def _credits_a_wire(place: str) -> bool:
    """Whether a dateline's "place" is a wire agency's name: "NNA – French President …" credits Lebanon's agency.

    Agencies that open their copy with their own name and a dash say who wrote it, not where it was filed.
    """
    return place.strip(" -").casefold() in WIRE_AGENCIES


def dateline(first_paragraph: str) -> dict[str, Found]:
    """Place, date and outlet stated by an article's opening dateline."""
    found: dict[str, Found] = {}
    numeric = _NUMERIC_DATELINE.match(first_paragraph)
    if numeric:
        evidence = numeric.group(0).strip()
        found["place"] = Found(titled_place(numeric.group("place").strip()), evidence, "dateline")
        day = numeric_date(int(numeric.group("a")), int(numeric.group("b")), int(numeric.group("y")), first_paragraph)
        if day is not None:
            found["published"] = Found(day.isoformat(), evidence, "dateline")
        return found
    credited = wire_dateline(first_paragraph)
    if credited is not None:  # "Ulaanbaatar /MONTSAME/.", "MOSCOW, Sep 2, 2019, TASS."
        found["place"] = Found(titled_place(credited.place), credited.evidence, "dateline")
        found["outlet"] = Found(credited.agency, credited.evidence, "dateline")
        day = parse_text_date(credited.date) if credited.date else None
        if day is not None:
            found["published"] = Found(day.isoformat(), credited.evidence, "dateline")
        return found
    agency = _AGENCY_DATELINE.match(first_paragraph)
    if agency and agency.group("place").split()[0] not in _NOT_PLACES:
        evidence = agency.group(0).strip(" —–-")
        name = agency.group("agency")
        found["place"] = Found(titled_place(agency.group("place")), evidence, "dateline")
        found["outlet"] = Found(name if len(name) <= 4 else name.capitalize(), evidence, "dateline")
        return found
    signed = credit_dateline(first_paragraph)  # "Metro Manila (CNN Philippines, January 26) —"
    if signed is not None:
        found["place"] = Found(signed.place, signed.evidence, "dateline")
        found.update({"outlet": Found(signed.outlet, signed.evidence, "dateline")} if signed.outlet else {})
        return found
    wire = _WIRE_DATELINE.match(first_paragraph)
    if wire and wire.group("place").split()[0] not in _NOT_TITLE_PLACES | _NOT_PLACE_OPENINGS:
        found["place"] = Found(wire.group("place"), wire.group(0).strip(" —–-"), "dateline")
        return found
    day_only = _DAY_LINE.match(first_paragraph.strip())
    if day_only and is_day_line(first_paragraph):
        found["place"] = Found(titled_place(day_only.group("place")), day_only.group(0), "dateline")
        day = parse_text_date(day_only.group("date")) if day_only.group("year") else None
        if day is not None:
            found["published"] = Found(day.isoformat(), day_only.group(0), "dateline")
        return found
    wide = _WIDE_CAPS_DATELINE.match(first_paragraph)
    if wide and wide.group("place").isupper() and not wide.group("place").isascii():
        found["place"] = Found(titled_place(wide.group("place")), wide.group(0).strip(" :—–-"), "dateline")
        return found
    titled = _title_dateline(first_paragraph)
    if titled:
        found["place"] = Found(titled.group("place"), titled.group(0).strip(), "dateline")
        return found
    day_line = _DAY_DATELINE.match(first_paragraph)
    if day_line and day_line.group("place").split()[0].strip(".-'").upper() not in _NOT_PLACES:
        evidence = day_line.group(0).strip()
        found["place"] = Found(titled_place(day_line.group("place")), evidence, "dateline")
        found["day"] = Found(day_line.group("md"), evidence, "dateline")  # the year may be on the page (:mod:`dayline`)
        if day_line.group("paren") and _PAREN_OUTLET.match(day_line.group("paren").strip()):
            found["outlet"] = Found(day_line.group("paren").strip(), f"({day_line.group('paren')})", "dateline")
        elif day_line.group("slash"):  # "TASHKENT, October 19. /TASS/."
            found["outlet"] = Found(day_line.group("slash").strip(), f"/{day_line.group('slash')}/", "dateline")
        return found
    dated = _DATED_DATELINE.match(first_paragraph) or _BRACKETED_DATE_DATELINE.match(first_paragraph)
    if dated and dated.group("place").split()[0].strip(".-'").upper() in _NOT_PLACES:  # "UPDATE, June 12, 2024:"
        dated = None
    caps = _CAPS_DATELINE.match(first_paragraph)
    paren: str | None = None
    if dated:
        evidence = dated.group(0).rstrip(":—–- ")
        if dated.group("place").strip().capitalize() not in WEEKDAY_NAMES:
            found["place"] = Found(titled_place(dated.group("place")), evidence, "dateline")
        day = parse_text_date(dated.group("date"))
        if day is not None:
            found["published"] = Found(day.isoformat(), evidence, "dateline")
        paren = dated.groupdict().get("paren")  # a bracketed date is the dateline's own: no credit after it
    elif caps and caps.group("place").split()[0].strip(".-'") not in _NOT_PLACES and not _credits_a_wire(caps.group("place")):
        place = caps.group("place").strip(" -")
        paren = caps.group("paren")
        rest = first_paragraph[caps.end() :]
        if paren is None and (first_paragraph[caps.end() - 1 :].startswith("(") or rest.lstrip().startswith("(")):
            opening = caps.end() if first_paragraph[caps.end() - 1] == "(" else caps.end() + len(rest) - len(rest.lstrip()) + 1
            close = first_paragraph.find(")", opening)
            paren = first_paragraph[opening:close] if close > 0 else None
        evidence = first_paragraph[: caps.end()].rstrip(" (")
        if paren is not None and f"({paren})" not in evidence:
            evidence = f"{evidence} ({paren})"
        found["place"] = Found(titled_place(place), evidence.rstrip(":—–- "), "dateline")
    if paren:
        with_date = _PAREN_OUTLET_DATE.match(paren)
        if with_date:
            found["outlet"] = Found(with_date.group("outlet").strip(), f"({paren})", "dateline")
            day = parse_text_date(with_date.group("date"))
            if day is not None and "published" not in found:
                found["published"] = Found(day.isoformat(), f"({paren})", "dateline")
        elif (_PAREN_OUTLET.match(paren.strip()) and not any(c.isdigit() for c in paren)) or _numbered_outlet(paren.strip()):
            found["outlet"] = Found(paren.strip(), f"({paren})", "dateline")
    return found


# A month's or a weekday's name: brackets holding one hold a day, whatever number is beside it.
_DAY_NAME = re.compile(rf"\b(?:{MONTH_PATTERN}|{'|'.join(WEEKDAY_NAMES)})\b", re.IGNORECASE)


def _numbered_outlet(paren: str) -> bool:
    """Whether a dateline's brackets hold an outlet's name with a number in it ("News 1st"), not a day ("March 23")."""
    return bool(_NUMBERED_PAREN.match(paren)) and not _DAY_NAME.search(paren)


def told_outlet(lede: str) -> Found | None:
    """An outlet the lede names as the one it was told: "… told Business Recorder on Friday"."""
    for match in _TOLD.finditer(lede):
        outlet = match.group("outlet").rstrip(".")
        if outlet.split()[0].casefold().strip(".") in _NOT_OUTLETS:
            continue
        sentence_start = max(lede.rfind(". ", 0, match.start()) + 2, 0)
        end = lede.find(".", match.end())
        evidence = lede[sentence_start : end if end > 0 else len(lede)]
        words = evidence.split()
        if len(words) > 14:  # quote the clause, not the whole lede
            clause_start = lede.rfind(",", 0, match.start())
            evidence = lede[clause_start + 1 if clause_start >= 0 else sentence_start : end if end > 0 else len(lede)].strip()
        return Found(outlet, evidence, "lede")
    return None
