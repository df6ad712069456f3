"""What ``suggest`` drafts from one invented page: the shared step of the tests that read drafts' fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Source
from briefgen.suggest.drafts import suggest_drafts
from briefgen.suggest.selection import drafted_spans
from briefgen.suggest.sentences import split_sentences

#: The day the invented pages are published, unless a test needs another.
PUBLISHED = dt.date(2025, 9, 19)


def drafted(corpus: Corpus, body: str, *, published: dt.date = PUBLISHED, source_id: str = "norland-vestria-page") -> list[Any]:
    """The drafts of a page of ``body``, published on ``published``, against the real corpus."""
    return suggest_drafts(corpus, Source(id=source_id, published=published, body=body), set())


def values_by_opening(corpus: Corpus, body: str, words: int) -> dict[str, object]:
    """Each draft's value, keyed by the first ``words`` words of its quote."""
    return {" ".join(str(d.fields["quote"]).split()[:words]): d.fields.get("value") for d in drafted(corpus, body)}


#: An invented visit's headline and lede, for tests that add paragraphs after them and read what is drafted.
VISIT_TITLE = "Norland and Vestria sign port deal"
VISIT_LEDE = "Norland's President Anna Berg arrived in Vestria on Monday for talks with Vestrian Prime Minister Olaf Dahl."


def spans_after_visit_lede(*paragraphs: str) -> str:
    """The spans drafting selects from the invented visit's lede and ``paragraphs``, joined by " | "."""
    body = "\n\n".join([VISIT_LEDE, *paragraphs])
    spans = drafted_spans(body, split_sentences(body), None, False, dt.date(2025, 3, 4), 2025, VISIT_TITLE)
    return " | ".join(span.text for _, span, _ in spans)


def spans_drafted(body: str, ref_year: int) -> list[str]:
    """The spans the selection would draft from ``body``, with no publication date and no title, in ``ref_year``."""
    return [span.text for _, span, _ in drafted_spans(body, split_sentences(body), None, False, None, ref_year)]
