"""Round 12's classes of courtesy and rhetoric that a figure or a name does not rescue.

The sentences are written for these tests (invented countries, people and places), not taken from
the evaluation sets, so that each rule is tested as a class of English, with the words that rescue
a sentence of its class.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.courtesies import (
    is_appraisal,
    is_congratulation,
    is_greeting,
    is_guess,
    is_lead_in,
    is_reader_notice,
    is_rhetoric,
)
from briefgen.suggest.worth import check_worthy


@pytest.mark.parametrize(
    "sentence",
    [
        "President Lindqvist congratulated Sudmark on successfully hosting the Baltic Forum.",
        "The premier in turn extended warm congratulations on the successful 14th congress of the Norland Labour Party.",
        "The king congratulated Premier Osei on the occasion of his birthday, which falls on 3rd May.",
    ],
)
def test_congratulations_on_another_occasion_are_courtesy(sentence: str) -> None:
    assert is_congratulation(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a meeting reported around the congratulation, a signing
        "Lindqvist met Osei in Vantaa on Friday, during which he congratulated Sudmark on successfully hosting the forum.",
        "Lindqvist congratulated Osei on the successful signing of 4 agreements on fisheries.",
    ],
)
def test_a_congratulation_beside_a_meeting_or_a_signing_is_not_courtesy(sentence: str) -> None:
    assert not is_congratulation(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Osei warmly greeted President Lindqvist on his arrival at the Palace of Vantaa.",
        "Senior officials of the Norland army and navy lined up to welcome the visiting president.",
        "Students waved the national flags of Norland and Sudmark to express their warm welcome to the king.",
        'Osei posted that it has been a great pleasure hosting "my dear brother President Lindqvist."',
    ],
)
def test_greetings_are_ceremony(sentence: str) -> None:
    assert is_greeting(sentence)
    assert not check_worthy(sentence)


def test_a_greeting_with_a_signing_is_news() -> None:
    assert not is_greeting("Osei greeted Lindqvist with an official ceremony before the two signed a gas treaty.")


@pytest.mark.parametrize(
    "sentence",
    [
        "May the unbreakable friendship of Norland and Sudmark last forever.",
        "Sudmark will work with Norland to carry forward the bond that the two are as close as one family.",
        "Norland is essential for Sudmark, and Sudmark for Norland.",
        "As we face new challenges, we also see numerous opportunities for collaboration.",
        'He spoke of "the vast potential that remains to be explored in our relationship".',
    ],
)
def test_ornaments_of_speech_are_rhetoric(sentence: str) -> None:
    assert is_rhetoric(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said there are numerous opportunities worth $3 billion in the Vantaa port.",
        "Considering the tremendous potential in our partnership, we will reach 10 billion euros of trade by 2030.",
    ],
)
def test_counted_opportunities_are_not_rhetoric(sentence: str) -> None:
    assert not is_rhetoric(sentence)


def test_a_guess_at_a_meaning_is_the_writers() -> None:
    sentence = "With that, Osei was likely alluding to Norland's claims on the Vantaa islands."
    assert is_guess(sentence)
    assert not check_worthy(sentence)


def test_a_line_announcing_a_list_is_a_lead_in() -> None:
    assert is_lead_in("President Osei highlighted achievements in several areas:")
    assert not check_worthy("President Osei highlighted achievements in several areas:")
    assert not is_lead_in("The talks saw the announcement of 5 agreements signed during the visit:")


@pytest.mark.parametrize(
    "sentence",
    [
        "These meetings have significantly strengthened the relationship between Norland and Sudmark.",
        "The visit by President Osei is anticipated to further consolidate the partnership between the two.",
        "The meeting was very cordial.",
        "This visit marks a strengthening of ties between the two nations.",
    ],
)
def test_unmeasured_appraisals_are_no_claims(sentence: str) -> None:
    assert is_appraisal(sentence)
    assert not check_worthy(sentence)


def test_a_forecast_with_its_condition_is_not_an_appraisal() -> None:
    assert not is_appraisal("Norland's role will be significantly strengthened when it becomes a transit country next year.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Copyright © 2024 Norland News Agency",
        "Do use these forums to voice your opinions and create healthy discourse.",
        "This is AI generated summarization, which may have errors.",
        "Osei Honoured With Sudmark's Highest Award (See Pic and Video)",
    ],
)
def test_the_page_about_itself_is_a_reader_notice(sentence: str) -> None:
    assert is_reader_notice(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our head of state emphasized that today is a special day in the history of Norland-Sudmark cooperation.",
        "Lindqvist said the Norland-Sudmark friendship is unbreakable.",
        "We will continue collaborating in pursuit of sustainable development.",
    ],
)
def test_words_of_forever_and_going_on_are_rhetoric(sentence: str) -> None:
    assert is_rhetoric(sentence)
    assert not check_worthy(sentence)


def test_going_on_with_a_named_work_is_not_rhetoric() -> None:
    assert not is_rhetoric("We will continue cooperating on the Vantaa Bridge.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The official ceremony to welcome the Prime Minister of Norland will be held this morning (May 5) at Freedom Square.",
        "Now, I have the honour of being the first foreign leader he is hosting in his presidency.",
    ],
)
def test_a_planned_welcome_and_an_honour_felt_are_greetings(sentence: str) -> None:
    assert is_greeting(sentence)
    assert not check_worthy(sentence)


def test_what_a_visit_may_bring_is_a_guess() -> None:
    sentence = "The king's presence may nourish the parched coffers of the Norland treasury."
    assert is_guess(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In a post, Premier Osei shared pictures from his meeting with the Sudmark president.",
        "The agreements were signed during the visit of President Lindqvist (photo, left) to Vantaa.",
    ],
)
def test_posts_of_pictures_and_pointers_to_them_are_reader_notices(sentence: str) -> None:
    assert is_reader_notice(sentence)
    assert not check_worthy(sentence)
