"""The day a site files a story under, as a folder of six digits written day, month and year: "/120923/".

The Deccan Chronicle and its sister paper The Asian Age file every story in a folder named by its day, two digits
each for the day, the month and the year ("https://asianage.com/amp/india/all-india/120923/modi-mbs-boost-hydrocarbon-
ties.html", the story of Tuesday 12 September 2023 whose lede has the leaders agree "in New Delhi on Monday").  Such
a page prints no date of its own, so it was archived undated and its "on Monday" left unresolved.  Six digits alone
can be read three ways (12 September 2023, 9 December 2023, 23 September 2012), so no reading is certain from the
address alone; but on these sites the order is always the same, so it is read only there, and only in a folder of
its own (a story number ending a page's name is no day).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from briefgen.ingest.outlets import registered_domain
from briefgen.ingest.publishable import could_be_published

# The registered names of the sites that file their stories under a day-first six-digit folder.
DAY_FIRST_FOLDER_SITES = frozenset(["deccanchronicle", "asianage"])
_SIX_DIGIT_FOLDER = re.compile(r"/(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>\d\d)/")


def day_folder_date(url: str | None) -> tuple[dt.date, str] | None:
    """The day a six-digit folder writes day first on a site that files its stories so, and those digits; else None."""
    site = registered_domain(url)
    if site is None or site[0] not in DAY_FIRST_FOLDER_SITES:
        return None
    match = _SIX_DIGIT_FOLDER.search(urlsplit(url or "").path)
    if match is None:
        return None
    try:
        day = dt.date(2000 + int(match.group("y")), int(match.group("m")), int(match.group("d")))
    except ValueError:
        return None
    return (day, match.group(0).strip("/")) if could_be_published(day) else None
