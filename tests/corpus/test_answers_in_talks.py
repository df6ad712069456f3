"""An answer, a correction or a concern put in the talks is a participant speaking at the occasion.

Real sentences of half A (intake_final94: Viktor Orbán at the White House, 7 November 2025; Narendra
Modi's meeting with Xi Jinping in Tianjin, 31 August 2025): "Orban pressed his case that …", "a White
House official clarified that …", "The Indian side flagged the need for …" tell what was said at the
meeting as plainly as "said" does.  A writer's own line of background, without such a verb, still is not.
"""

from __future__ import annotations

from tests.corpus.builders import said_at_occasion


def test_a_case_pressed_and_a_correction_given_at_the_white_house_were_said_there() -> None:
    sides = ("Hungary", "United States")
    pressed = "At the White House, Orban pressed his case that Russian energy was vital for Hungary."
    assert said_at_occasion(pressed, ("Hungary", "Russia"), sides, "2025-11-07")
    clarified = "However, a White House official clarified that the waiver would last only one year."
    assert said_at_occasion(clarified, ("United States", "Hungary"), sides, "2025-11-07")


def test_a_concern_flagged_in_tianjin_was_said_there_and_a_background_line_was_not() -> None:
    sides = ("India", "China")
    flagged = (
        "The Indian side flagged the need for greater transparency and predictability in trade and related policies,"
        " adding that narrowing the trade deficit would change perceptions in the relationship."
    )
    assert said_at_occasion(flagged, ("India",), sides, "2025-08-31")
    assert not said_at_occasion("India's trade deficit with China has widened for a decade.", ("India", "China"), sides, "2025-08-31")
