"""A credit line that sets its pieces off with colons: "Sierra Leone Telegraph: 16 February 2021:".

Some sites print the writer, the paper and the day on one line under the headline, each piece closed by a colon
("Amin Kef Sesay: Sierra Leone Telegraph: 01 November 2022:").  The day on it is the page's, as a byline's is.  A
place and a day ("New Delhi, March 10, 2025") is a dateline, with a comma and no colon after the day; here the day
is closed by its own colon, and every name before it holds two words or more, so that a speaker's "President Bio:"
opening a quote is not read.
"""

from __future__ import annotations

import re

from briefgen.text.english import MONTH_PATTERN

_NAME = r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){1,4}"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_DATE = rf"(?:{_DAY}\s+{MONTH_PATTERN},?\s+(?:19|20)\d\d|{MONTH_PATTERN}\s+{_DAY},?\s+(?:19|20)\d\d)"
#: "Sierra Leone Telegraph: 16 February 2021:", "Amin Kef Sesay: Sierra Leone Telegraph: 01 November 2022:".
COLON_BYLINE = re.compile(rf"^(?P<author>{_NAME}(?::\s+{_NAME})?):\s+(?P<when>{_DATE}):$")
