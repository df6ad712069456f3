"""A leader's words set as one quotation of several sentences, the speaker named once at its close.

Invented sentences (people, places and bodies), so that the rules are tested as classes.
"""

from __future__ import annotations

import functools

from briefgen.suggest.hollow import is_hope
from tests.suggest.drafting import spans_drafted

STANCE = "I will not stand with Vantaa in this dispute."
THANKS = "I thank President Lena Osei for the warm welcome in Vantaa."


_drafted = functools.partial(spans_drafted, ref_year=2024)


def test_an_earlier_sentence_of_a_quotation_is_drafted_as_its_named_speakers_position() -> None:
    body = f"“{STANCE} Our answer is clear,” President Erik Lindqvist said."
    assert any(text.startswith("I will not stand with Vantaa") for text in _drafted(body))


def test_without_a_named_speaker_at_the_close_the_earlier_sentence_is_not_drafted() -> None:
    for body in (
        f"“{STANCE} Our answer is clear,” he said.",  # a pronoun: the draft could not say who
        f"“{STANCE}\n\nOur answer is clear,” President Erik Lindqvist said.",  # the speaker is named in another paragraph
        f"“{STANCE} Our answer is clear.”",  # no attribution at all
    ):
        assert not any("stand with Vantaa" in text for text in _drafted(body)), body


def test_thanks_in_a_named_speakers_quotation_stay_out() -> None:
    body = f"“{THANKS} Our answer is clear,” President Erik Lindqvist said."
    assert not any("thank" in text for text in _drafted(body))


def test_talks_looked_forward_to_with_someone_named_are_no_mere_hope() -> None:
    assert not is_hope("I look forward to my discussions with President Lena Osei and her ministers on the port.")
    assert not is_hope("He said he was looking forward to meeting with Vantaa’s leadership next week.")
    assert is_hope("I look forward to even closer ties between our two countries.")
    assert is_hope("We look forward to the talks being fruitful and productive.")


def test_a_quotation_closed_with_the_named_speaker_drafts_the_talks_looked_forward_to() -> None:
    body = "“I look forward to my discussions with President Lena Osei on the port. Our ties are old,” President Erik Lindqvist said."
    assert any(text.startswith("I look forward to my discussions with President Lena Osei") for text in _drafted(body))


def test_praise_of_the_ties_in_a_named_speakers_quotation_stays_out() -> None:
    for praise in (
        "I think we (Norland and Vantaa) have very good chemistry.",
        "The greatest strength of Norland-Vantaa relations is trust.",
    ):
        body = f"“{praise} Our answer is clear,” President Erik Lindqvist said."
        assert not any(text.startswith(praise[:20]) for text in _drafted(body)), praise
