"""Round 16's drafts that frame an occasion instead of reporting it, and readiness toward nothing named.

Invented sentences (countries, people and places), so that each rule is tested as a class of
English beside the near miss that must still be drafted.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.frames import is_continuity_in_manner, is_frame, is_framing
from briefgen.suggest.pledges import is_generic_readiness
from briefgen.suggest.worth import check_worthy


@pytest.mark.parametrize(
    "sentence",
    [
        "The visit comes amid rising tensions over fishing rights in the northern sea",
        "This meeting occurs amid ongoing trade disputes, with Sudria imposing steep duties on Norland's cars",
        "The timing of the announcement comes amid heightened tensions with the neighbouring federation",
        "The trip, part of a broader tour of the region, comes at a critical time for both Norland and Sudria",
        "The announcement comes ahead of next year's review of the customs union",
    ],
)
def test_an_occasion_framed_against_the_times_gets_no_draft(sentence: str) -> None:
    assert is_frame(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a figure makes the frame a claim
        "The visit comes amid talks on a record $3 billion investment by Norland's sovereign fund in Sudria's ports",
        "The meeting comes ahead of the regional summit, which will be held in Port Aven from May 4 to May 6",
        # a named subject, not the bare occasion
        "President Jane Doe's meeting with Prime Minister John Roe comes amid a dispute over the Aven river dam",
    ],
)
def test_a_frame_with_a_figure_or_a_named_subject_is_still_drafted(sentence: str) -> None:
    assert not is_frame(sentence)
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The president added that collaboration would continue in a spirit of respect",
        "Norland and Sudria will continue walking together, with mutual respect",
        "The two sides will continue to carry forward the fine tradition of mutual support",
    ],
)
def test_going_on_in_a_manner_gets_no_draft(sentence: str) -> None:
    assert is_continuity_in_manner(sentence)
    assert not check_worthy(sentence)


def test_going_on_at_a_task_in_a_spirit_is_still_drafted() -> None:
    sentence = "Norland will continue to supply wheat to Sudria in a spirit of solidarity, the minister said"
    assert not is_continuity_in_manner(sentence)
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He expressed readiness to work with Doe to fully unleash the exemplary role of Norland-Sudria cooperation",
        "Norland is ready to work with Sudria to tap the potential of cooperation in traditional areas",
    ],
)
def test_readiness_toward_nothing_named_gets_no_draft(sentence: str) -> None:
    assert is_generic_readiness(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland is ready to work with Sudria to rebuild the Port Aven harbour after the floods",
        "Norland is ready to work with Sudria to raise trade to $5 billion by 2030",
    ],
)
def test_readiness_toward_a_named_work_or_a_figure_is_still_drafted(sentence: str) -> None:
    assert not is_generic_readiness(sentence)
    assert check_worthy(sentence)


def test_a_moment_or_a_journey_set_in_a_weighed_climate_is_a_frame() -> None:
    for sentence in (
        "The visit comes at a complex moment for Norland and Vantaa.",
        "Lindqvist will travel to Vantaa in a difficult trade context due to the new tariffs.",
    ):
        assert is_framing(sentence)
        assert not check_worthy(sentence)
    for claim in ("Lindqvist signed a port pact in a difficult climate.", "Lindqvist will travel to Vantaa with 12 ministers."):
        assert not is_framing(claim)
