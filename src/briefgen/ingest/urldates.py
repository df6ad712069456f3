"""Page dates in an address in the forms :func:`briefgen.ingest.addressdates.date_in_url` leaves alone.

- The year first, month and day unpadded, with the story's number after them: "…-2024-7-1-7", "/2024-7-1/".
  The year first is always followed by the month, so the reading is certain.
- The year first, padded, with the story's words or number running on after the day
  ("/news/2022-10-22-prime-minister-returns…", "…-latest-updates-2023-08-18-887549"), or the day in a folder of its
  own under a year-and-month folder, with or without a hyphen in it ("/2024-09/03/c_1017965.htm",
  "/a/202406/20/WS6673….html").  The year first is followed by the month here too: no site writes year, day, month,
  so the reading is as certain as "/2024/09/03/" (round 104's fresh sample: a China Daily page whose text names no day
  of its own, so "on Wednesday" was left undated).
- Eight digits that are the page's whole name ("/english/world/17012025-amp"), when only one order of day and month
  makes a real day and the text names that year or the one before (a story of January writes of last year): an id
  that happens to look like a day seldom passes both.
- A year folder and a month folder, then a page named by the day, year first, that repeats them
  ("/Pressemitteilungen/2022/08/20220823-speeding-up-the-roll-out…"): the folders already give the year and month, the
  name agrees with both, so its last two digits are the day.
- A day, month and year followed by a time of day, as a publishing system stamps a page:
  "…-prosperity-05-03-2025-19-18-24".  Eight digits alone could be an id or either of two dates; a valid time of day
  after them shows a stamp, and a stamp written day first (the order of the rest of the world; an American stamp
  writes the year first) is read so.
- The day, year first, set between hyphens at the end of the page's name, then a short story code of small letters that
  ends the address, as Nine's papers (afr.com, smh.com.au, theage.com.au) name every story:
  "…-special-relationship-with-australia-20140701-jgqht".  The year first is followed by the month, and a code of
  letters after the day is no serial number that happens to run into it: the digits are read as the day unconfirmed.
- A page name opening with its day, year first, in eight digits, then a hyphen and the story's words:
  "/20250423-oman-and-russia-sign-visa-waiver-…" (Middle East Monitor, RFI).  The year first is followed by the month,
  and words after the day show a name, not a serial number: read unconfirmed, as a page of news often names no year of
  its own (intake_final161's Middle East Monitor page names only 1985).
- A page named by its day, year first, and the story's number that day: "/stories/202405280323.html".  The year first is
  followed by the month, so the order is certain; the number after it could be anything, so, as for eight digits alone,
  the text must name that year or the one before, which an id that only looks like a day seldom does.  On AllAfrica
  (allafrica.com), whose every story is numbered so, the day is certain and no confirmation is asked: its reposted copy
  often names no year ("Lukashenko ended his three days long visit to Zimbabwe Tuesday", round 98's fresh sample).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from urllib.parse import urlsplit

from briefgen.ingest.addressdates import date_in_url, date_in_url_confirmed, first_date_in_url
from briefgen.ingest.dasheddates import date_in_dashes
from briefgen.ingest.folderdays import day_folder_date
from briefgen.ingest.iddates import date_in_story_id
from briefgen.ingest.publishable import could_be_published
from briefgen.ingest.querydates import date_in_query
from briefgen.text.english import names_year_or_before

_YEAR_FIRST_UNPADDED = re.compile(r"[-/_](?P<y>(?:19|20)\d\d)-(?P<m>1[0-2]|0?[1-9])-(?P<d>[0-3]?\d)(?:-\d{1,4})?(?=$|[/?#._])")
_YEAR_FIRST_RUN_ON = re.compile(r"[-/_](?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)-(?=\w)")
_YEAR_MONTH_FOLDER = re.compile(r"/(?P<y>(?:19|20)\d\d)-?(?P<m>[01]\d)/(?P<d>[0-3]\d)/")
_DAY_FIRST_STAMP = re.compile(
    r"(?<![\d])(?P<d>[0-3]\d)-(?P<m>[01]\d)-(?P<y>(?:19|20)\d\d)-(?:[01]\d|2[0-3])-[0-5]\d(?:-[0-5]\d)?(?=$|[/?#._])"
)

# "…-with-australia-20140701-jgqht": the day between hyphens, then a story code of a letter and three to six more ending the path.
_DAY_THEN_CODE = re.compile(r"(?<=[a-z]-)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)-(?=[a-z][a-z0-9]{3,6}/?$)")

# "/20250423-oman-and-russia-sign-…": a page name opening with the day, year first, then the story's words; not under a
# folder of figures, where :data:`_FOLDERS_THEN_DAY` asks the name to agree with the folders.
_DAY_THEN_WORDS = re.compile(r"(?<!\d)/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)-(?=[a-z]{2,}-[a-z])")

# "/2022/08/20220823-speeding-up-…": year and month folders, and a name opening with the same year and month and a day.
_FOLDERS_THEN_DAY = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?P=y)(?P=m)(?P<d>[0-3]\d)(?=$|[-_./?#])")


def stamped_date_in_url(url: str | None) -> tuple[dt.date, str] | None:
    """The page's date in one of the forms above, and the digits that give it; None when there is none."""
    return first_date_in_url(
        url,
        (
            _YEAR_FIRST_UNPADDED,
            _YEAR_FIRST_RUN_ON,
            _YEAR_MONTH_FOLDER,
            _DAY_FIRST_STAMP,
            _FOLDERS_THEN_DAY,
            _DAY_THEN_CODE,
            _DAY_THEN_WORDS,
        ),
    )


