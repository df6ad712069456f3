""" "Six years later": the year counted on from the year the sentence before states, on invented pages."""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import Corpus
from tests.suggest.drafting import drafted

WEDNESDAY = dt.date(2024, 5, 29)


def _dates(corpus: Corpus, body: str) -> dict[str, str]:
    return {" ".join(str(d.fields["quote"]).split()[:4]): str(d.fields["date"]) for d in drafted(corpus, body, published=WEDNESDAY)}


LEDE = "Vestria's President Anna Berg arrived in Korvik on Wednesday for a state visit to Norland.\n\n"


def test_years_later_counts_from_the_year_of_the_sentence_before(corpus: Corpus) -> None:
    body = (
        LEDE + "Formal ties between Norland and Vestria were established in 1984. This was followed six years later by a "
        "historic visit by Vestria's founding president, the late Erik Holm."
    )
    assert _dates(corpus, body)["This was followed six"] == "1990"  # not the day of the state visit


def test_a_year_the_sentence_states_is_kept(corpus: Corpus) -> None:
    body = (
        LEDE + "Formal ties between Norland and Vestria were established in 1984. Seven years later, in 1992, the two "
        "countries opened embassies in each other's capitals."
    )
    assert _dates(corpus, body)["Seven years later, in"] == "1992"


def test_a_count_with_no_year_before_it_is_not_read(corpus: Corpus) -> None:
    body = LEDE + "Berg met Prime Minister Olaf Dahl. Two years later the two leaders hope to open a rail link worth 2 billion euros."
    assert _dates(corpus, body)["Two years later the"] != "2026"
