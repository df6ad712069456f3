"""Datelines whose punctuation the first readings (:func:`briefgen.ingest.meta.find_dateline`,
:func:`briefgen.ingest.dashline.dash_dateline`) do not take, read as a last chance for the article's place.

Each shape is a place at the very opening of a paragraph near the top, closed the way a dateline is closed and
followed by the report's first sentence:

- two places in capitals joined by a slash, then a dash: "ISLAMABAD/BEIJING – Prime Minister Shehbaz Sharif …";
- a place in capitals with its state written in initials, and perhaps its day: "WASHINGTON, D.C., May 22 – President
  William Ruto …"; or with its state's code in capitals without stops, then its day, as a government release's repost
  dates it: "CANBERRA, ACT, Sept. 17 -- The Prime Minister of Australia issued …" (the day says the code is no word of
  a sentence);
- a place in title case with its country or state (and perhaps the site's address), then a spaced dash: "Woodside,
  California - President Joe Biden …", "Lima, Peru — Chinese President Xi Jinping …", "Saint Petersburg, Russia,
  Indonesianpost.com – Reported by Antara, …", also with the country's initials and the dash typed against them:
  "Abu Dhabi, UAE– The Ministry …" (other capitals there credit the copy: "Jakarta, MINA –"), or a state's abbreviation
  ("Woodside, Calif. —", :mod:`briefgen.ingest.regionnames`), or closed by a full stop and a hyphen as the papers of
  Spanish-speaking countries close their datelines: "Barahona, Dominican Republic.- The governments …", or by a hyphen
  typed against the lede's first word: "Kampala, Uganda -President Yoweri Museveni …".  Words before a comma
  may also be a phrase ("Meanwhile, Biden —"), so the place or its country (after initials, the place itself) must be
  named again on the page, as where a report happens is;
- a place in title case with the credit of its copy in brackets: "Lima, (APP - UrduPoint / Pakistan Point News -
  15th Nov, 2024) President Xi Jinping …";
- a place in title case (letters beyond ASCII too), its full date and the outlet's name before a colon: "Münster, May
  28, 2024, The Europe Today: French President Emmanuel Macron …", or its day without the year and the agency's short
  name, as the Malawi News Agency's copy opens: "Maputo, August 14, Mana: President Lazarus Chakwera …";
- a place and its day with the credit of its copy in brackets, closed as a dateline is, in the two orders agencies and
  sites write them: "BISHKEK. March 13 (Interfax) - Kyrgyz President …" (the place in capitals, a full stop, the day),
  "July 31, Colombo (LNW): President Anura …" (the day first, then the place in title case);
- the weekday and the day first, then the place in title case and a spaced dash, as a head of state's office dates
  its releases: "Thursday, February 14, Vilnius – On February 21-22, President …" (the weekday says it is a dateline:
  a sentence does not open on one and go on with a place and a dash);
- a place in title case with its country in square brackets, then a colon or a dash: "Georgetown [Guyana]: Prime
  Minister Narendra Modi …".  This is the news agency dateline "New Delhi [India], October 7 (ANI):" as sites that
  reprint the copy cut it, without its day and credit; some cut the colon too, and the lede's first word follows the
  bracket: "Kathmandu [Nepal] Nepal Prime Minister …".  The words in the brackets must name a country, so that a
  caption's note ("Narendra Modi [Left] –") is no dateline.
- a country named in title case with its words joined by "and", then a colon or a dash: "Trinidad and Tobago: Prime
  Minister …", as a site files a report under the country it comes from.  The title-case shapes take capitalised words
  only; "and" joins many names that are no place ("Smith and Jones:"), so the words must be a country's name.

- a place in capitals with a hyphen typed against the lede's first word, which the paper prints in capitals too:
  "HARARE-CLOSE regional allies Zimbabwe and South Africa …" (Zimbabwe's papers).  Capitals joined by a hyphen may be
  a name ("ECOWAS-EU trade …"), so the place must be named again in title case on the page ("in Harare").

- a capital whose name joins its words with a small lowercase word, then its day and the agency's credit, or a colon
  or a dash: "Port of Spain, July 5 (IANS) Prime Minister …", "Port of Spain: India and …".  The title-case shapes
  take capitalised words only; words joined by "of" name many things that are no place ("Bank of …"), so the place
  must be a country's capital (or seat) as :mod:`briefgen.ingest.ledeplaces` knows them.

- a place in capitals, its day before the month (the month perhaps in capitals) and the agency's credit in brackets, as
  the Namibia Press Agency dates its copy: "SWAKOPMUND, 28 SEP (NAMPA) - The principles …";
- a country's capital, a comma and a spaced dash, the credit that stood between them cut, as a reprint of a news
  agency's copy opens: "Addis Ababa, — China became one of the largest importers …".  A comma and a dash open no
  sentence, and the place must be a capital (or seat) as :mod:`briefgen.ingest.ledeplaces` knows them.

Only the place is read: the date and the credit are left to the readings of their own fields.
"""

