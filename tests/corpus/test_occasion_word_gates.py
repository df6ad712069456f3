"""The cheap test that spares the stay pattern of the occasion words: every stay the pattern reads passes it.

A stay's span ("will be in the Philippines until November 4") is read by a
pattern tried on many quotes; it is tried only where the words every match
of it holds are written (:mod:`briefgen.corpus.occasion_words`).  These tests
walk every alternative of the pattern and check that the quote passes the
test before it, so that the test can never change an answer.
"""

from __future__ import annotations

import itertools

from briefgen.corpus.evidence import prepare
from briefgen.corpus.occasion_words import _STAY, _may_tell_stay, speaks_of_occasion
from tests.corpus.builders import make_fact


def test_every_stay_passes_the_words_test() -> None:
    verbs = ("will be", "is", "are", "was", "remain", "remains", "stay", "stays", "will stay", "will remain")
    for verb, until in itertools.product(verbs, ("until", "till", "through")):
        text = f"The Japanese prime minister {verb} in the Philippines {until} November 4"
        assert _STAY.search(text), text
        assert _may_tell_stay(text), text
    # the pattern heeds case: a stay written otherwise is not matched, whatever the test says
    for text in ("He WILL BE IN Manila UNTIL Friday", "He will be in Manila Until Friday", "He will be in manila until Friday"):
        assert not _STAY.search(text), text


def event(quote: str) -> bool:
    return speaks_of_occasion(prepare(make_fact("e", "s", quote, "2024-11-02", entities=("Japan", "Philippines"))))


def test_what_a_reader_sees_is_unchanged() -> None:
    # the visit's span is a part of it; a line with neither " in " nor its end is not read by the pattern
    assert event("The Japanese prime minister will be in the Philippines until November 4")
    assert event("Kishida will stay in Manila through Sunday")
    assert not event("The prime minister will be in Manila for two days")  # no end of the stay
    assert not event("KISHIDA WILL STAY IN MANILA THROUGH SUNDAY")  # the pattern heeds case
