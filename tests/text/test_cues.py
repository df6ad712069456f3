"""briefgen.text.cues: never says a text cannot hold a word that a pattern read without regard to case finds in it."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.corpus import ahead
from briefgen.corpus import given as sums_given
from briefgen.text.cues import may_hold

WORDS = ("aid", "year", "secur", "kilo")
PIECES = ["aid", "said", "Aid", "YEAR", "yeaſ", "\u212ailo", "ſecur", "İ", "ı", "provİde", " ", "x", "\u2019", "5", "$"]


@settings(max_examples=500)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.characters()), max_size=12))
def test_may_hold_whenever_the_caseless_pattern_finds_a_word(parts: list[str]) -> None:
    text = "".join(parts)
    for word in WORDS:
        if re.search(word, text, re.IGNORECASE):
            assert may_hold(text, (word,))
        if re.search(r"\b" + word, text, re.IGNORECASE):
            assert may_hold(text, (), re.compile(r"\b" + word))


def test_lower_keeps_ascii_letters_length_and_word_characters_but_for_four_characters() -> None:
    """What the module rests on, over every code point."""
    word = re.compile(r"\w")
    odd = set("\u0130\u0131\u212a\u017f")
    letters = {chr(c) for c in range(ord("a"), ord("z") + 1)}
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        if char in odd:
            continue
        lowered = char.lower()
        assert len(lowered) == 1 and not (set(lowered) & letters)
        assert bool(word.match(char)) == bool(word.match(lowered))


def test_quotes_without_a_cue_are_left_as_they_are() -> None:
    assert sums_given.without_sum_given("Trade reached $10 billion, he said.") == "Trade reached $10 billion, he said."
    assert sums_given.without_sum_given("India extended a $250 million line of credit") != "India extended a $250 million line of credit"
    assert sums_given.without_sum_given("India e\u212atended... no: \u212aSh 5 billion AID pledge") == sums_given._GIVEN.sub(
        " ", "India e\u212atended... no: \u212aSh 5 billion AID pledge"
    )
    assert ahead.without_span_ahead("for the next 50 YEARS") == ahead._AHEAD.sub(" ", "for the next 50 YEARS")
    assert ahead.without_span_ahead("trade grew fast") == "trade grew fast"


def test_one_quote_asked_about_by_rule_after_rule_is_lowered_once_and_answered_each_time() -> None:
    from briefgen.text import cues

    quote = "The Prime Minister's THIRD visit marks 70 years of relations."
    assert may_hold(quote, ("third",))
    assert cues._last == (quote, quote.lower())  # remembered: the next rule's look reads the same lower case
    assert may_hold(quote, ("anniversar", "years"))
    assert not may_hold(quote, ("reach", "aid"))
    assert may_hold(quote, ("reach",), re.compile(r"\bmarks"))
    other = "Trade REACHED $10 billion."
    assert may_hold(other, ("reach",)) and not may_hold(quote, ("reach",))
    assert cues._last == (quote, quote.lower())
