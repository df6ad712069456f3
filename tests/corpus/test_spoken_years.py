"""A year in what a participant said at a visit is a date, not a figure: the statement is still said there.

Real sentences of half A: Modi's announcement at his meeting with Xi Jinping in Tianjin (intake_final94,
August 2025, on a page that gives no day), the reaffirmation at Modi's talks in Zagreb (intake_final90, 19 June
2025).  "In 2020" dates the border clashes and "launched in 2021" the initiative, not the saying; a year that
does date the saying away from the occasion is left to :func:`briefgen.corpus.elsewhen.elsewhen`, and a figure
said there (Putin's "more than 40% of the world's oil", intake_final82) is still read as background.
"""

from __future__ import annotations

import pytest

from briefgen.corpus import spoken
from briefgen.corpus.elsewhen import elsewhen
from briefgen.text.dates import PartialDate
from tests.corpus.builders import said_at_occasion


def test_an_announcement_in_tianjin_that_recalls_the_clashes_of_2020_was_said_there() -> None:
    flights = (
        "Modi announced that direct flights between India and China—suspended since deadly border clashes in 2020—"
        "will resume, though no timeline was given."
    )
    assert said_at_occasion(flights, ("Narendra Modi", "India", "China"), ("India", "China"), "2025-08")


def test_an_initiative_launched_in_2021_and_reaffirmed_in_zagreb_was_said_there() -> None:
    reaffirmed = (
        "The India-Croatia Startup Bridge Initiative, launched in 2021, was reaffirmed as a platform to promote"
        " innovation and entrepreneurship,"
    )
    assert said_at_occasion(reaffirmed, ("India", "Croatia"), ("India", "Croatia"), "2025-06-19")


def test_a_figure_said_in_abu_dhabi_is_still_background() -> None:
    opec = (
        "Putin said Russia and the UAE cooperated as part of OPEC+, whose members pump more than 40% of the world's oil,"
        " adding that they would discuss the Israeli-Hamas conflict and Ukraine."
    )
    assert not said_at_occasion(
        opec, ("Vladimir Putin", "Russia", "United Arab Emirates"), ("Russia", "United Arab Emirates"), "2023-12-06"
    )


def test_a_year_that_dates_what_was_said_elsewhere_is_read_by_elsewhen() -> None:
    recalled = (
        "His Highness noted that Xi’s visit to the UAE in 2018 marked a historic milestone, culminating in the"
        " declaration of a Comprehensive Strategic Partnership."
    )
    sides = ("United Arab Emirates", "China")
    assert said_at_occasion(recalled, ("Mohamed bin Zayed", "Xi Jinping", "United Arab Emirates"), sides, "2024-05")
    assert elsewhen(recalled, PartialDate.parse("2024-05"))
    assert not elsewhen("Modi announced that direct flights—suspended since 2020—will resume.", PartialDate.parse("2025-08"))


def test_an_agreement_reached_and_a_number_that_is_no_figure_are_taken_out_in_any_case() -> None:
    """The agreement reached is looked for only where "reach" stands, the numbers that are no figure only where a digit does."""
    from briefgen.corpus.spoken import _said_of_the_visit_removed

    assert "CONSENSUS" not in _said_of_the_visit_removed("A BROAD CONSENSUS WAS REACHED ON TRADE.")
    assert "September 9" not in _said_of_the_visit_removed("They met on September 9 in Delhi.")
    assert "G20" not in _said_of_the_visit_removed("They met at the G20 summit.")
    assert _said_of_the_visit_removed("They spoke of trade and of peace.") == "They spoke of trade and of peace."


def test_a_quote_with_no_year_is_not_read_by_the_years_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every year blanked starts with "19" or "20": a quote with neither is given back as it is, the pattern untried."""

    class Untried:
        def sub(self, *args: object) -> str:
            raise AssertionError("the pattern was tried")

    quote = "Putin said on Monday that trade had grown by 30% (about $2.5bn) since the 1st of May."
    monkeypatch.setattr(spoken, "_SAID_YEAR", Untried())
    assert spoken.without_said_year(quote) is quote


def test_the_years_a_quote_writes_are_blanked_as_before() -> None:
    assert spoken.without_said_year("clashes in 2020, talks in 1999") == "clashes in  , talks in  "
    assert spoken.without_said_year("$2025 and 2026-27, since 2019, 1990%") == "$2025 and 2026-27, since 2019, 1990%"
    assert spoken.without_said_year("20 agreements, 19 projects") == "20 agreements, 19 projects"
