"""Homage paid at a named memorial or to a named person is drafted; a wreath at an unnamed monument is not.

Sentences from half A's sets (`intake_final22`, `intake_final26`, `intake_final28`, `intake_final54`), on one page.
"""

from __future__ import annotations

import functools

from briefgen.suggest.homages import homage_at_named_place, stop_at_named_place
from briefgen.suggest.worth import check_worthy
from tests.suggest.drafting import spans_drafted

_drafted = functools.partial(spans_drafted, ref_year=2023)


_PAGE = (
    "Later, he paid tribute to Mahatma Gandhi at Rajghat.\n\n"
    "The Iranian president laid a wreath at the Kremlin Wall’s Unknown Soldier’s Tomb before engaging in talks.\n\n"
    "Earlier in the day, Modi paid tribute at the “Tomb of the Unknown Soldier” in Athens.\n\n"
    "He laid a wreath at the monument and inspected a ceremonial guard of honour."
)


def test_homage_at_a_named_memorial_is_drafted() -> None:
    drafted = _drafted(_PAGE)
    assert "Later, he paid tribute to Mahatma Gandhi at Rajghat" in drafted  # no act found in "paid tribute" before
    assert any(text.startswith("The Iranian president laid a wreath at the Kremlin Wall") for text in drafted)  # a wreath
    assert any(text.startswith("Earlier in the day, Modi paid tribute at the “Tomb") for text in drafted)
    assert homage_at_named_place("Macron also paid respects at a war memorial in Hanoi honoring those who fought against it.")


def test_a_wreath_at_an_unnamed_monument_stays_ceremony() -> None:
    assert not any("at the monument and inspected" in text for text in _drafted(_PAGE))
    assert not homage_at_named_place("He laid a wreath at the monument and inspected a ceremonial guard of honour.")


def test_an_arrival_at_a_named_place_is_a_stop_too() -> None:
    assert stop_at_named_place("President Bola Tinubu arrived in Beijing, China, on Sunday for a state visit.")
    assert not stop_at_named_place("On his arrival at the venue, the prime minister was warmly received.")


def test_flowers_laid_in_tribute_to_a_named_leader_are_homage() -> None:
    sentence = "On this occasion, he also laid flowers in tribute to late President Varga at his mausoleum in Korvik."
    assert homage_at_named_place(sentence)
    assert check_worthy(sentence)
    assert not homage_at_named_place("He laid flowers at the monument and inspected a ceremonial guard of honour.")
