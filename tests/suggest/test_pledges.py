"""Round 15's drafts that state no act: generic pledges, forecasts, praised occasions, page furniture.

Invented sentences (countries, people and places), so that each rule is tested as a class of
English beside the words that rescue a sentence of its class.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.asides import is_attribution_alone
from briefgen.suggest.furniture import is_picture_caption, is_title_case_headline
from briefgen.suggest.hollow import agenda_only
from briefgen.suggest.pledges import is_confidence, is_exclamation, is_generic_pledge, is_praised_occasion
from briefgen.suggest.worth import check_worthy


@pytest.mark.parametrize(
    "sentence",
    [
        "As two island economies, we agreed to share our experiences",
        "The ministers have agreed to exchange best practices in this field",
    ],
)
def test_sharing_experiences_in_general_is_a_generic_pledge(sentence: str) -> None:
    assert is_generic_pledge(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The premier said Norland is willing to share its experience in building the Coastal Rail Link",
        "The two sides signed an agreement to share experiences in fisheries management",
    ],
)
def test_experience_in_something_named_or_signed_is_no_generic_pledge(sentence: str) -> None:
    assert not is_generic_pledge(sentence)


def test_confidence_in_what_a_visit_will_bring_is_a_forecast() -> None:
    sentence = "I am confident that the President's visit to Norland will strengthen bilateral ties"
    assert is_confidence(sentence)
    assert not check_worthy(sentence)


def test_confidence_in_a_target_is_kept() -> None:
    assert not is_confidence("After talks with the premier, I am confident that we will reach this target ahead of schedule")


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland-Sudria relations have become a vivid illustration of solidarity and win-win cooperation, the president said",
        "This visit highlights the shared commitment of both nations to intensify their cooperation",
        "According to the president, the summit was a major win for the region",
        "The region is set to benefit immensely as the two countries cooperate in areas of mutual interest",
        "On his part, the president congratulated the premier for organising the regional summit",
    ],
)
def test_an_occasion_praised_is_no_claim(sentence: str) -> None:
    assert is_praised_occasion(sentence)
    assert not check_worthy(sentence)


def test_a_signing_rescues_a_praised_visit() -> None:
    assert not is_praised_occasion("This visit highlights the five agreements signed on trade and energy")


@pytest.mark.parametrize(
    "sentence",
    [
        "Discussions will tackle ways to forge closer bilateral relations and to unlock broader prospects for cooperation",
        "The forum is expected to discuss various aspects of Norland-Sudria relations and ways to further advance them",
    ],
)
def test_talks_about_relations_in_general_are_an_agenda(sentence: str) -> None:
    assert agenda_only(sentence)


def test_talks_about_a_named_subject_are_no_agenda() -> None:
    assert not agenda_only("Discussions will tackle the Harbour Bridge project and ways to fund it")


def test_a_headline_in_title_case_is_furniture() -> None:
    assert is_title_case_headline("Norland's President Jane Doe Visits Sudria to Strengthen Ties")
    assert not is_title_case_headline("Jane Doe, President of Norland, and John Roe, Minister of Finance of Sudria, met in Portville")
    assert not check_worthy("Norland's President Jane Doe Visits Sudria to Strengthen Ties")


@pytest.mark.parametrize(
    "sentence",
    [
        "President Jane Doe being welcomed by Prime Minister John Roe at the state house in Portville",
        "President Jane Doe being welcomed by Prime Minister John Roe in Portville. | Photo Credit: Sam Poe",
        "Doe, who is on a state visit, will attend the opening of the regional forum. [Photo/Agency]",
    ],
)
def test_captions_with_their_credit_or_no_finite_verb_are_furniture(sentence: str) -> None:
    assert is_picture_caption(sentence)
    assert not check_worthy(sentence)


def test_a_post_lead_in_is_attribution_alone() -> None:
    assert is_attribution_alone("Taking to X, the foreign ministry's official spokesperson stated")
    assert not is_attribution_alone("Taking to X, the spokesperson stated that the two leaders signed three agreements")


def test_a_greeting_with_an_exclamation_mark_is_courtesy() -> None:
    assert is_exclamation("A warm welcome to our honoured guest from Norland!")
    assert not check_worthy("A warm welcome to our honoured guest from Norland!")
    assert not is_exclamation("We signed three agreements on ports and railways today!")
