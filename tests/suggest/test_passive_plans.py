"""A named thing to be made or done, told in the passive, is drafted; ties to be strengthened and a page's notice are not.

Sentences of half A's labelled pages (the Japan News, Space War, Zee News, KTVZ), refused before as "no act", and
invented ones.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.passive_plans import passive_step
from briefgen.suggest.worth import check_worthy

STEPS = [
    "A framework for administrative-level dialogue among foreign affairs and defense authorities will also be created.",
    "Over time, some parts will be built in Indonesia.",
    'Direct flights between the two countries are also being resumed," he said.',
    "Children and pregnant women will be excluded from the plan.",
]

NOT_STEPS = [
    "Disclaimer: All the comments will be moderated by the editorial team.",
    "Bilateral ties will be strengthened further.",
    "Their friendship will be remembered by both peoples.",
    "Relations between the two countries will be discussed.",
    "Tariff and non-tariff barriers are being reduced.",
]


@pytest.mark.parametrize("text", STEPS)
def test_a_step_told_in_the_passive_is_drafted(text: str) -> None:
    assert passive_step(text)
    assert check_worthy(text)


@pytest.mark.parametrize("text", NOT_STEPS)
def test_ties_strengthened_a_notice_or_a_judgement_is_no_step(text: str) -> None:
    assert not passive_step(text)
    assert not check_worthy(text)
