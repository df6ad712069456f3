"""Documents counted with "as many as" in a record of what was done are that count; a prospect keeps its ceiling.

The sentences are made up (Norland and Vestria are no real countries), after the two forms half A's labels rule on:
"There has been an exchange of as many as 8 MoUs" (8 MoUs) and "as many as 36,000 migrants could be sent" (at most).
"""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values


def _read(sentence: str) -> list[tuple[str | None, str | None, str]]:
    return [(v.amount, v.high, v.unit) for v in find_values(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # papers signed or exchanged: the stress tells the count itself
        ("“There has been an exchange of as many as 8 MoUs.", [("8", None, "MoUs")]),
        ("Norland and Vestria signed as many as 12 agreements on Monday.", [("12", None, "agreements")]),
        # a prospect keeps the ceiling
        ("As many as 20 agreements are expected to be signed in Korvik.", [(None, "20", "agreements")]),
        ("The two sides could sign as many as five accords next week.", [(None, "5", "accords")]),
        # things that are not papers keep the ceiling too
        ("As many as 300 guests attended the banquet.", [(None, "300", "guests")]),
    ],
)
def test_as_many_as_before_documents_signed_is_their_count(sentence: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    assert _read(sentence) == expected
