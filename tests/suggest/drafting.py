"""What ``suggest`` drafts from one invented page: the shared step of the tests that read drafts' fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Source
from briefgen.suggest.drafts import suggest_drafts

#: The day the invented pages are published, unless a test needs another.
PUBLISHED = dt.date(2025, 9, 19)


def drafted(corpus: Corpus, body: str, *, published: dt.date = PUBLISHED, source_id: str = "norland-vestria-page") -> list[Any]:
    """The drafts of a page of ``body``, published on ``published``, against the real corpus."""
    return suggest_drafts(corpus, Source(id=source_id, published=published, body=body), set())


def values_by_opening(corpus: Corpus, body: str, words: int) -> dict[str, object]:
    """Each draft's value, keyed by the first ``words`` words of its quote."""
    return {" ".join(str(d.fields["quote"]).split()[:words]): d.fields.get("value") for d in drafted(corpus, body)}
