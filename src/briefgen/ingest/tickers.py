"""A market ticker at the top of a page: a currency's code and a figure, never a dateline.

News sites of Central Asia and the Gulf print the day's exchange rates above every story ("$1 – 12724.84",
"UZS – -0.12%"), each pair on a line of its own.  A code in capitals before a spaced dash has the shape of a dateline
("TASHKENT – …"), so the first such line was read as the story's place ("Uzs").  A dateline heads a sentence; a ticker
line has only a figure after its dash: a sign, digits and perhaps a percent sign.
"""

from __future__ import annotations

import re

_TICKER = re.compile(r"^\S{1,6}\s+[–—-]\s+[-+−]?\d[\d.,]*\s*%?$")


def is_ticker(paragraph: str) -> bool:
    """Whether ``paragraph`` is a line of a rates ticker: a code or a symbol, a spaced dash and only a figure after it."""
    return _TICKER.match(paragraph.strip()) is not None