from __future__ import annotations

import re

from briefgen.ingest.ledeplaces import is_capital, is_country_name
from briefgen.ingest.meta import Found, titled_place
from briefgen.ingest.regionnames import REGION_ABBREVIATION
from briefgen.ingest.speakerlines import is_speaker_line
from briefgen.text.english import MONTH_PATTERN, WEEKDAY_NAMES

_CAPS = r"[A-Z][A-Z'.-]+"
_TITLE = r"[A-ZÀ-Þ][a-zà-ÿ'’]+"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_CLOSE = r"\s*(?:[:—–]|\s-\s|\s--\s)\s*(?=[A-Z“\"])"
_JOINED_CAPS = re.compile(rf"^(?P<place>{_CAPS}(?:[ -]{_CAPS}){{0,2}}(?:/{_CAPS}(?:[ -]{_CAPS}){{0,2}})+){_CLOSE}")
_CAPS_WITH_INITIALS = re.compile(
    rf"^(?P<place>{_CAPS}(?:[ -]{_CAPS}){{0,2}}),\s*(?:[A-Z]\.){{2,3}},?\s*(?:(?:{MONTH_PATTERN})\.?\s+{_DAY},?)?{_CLOSE}"
)
# "CANBERRA, ACT, Sept. 17 -- …": the state's code in capitals without stops, then the day, which the code needs.
_CAPS_WITH_CODE_DAY = re.compile(rf"^(?P<place>{_CAPS}(?:[ -]{_CAPS}){{0,2}}),\s*[A-Z]{{2,3}},\s*(?:{MONTH_PATTERN})\.?\s+{_DAY},?{_CLOSE}")
# The initials datelines write for a country; other capitals after the comma credit the copy ("Jakarta, MINA –").
_COUNTRY_INITIALS = ("USA", "UAE", "DRC", "PRC", "KSA", "ROK", "US", "UK")
# The site's own address may follow the country: "Saint Petersburg, Russia, Indonesianpost.com – Reported by …".
# The country may be initials ("Abu Dhabi, UAE – The Ministry …"), and a long dash may be typed against it ("UAE– The");
# a full stop and a hyphen may close it ("Barahona, Dominican Republic.- The governments …"), or a spaced hyphen typed
# against the lede's first word ("Kampala, Uganda -President …").
_TITLE_WITH_REGION = re.compile(
    rf"^(?P<place>{_TITLE}(?:[ -]{_TITLE}){{0,2}}),\s*"
    rf"(?P<region>{_TITLE}(?:\s+{_TITLE}){{0,2}}|{REGION_ABBREVIATION}|(?P<initials>{'|'.join(_COUNTRY_INITIALS)}))"
    r"(?:,\s*[A-Z][\w-]*(?:\.[a-z]{2,6})+)?(?:(?:\s*[—–]|\s+-{1,2}|\.-)\s+|\s+-(?=[A-Z][a-z]))(?=[A-Z“\"])"
)
_TITLE_WITH_CREDIT = re.compile(rf"^(?P<place>{_TITLE}(?:[ -]{_TITLE}){{0,2}}),\s*\((?=[A-Z])[^()]{{2,80}}\)\s*(?=[A-Z“\"])")
_FULL_DATE = rf"(?:(?:{MONTH_PATTERN})\.?\s+{_DAY},?\s+(?:19|20)\d\d|{_DAY}\s+(?:{MONTH_PATTERN}),?\s+(?:19|20)\d\d)"
_DAY_OF_YEAR = rf"(?:{MONTH_PATTERN})\.?\s+{_DAY}"
_TITLE_DATED_NAMED = re.compile(
    rf"^(?P<place>{_TITLE}(?:[ -]{_TITLE}){{0,2}}),\s*(?:{_FULL_DATE}|{_DAY_OF_YEAR}),"
    rf"\s*[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){{0,3}}\s*:\s+(?=[A-Z“\"])"
)
# "Georgetown [Guyana]: Prime Minister …": the country in square brackets, the day and the agency's credit cut.
_TITLE_WITH_BRACKETED_COUNTRY = re.compile(
    rf"^(?P<place>{_TITLE}(?:[ -]{_TITLE}){{0,2}})\s*\[(?P<country>{_TITLE}(?:\s+{_TITLE}){{0,2}})\](?:\s*(?::|[—–]|\s-))?\s+(?=[A-Z“\"])"
)
# "Trinidad and Tobago: Prime Minister …": a country whose name joins its words with "and"; checked to be a country.
_JOINED_COUNTRY = re.compile(rf"^(?P<place>{_TITLE}(?:\s(?:and|&)\s{_TITLE}|[ -]{_TITLE}){{1,3}})\s*(?::|[—–]|\s-)\s+(?=[A-Z“\"])")
# "BISHKEK. March 13 (Interfax) - Kyrgyz President …": a place in capitals closed by a full stop, the day, the credit.
_CAPS_STOP_DAY_CREDIT = re.compile(
    rf"^(?P<place>{_CAPS}(?:[ -]{_CAPS}){{0,2}})\.\s+(?:{MONTH_PATTERN})\.?\s+{_DAY}\s*\((?=[A-Z])[^()]{{2,40}}\){_CLOSE}"
)
# "July 31, Colombo (LNW): President Anura …": the day first, then the place in title case and the credit.
_DAY_FIRST_CREDIT = re.compile(
    rf"^(?:{MONTH_PATTERN})\.?\s+{_DAY},\s*(?P<place>{_TITLE}(?:[ -]{_TITLE}){{0,2}})\s*\((?=[A-Z])[^()]{{2,40}}\){_CLOSE}"
)
# "Thursday, February 14, Vilnius – On February 21-22, …": the weekday and the day, then the place and a spaced dash.
_WEEKDAY_DAY_FIRST = re.compile(
    rf"^(?:{'|'.join(WEEKDAY_NAMES)}),\s+(?:{MONTH_PATTERN})\.?\s+{_DAY}(?:,\s+(?:19|20)\d\d)?,\s*"
    rf"(?P<place>{_TITLE}(?:[ -]{_TITLE}){{0,2}})\s+[—–-]\s+(?=[A-Z“\"])"
)
# "Port of Spain, July 5 (IANS) Prime Minister …", "Port of Spain: India and …": a capital whose name joins its words with
# a small lowercase word, which the title-case datelines above do not take; checked to be a capital.
_SMALL_WORD_CAPITAL = re.compile(
    rf"^(?P<place>{_TITLE}(?:\s(?:of|es|de|la)\s{_TITLE}|[ -]{_TITLE}){{1,3}})"
    rf"(?:,\s*(?:{MONTH_PATTERN})\.?\s+{_DAY},?\s*\((?=[A-Z])[^()]{{2,40}}\)\s*(?:[:—–-]\s*)?|\s*(?::|[—–]|\s-)\s+)(?=[A-Z“\"])"
)
# "SWAKOPMUND, 28 SEP (NAMPA) - The principles …": the place in capitals, the day before the month, the credit.
_CAPS_DAY_MONTH_CREDIT = re.compile(
    rf"^(?P<place>{_CAPS}(?:[ -]{_CAPS}){{0,2}}),\s+{_DAY}\s+(?i:{MONTH_PATTERN})\.?,?\s*\((?=[A-Z])[^()]{{2,40}}\){_CLOSE}"
)
# "Addis Ababa, — China became …": a capital, its comma and a spaced dash, the credit between them cut.
_CAPITAL_COMMA_DASH = re.compile(rf"^(?P<place>{_TITLE}(?:[ -]{_TITLE}){{0,2}}),\s+[—–]\s+(?=[A-Z“\"])")
# "HARARE-CLOSE regional allies …": the place in capitals, a hyphen, the lede's first word in capitals, then small letters.
_GLUED_CAPS = re.compile(r"^(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?)-(?=[A-Z]{2,}\s+[a-z])")
# Words that open a sentence or a label, never a place.
_NOT_PLACES = frozenset(
    {"The", "A", "An", "This", "That", "Meanwhile", "However", "Earlier", "Later", "Also", "Update", "Note", "Image", "Photo"}
    | set(WEEKDAY_NAMES)
)
# How many of the first paragraphs may hold the dateline: below a caption, a standfirst and a byline at most.
_LOOK = 6


