"""Whether a quote has a word a stay's end is told with (:mod:`briefgen.corpus.end_words`)."""

from __future__ import annotations

from briefgen.corpus.end_words import may_tell_an_end
from briefgen.corpus.stays import stay_end
from briefgen.text.dates import coerce_partial_date

QUOTES = [
    "The president will stay in Minsk until Saturday.",
    "He will be in Tashkent till Friday, December 9.",
    "The visit runs through Sunday.",
    "Before leaving on Friday, he laid a wreath.",
    "The delegation departs on Monday.",
    "The forum is held between December 7 and 9.",
    "Talks ran from March 16 to 20.",
    "The two leaders signed 27 documents on Monday.",
    "Trade reached $2 billion in 2024.",
    "He arrived in Shanghai on November 5.",
]


def test_a_quote_with_no_such_word_has_no_stay_end_read_from_it() -> None:
    date = coerce_partial_date("2025-03-12")
    for quote in QUOTES:
        if stay_end(quote, date) is not None:
            assert may_tell_an_end(quote.lower()), quote
    assert [may_tell_an_end(q.lower()) for q in QUOTES] == [True] * 7 + [False] * 3
