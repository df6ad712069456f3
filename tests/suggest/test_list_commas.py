"""A list's commas inside a clause close no clause: a plan's weekday after "A, B and C" is still the coming one.

The sentences marked "fresh" are quoted from round 75's sixth fresh date sample (public news pages kept outside the
repository, labelled by hand before briefgen ran on them); the others are from half A's sets.
"""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.list_commas import without_list_commas
from tests.suggest.dating import resolved

SAT_2025_05_31 = dt.date(2025, 5, 31)  # fresh: Politico Europe on the chancellor's first White House visit


def test_a_plan_naming_a_list_before_its_day_is_dated_by_the_coming_day() -> None:
    text = "The two leaders are expected to discuss the war in Ukraine, the Middle East and trade policy at meeting on Thursday."
    assert resolved(text, SAT_2025_05_31, future=True, kind="plan", ref_year=2025) == ("2025-06-05", "on Thursday")


def test_a_past_act_naming_a_list_before_its_day_keeps_the_day_behind() -> None:
    # intake_final22, a page of Sunday 11 March 2018: the agreements were signed the day before.
    text = (
        "The comments from Indian and French leaders followed a slew of agreements signed by the two countries in the "
        "spheres of defence, space and clean energy on Saturday."
    )
    assert resolved(text, dt.date(2018, 3, 11), future=False, kind="agreement", ref_year=2018)[0] == "2018-03-10"


def test_only_the_commas_between_the_items_are_blanked_in_place() -> None:
    words = "will discuss trade, energy, the climate and security at the talks "
    joined = without_list_commas(words)
    assert joined == "will discuss trade  energy  the climate and security at the talks "
    assert len(joined) == len(words)


def test_a_clause_of_its_own_after_a_comma_keeps_its_comma() -> None:
    for words in (
        "The summit opened in Lima, and Xi and Biden met ",  # opens with "and": a clause
        "Xi will visit, officials in Beijing and Moscow said ",  # a verb in the last piece
        "The talks, which Kenya and Uganda hosted ",  # a relative clause
    ):
        assert without_list_commas(words) == words
