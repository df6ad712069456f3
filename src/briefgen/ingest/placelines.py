"""Second readings of an article's dateline, for places that the first reading (:func:`meta.find_dateline`) gets
wrong or misses because the dateline is shaped or placed unusually.

- A capitalised word alone on its line ("PCO") is read as a place only for
  want of a better one: a photo credit or a section's kicker ("TWO-STATE
  SOLUTION") looks the same.  A full dateline in the next four paragraphs
  ("MANILA, Philippines – President …", or "JAKARTA — France and …" below a
  standfirst, the headline printed again and a photo caption) outranks it.
- A press-release wire puts its own country and day before the story's own
  dateline ("VIETNAM, November 27 - HÀ NỘI — Việt Nam and …"): the inner
  dateline, in capitals, is where the story was filed.
- A photo caption glued to the lede ("… (Photo: VNA). Hanoi (VNA) – President …", or with no space between)
  hides the dateline behind it: the dateline after the caption's credit counts.
- A place with its country in brackets alone on its line ("Rabat (Morocco)"),
  as government sites write it above the text, is the place; so is a city in
  capitals and its country after a comma ("NAIROBI, Kenya"), a print dateline
  a blog sets on its own line above the lede: the country must be one (a
  country's name, or its capital's), so that no other label of that shape is read.
  The country may be in capitals too ("BANDAR SERI BEGAWAN, BRUNEI DARUSSALAM"
  over a joint statement's date line), and the line may be in title case
  ("Nuku'alofa, Tonga" over a paper's date line) when the place is a capital.
- A dateline's city in capitals with its country after it in title case and no
  comma between ("HAVANA Cuba, Aug 8 (ACN)") is the city alone.
- A capital and the day after a comma alone on a line ("Díli, August 30th, 2015"), a
  release's heading (:mod:`briefgen.ingest.placedates`), gives the capital.
- A dateline in capitals with its agency's credit in brackets, set alone on its line above the lede ("ABU DHABI
  (WAM)" over "US President Donald Trump arrived …", as a paper reprinting an agency's copy sets it), is the place:
  the first reading wants the lede after a dash on the same line.  A caption's closing credit ("… in Beijing. (AFP)")
  is a sentence before its brackets, never a place in capitals alone.
"""

from __future__ import annotations

import re

from briefgen.ingest.ledeplaces import is_capital, is_country_name
from briefgen.ingest.meta import Found, dateline, dateline_length
from briefgen.ingest.placedates import place_and_day

# How many paragraphs below a bare place line a full dateline may sit and still outrank it: a standfirst, the headline
# printed again and a photo caption may stand between them.
_LOOK_AHEAD = 4
_BARE_PLACE = re.compile(r"^[A-Z][A-Z'.-]{2,}(?:[ /-][A-Z][A-Z'.-]+){0,3}$")
# The credit closing a photo caption: "(Photo: VNA).", "(Photo: Reuters)", "(Image: AFP).", perhaps glued to the
# dateline after it ("… in Hanoi (Photo: VNA)Hanoi (VNA) – …").
_CAPTION_CREDIT = re.compile(r"\((?:Photo|Image|Picture|File photo)s?\s*:\s*[^()]{1,40}\)\.?\s*(?=[A-Z])")
# "Rabat (Morocco)": a place in title case and its country in brackets, alone on its line.
_PLACE_COUNTRY_LINE = re.compile(r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s+\((?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\)$")
# "NAIROBI, Kenya": a city in capitals, a comma and its country in title case (or capitals), alone on its line.
_CAPS_PLACE_COUNTRY_LINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'.-]{2,}(?:[ -][A-Z][A-Z'.-]+){0,2}),\s+"
    r"(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}|[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})$"
)
# "Nuku'alofa, Tonga": a capital in title case, a comma and its country, alone on its line.
_TITLE_PLACE_COUNTRY_LINE = re.compile(
    r"^(?P<place>[A-Z][a-z'-]+(?:\s[A-Z][a-z'-]+){0,2}),\s+(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})$"
)
# "HAVANA Cuba, Aug 8 (ACN)": a city in capitals, then its country in title case with no comma between.
_CAPS_CITY_THEN_COUNTRY = re.compile(
    r"^(?P<place>[A-Z][A-Z'.-]{2,}(?:[ -][A-Z][A-Z'.-]+){0,2})\s+(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),"
)
# "ABU DHABI (WAM)": a place in capitals and a credit in brackets (an agency's short name), the whole line.
_PLACE_CREDIT_LINE = re.compile(r"^(?P<place>[A-Z][A-Z'.-]{2,}(?:[ -][A-Z][A-Z'.-]+){0,2})\s+\((?P<credit>[A-Z][A-Za-z]{1,9})\)$")
# An inner dateline in capitals (ASCII or not): "HÀ NỘI —", "BEIJING:".
_CAPS = "A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ"
_CAPS_OPENING = re.compile(rf"^[{_CAPS}][{_CAPS}'.]+(?:[ -][{_CAPS}][{_CAPS}'.]+)*(?=\s*[:—–,(-])")