def named_again(words: list[str], page: str) -> bool:
    """Whether the page writes any of ``words`` again, as a whole word (a dateline's place its text names)."""
    return any(re.search(rf"\b{re.escape(word)}\b", page) for word in words)


def shaped_dateline(paragraphs: list[str], removed: list[str]) -> dict[str, Found]:
    """The place of a dateline in one of the shapes of the module's docstring, in the first paragraphs, or nothing."""
    for index, paragraph in enumerate(paragraphs[:_LOOK]):
        if is_speaker_line(paragraph):
            continue
        caps = _JOINED_CAPS.match(paragraph) or _CAPS_WITH_INITIALS.match(paragraph) or _CAPS_WITH_CODE_DAY.match(paragraph)
        bracketed = _TITLE_WITH_BRACKETED_COUNTRY.match(paragraph)
        if bracketed is not None and not is_country_name(bracketed.group("country")):
            bracketed = None
        credited = _CAPS_STOP_DAY_CREDIT.match(paragraph) or _DAY_FIRST_CREDIT.match(paragraph) or _WEEKDAY_DAY_FIRST.match(paragraph)
        credited = credited or _CAPS_DAY_MONTH_CREDIT.match(paragraph)
        titled = _TITLE_WITH_CREDIT.match(paragraph) or _TITLE_DATED_NAMED.match(paragraph) or bracketed or credited
        regional = _TITLE_WITH_REGION.match(paragraph)
        if regional is not None:
            page = "\n".join([*removed, *paragraphs[:index], paragraph[regional.end() :], *paragraphs[index + 1 :]])
            named = [regional.group("place")] + [regional.group("region")] * (not regional.group("initials"))  # "UAE": anywhere
            if not named_again(named, page):
                regional = None
        glued = _GLUED_CAPS.match(paragraph)
        if glued is not None:
            page = "\n".join([*removed, *paragraphs[:index], paragraph[glued.end() :], *paragraphs[index + 1 :]])
            glued = glued if named_again([titled_place(glued.group("place"))], page) else None
        capital = _SMALL_WORD_CAPITAL.match(paragraph) or _CAPITAL_COMMA_DASH.match(paragraph)
        if capital is not None and not is_capital(capital.group("place")):
            capital = None
        country = _JOINED_COUNTRY.match(paragraph)
        if country is not None and (" and " not in country.group("place") or not is_country_name(country.group("place"))):
            country = None
        match = caps or titled or regional or glued or capital or country
        if match is None or match.group("place").split()[0].split("/")[0].capitalize() in _NOT_PLACES:
            continue
        return {"place": Found(titled_place(match.group("place")), match.group(0).strip(" :—–-"), "dateline")}
    return {}
