"""Words that look like dates but date nothing: a "today" meaning "by now", years recalled beside the act's own day.

Made-up sentences, read against a Friday paper (15 November 2024).
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import relative_phrase, resolve_date

FRI = dt.date(2024, 11, 15)


def _date(text: str, kind: str = "event") -> tuple[str, str | None]:
    resolved = resolve_date(text, FRI, future=kind == "plan", kind=kind, ref_year=2024)
    assert resolved is not None
    return str(resolved.date), resolved.phrase


@pytest.mark.parametrize(
    "text",
    [
        "\u201cToday, trade has reached $6 billion,\u201d the minister said.",
        "\u201cToday, there are 200 Turkish firms working in Qatar,\u201d he said.",
        "Today, Qatar is among the largest investors in Turkey.",
        "\u201cAnd today our trade stands at $2 billion,\u201d she said.",
        "Trade today stands at $6 billion, the minister said.",
        "\u201cOur exports today exceed $1 billion,\u201d he said.",
    ],
)
def test_a_today_that_means_by_now_dates_nothing(text: str) -> None:
    assert _date(text, "statement") == ("2024-11-15", None)
    assert relative_phrase(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Today, the two leaders signed ten agreements.",
        "Today is a historic day for our nations.",
        "Today we have reached an agreement on trade.",
        "The two leaders met today in Ankara.",
        "The visit today is the first in ten years.",
        "Today, the two leaders signed agreements that are worth $1 billion.",
        "Today, the president is expected in Ankara.",
        "\u201cToday, we are signing a new chapter,\u201d he said.",
    ],
)
def test_a_today_of_an_act_or_of_the_day_itself_is_the_day(text: str) -> None:
    assert _date(text)[0] == "2024-11-15"
    assert relative_phrase(text) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The committee, which met in 2017 and 2020, held its third session on Monday.", ("2024-11-11", "on Monday")),
        ("The leaders met in Doha in 2017 and 2020 and on Wednesday signed a new accord.", ("2024-11-13", "on Wednesday")),
        ("After talks in 2019 and 2021, the ministers signed the accord in November 2024.", ("2024-11", "November 2024")),
        ("The committee, which met in May 2017 and June 2020, held its third session on Monday.", ("2024-11-11", "on Monday")),
        # A date in an aside recalls an earlier occasion.
        ("The committee, established in 2014, met in Ankara on Thursday.", ("2024-11-14", "on Thursday")),
        ("The accord (signed in 2019) was renewed on Monday.", ("2024-11-11", "on Monday")),
        # With nothing else to date the sentence, the aside's year still does.
        ("The committee, established in 2014, meets every year.", ("2014", "2014")),
        # A record of three or more numbered sessions is dated by the latest, the one it leads up to.
        ("The third was held in Doha in 2017, the fourth in Istanbul in 2018 and the fifth in Doha in 2019.", ("2019", "2019")),
        # Two, told as one followed by the other, keep the first, which the main clause tells.
        ("The first meeting took place in Doha in 2015, followed by the second in Bursa in 2016.", ("2015", "2015")),
        # A single year is no record of occasions: it still dates the sentence.
        ("The two sides met in 2017.", ("2017", "2017")),
        # A day of a month printed without its year shares the year of the date beside it: one more entry of the
        # record, not a phrase dating the act from the day of writing (intake_final8, an undated page).
        (
            "The Committee welcomed their preparatory committee meeting held on November 14, 2024 in Ankara, as well as "
            "the preparatory meeting held at senior officials level on September 16 and November 8-12, 2024 in Ankara.",
            ("2024-11-14", "November 14, 2024"),
        ),
    ],
)
def test_recalled_years_give_way_to_the_act_s_own_date(text: str, expected: tuple[str, str]) -> None:
    assert _date(text) == expected


def test_a_plan_s_years_are_its_schedule_not_a_record() -> None:
    text = "The minister announced on Monday that the forum will meet in 2025 and 2026."
    assert _date(text, "plan") == ("2025", "2025")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A future told in the past is counted from the day it was said: Thursday after Monday, not next week's.
        ("The minister said on Monday that the president would visit Ankara on Thursday.", "2024-11-14"),
        ("The minister said on Wednesday that the president would arrive on Monday.", "2024-11-18"),
        ("The ministry on Monday said the president will visit Ankara on Thursday.", "2024-11-14"),
        # No day of saying: the weekday ahead of the paper, as before.
        ("The minister said the president would arrive on Thursday.", "2024-11-21"),
        # A weekday that is itself a plan is no day of saying.
        ("The president will arrive on Monday and will hold talks on Thursday.", "2024-11-18"),
    ],
)
def test_a_weekday_in_reported_speech_is_counted_from_the_day_it_was_said(text: str, expected: str) -> None:
    assert _date(text, "plan")[0] == expected
