"""A cut never drops the phrase that bounds a superlative or a rank: invented sentences.

"Norland is the largest trade partner of Vestria in the Baltic" is true; cut
before "in the Baltic" it says something the source does not.  Every place a
quote is cut (an excerpt that stops mid-sentence, a sentence dating two
events, a sentence stating several figures) keeps the bounds or drafts nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.clauses import dated_parts
from briefgen.suggest.drafts import _quotes_for
from briefgen.suggest.sentences import Sentence, Span, before_the_cut, drops_a_restriction, quotable_span
from briefgen.suggest.values import find_values
from briefgen.suggest.worth import check_worthy


@pytest.mark.parametrize(
    ("kept", "dropped"),
    [
        ("Norland has emerged as the largest trade partner for Vestria", "in the Baltic"),
        ("It was the first visit by a Norlandic premier to the island", "since 2012"),
        ("Vestria is the only country to have ratified the accord", "among the Hansa members"),
        ("The port handled a record volume of grain", "in the region"),
        ("Vestria became the second-largest buyer of Norlandic timber", ", after Estmark"),
    ],
)
def test_dropping_the_bounds_of_a_ranked_claim_is_seen(kept: str, dropped: str) -> None:
    assert drops_a_restriction(kept, dropped)


@pytest.mark.parametrize(
    ("kept", "dropped"),
    [
        # An attribution or a clause of its own may go, even after a superlative.
        ("Norland is the largest trade partner of Vestria", "officials said"),
        ("Norland is the largest trade partner of Vestria", "and the two sides signed three accords"),
        # No rank to bound: the cut phrase narrows nothing that was claimed as a record.
        ("The ministers discussed trade and energy", "in the capital"),
        ("She will witness the signing of at least 20 accords", "between the two sides"),
    ],
)
def test_a_cut_after_an_unranked_claim_or_before_a_clause_is_allowed(kept: str, dropped: str) -> None:
    assert not drops_a_restriction(kept, dropped)


@pytest.mark.parametrize(
    "cut",
    [
        "In 2024-25, Norland has emerged as the largest trade partner for Vestria in the Ba",
        "The premier's stay was the first official visit by a head of government to the islands sin",
        "Vestria remains the biggest investor in the Norlandic energy sector",
    ],
)
def test_an_excerpt_cut_after_a_ranked_claim_is_not_drafted(cut: str) -> None:
    """The excerpt stopped where the bounds may have been: the words left would claim more than the source."""
    assert before_the_cut(Span(0, len(cut), cut, "", "")) is None


def test_an_excerpt_cut_after_an_unranked_statement_is_still_drafted() -> None:
    cut = "The two ministers signed an accord on fisheries and agreed to meet again in the autu"
    span = before_the_cut(Span(0, len(cut), cut, "", ""))
    assert span is not None and span.text == "The two ministers signed an accord on fisheries and agreed to meet again"


def test_a_sentence_dating_two_events_is_not_cut_before_the_bounds_of_its_rank() -> None:
    text = (
        "The premier arrived on June 3 on the first visit by a Norlandic leader to Vestria, "
        "since the accord she signed with her host on June 5 last year in Riga"
    )
    sentence = Sentence(0, len(text), text, 0)
    parts = dated_parts(sentence, quotable_span(sentence), dt.date(2025, 6, 5), None)
    assert [span.text for span, _ in parts] == [text]


def test_a_figure_quote_keeps_the_bounds_of_its_rank() -> None:
    text = "Vestria is the largest buyer with 40 percent, in the Baltic, and Estmark bought 12 percent"
    values = find_values(text)
    assert len(values) == 2
    quotes = [quote for quote, _ in _quotes_for(Span(0, len(text), text, "", ""), values)]
    assert "Vestria is the largest buyer with 40 percent" not in quotes
    assert all("in the Baltic" in quote for quote in quotes)


@pytest.mark.parametrize("line", ["Last modified: 14 March, 2024, 09:12 pm", "Updated: 2 Feb. 2025, 10:05", "Published: 2 Feb. 2025"])
def test_a_page_time_stamp_is_not_drafted(line: str) -> None:
    assert not check_worthy(line)
