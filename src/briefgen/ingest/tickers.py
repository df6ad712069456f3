"""A market ticker at the top of a page: a currency's code and a figure, never a dateline.

News sites of Central Asia and the Gulf print the day's exchange rates above every story ("$1 – 12724.84",
"UZS – -0.12%"), each pair on a line of its own.  A code in capitals before a spaced dash has the shape of a dateline
("TASHKENT – …"), so the first such line was read as the story's place ("Uzs").  A dateline heads a sentence; a ticker
line has only a figure after its dash: a sign, digits and perhaps a percent sign.

Other sites print a currency pair, its rate and the day's change ("• KZT/USD = 0.00203 0%"), the whole list several
times over for a scrolling banner.  Such a line says nothing of the story: it is page furniture, and left in the text
it stood first, so the headline and the date line below it were read as the article's opening paragraphs.
"""

from __future__ import annotations

import re

_TICKER = re.compile(r"^\S{1,6}\s+[–—-]\s+[-+−]?\d[\d.,]*\s*%?$")
# "• KZT/USD = 0.00203 0%", "TJS/USD = 0.10576 -0.05%": two currency codes, an equals sign, the rate, the change.
_PAIR_RATE = re.compile(r"^(?:[•·▪*-]\s*)?[A-Z]{3}/[A-Z]{3}\s*=\s*\d[\d.,]*(?:\s+[-+−]?\d[\d.,]*\s*%)?$")


def is_ticker(paragraph: str) -> bool:
    """Whether ``paragraph`` is a line of a rates ticker: a code or a symbol, a spaced dash and only a figure after it."""
    return _TICKER.match(paragraph.strip()) is not None


def rates_kind(line: str) -> str | None:
    """ "rates ticker" for a line of a currency pair's rate ("• KZT/USD = 0.00203 0%"), else None."""
    return "rates ticker" if _PAIR_RATE.match(line.strip()) else None
