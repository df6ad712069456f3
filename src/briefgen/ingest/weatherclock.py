"""A page whose top shows the weather: its dates up there are the site's clock, not the story's day.

Some sites print, above the story, the day and the minute the page is looked at beside the local weather: "Friday,
September 12, 2025 5:59 AM" over "clear sky 11.2°C", "Humidity: 84%" and "Wind Speed: 16.7 km/h" (lordspress.co.uk,
over a story of Merz's London visit in July).  The date stood alone on its line near the top, so
:mod:`briefgen.ingest.lonedates` read it as the story's day and every "on Thursday" of the story moved two months.
The weather is read live, so the date printed beside it is live too: when the lines above the lede report the
weather, no date line there dates the page.  A temperature in the story's own sentences ("temperatures reached
45°C") is not looked at: only short lines above the lede count.

A site's clock may also say so itself: "Saturday 19 September 2020" over "Kabul Local Time" over "29 Sunbula 1399,
08:39 PM" (a foreign ministry's page, whose date line was read as the story's though the story was older).  A short
line above the lede naming the local time is live as the weather is, and the dates beside it are the clock's.
"""

from __future__ import annotations

import re

from briefgen.ingest.text import Part

# A temperature ("11.2°C", "31 º F"), a weather report's label with its figure ("Humidity: 84%", "Wind Speed: 16.7") or
# a clock's own label ("Kabul Local Time").
_WEATHER = re.compile(
    r"\d\s?[°º]\s?[CF]\b|\bhumidity\s*:?\s*\d{1,3}\s?%|\bwind(?:\s+speed)?\s*:\s*\d|\blocal\s+time\s*$",
    re.IGNORECASE,
)
# A weather reading is a few words on a line of its own; the lede is the first paragraph of a sentence's length.
_SHORT = 6
_LEDE_WORDS = 12


def _above_lede(part: Part) -> list[str]:
    """The lines above the lede: those taken off before the first paragraph, then the paragraphs before the first of a
    sentence's length."""
    lines = [line.text for line in part.removed if line.after == 0]
    for paragraph in part.paragraphs:
        if len(paragraph.split()) >= _LEDE_WORDS:
            break
        lines.append(paragraph)
    return lines


def shows_weather(part: Part) -> bool:
    """Whether a short line above the lede reports the weather or names the local time (see the module's docstring)."""
    return any(len(line.split()) <= _SHORT and _WEATHER.search(line) for line in _above_lede(part))
