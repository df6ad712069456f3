"""A statement reported with a pronoun for its speaker is drafted when its words name what they are about.

Sentences from the development sets (intake_eval, intake_final40, intake_final64, intake_final78).
"""

from __future__ import annotations

import functools

import pytest

from briefgen.suggest.pronoun_speakers import spoken_by_pronoun
from tests.suggest.drafting import spans_drafted

LEADING = (
    "He said the US intended to “compete vigorously” with China, but added “we’ll manage that competition responsibly, "
    "so it doesn’t veer into conflict or accidental conflict.”"
)
ACCORDING = "According to him, Azerbaijan and Russia act as allies, friends, close partners, and neighbors"
TIES = (
    "He said democratic values were the foundation of ties between Australia and India "
    "and the relationship was underpinned by trust and respect"
)
NOTHING_NAMED = "The discussions were based on mutual trust and confidence, he added"
BODY = (
    "US President Joe Biden and Chinese President Xi Jinping met in Woodside, California, on Wednesday.\n\n"
    f"{LEADING}\n\n"
    f"{ACCORDING}.\n\n"
    f"{TIES}.\n\n"
    f"{NOTHING_NAMED}."
)


_drafted = functools.partial(spans_drafted, ref_year=2023)


def test_a_pronouns_statement_naming_what_it_is_about_is_drafted() -> None:
    drafted = _drafted(BODY)
    assert any(text.startswith("He said the US intended") for text in drafted)
    assert ACCORDING in drafted


def test_praise_of_the_ties_and_words_naming_nothing_stay_out_whoever_says_them() -> None:
    drafted = _drafted(BODY)
    assert not any(text.startswith("He said democratic values") for text in drafted)
    assert not any(text.startswith("The discussions were based") for text in drafted)


@pytest.mark.parametrize(
    ("sentence", "spoken"),
    [
        ("Meanwhile, Russia and India are consistently transitioning to national currencies in mutual payments, he added.", True),
        (f"{TIES}.", False),
        (f"{NOTHING_NAMED}.", False),
        # no pronoun: the named speaker's statement is weighed in .worth
        ("Putin said Russia and India are consistently transitioning to national currencies.", False),
    ],
)
def test_spoken_by_pronoun(sentence: str, spoken: bool) -> None:
    assert spoken_by_pronoun(sentence) is spoken
