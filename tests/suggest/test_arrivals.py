"""A leader's arrival at a named place is drafted, whatever welcome or agenda the sentence wraps it in.

Invented page (countries, people and places), so that the rule is tested as a class of words:
each arrival stands beside the near miss that still gets no draft.
"""

from __future__ import annotations

import functools

from briefgen.suggest.worth import check_worthy
from tests.suggest.drafting import spans_drafted

_drafted = functools.partial(spans_drafted, ref_year=2031)


_PAGE = (
    "KALLBY: Prime Minister Lena Osei landed in Kallby on a state visit to meet the leadership of Vesta and discuss "
    "regional and global developments.\n\n"
    "On her arrival at Kallby Harbour International Airport, the prime minister was given a red carpet welcome and "
    "presented with a guard of honour.\n\n"
    "Later, Osei arrived in the Vestan capital to a warm welcome from the foreign minister.\n\n"
    "On her arrival at the venue, the prime minister was warmly received and given a guard of honour.\n\n"
    "The two leaders discussed regional and global developments."
)


def test_an_arrival_at_a_named_place_is_drafted_through_its_welcome_and_agenda() -> None:
    drafted = _drafted(_PAGE)
    assert any(text.startswith("Prime Minister Lena Osei landed in Kallby") for text in drafted)  # the lede, an agenda after it
    assert any(text.startswith("On her arrival at Kallby Harbour") for text in drafted)  # a guard of honour around it
    assert any(text.startswith("Later, Osei arrived in the Vestan capital") for text in drafted)  # a warm welcome


def test_a_welcome_with_no_place_of_arrival_and_a_bare_agenda_stay_out() -> None:
    drafted = _drafted(_PAGE)
    assert not any("at the venue" in text for text in drafted)
    assert not any(text.startswith("The two leaders discussed") for text in drafted)
    assert not check_worthy("The president was given a guard of honour upon arrival.")
