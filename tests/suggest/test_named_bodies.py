"""A body named in the writer's background anchors nothing; named by a speaker, or beside an act, it still does.

Sentences of pages no set uses (the round's own sample: Reuters, the Times of Middle East, Express Digest, Moscow
Times, OC Media), of half A's labelled pages (judged rejects and labelled claims) and invented ones.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.named_bodies import only_bodies_unsaid
from briefgen.suggest.worth import check_worthy

BACKGROUND = [
    "Addis Ababa is also the headquarters of the African Union",
    "Russia has been Armenia's longtime sponsor and ally since the fall of the Soviet Union",
    "Cairo has been negotiating for a new loan with the International Monetary Fund for several months",
    "Norland has long relied on the Asian Development Bank",
]

SAID_OR_DONE = [
    # the round's sample, held out
    "Italian Prime Minister Giorgia Meloni has called on the International Monetary Fund (IMF) to take a pragmatic "
    "approach to a bailout for Tunisia.",
    "Economic Development and Trade Minister Elvira Nabiullina set the tone for the summit by urging the European Union "
    "to back Russia's bid to join the World Trade Organization.",
    "Theresa May has been urged to help Macedonia join the European Union as Britain prepares to leave the multinational organisation.",
    "Russia's deputy prime minister previously said Armenia's potential EU aspirations are 'incompatible' with its "
    "Eurasian Economic Union membership.",
    # half A, labelled claims
    "He emphasised that Cyprus can serve as a gateway to European Union markets due to its geo-strategic location",
    "Malaysia also encouraged Egypt to advance its engagement with Asean … being the founding member of the African Union",
]


@pytest.mark.parametrize("text", BACKGROUND)
def test_a_body_in_the_background_is_not_drafted(text: str) -> None:
    assert not check_worthy(text)


@pytest.mark.parametrize("text", SAID_OR_DONE)
def test_a_body_named_by_a_speaker_is_drafted(text: str) -> None:
    assert check_worthy(text)


def test_only_bodies_named_and_no_one_speaking() -> None:
    """A facility beside the body, a speaker, or nothing named at all: the sentence is not background of a body."""
    assert only_bodies_unsaid("Norland is a member of the African Union", ["African Union"])
    assert not only_bodies_unsaid("Norland toured the Kurmangazy Center and the African Union", ["Kurmangazy Center", "African Union"])
    assert not only_bodies_unsaid("Aliyev said Norland is a member of the African Union", ["African Union"])
    assert not only_bodies_unsaid("Norland is a member of the union", [])