_EIGHT_DIGIT_NAME = re.compile(r"/(?P<a>[0-3]\d)(?P<b>[0-3]\d)(?P<y>(?:19|20)\d\d)(?:-amp|\.html?)?/?$")


def named_by_date(url: str | None, text: str) -> tuple[dt.date, str] | None:
    """The day eight digits naming the page write (see the module's docstring), and those digits; None otherwise."""
    match = _EIGHT_DIGIT_NAME.search(urlsplit(url or "").path)
    if match is None:
        return None
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
    readings = []
    for day, month in {(a, b), (b, a)}:
        with contextlib.suppress(ValueError):
            readings.append(dt.date(year, month, day))
    if len(readings) != 1 or not could_be_published(readings[0]):
        return None
    if not names_year_or_before(year, text):
        return None
    return readings[0], match.group(0).strip("/")


_DAY_AND_NUMBER_NAME = re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\d{2,5}(?:\.html?)?$")
# Sites that number every story by its day, year first, then its number that day: the reading needs no confirmation.
_DAY_NUMBERED_SITES = ("allafrica.com",)


def _numbers_by_day(url: str | None) -> bool:
    host = (urlsplit(url or "").hostname or "").casefold()
    return any(host == site or host.endswith(f".{site}") for site in _DAY_NUMBERED_SITES)


def named_by_day_and_number(url: str | None, text: str) -> tuple[dt.date, str] | None:
    """The day a page name of a year-first day and a story number writes (see the module's docstring), and its digits."""
    found = first_date_in_url(url, (_DAY_AND_NUMBER_NAME,))
    if found is None or not (_numbers_by_day(url) or names_year_or_before(found[0].year, text)):
        return None
    return found[0], re.sub(r"\.html?$", "", found[1])


def date_in_address(url: str | None, text: str) -> tuple[dt.date, str] | None:
    """The page's date as its address writes it: the certain forms first, then eight digits the text confirms, then
    the forms above, then a day and story number the text confirms, then a day and month in dashes whose order is
    certain (:mod:`dasheddates`), then a day and serial number in the query string, then a day inside a story's id or
    page name that the text confirms (:mod:`iddates`), then a six-digit day folder on a site that writes it day first
    (:mod:`folderdays`)."""
    return (
        date_in_url(url)
        or date_in_url_confirmed(url, text)
        or stamped_date_in_url(url)
        or named_by_date(url, text)
        or named_by_day_and_number(url, text)
        or date_in_dashes(url, text)
        or date_in_query(url, text)
        or date_in_story_id(url, text)
        or day_folder_date(url)
    )
