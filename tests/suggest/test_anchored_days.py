""" "A day earlier", "the next day": one day from the day the story has just told, on invented pages."""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import Corpus
from tests.suggest.drafting import drafted

THU_2015_10_29 = dt.date(2015, 10, 29)


def _dates(corpus: Corpus, body: str) -> dict[str, str]:
    return {" ".join(str(d.fields["quote"]).split()[:4]): str(d.fields["date"]) for d in drafted(corpus, body, published=THU_2015_10_29)}


def test_a_day_earlier_is_the_day_before_the_summit_told_before(corpus: Corpus) -> None:
    body = (
        "Vestria's president will meet Norland's prime minister in Korvik early next week.\n\n"
        "Aide Lena Holm told reporters on Wednesday that the two leaders will hold a summit on the morning of November 2 "
        "on the sidelines of the regional summit.\n\n"
        "The regional summit of the three leaders will take place a day earlier at the Korvik palace."
    )
    assert _dates(corpus, body)["The regional summit of"] == "2015-11-01"


def test_the_next_day_is_the_day_after_the_talks_told_before(corpus: Corpus) -> None:
    body = (
        "Vestria's president held talks with Norland's prime minister in Korvik on Monday.\n\n"
        "The two leaders then opened a new port terminal worth 300 million euros the next day."
    )
    assert _dates(corpus, body)["The two leaders then"] == "2015-10-27"


def test_a_day_after_an_event_it_names_is_not_counted_from_the_day_before(corpus: Corpus) -> None:
    body = (
        "Vestria's president held talks with Norland's prime minister in Korvik on Monday.\n\n"
        "The trip to the port comes only a day after Berg was elected chancellor by the assembly."
    )
    # Not the Tuesday after Monday's talks: "comes … a day after" counts back from the news (story_days), as before.
    assert _dates(corpus, body)["The trip to the"] == "2015-10-28"


def test_the_day_earlier_is_the_day_before_the_talks_told_before(corpus: Corpus) -> None:
    body = (
        "Vestria's president held talks with Norland's prime minister in Korvik on Wednesday.\n\n"
        "The two leaders hailed the results of the business forum held the day earlier, where deals worth 2 billion "
        "euros were signed."
    )
    assert _dates(corpus, body)["The two leaders hailed"] == "2015-10-27"
