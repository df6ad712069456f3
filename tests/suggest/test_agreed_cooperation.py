"""Two sides that agreed to step up their cooperation are drafted; a hope, an exhortation or a doubt about it is not.

Sentences of half A's labelled pages (OSNA, the Economic Times), refused before as an agenda or as courtesy, and
invented ones.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.agreed_cooperation import agreed_to_step_up
from briefgen.suggest.worth import check_worthy

AGREED = [
    "Germany and Italy have agreed to intensify their cooperation.",
    "India and Brunei have agreed to enhance cooperation in the field of defence, space and people-to-people ties, during "
    "Prime Minister Narendra Modi's visit to the South-East Asian nation.",
    "Norland and Vestria agreed to expand cooperation in fisheries.",
]

NOT_AGREED = [
    "Norland and Vestria hope to intensify their cooperation.",
    "The two sides should enhance cooperation in trade and energy.",
    "Norland and Vestria could agree to expand cooperation in fisheries.",
    "The visit aimed at enhancing cooperation in the energy sector.",
    "The two sides are expected to have agreed to deepen cooperation.",
]


@pytest.mark.parametrize("text", AGREED)
def test_an_agreement_to_step_up_cooperation_is_drafted(text: str) -> None:
    assert agreed_to_step_up(text)
    assert check_worthy(text)


@pytest.mark.parametrize("text", NOT_AGREED)
def test_a_hope_an_exhortation_or_a_doubt_is_no_agreement(text: str) -> None:
    assert not agreed_to_step_up(text)
