"""Earlier years: a statement dated in its own words to the years before its occasion is history, not a part of it.

The first lines are of half A's reports (intake_final4: Erdoğan recalling Orbán's first visit, Istanbul, December 2025;
intake_eval: Modi on the partnership with Russia, New Delhi, December 2025; intake_final112: Nehammer in Vienna, July
2024; intake_final24: Ruto's visit to India, December 2023); the rest are invented in the shapes of real reports.
"""

from __future__ import annotations

import pytest

from briefgen.corpus.earlier_years import of_earlier_years, own_time_words
from tests.corpus.builders import make_fact


def statement(quote: str, date: str = "2025-12-08") -> bool:
    fact = make_fact("page-d01", "page", quote, date, kind="statement", topics=("visits",))
    return of_earlier_years(fact, int(date[:4]))


@pytest.mark.parametrize(
    "quote",
    [
        "The Turkish President recalled that since Viktor Orban’s first visit in 2009, much has changed, yet the "
        "relationship has remained strong.",
        "“exactly 25 years ago, President Putin laid the foundation of our Strategic Partnership”, and that in 2010 it "
        "was elevated to a Special and Privileged Strategic Partnership",
        "The two leaders have met ten times since 2019, the ministry said before the leaders sat down.",
        "His last trip to the island was in 1986, when he captained the cricket team.",
        "Last year, the two leaders met at least ten times.",
        "Norland and Sudmark established diplomatic relations in the 1990s.",
        "The ministers signed a memorandum on fisheries two decades ago.",
    ],
)
def test_a_line_dated_to_earlier_years_is_history(quote: str) -> None:
    assert statement(quote)


@pytest.mark.parametrize(
    ("quote", "date"),
    [
        # the occasion's own day or year, or the occasion itself, named
        (
            "Praising the ties shared between Austria and India, Austrian Chancellor Karl Nehammer on Wednesday "
            "emphasised that it is a relationship of trust that began in the 1950s.",
            "2024-07-10",
        ),
        ("This year marks the 30th year since the two countries first exchanged ambassadors in 1995.", "2025-12-08"),
        (
            "This visit marks President Ruto’s maiden trip to India since assuming office as Kenya’s fifth Head of State "
            "in September 2022.",
            "2023-12-05",
        ),
        ("During the meeting, the sides recalled the treaty they had reached in 2001.", "2025-12-08"),
        ("They discussed the ties built since the two established relations in 1970.", "2025-12-08"),
        ("The prime minister is the chief guest at the event for the second time, an honour first given him in 2015.", "2025-03-12"),
        # a count or rank of the visit and what it runs from
        ("This is the premier's first visit to Sudmark after taking office in 2018.", "2021-02-23"),
        ("It is the first visit by a Norland prime minister since his predecessor went there in 2016.", "2021-02-23"),
        ("The premier made his first visit to Sudmark since 2020, arriving in the capital for talks.", "2025-12-08"),
        ("It is the first bilateral visit by a Norland prime minister to this small island nation since 1999.", "2025-12-08"),
        # a clause on a thing set off by a comma, a text named by its year, a participant's own words
        ("Sudmark values its ties with Norland, which were born in the struggle of 1971, the premier said.", "2024-06-22"),
        ("The talks also took up the 2023 agreement on the use of the two ports.", "2024-06-22"),
        ("“Last year in Kazan, we had very fruitful discussions,” he added.", "2025-08-31"),
        # ahead of the occasion, or no year at all
        ("Both countries agreed to hold the next round of negotiations in 2017.", "2016-12-21"),
        ("Both countries have for decades enjoyed a broad relationship.", "2021-02-23"),
    ],
)
def test_a_line_of_the_occasion_stays(quote: str, date: str) -> None:
    assert not statement(quote, date)


def test_the_words_read_leave_out_what_dates_something_else() -> None:
    words = own_time_words("Sudmark values its ties with Norland, which were born in 1971, and the 2023 agreement", 2024)
    assert "1971" not in words and "2023" not in words
    assert "2009" in own_time_words("Much has changed since the first visit in 2009.", 2025)
