""" "The first day", "on the second day", "on the last day of her visit": a day of the visit counted from the sentence
telling its start or end, on invented pages."""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import Corpus
from tests.suggest.drafting import drafted

TUESDAY = dt.date(2023, 2, 28)


def _dates(corpus: Corpus, body: str) -> dict[str, str]:
    return {" ".join(str(d.fields["quote"]).split()[:4]): str(d.fields["date"]) for d in drafted(corpus, body, published=TUESDAY)}


def test_the_first_and_second_day_count_from_the_arrival_told_before(corpus: Corpus) -> None:
    body = (
        "Vestria's President Anna Berg will make a two-day official visit to Norland, the foreign ministry said today.\n\n"
        "Upon her arrival in Korvik tomorrow, Berg will pay a courtesy call on Prime Minister Olaf Dahl before the two "
        "delegations meet.\n\n"
        "The first day will end with a joint media conference by both leaders.\n\n"
        "On the second day, the president is scheduled to give a lecture on trade at the national university, "
        "established in 1908."
    )
    dates = _dates(corpus, body)
    assert dates["The first day will"] == "2023-03-01"
    assert dates["On the second day,"] == "2023-03-02"  # not the university's founding year


def test_the_last_day_is_the_day_the_visit_was_completed(corpus: Corpus) -> None:
    body = (
        "Berg completed her four-day official visit to Norland yesterday, reinforcing the two countries' trade ties.\n\n"
        "“This visit has achieved its objectives, including a port accord worth 300 million euros,” Berg told "
        "reporters on the last day of her visit before leaving for Ostland."
    )
    assert _dates(corpus, body)["“This visit has achieved"] == "2023-02-27"


def test_the_end_after_a_dateline_is_the_day_its_words_state(corpus: Corpus) -> None:
    body = (
        "KORVIK, Feb 28: Vestria's President Anna Berg wrapped up her two-day official visit to Norland and returned "
        "home on Monday.\n\n"
        "Berg also met the leaders of the opposition and signed a port accord worth 300 million euros on the last day "
        "of her visit."
    )
    assert _dates(corpus, body)["Berg also met the"] == "2023-02-27"  # Monday, not the dateline's 28th


def test_a_day_of_the_visit_its_sentence_names_keeps_it(corpus: Corpus) -> None:
    body = (
        "Berg arrived in Korvik on Sunday for a three-day visit.\n\n"
        "On Monday, the second day of the visit, the two leaders signed a port accord worth 300 million euros."
    )
    assert _dates(corpus, body)["On Monday, the second"] == "2023-02-27"


def test_the_first_day_of_something_else_is_not_a_day_of_the_visit(corpus: Corpus) -> None:
    body = (
        "Berg arrived in Korvik on Sunday for a three-day visit.\n\n"
        "On the first day of the summit, the leaders adopted a declaration on trade worth 300 million euros."
    )
    assert _dates(corpus, body)["On the first day"] != "2023-02-26"
