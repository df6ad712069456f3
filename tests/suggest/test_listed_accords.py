"""An accord listed with its parties and no verb is drafted; a heading, a caption or a list's lead-in is not.

Items of half A's labelled pages (Indonesia Sentinel, Newscope), refused before as "no act", and invented ones.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.listed_accords import listed_accord
from briefgen.suggest.worth import check_worthy

LISTED = [
    "- A nutrition partnership between Indonesia’s National Nutrition Agency and Danone to improve national health outcomes;",
    "- A broader Joint Statement between the Presidents of Indonesia and France.",
    "A cultural association between the LAHDC, Leh and the Arkhangai Province of Mongolia.",
]

NOT_LISTED = [
    "Documents signed between the two countries:",
    "President Prabowo and President Macron at the Elysee Palace.",
    "A partnership between the two countries is important for the region.",
    "A new chapter between old friends.",
]


@pytest.mark.parametrize("text", LISTED)
def test_a_listed_accord_with_its_parties_is_drafted(text: str) -> None:
    assert listed_accord(text)
    assert check_worthy(text)


@pytest.mark.parametrize("text", NOT_LISTED)
def test_a_lead_in_a_caption_or_a_sentence_with_a_verb_is_no_listed_accord(text: str) -> None:
    assert not listed_accord(text)
