"""A sentence that tells a signing still to come counts a plan, not a signing done.

The sentences told as plans are half A's (intake_final6, Montsame the morning of Putin's talks in Ulaanbaatar;
intake_final10, Sánchez on the eve of the Rabat summit; intake_final108, Prabowo at the Merdeka Palace) and previews
written in the way curtain-raisers are; the signings done are the same sets' reports after the signing.
"""

from __future__ import annotations

import pytest

from briefgen.corpus.planned_counts import planned_count, told_as_a_plan
from tests.corpus.builders import make_fact

PLANS = (
    "Following the talks, 11 agreements on bilateral cooperation of Mongolia and Russia will be signed.",
    "stressing that Spain and Morocco share the ambition to move forward in terms of bilateral relations, including with "
    "the 24 agreements to be signed.",
    '"Today, we will sign four important agreements and understandings, and I hope this is proof that we are working quickly.',
    "The two sides are expected to sign seven memorandums of understanding during the visit.",
    "India and Oman are set to ink five pacts on Wednesday, officials said.",
    "Officials said the leaders would sign a dozen agreements in energy and defence.",
    "The two governments plan to sign six deals when the president arrives on Monday.",
    "On the agenda are seven MoUs covering trade, culture and tourism.",
    "Nine agreements are lined up for signing at the end of the talks.",
    "Seven memorandums are scheduled for signing on Thursday.",
    "The prime ministers will also witness the signing of eight MoUs.",
)

SIGNED = (
    "After talks, Russia and Mongolia signed 10 agreements on developing cooperation in different areas.",
    "In the first high-level bilateral summit between Spain and Morocco in eight years, the two nations signed 20 different agreements",
    "During the meeting with President Prabowo Subianto, eight bilateral agreements were signed in the areas of mining, "
    "energy, agriculture, science and technology, as well as statistical cooperation.",
    "The leaders witnessed the signing of eight key deals aimed at significantly enhancing bilateral ties across "
    "multiple sectors, marking a pivotal moment in the relationship between the two prominent Global South nations.",
    "The two sides exchanged six MoUs to boost trade and investment, and agreed to meet again next year.",
)


@pytest.mark.parametrize("sentence", PLANS)
def test_a_signing_still_to_come_is_told_as_a_plan(sentence: str) -> None:
    assert told_as_a_plan(sentence)


@pytest.mark.parametrize("sentence", SIGNED)
def test_a_signing_done_is_no_plan(sentence: str) -> None:
    assert not told_as_a_plan(sentence)


def test_only_a_count_of_signed_texts_in_a_plans_sentence_is_a_planned_count() -> None:
    plan = make_fact("plan", "montsame", PLANS[0], "2019-09-03", amount=11, unit="agreements")
    assert planned_count(plan, "agreement")
    signed = make_fact("signed", "tass", SIGNED[0], "2019-09-03", amount=10, unit="agreements")
    assert not planned_count(signed, "agreement")
    days = make_fact("days", "a", "The president will sign the decree during his 3 days in Minsk.", "2019-09-03", amount=3, unit="days")
    assert not planned_count(days, "day")  # a stay's days are no texts to be signed


def test_a_plan_in_another_sentence_of_the_quote_leaves_the_count_a_signing() -> None:
    quote = "The two leaders signed 12 agreements on Tuesday. They will sign more when they meet in Paris."
    signed = make_fact("signed", "a", quote, "2025-10-23", amount=12, unit="agreements")
    assert not planned_count(signed, "agreement")
