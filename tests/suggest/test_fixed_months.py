"""A month as an occasion's adjective ("the February meeting") dates the sentence: round 107's own sample."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.suggest.dating import resolved

# jordantimes.com's page of Monday 3 April 2017.
_JORDAN_TIMES = dt.date(2017, 4, 3)


@pytest.mark.parametrize(
    ("text", "future", "kind"),
    [
        (
            "The King's meeting with Trump will be the second in Washington following the February meeting, held on the "
            "sidelines of the annual National Prayer Breakfast, during which both leaders discussed ways to boost strategic "
            "partnership.",
            True,
            "plan",
        ),
        (
            "During the February meeting, King Abdullah and Trump agreed on the importance of providing safety and security to Syrians.",
            False,
            "event",
        ),
    ],
)
def test_the_month_of_an_occasion_gone_dates_it(text: str, future: bool, kind: str) -> None:
    assert resolved(text, _JORDAN_TIMES, future=future, kind=kind, ref_year=2017)[0] == "2017-02"
