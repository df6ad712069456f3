"""A side's promise with its object named is drafted; a promise of nothing named, or one in doubt, is not.

Sentences of half A's labelled pages (The Straits Times, The Statesman, Hindustan Times, Hawaii Public Radio, inkl)
and invented ones.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.promised_steps import promised_step
from briefgen.suggest.worth import check_worthy

PROMISED = [
    "Japan and Germany vowed to deepen cooperation on defence and climate protection, and work more closely together to "
    "reduce excessive dependencies in critical areas such as raw materials.",
    "The two nations will also enhance cooperation in defense and security, including training and cybersecurity.",
    "Mr. Modi said, India and Brunei are going to further expand trade ties, commercial linkages and people-to-people exchanges.",
    "China vows to strengthen cooperation with Mexico and relations have great potential and room for development, "
    "Foreign Minister Wang Yi told his Mexican counterpart Alicia Barcena.",
    "China will continue to provide assistance to the Solomon Islands to enhance its law enforcement capacity, according "
    "to a joint statement released by China's official news agency.",
    "French authorities have promised to help Mongolia with the costs of changing to other forms of energy instead of "
    "using mainly coal to provide its energy.",
    "Norland and Vestria pledged to step up cooperation in energy.",
    "Putin further stated that the two countries are actively expanding industrial cooperation while being involved in "
    "several major joint oil and gas ventures.",
    "Steinmeier expressed a desire to elevate all-around cooperation with Vietnam, especially in trade and investment.",
    "Plenkovic said Croatia was keen to strengthen ties in sectors such as ICT, pharmaceuticals and maritime transport.",
]

NOT_PROMISED = [
    "We will further strengthen all other dimensions of our mutual cooperation.",
    "The meeting was a significant milestone in India-Ghana relations, with both nations committed to strengthening "
    "their strategic partnership.",
    "Two leaders pledge to strengthen cooperation in various fields and address global issues, with a strong focus on "
    "the humanitarian crisis in Gaza.",
    "They are also believed to have confirmed that their countries will deepen economic cooperation, including "
    "investment in infrastructure.",
    "Norland hopes the two sides will expand cooperation in fisheries and trade.",
    "The visit will strengthen the ties between the two peoples.",
    "Norland is ready to strengthen relations in all areas.",
    "Norland is willing to deepen cooperation with Vestria and Ostria.",  # a will names a field, not only the partner
]


@pytest.mark.parametrize("text", PROMISED)
def test_a_promise_with_its_object_named_is_drafted(text: str) -> None:
    assert promised_step(text)
    assert check_worthy(text)


@pytest.mark.parametrize("text", NOT_PROMISED)
def test_a_promise_of_nothing_named_or_in_doubt_is_not(text: str) -> None:
    assert not promised_step(text)
