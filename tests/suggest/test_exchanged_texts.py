"""Texts exchanged or put out together are drafted; an exchange of views or greetings is not such a text.

Sentences of half A's labelled pages (`intake_final14` to `intake_final138`) and invented ones.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.exchanged_texts import exchanged_text
from briefgen.suggest.worth import check_worthy

EXCHANGED = [
    "There was also an exchange of letters regarding cash assistance, he said.",
    "They also witnessed the exchange of a number of documents on intergovernmental and interdepartmental cooperation "
    "between the two countries.",
    "Considering the significance of peace and stability in the Indian Ocean region, the two released a 'Joint strategic vision.'",
    "The three leaders issued a joint statement urging an immediate ceasefire.",
    "Norland and Vestria exchanged notes on the border crossing.",
]

NOT_EXCHANGED = [
    "The two sides exchanged views on regional and international issues.",
    "They exchanged greetings with the Mongolian foreign minister before proceeding past an honor guard.",
    "The ministry issued a statement on the weather.",
    "The leaders called for an exchange of visits between their peoples.",
]


@pytest.mark.parametrize("text", EXCHANGED)
def test_texts_exchanged_or_released_are_drafted(text: str) -> None:
    assert exchanged_text(text)
    assert check_worthy(text)


@pytest.mark.parametrize("text", NOT_EXCHANGED)
def test_talk_and_greetings_are_no_text(text: str) -> None:
    assert not exchanged_text(text)
