"""What a site prints after the time stamp under a headline, on the same line: how long ago the page was updated, and
how long it takes to read.

"December 15, 2025 9:08 PM GMT+3 Updated 2 hours ago" (as a wire's pages print it), "December 15, 2025 / 9:08 PM /
Updated 2 hours ago", "Mon, December 15, 2025 at 9:08 PM GMT+3 · 3 min read": the stamp gives the day the story went
up, and the words after it say only when it was last touched, counted from the moment the page was looked at, or how
long it is.  Read whole, such a line was no time stamp, so the page kept no date although it printed one.  The tail is
taken off before the line's shape is read; the day is still read from the stamp alone (a relative "Updated 2 hours
ago" gives none).

A page saved before its scripts ran leaves its template's placeholders unfilled after the stamp, where the count of
views would stand, with the dashes that set the empty fields off: "Monday, 6 April 2015 00:00 -     -
{{hitsCtrl.values.hits}}" (ft.lk).  A placeholder in double braces is no word the page shows a reader, so it is taken
off as the tail is; read whole, the line was taken for the headline over the real one above it.

A byline's word whose name the template left empty stays after the bar: "Wednesday, May 5th, 2021 09:07 | By" (pd.co.ke).
It names nobody, so it is the stamp's tail too; read whole, the line dated nothing and a caption under it was taken
for the headline.

A page that prints when it was last touched by the clock alone, after the byline's day ("by VNA22 January 2024 Last
updated at 17:00 PM", VTV), gives no other day in that tail: it is taken off too, and the byline's day read.  (Its
address holds a later timestamp, which was read instead as the page's date, two weeks off.)
"""

from __future__ import annotations

import re

# "Updated 2 hours ago", "updated an hour ago", "3 min read", "5 minute read", glued or set off by a bar, dot or slash.
_TAIL = re.compile(
    r"(?:\s*[|·•/,-]?\s*(?:updated\s+(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?)\s+ago"
    r"|\d{1,3}\s*min(?:ute)?s?\.?\s+read)"
    # "-     - {{hitsCtrl.values.hits}}": an unfilled placeholder, and the dashes that set off the empty fields before it
    r"|(?:\s*[|·•/,-])*\s*\{\{[^{}]{1,60}\}\}"
    # "| By": a byline's word with the author's name left out, the bar before it
    r"|\s*[|·•/]\s*by"
    # "Last updated at 17:00 PM": when the page was touched last, told by the clock alone after the day of the stamp
    r"|\s*[|·•/,-]?\s*last\s+updated\s*(?:at|:)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)+\s*$",
    re.IGNORECASE,
)


def without_stamp_tail(line: str) -> str:
    """``line`` without a relative update or a reading time after its stamp ("… 9:08 PM GMT+3 Updated 2 hours ago" gives
    "… 9:08 PM GMT+3"); any other line as it was."""
    return _TAIL.sub("", line)
