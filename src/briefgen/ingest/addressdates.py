"""Publication dates an address states plainly: "/2026/02/06/", "/26-Dec-2022/", "-2025-12-05", a timestamped page id,
"/2023/may/04/", "-29-april-2015".

A page's address is often the surest date it carries (its text may print only
"Thursday", or nothing), but digits in an address are also ids; only the forms
whose reading is certain are read here, and a day after the page was saved is
an id, not a date.  The forms that need the text to confirm them, or a rarer
shape, are in :mod:`briefgen.ingest.urldates`.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from briefgen.ingest.publishable import could_be_published
from briefgen.text.english import month_number

#: A month's name as a folder of an address, whole or cut to three letters ("may", "Oct", "sept"), in any case.
MONTH_FOLDER = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)"
)

_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?:/|$)"),  # "/2026/02/06/", "/2024/4/26/"
    re.compile(r"(?<![\w])(?P<d>[0-3]?\d)-(?P<mon>[A-Za-z]{3})-(?P<y>(?:19|20)\d\d)(?![\d])"),
    re.compile(r"[-/_](?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:$|[/?#._])"),
    # A page id that opens with a timestamp, YYYYMMDDhhmmss: "/na20221226224001670670255".  Eight digits alone
    # could be any id; a valid time of day after them makes the reading certain.
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:[01]\d|2[0-3])[0-5]\d[0-5]\d"),
    # A folder named by the day, with the page below it: "/news/world/20240529/over-20-agreements-signed".  The same
    # eight digits as the last part of the address are a page id ("/item/20240317"), not a date.
    re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)/(?=[^/])"),
    # The day and the story's number, as the page's last folder or name: "/news/20231103_14/", "/20250327-245596/".
    re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:_\d{1,3}|-\d{1,7})/?$"),
    # A year's folder and a page name that opens with that year's day before its words: "/2023/20230202_spain-visit.aspx".
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P=y)(?P<m>[01]\d)(?P<d>[0-3]\d)[_-](?=[A-Za-z])"),
    # Folders of the day, the month and the year in either order, when a day after the 12th settles which is which:
    # "/editorial/26/10/2023/" is 26 October, "/10/26/2023/" the same day.  "/05/10/2023/" needs the text
    # (:func:`date_in_url_confirmed`).
    re.compile(r"/(?P<d>1[3-9]|2\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d\d)(?:/|$)"),
    re.compile(r"/(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])/(?P<y>(?:19|20)\d\d)(?:/|$)"),
    # Folders of the year, the month's name and the day: "/world/2023/may/04/…", "/2019/Oct/25/".  The name says which
    # number is the month, and the year comes first, so nothing is guessed.
    re.compile(rf"/(?P<y>(?:19|20)\d\d)/(?P<mon>{MONTH_FOLDER})/(?P<d>[0-3]?\d)(?:/|$)"),
    # The day, the month's whole name and the year as the page name's words: "…-nicosia-declaration-29-april-2015",
    # "…-leaders-meeting-monday-4-march-2024".  The last day of a span ("…-from-17-to-18-april-2025", "…-11-13-march-…")
    # is no date of the page, so a day after "to", "and" or another day is left alone.
    re.compile(rf"(?<![\w])(?<!\bto-)(?<!\band-)(?<!\d-)(?P<d>[0-3]?\d)[-_](?P<mon>{MONTH_FOLDER})[-_](?P<y>(?:19|20)\d\d)(?![\d])"),
)


def date_in_url(url: str | None) -> tuple[dt.date, str] | None:
    """A publication date written in the page's address ("/2026/02/06/", "/26-Dec-2022/", "-2025-12-05",
    a page id opening with a timestamp "20221226224001…"), and those words.

    Only unambiguous forms count: "05-03-2025" could be March or May and is left alone.
    """
    return first_date_in_url(url, _URL_DATES)


def first_date_in_url(url: str | None, patterns: tuple[re.Pattern[str], ...]) -> tuple[dt.date, str] | None:
    """The first real day ``patterns`` (groups y, m or mon, d) find in the address, not after tomorrow, and its words."""
    if not url:
        return None
    path = urlsplit(url).path
    for match in (found for pattern in patterns if (found := pattern.search(path))):
        groups = match.groupdict()
        month = month_number(groups["mon"]) if groups.get("mon") else int(groups["m"])
        try:
            day = dt.date(int(groups["y"]), month or 0, int(groups["d"]))
        except ValueError:
            continue
        if could_be_published(day):  # a page is not dated after it was saved: such digits are an id
            return day, match.group(0).strip("/-_.")
    return None


# Eight digits that end in a year, day and month in either order: "/middleeast/08052025", "-05-03-2025-", and a time of
# day glued after them as a publishing system stamps a page name ("…-visit-07102023230931.html").  Alone they could be
# an id, or either of two dates; a date the text writes out in words settles it.
_URL_DAY_MONTH_YEAR = re.compile(
    r"(?<![\d])(?P<a>[0-3]\d)(?P<sep>[-_./]?)(?P<b>[0-3]\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?:(?<=\d{8})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d)?(?![\d])"
)


def date_in_url_confirmed(url: str | None, text: str) -> tuple[dt.date, str] | None:
    """A date the address writes as eight digits, DDMMYYYY or MMDDYYYY ("/08052025", "-05-03-2025", "/02/12/2024/",
    "-07102023230931"),
    read only when the text writes the same day out in words ("May 8, 2025", "8 May 2025", in a caption or the lede),
    and those digits."""
    if not url:
        return None
    for match in _URL_DAY_MONTH_YEAR.finditer(urlsplit(url).path):
        a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
        for day, month in ((a, b), (b, a)):
            try:
                reading = dt.date(year, month, day)
            except ValueError:
                continue
            names = f"(?:{reading.strftime('%B')}|{reading.strftime('%b')})"
            said = rf"\b{names}\.?\s+0?{day}(?:st|nd|rd|th)?,?\s+{year}\b|\b0?{day}(?:st|nd|rd|th)?\s+{names}\.?,?\s+{year}\b"
            if could_be_published(reading) and re.search(said, text, re.IGNORECASE):
                return reading, match.group(0)
    return None
