"""The quotes ``suggest`` would draft from a made-up body: what the tests of quotation runs and attributions read."""

from __future__ import annotations

from briefgen.suggest.attributed_quotes import attributed_quotation
from briefgen.suggest.selection import drafted_spans
from briefgen.suggest.sentences import split_sentences


def drafted_quotes(body: str) -> list[str]:
    """The quotes a body's drafts would carry (no date, no title), each with its attribution as drafted."""
    return [
        attributed_quotation(sentence.text, " ".join(span.text.split()))
        for sentence, span, _ in drafted_spans(body, split_sentences(body), None, False, None, 2024)
    ]
