"""Round 12's classes of courtesy and rhetoric that a figure or a name does not rescue.

The sentences are written for these tests (invented countries, people and places), not taken from
the evaluation sets, so that each rule is tested as a class of English, with the words that rescue
a sentence of its class; round 60's personal courtesies are real sentences of half A's sets, each
marked with its set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Source
from briefgen.suggest.courtesies import (
    is_appraisal,
    is_congratulation,
    is_greeting,
    is_guess,
    is_lead_in,
    is_personal_courtesy,
    is_reader_notice,
    is_rhetoric,
)
from briefgen.suggest.drafts import suggest_drafts
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


# Round 60: a leader's own courtesies, as posted or said to the guest, in real sentences of half A's sets.
@pytest.mark.parametrize(
    "sentence",
    [
        "Landed in Guyana a short while ago.",  # intake_final98, Modi's post on X
        "Held extensive and productive talks with President Anura Kumara Dissanayake in Colombo.",  # intake_final12
        "Had enriching discussions on India-Egypt ties, notably cultural and people-to-people linkages.",  # intake_final34
        "Honoured to have met the Grand Mufti of Egypt, His Eminence Prof. Shawky Ibrahim Allam.",  # intake_final34
        "Warm welcome to PM Christopher Luxon of New Zealand as he arrives in New Delhi on his first official visit.",  # final84
        "I thank you for the invitation to visit China and for our meeting today.",  # intake_final94
        "I congratulate you on China's successful chairmanship of the SCO.",  # intake_final94
        "“We are very grateful and humbled by your visit here in Guyana,” said President Ali.",  # intake_final98
        "I am glad to have met my friend, Prime Minister Donald Tusk.",  # intake_final76
    ],
)
def test_a_leaders_posted_or_addressed_courtesy_is_no_claim(sentence: str) -> None:
    assert is_personal_courtesy(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a participle clause has its subject after the comma
        "Held in Riyadh, the summit was attended by the leaders of Egypt and Saudi Arabia.",
        # thanks for something done, with its figure (intake_final18)
        "I am thankful to the Indian government for providing support in the form of ₹30 billion.",
        # gratitude for a named gesture, not the visit (intake_final90, judged worth an edit)
        "I am grateful to Prime Minister Andrej Plenkovic for the special gesture of welcoming me at the airport.",
        # a subject and a signing (intake_final84)
        "We are delighted to announce the launch of India-New Zealand Free Trade Agreement (FTA) negotiations.",
    ],
)
def test_a_courtesy_with_a_subject_a_figure_or_an_act_of_its_own_is_not_personal(sentence: str) -> None:
    assert not is_personal_courtesy(sentence)


def test_a_posts_subjectless_line_is_not_drafted_beside_the_report_of_the_arrival(corpus: Corpus) -> None:
    body = (  # intake_final98, freepressjournal-2024-11-20
        "Georgetown [Guyana]: Prime Minister Narendra Modi on Wednesday arrived in Guyana, the first Indian PM to visit "
        "the country in more than 56 years.\n\n"
        "Landed in Guyana a short while ago. Gratitude to President Dr. Irfaan Ali, PM Mark Anthony Phillips, senior "
        "ministers and other dignitaries for coming to receive me at the airport. I am confident this visit will deepen "
        "the friendship between our nations. — Narendra Modi (@narendramodi) November 20, 2024"
    )
    source = Source(id="freepressjournal-modi-guyana", published=dt.date(2024, 11, 20), body=body)
    quotes = [str(d.fields["quote"]) for d in suggest_drafts(corpus, source, set())]
    assert any(quote.startswith("Georgetown [Guyana]: Prime Minister Narendra Modi on Wednesday arrived") for quote in quotes)
    assert not any("Landed in Guyana" in quote for quote in quotes)
