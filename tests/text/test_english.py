"""The shared reading of English news text: whether a place stands inside a quotation."""

from __future__ import annotations

import pytest

from briefgen.text.english import inside_quotation

LEDE = 'Erdogan said: "We met on Monday in Ankara," and the talks went on on Tuesday.'


@pytest.mark.parametrize(
    ("text", "word", "quoted"),
    [
        (LEDE, "Monday", True),
        (LEDE, "Tuesday", False),
        ("\u201cWe signed it on Friday,\u201d the minister said on Saturday.", "Friday", True),
        ("\u201cWe signed it on Friday,\u201d the minister said on Saturday.", "Saturday", False),
        ("The minister arrived on Sunday.", "Sunday", False),
    ],
)
def test_a_day_inside_a_quotation_is_the_speakers(text: str, word: str, quoted: bool) -> None:
    assert inside_quotation(text, text.index(word)) is quoted
