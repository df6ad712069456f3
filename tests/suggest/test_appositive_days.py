"""A weekday after a verbless aside between commas is read with the future clause before the aside.  Made-up reports."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.appositive_days import future_across_asides
from tests.suggest.dating import resolved

TUESDAY = dt.date(2031, 3, 11)

AHEAD = (
    "Dalen, who was sworn in for a second term a month ago, is expected to meet Vestria's new president, Anna Vell, and "
    "other leaders during the two-day visit to Korvik on Wednesday and Thursday, officials said."
)


def test_a_day_after_a_name_between_commas_goes_with_the_future_verb_before_it() -> None:
    assert future_across_asides(AHEAD, AHEAD.index("on Wednesday"))
    for kind in ("event", "statement"):
        assert resolved(AHEAD, TUESDAY, future=False, kind=kind, ref_year=2031) == ("2031-03-12", "on Wednesday")


def test_a_past_verb_after_the_aside_keeps_the_day_behind() -> None:
    text = "The minister is expected to tour the port, the largest in Vestria, after he met President Vell on Monday."
    assert not future_across_asides(text, text.index("on Monday"))
    assert resolved(text, TUESDAY, future=False, kind="event", ref_year=2031) == ("2031-03-10", "on Monday")


def test_an_aside_that_is_a_clause_of_its_own_ends_the_walk() -> None:
    text = "Dalen will visit Korvik, which he toured in 2020, and the talks ended on Monday."
    assert not future_across_asides(text, text.index("on Monday"))
