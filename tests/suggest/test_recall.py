"""Statements made in talks that editors keep: what a named side said, in its own words.

The sentences are written for these tests (invented relations and places), not taken from
the evaluation sets, so that the rules are tested as classes of words and clauses.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.sentences import balance_quotes
from briefgen.suggest.worth import check_worthy, spoken_by_name


def test_a_straight_mark_after_a_comma_closes_the_quotation() -> None:
    # the opening mark was dropped with the sentence's start; the words before the closing one are the quote
    quoted = 'Piracy in the Narva Strait is the gravest threat to our shipping," Kallas said in a joint statement'
    assert balance_quotes(quoted) == "Piracy in the Narva Strait is the gravest threat to our shipping"
    # a mark that opens a quotation still keeps what follows it
    assert balance_quotes('The premier said in Tartu that "the ferry line will open in spring') == "the ferry line will open in spring"


@pytest.mark.parametrize(
    ("whole", "quote"),
    [
        (
            "Piracy in the Narva Strait is the gravest threat to our shipping,” Kallas said",
            "Piracy in the Narva Strait is the gravest threat to our shipping",
        ),
        (
            "Estonia is in the Union, but it stands alone in the Union,” the Latvian premier said",
            "Estonia is in the Union, but it stands alone in the Union",
        ),
    ],
)
def test_a_named_speakers_statement_is_drafted_without_its_attribution(whole: str, quote: str) -> None:
    assert spoken_by_name(whole)
    assert not check_worthy(quote)  # on its own, a statement with no act in it
    assert check_worthy(quote, said=True)


@pytest.mark.parametrize(
    "quote",
    [
        "We are making rapid progress towards this goal",  # names nothing a brief could check
        "It is this trust that gives direction to our joint efforts",
        "Estonian-Latvian relations are a role model for the region",  # the names are only its subject
    ],
)
def test_a_statement_that_names_nothing_stays_out(quote: str) -> None:
    assert not check_worthy(quote, said=True)


def test_a_pronoun_or_a_lead_in_names_no_speaker() -> None:
    assert not spoken_by_name("Piracy is the gravest threat to our shipping,” he said")
    assert not spoken_by_name("The agency said, citing the ministry:")


@pytest.mark.parametrize(
    "sentence",
    [
        # a view stated as one by a named leader
        "Kallas emphasized his belief that the smugglers' presence on the islands would come to an end soon.",
        # a standing in a named body
        "Latvia is also an observer state in the Council of Baltic Ports, leaning towards the group for its history.",
        "Estonia became a full member of the Northern Grain Union in spring.",
        # a call on a named host is a meeting on the programme
        "The Estonian premier will call on President Liepa and the speaker of the Saeima this evening.",
    ],
)
def test_positions_standings_and_calls_are_drafted(sentence: str) -> None:
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare "emphasized that" is mostly praise of the ties: the emphasis rules weigh it
        "Kallas emphasized that the two nations share long-standing fraternal bonds.",
        # a member of something unnamed is no standing in a body
        "Her brother is a member of the local chess club and a keen sailor.",
    ],
)
def test_emphasis_and_a_delegations_member_stay_out(sentence: str) -> None:
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Kallas also stated that Estonia, like Latvia, is committed to achieving a lasting peace in the Narva war.",
        "The Council meeting will review all aspects of Estonia-Latvia relations and discuss joint measures to enhance "
        "bilateral cooperation, the Latvian Presidency said in a statement.",
    ],
)
def test_a_named_sides_position_on_named_things_is_drafted(sentence: str) -> None:
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # generic words with only the speaker named: a writer's summary in a speaker's mouth
        "President Kallas said that goodwill between the two countries reflects deep feelings between the peoples.",
        # an agenda, whoever states it
        "President Kallas said Estonia is for strengthening its multifaceted relations with Latvia in various fields.",
        # praise of the ties between the two sides, whoever says it
        "This is another historic moment in the development of Estonia-Latvia relations, Kallas said.",
        "President Kallas said that Estonia and Latvia enjoy excellent relations.",
        "Kallas said Estonia and Latvia will further strengthen their cooperation.",
        # generic words with no speaker
        "Estonia and Latvia are committed to further deepening their strategic partnership.",
    ],
)
def test_generic_words_without_a_named_position_stay_out(sentence: str) -> None:
    assert not check_worthy(sentence)


def test_a_named_sides_conduct_described_is_a_position() -> None:
    assert check_worthy("Kallas said the border situation figured in the talks and described Riga's actions as a grave matter.")
    # the talks, or a side itself, described are still a characterisation
    assert not check_worthy("Kallas said the talks were productive and described Latvia as a brotherly nation.")
    assert not check_worthy("Kallas described the talks with her counterpart as warm and very useful.")


def test_a_sides_readiness_is_a_statement() -> None:
    assert check_worthy("Estonia is ready to make the two nations golden partners.")
    assert not check_worthy("Estonia is keen to make the two nations golden partners.")


def test_a_named_speaker_going_on_after_a_quotation_is_an_attribution() -> None:
    assert spoken_by_name('"Piracy is the gravest threat in the Narva Strait," Kallas continued.')
    assert spoken_by_name('"Piracy is the gravest threat in the Narva Strait," the Latvian premier added.')
    assert not spoken_by_name('"Piracy is the gravest threat in the Narva Strait," he continued.')
    assert not spoken_by_name("Trade between the two ports continued.")


def test_a_quotation_naming_the_sides_is_a_position() -> None:
    sentence = "“To answer piracy together, Estonia and Latvia will strengthen cooperation at both the Union and bilateral levels.”"
    assert check_worthy(sentence)
    # the same words as the writer's summary are generic prose
    assert not check_worthy(sentence.strip("“”"))


def test_a_body_named_in_full_is_a_specific_object() -> None:
    # thanks for support towards a named body's membership: the membership is checkable
    assert check_worthy("The premier expressed his gratitude to Riga for its support for Tallinn's bid to join the Baltic Grain Union.")
    assert check_worthy("The minister thanked Latvia for backing the Nordic Shipping Organisation's new charter.")
    # thanks with nothing named in full stay courtesy
    assert not check_worthy("The premier expressed his gratitude to Riga for its support for Tallinn's goals.")


def test_emphasis_in_a_named_sides_statement_is_a_position() -> None:
    assert check_worthy(
        'During the meeting, President Kallas emphasized the significance of this partnership, stating, "This is a new '
        "moment in Estonia-Latvia relations,\" and expressed Estonia's readiness to become Latvia's first partner."
    )
    # emphasis with no statement of a named side stays out
    assert not check_worthy("During the meeting, the premier emphasized the significance of this partnership.")


def test_a_statement_about_someone_named_before_stays_out() -> None:
    assert not check_worthy("He put all his efforts into uniting the Baltic world", said=True)
    assert check_worthy("Kallas put all her efforts into uniting the Baltic world", said=True)
