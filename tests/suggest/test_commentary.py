"""Round 17's drafts of commentary: a writer's or a speaker's judgement of the relation, not a claim.

Invented sentences (countries, people and places), so that each rule is tested as a class of
English beside the near miss that must still be drafted.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.commentary import (
    is_alignment_read,
    is_course_since,
    is_exhortation_to_both,
    is_maxim,
    is_unnamed_commentators,
)
from briefgen.suggest.worth import check_worthy


@pytest.mark.parametrize(
    "sentence",
    [
        "Ties between Norland and Sudria have deepened since the outbreak of the border war in 2021",
        "Norland's ties with the Sudrian government have intensified since the blockade of the Aven strait in March 2020",
        "The pact builds on a history of cooperation between Norland and Sudria, which has deepened in recent years despite sanctions",
    ],
)
def test_the_relations_course_since_an_event_gets_no_draft(sentence: str) -> None:
    assert is_course_since(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The newly signed treaty underscores a growing alignment between Port Aven and Sudria City as both seek allies",
        "The accord is also expected to cement the growing military and political partnership between the two nations",
    ],
)
def test_an_accord_read_as_growing_closeness_gets_no_draft(sentence: str) -> None:
    assert is_alignment_read(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two countries should promote cooperation in various fields under the guidance of their new partnership, he added",
        "The two sides should continue to firmly support each other and work together to promote common development, Doe added",
    ],
)
def test_what_both_sides_should_do_in_general_gets_no_draft(sentence: str) -> None:
    assert is_exhortation_to_both(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts note that both Norland and Sudria gain more from working together than from competing for the market",
        "Critics at home, however, argue that the government has given too much ground to its neighbour on fishing rights",
    ],
)
def test_unnamed_commentators_opinion_gets_no_draft(sentence: str) -> None:
    assert is_unnamed_commentators(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a figure measures the course
        "Ties between Norland and Sudria have deepened since 2015, with trade rising to $4 billion last year",
        # a participle after the act: the signing is reported first
        "Doe and Roe signed a treaty on the Aven river dam, underscoring the deepening friendship between the two nations",
        # a named plan to implement is the task, not cooperation in general
        "The two sides should implement the Joint Action Plan on Norland-Sudria Strategic Cooperation for the next five years",
        # a named speaker, not unnamed commentators
        "Foreign Minister Jane Doe said both countries would open consulates in Port Aven and Sudria City next year",
    ],
)
def test_a_near_miss_with_a_figure_an_act_or_a_name_keeps_its_draft(sentence: str) -> None:
    assert check_worthy(sentence)


def test_a_maxim_cut_from_its_speaker_is_not_drafted() -> None:
    for maxim in ("“A price war favors no one.", "No country wins a price war alone."):
        assert is_maxim(maxim)
        assert not check_worthy(maxim)


def test_a_negative_fact_and_a_generic_subject_with_a_claim_are_drafted() -> None:
    for claim in ("No agreement was signed on the Vantaa port.", "A new railway links Norland and Vantaa in four hours."):
        assert not is_maxim(claim)
