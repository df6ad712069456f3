"""The structural classes of benchmarks/draft_structure.py, read on made-up text.

None of the three was kept as a rule of ``suggest`` (round 8 measured each on both halves of the
development sets); these tests pin what each class reads, so that its figures can be reproduced
and the next attempt compared with them.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.conftest import load_benchmark


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_benchmark("draft_structure")


def test_a_short_unterminated_line_is_furniture_shape(bench: ModuleType) -> None:
    caption = "Norland and Sudria leaders at the grain forum in Velmar"
    assert bench.furniture_shape(caption, caption)
    sentence = "Norland and Sudria signed a grain deal in Velmar."
    assert not bench.furniture_shape(sentence, sentence[:-1])  # a sentence mark ends the line
    long_line = " ".join(["word"] * (bench.SHORT_LINE + 1))
    assert not bench.furniture_shape(long_line, long_line)
    assert not bench.furniture_shape(caption, "Norland and Sudria")  # a quote of part of the line


def test_furniture_finds_the_line_a_draft_stands_on(bench: ModuleType) -> None:
    body = "Sudria signs deal with Norland\nNorland and Sudria signed a grain deal in Velmar on Monday, officials said.\nRead next"
    quotes = ["Sudria signs deal with Norland", "Norland and Sudria signed a grain deal in Velmar on Monday"]
    assert bench.furniture("", body, quotes) == {0}


def test_a_draft_naming_neither_side_is_background(bench: ModuleType) -> None:
    repeated = "Norland and Sudria signed a deal in Velmar. Karsk of Norland met Tamir of Sudria at the Brisa port. "
    body = repeated * 3 + "Ostrava held elections."  # Ostrava once: not among the names the body repeats most
    subject = bench.subject_keys("Norland, Sudria sign grain deal", body)
    assert {"norla", "sudri"} <= subject
    assert bench.names_neither("The old railway of Ostrava was closed in 1990", subject)
    assert not bench.names_neither("The Sudrian minister arrived in the capital", subject)  # the adjective shares the key
    assert not bench.names_neither("They also agreed to open a consulate", subject)  # points back to the two sides


def test_drafts_said_twice_keep_the_fuller_one(bench: ModuleType) -> None:
    lede = "The deal includes roadmaps for trade and culture"
    body_line = "Officials said the deal includes roadmaps for trade and culture, and a $40 million grain fund"
    body = f"{lede}.\nNorland and Sudria met in Velmar.\n{body_line}."
    assert bench.said_twice(lede, body_line, 1.0)
    assert bench.duplicates("", body, [lede, body_line], 1.0) == {0}
    other = "Norland and Sudria met in Velmar"
    assert bench.duplicates("", body, [lede, other], 1.0) == set()


def test_clauses_of_one_sentence_are_not_said_twice(bench: ModuleType) -> None:
    whole = "Trade rose to $40 million in 2030, compared to $30 million in 2029"
    part = "Trade rose to $40 million in 2030"
    assert bench.duplicates("", whole + ".", [part, whole], 0.85) == set()
