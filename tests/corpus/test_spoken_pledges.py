"""Speech named by its noun, and an agreement reached, are what was said at a visit.

Real sentences of half A: Macron's state visit to Jakarta, 28 May 2025, on pages that give no day
(intake_final88: "made the rare pledge", "issued a joint statement", "had warm words"); Modi's meeting
with Xi Jinping at Tianjin, 31 August 2025 (intake_final94: "an agreement has been reached").  "Reached"
still reads as a level where it tells one ("bilateral trade reached an all-time high", intake_final4).
"""

from __future__ import annotations

from briefgen.corpus.spoken import told_as_background
from tests.corpus.builders import said_at_occasion

JAKARTA = ("Emmanuel Macron", "Prabowo Subianto")  # the parties the pages keep coming back to


def test_a_pledge_made_and_a_joint_statement_issued_in_jakarta_were_said_there() -> None:
    pledge = (
        "Speaking next to his French counterpart, Indonesian President Prabowo Subianto made the rare pledge of"
        " recognising Israel if it allowed for a Palestinian state."
    )
    assert said_at_occasion(pledge, ("Prabowo Subianto", "Israel", "Palestine"), JAKARTA, "2025-05")
    issued = (
        "Macron issued a joint statement with Prabowo that condemned Israeli plans to take control of Gaza and any moves"
        ' to "forcibly remove the Palestinian population from their homeland."'
    )
    assert said_at_occasion(issued, ("Emmanuel Macron", "Prabowo Subianto", "Israel", "Gaza"), JAKARTA, "2025-05")


def test_warm_words_on_arrival_were_said_there_and_a_statement_with_no_speech_was_not() -> None:
    words = (
        "On arrival, Macron had warm words for Indonesian President Prabowo Subianto, describing him as a brother and"
        " “a great friend of mine.”"
    )
    assert said_at_occasion(words, ("Emmanuel Macron", "Prabowo Subianto"), JAKARTA, "2025-05")
    assert not said_at_occasion("Indonesia has no formal ties with Israel.", ("Indonesia", "Israel"), JAKARTA, "2025-05")


def test_an_agreement_reached_is_no_level_and_trade_reached_still_is() -> None:
    agreed = "PM Modi highlighted that an agreement has been reached between Special Representatives regarding border management."
    assert not told_as_background(agreed)
    assert said_at_occasion(agreed, ("Narendra Modi",), ("Narendra Modi", "Xi Jinping"), "2025-08-31")
    assert told_as_background("In 2023, bilateral trade reached an all-time high of 157 billion dollars.")
    assert told_as_background("Our relations have reached an unprecedentedly high level.")
