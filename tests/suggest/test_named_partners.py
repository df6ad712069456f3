"""A named speaker calling a named country a partner of a kind is drafted; praise of the ties in general is not.

Sentences of half A's labelled pages (Asian Lite, Izvestia, The Tribune, the Jakarta Globe) and invented ones.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.named_partners import partner_named
from briefgen.suggest.worth import check_worthy

NAMED = [
    "Xi noted that the UAE is an important comprehensive strategic partner of China.",
    "Tokayev, in turn, emphasized that Astana was and remains a reliable strategic partner and ally of Moscow.",
    "Modi also called Tanzania an important partner in the Indo-Pacific.",
    "Retired army general Prabowo also called Turkiye a “partner in the defense sector”.",
]

NOT_NAMED = [
    "The two countries are good partners.",
    "Norland is an important partner of Vestria.",
    "President Sheikh Mohamed described relations with Russia as “historic.”",
    "He said they are partners.",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_named_speaker_naming_a_partner_is_drafted(text: str) -> None:
    assert partner_named(text)
    assert check_worthy(text)


@pytest.mark.parametrize("text", NOT_NAMED)
def test_praise_of_the_ties_or_no_speaker_is_not(text: str) -> None:
    assert not partner_named(text)
