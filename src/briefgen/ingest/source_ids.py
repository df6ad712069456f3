"""The id a new source is given when its page names none: the outlet and the day, else the headline's words.

Ids are what an editor types in a citation and reads in a file name, so they are made of the words that say
something ("business-recorder-2024-11-16", "pakistan-showcase-byd-samsung-2024-03-05"), not of the page's address.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.ingest.meta import dateline_length
from briefgen.text.english import FUNCTION_WORDS

# Words that say nothing on their own: left out of generated ids and topic matching.
STOPWORDS = FUNCTION_WORDS


def slug_words(text: str, limit: int) -> list[str]:
    """Up to ``limit`` lowercase words of ``text`` that say something (no stop words)."""
    words = re.findall(r"[a-z0-9]+", text.casefold().replace("’", "").replace("'", ""))
    kept = [w for w in words if w not in STOPWORDS]
    return kept[:limit]


def make_id(*, outlet: str | None, headline: str | None, lede: str, published: dt.date | None) -> str:
    """An id in the corpus's style: outlet-date, else the headline's words (plus the date)."""
    date_part = [published.isoformat()] if published else []
    if outlet:
        name = re.split(r"\s+[/|]\s+", outlet)[0]
        words = slug_words(name, 4) or slug_words(outlet, 4)
        if published:
            return "-".join([*words, *date_part])
        return "-".join([*words, *slug_words(headline or lede, 4)])
    words = slug_words(headline, 5) if headline else slug_words(lede[dateline_length(lede) :] or lede, 5)
    return "-".join([*(words or ["article"]), *date_part])
