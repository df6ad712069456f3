"""The day a speech's transcript names in its standfirst: "Speech by Prime Minister … in Bandar Seri Begawan on 11 June
2024.".

A government office publishes a speech's text under a headline and one sentence that says who spoke, where and when
("Speech by Prime Minister and Minister for Finance Lawrence Wong at the official lunch hosted by His Majesty The Sultan
of Brunei in Bandar Seri Begawan on 11 June 2024."), then the speech itself ("Your Majesty, …").  The page prints no
other date: the day of the speech is the page's, as a news report's dateline day is, but no reading took it, since the
lede's full date is read only with its weekday (a date without one may be a recalled day).  A lede that opens on
"Speech by", "Remarks by", "Address by" or "Statement by" is that line and no report's sentence: its first full date
before the sentence's end, "on" that day, is read as the page's, as the last of the lede's readings, when it could
have been carried by the page when saved.
"""

from __future__ import annotations

import re

from briefgen.ingest.meta import TEXT_DATE, Found, parse_text_date
from briefgen.ingest.publishable import could_be_published
from briefgen.text.english import lead_paragraph

# "Speech by …", "Keynote Speech by …", "Remarks by …", "Opening Address by …", "Statement by …", then within the
# sentence "on 11 June 2024" (no full stop between, so the date is the standfirst's own).
_STANDFIRST = re.compile(
    rf"^\s*(?:(?:Keynote|Opening|Closing|Welcome)\s+)?(?:Speech|Remarks|Address|Statement)\s+by\s+[^.]{{5,300}}?"
    rf"\bon\s+(?P<date>{TEXT_DATE.pattern})"
)


def speech_date(paragraphs: list[str]) -> list[Found]:
    """The day a speech's standfirst gives (see the module's docstring), as a list of one; else nothing."""
    match = _STANDFIRST.match(lead_paragraph(paragraphs))
    if match is None:
        return []
    day = parse_text_date(match.group("date"))
    if day is None or not could_be_published(day):
        return []
    return [Found(day.isoformat(), match.group(0).strip(), "lede")]