def reread_place(paragraphs: list[str], stated: dict[str, Found]) -> dict[str, Found]:
    """``stated`` with its place read again where one of the shapes in the module's docstring applies."""
    found = stated.get("place")
    if found is None:
        return _hidden_place(paragraphs, stated)
    tail = _CAPS_CITY_THEN_COUNTRY.match(found.evidence.strip())
    if (
        tail is not None
        and is_country_name(tail.group("country"))
        and found.value.casefold() == f"{tail.group('place')} {tail.group('country')}".casefold()
    ):
        return {**stated, "place": Found(found.value[: len(tail.group("place"))], found.evidence, found.where)}
    index = next((i for i, p in enumerate(paragraphs[:10]) if p.strip() and p.strip().startswith(found.evidence[:20])), None)
    if index is None:
        return stated
    paragraph = paragraphs[index].strip()
    if _BARE_PLACE.match(paragraph):
        for below in paragraphs[index + 1 : index + 1 + _LOOK_AHEAD]:
            better = dateline(below)
            if "place" in better and better["place"].evidence != below.strip():
                return {**better, **{k: v for k, v in stated.items() if k != "place"}, "place": better["place"]}
        return stated
    length = dateline_length(paragraph)
    rest = paragraph[length:].lstrip(" :—–-") if length else ""
    inner = dateline(rest) if _CAPS_OPENING.match(rest) else {}
    if "place" in inner and inner["place"].value.casefold() != found.value.casefold():
        return {**stated, "place": Found(inner["place"].value, f"{found.evidence} {inner['place'].evidence}", "dateline")}
    return stated


def _hidden_place(paragraphs: list[str], stated: dict[str, Found]) -> dict[str, Found]:
    """The place of a dateline behind a glued photo caption, or of a "Rabat (Morocco)" or "ABU DHABI (WAM)" line; else
    ``stated``."""
    for index, paragraph in enumerate(paragraphs[:5]):
        text = paragraph.strip()
        line = _PLACE_COUNTRY_LINE.match(text)
        if line is None:
            line = _CAPS_PLACE_COUNTRY_LINE.match(text)
            line = line if line is not None and is_country_name(_titled(line.group("country"))) else None
        if line is None:
            line = _TITLE_PLACE_COUNTRY_LINE.match(text)
            line = line if line is not None and is_capital(line.group("place")) and is_country_name(line.group("country")) else None
        if line is None:
            line = _PLACE_CREDIT_LINE.match(text) if index + 1 < len(paragraphs) else None  # a dateline heads text
        if line is not None:
            return {**stated, "place": Found(line.group("place"), text, "dateline")}
        placed = place_and_day(text)  # "Díli, August 30th, 2015": a release's capital and day (:mod:`placedates`)
        if placed is not None:
            return {**stated, "place": Found(placed[0], text, "dateline")}
        caption = _CAPTION_CREDIT.search(text[:400])
        if caption is not None:
            after = dateline(text[caption.end() :])
            if "place" in after:
                return {**stated, "place": after["place"]}
    return stated


def _titled(country: str) -> str:
    """A country's name as :func:`is_country_name` knows it: "BRUNEI DARUSSALAM" is "Brunei Darussalam"."""
    return country.title() if country.isupper() else country
