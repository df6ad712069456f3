"""A named speaker's point reported with a verb of emphasis ("underscored the need for …") is drafted.

Invented text: Dalen leads Norland, hosting Vestria's president Maren Lund in Nordhavn.
"""

from __future__ import annotations

import functools

import pytest

from briefgen.suggest.stressed_points import stressed_point
from tests.suggest.drafting import spans_drafted

POINT = "Speaking at a joint press conference in Nordhavn, Lund stressed the importance of restoring the Ostria ferry line to full service"
BODY = (
    "Dalen received President Maren Lund of Vestria in Nordhavn on Tuesday.\n\n"
    f"{POINT}.\n\n"
    "Lund thanked Dalen for the warm hospitality of his hosts."
)


_drafted = functools.partial(spans_drafted, ref_year=2024)


def test_the_stressed_point_is_drafted_and_the_courtesy_beside_it_is_not() -> None:
    drafted = _drafted(BODY)
    assert POINT in drafted
    assert not any("hospitality" in text for text in drafted)


@pytest.mark.parametrize(
    "sentence",
    [
        # who stressed it is left to the sentence before
        "He stressed the importance of restoring the Ostria ferry line to full service.",
        # the visit as the subject: the writer's judgement, not a speaker's point
        "The visit underscored the need for closer ties between Norland and Vestria.",
        # the ties themselves, whoever stresses them
        "Lund highlighted Vestria's historical ties with Norland.",
        # a clause of what was said is weighed by the reporting verbs, not here
        "Lund stressed that Vestria is a trustworthy friend of Norland.",
        # nothing named in the point
        "Lund emphasized the need for patience.",
    ],
)
def test_unnamed_speakers_judgements_and_praise_of_ties_are_no_stressed_point(sentence: str) -> None:
    assert not stressed_point(sentence)
