"""An order placed, backing secured for a named project, letters of intent submitted: drafted as a signing is."""

from __future__ import annotations

from briefgen.suggest.commitments import tells_a_commitment
from briefgen.suggest.worth import check_worthy


def test_an_order_placed_for_a_named_product_is_drafted() -> None:
    sentence = "To bolster its navy, Norland has placed a substantial order for Kestrel K2 patrol boats from Vesta."
    assert tells_a_commitment(sentence)
    assert check_worthy(sentence)


def test_backing_secured_for_a_named_project_is_drafted() -> None:
    sentence = "Oskaro also secured Vesta’s backing for the Marden Irrigation Scheme, which aims to feed the north."
    assert tells_a_commitment(sentence)
    assert check_worthy(sentence)


def test_letters_of_intent_submitted_are_drafted() -> None:
    sentence = (
        "Several companies from the neighbouring country have submitted letters of intent to take part in building the new capital city."
    )
    assert tells_a_commitment(sentence)
    assert check_worthy(sentence)


def test_hopes_commands_and_unnamed_objects_are_no_commitment() -> None:
    assert not tells_a_commitment("Norland hopes to secure backing for the new rail plan with Vesta.")
    assert not tells_a_commitment("The minister could place an order for Kestrel boats next year.")
    assert not tells_a_commitment("The general ordered the army to leave the border area.")
    assert not tells_a_commitment("The two sides secured support for their cooperation in many fields.")
