"""Whether a day read from a page could be its date, and the one day several date fields agree on."""

from __future__ import annotations

import datetime as dt

from briefgen.ingest.publishable import could_be_published, the_one_day


def test_a_day_after_tomorrow_is_no_page_date() -> None:
    assert could_be_published(dt.date(2024, 3, 1))
    assert not could_be_published(dt.date.today() + dt.timedelta(days=2))


def test_fields_that_agree_give_their_day_and_the_first_line() -> None:
    found = [(dt.date(2024, 3, 1), "Release date: 1 March 2024"), (dt.date(2024, 3, 1), "Release time: 1 March 2024 10:00")]
    assert the_one_day(found) == (dt.date(2024, 3, 1), "Release date: 1 March 2024")


def test_fields_that_disagree_or_lie_ahead_give_nothing() -> None:
    assert the_one_day([(dt.date(2024, 3, 1), "a"), (dt.date(2024, 3, 2), "b")]) is None
    assert the_one_day([(dt.date.today() + dt.timedelta(days=5), "Date: far ahead")]) is None
    assert the_one_day([]) is None
