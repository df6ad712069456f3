"""Captions dated with the day and year of their picture, in a picture's present tense: not drafted.

Invented sentences (people, places and bodies), so that the rule is tested as a class.
"""

from __future__ import annotations

import functools

from tests.suggest.drafting import spans_drafted

REPORT = "Norland and Vantaa signed a port agreement in Vantaa City on Tuesday, officials said."


_drafted = functools.partial(spans_drafted, ref_year=2024)


def test_a_dated_caption_in_the_present_tense_is_not_drafted() -> None:
    for caption in (
        "President Erik Lindqvist, left, and Prime Minister Lena Osei shake hands before their talks in Vantaa City on March 16, 2024.",
        "Norland President Erik Lindqvist and his wife arrive at Vantaa City airport on March 16th, 2024.",
        "Lena Osei stands next to Erik Lindqvist as they hold a news conference at the palace, Vantaa September 18, 2024.",
        "A view of the Norland-Vantaa summit in Vantaa City on 16 March 2024.",
    ):
        assert _drafted(caption + "\n\n" + REPORT) == ["Norland and Vantaa signed a port agreement in Vantaa City on Tuesday"]


def test_the_same_day_in_a_reports_past_tense_a_plan_or_a_signing_is_drafted() -> None:
    for sentence, words in (
        ("Norland President Erik Lindqvist arrived at Vantaa City airport on March 16, 2024, for a three-day state visit.", "arrived"),
        ("Norland President Erik Lindqvist will arrive at Vantaa City airport for a state visit on March 16, 2024.", "will arrive"),
        ("Erik Lindqvist and Lena Osei shake hands as they sign a port agreement in Vantaa City, Vantaa March 16, 2024.", "port agreement"),
    ):
        assert any(words in text for text in _drafted(sentence + "\n\n" + REPORT)), sentence
