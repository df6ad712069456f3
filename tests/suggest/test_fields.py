"""Fields of cooperation: talks held over fields they list are drafted; an agenda of fields ahead is not.

Sentences from half A's sets (`intake_eval`, `intake_final48`, `intake_final76`, `intake_final90`).
"""

from __future__ import annotations

from briefgen.suggest.fields import fields_discussed, is_agenda, one_field_named
from briefgen.suggest.worth import check_worthy

_HELD = [
    "The two leaders discussed cooperation in areas such as defense, security, trade, technology, healthcare, renewable "
    "energy and climate justice.",
    "Their discussions covered diverse areas of bilateral ties, including trade & investment, Science and technology, "
    "Defence and security, and cultural and people-to-people connections.",
]


def test_talks_held_over_the_fields_they_list_are_drafted() -> None:
    for sentence in _HELD:
        assert fields_discussed(sentence)
        assert check_worthy(sentence)


def test_an_agenda_ahead_or_a_forum_summed_up_stays_out() -> None:
    ahead = (
        "It will also provide a crucial opportunity to expand bilateral cooperation in various sectors including trade, "
        "innovation, defence, ports, shipping, science and tech, cultural exchange, and workforce mobility."
    )
    summed_up = (
        "The leaders reviewed the full spectrum of cooperation — from defence and energy to trade, connectivity, and "
        "cultural exchanges — with the shared goal of shaping a deeper, more future-ready partnership."
    )
    focused = (
        "The meeting mainly focused on bilateral economic cooperation in various sectors including commerce and trade, "
        "banking, industries and production, energy, transportation and agriculture and tourism."
    )
    for sentence in (ahead, summed_up, focused):
        assert not fields_discussed(sentence)
        assert not check_worthy(sentence)
    assert not fields_discussed("The talks will be discussed in trade, energy and tourism.")


def test_a_list_of_fields_is_an_agenda_and_one_field_a_topic() -> None:
    assert is_agenda("talks covered areas from energy to agriculture and tourism")
    assert one_field_named("They discussed ways to enhance ties in the energy sector.")
    assert not one_field_named("They discussed the energy sector as well as political, economic and cultural ties.")
