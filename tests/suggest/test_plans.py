"""A named side's plan or expected act is drafted, whatever act it names; a pronoun's or a thing's is not.

Sentences invented for these tests (made-up relations), not taken from the evaluation sets.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.plans import commits_to_act, named_plan
from briefgen.suggest.worth import check_worthy


@pytest.mark.parametrize(
    "sentence",
    [
        "Latvia and Estonia would also boost exchanges between young people in the border towns.",
        "The two countries would work together in industries of the future, such as robotics.",
        "Kallas is also expected to bring up maritime questions with the leaders of Latvia.",
        "The spokesperson added that Kallas and Latvian officials will tackle questions of river pollution.",
    ],
)
def test_a_named_sides_plan_is_drafted(sentence: str) -> None:
    assert named_plan(sentence)
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a pronoun: the draft would not say who
        "They would also boost exchanges between young people in the border towns.",
        # a thing, not a side
        "The new ferry line would boost exchanges between young people in the border towns.",
        # a being, not an act
        "Latvia would be a good partner for the whole region in the years ahead.",
        # cut off after the verb: no plan named yet
        "Riga and Tallinn are also expected to exchange",
    ],
)
def test_no_plan_without_a_named_side_and_an_act(sentence: str) -> None:
    assert not named_plan(sentence)


def test_a_plan_does_not_rescue_a_hope() -> None:
    assert not check_worthy("Kallas hoped that Latvia and Estonia will further deepen their friendship.")


@pytest.mark.parametrize(
    "sentence",
    [
        "State television confirmed that the prime minister had departed for Riga, without further details.",
        "The Latvian president flew to Tallinn with a delegation of ministers.",
    ],
)
def test_a_leaders_trip_is_a_meeting_act(sentence: str) -> None:
    assert check_worthy(sentence)


def test_a_commitment_to_a_named_act_is_a_position() -> None:
    assert check_worthy("Premier Kallas affirmed that Estonia is committed to supporting the Latvian grain requirement.")


def test_a_commitment_to_the_ties_stays_generic() -> None:
    assert not check_worthy("Both sides are committed to further strengthening relations between Latvia and Estonia.")


def test_new_agreements_counted_in_words_are_counted() -> None:
    assert check_worthy("The premiers witnessed the signing of seven new agreements, covering fisheries and ports.")


@pytest.mark.parametrize(
    "sentence",
    [
        "During the visit, Kallas met Latvian President Rinkevics, where both leaders discussed trade and investment issues.",
        "The two premiers held a meeting in Riga on Friday and discussed bilateral issues.",
    ],
)
def test_a_named_meeting_is_drafted_whatever_its_agenda(sentence: str) -> None:
    assert check_worthy(sentence)


def test_an_agenda_with_no_named_meeting_stays_hollow() -> None:
    assert not check_worthy("The two leaders discussed regional and multilateral matters.")


def test_a_call_for_a_named_step_is_drafted() -> None:
    assert check_worthy("The two premiers called for a ceasefire on the Daugava border and talks in Vilnius.")


@pytest.mark.parametrize(
    "sentence",
    [
        # half A (Manila Bulletin, Africanews, Caribbean Council, BSS News): refused before as generic prose or no act
        "China has committed to increase agricultural imports from the Philippines, including durian and mangosteen.",
        "The Chinese side committed to support Zambia's investment promotion activities in China for the relevant zones.",
        "On justice and security, New Delhi committed to training public officials, forensic experts and justice-sector personnel.",
        '"We are committed to increasing trade between the two countries, which is mutually beneficial," Prabowo said.',
    ],
)
def test_a_commitment_to_a_named_act_is_drafted(sentence: str) -> None:
    assert commits_to_act(sentence)
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Both sides are committed to further strengthening relations in all fields.",
        "The two nations are committed to supporting each other in every way.",
        "Latvia remains committed to a strong relationship with the region.",
    ],
)
def test_a_commitment_to_the_ties_themselves_is_not_drafted(sentence: str) -> None:
    assert not commits_to_act(sentence)
    assert not check_worthy(sentence)
