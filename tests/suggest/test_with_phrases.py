"""A trailing ", with …" phrase adds circumstances: its dates give way to the date of the main clause.

Sentences are from the judged sets of half A (intake_final104, intake_final88, intake_eval, intake_final108), with
their publication dates; the expected dates are those the hand labels give.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import resolve_date


def _drafted(text: str, published: dt.date | None, kind: str, ref_year: int) -> tuple[str, str | None]:
    resolved = resolve_date(text, published, future=kind == "plan", kind=kind, ref_year=ref_year)
    assert resolved is not None
    return str(resolved.date), resolved.phrase


def test_a_treaty_recalled_after_with_does_not_date_the_ties_the_main_clause_dates() -> None:
    text = (
        "Formal diplomatic ties between the two countries were established in 1968, with the cornerstone being the Treaty "
        "of Friendship and Cooperation signed in 1949 and subsequently renewed in February 2007."
    )
    assert _drafted(text, dt.date(2024, 3, 23), "statement", 2024) == ("1968", "1968")


@pytest.mark.parametrize("kind", ["plan", "agreement"])
def test_a_delivery_still_ahead_after_with_does_not_date_the_order_already_placed(kind: str) -> None:
    text = (
        "Indonesia finalized an order for 42 French Dassault Rafale fighter jets in January 2024, with the first delivery "
        "expected in early 2026."
    )
    assert _drafted(text, dt.date(2025, 5, 28), kind, 2025) == ("2024-01", "January 2024")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # The main clause dates nothing: the phrase's date is the sentence's only one, and stays.
        (
            "Over the past three years, India-Russia trade has seen a record jump of nearly 80%, with volumes reaching "
            "$64 billion last year, Putin noted.",
            dt.date(2025, 12, 5),
            ("2024", "last year"),
        ),
        (
            "Since then, bilateral ties have intensified, with emphasis on the visit of Indonesian President Prabowo "
            "Subianto to Brazil last July.",
            dt.date(2025, 10, 24),
            ("2025-07", "last July"),
        ),
    ],
)
def test_the_phrase_keeps_its_date_when_the_main_clause_has_none(text: str, published: dt.date, expected: tuple[str, str]) -> None:
    date, phrase = _drafted(text, published, "figure", published.year)
    assert (date, (phrase or "").rstrip(".")) == expected


def test_a_span_s_start_in_the_main_clause_is_no_date_of_its_own() -> None:
    text = "Trade has grown every year since 2015, with exports reaching $2 billion in 2023."
    assert _drafted(text, dt.date(2024, 11, 15), "figure", 2024) == ("2023", "2023")
