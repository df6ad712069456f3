"""Round 12's asides: attribution alone, an event's theme, a line in another language.

Invented sentences (people, places and bodies), so that each rule is tested as a class.
"""

from __future__ import annotations

from briefgen.suggest.asides import is_attribution_alone, is_event_theme, is_not_english
from briefgen.suggest.worth import check_worthy


def test_who_made_an_announcement_is_attribution_alone() -> None:
    sentence = "The announcement was made through Norland Prime Minister Lena Osei's office."
    assert is_attribution_alone(sentence)
    assert not check_worthy(sentence)


def test_the_theme_of_a_gathering_is_background() -> None:
    sentence = "The theme of this year's Baltic Forum meeting is “Openness and Balance”."
    assert is_event_theme(sentence)
    assert not check_worthy(sentence)


def test_a_line_in_another_language_is_not_drafted() -> None:
    sentence = "Le Premier ministre, Lena Osei, et le Président Lindqvist ont coprésidé aujourd'hui à Vantaa les travaux du forum."
    assert is_not_english(sentence)
    assert not check_worthy(sentence)


def test_a_short_line_of_names_is_not_taken_for_another_language() -> None:
    assert not is_not_english("Lena Osei, Karl Lindqvist, Vantaa, Sudmark")
    assert not is_not_english("Premier Osei met President Lindqvist in Vantaa on Friday and signed a gas treaty.")
