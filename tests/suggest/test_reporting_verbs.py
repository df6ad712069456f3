"""A named speaker's statement reported with a verb other than "said" is drafted as "said" would be.

Invented sentences: Dalen leads Norland, hosting Vestria's president; Osk is Vestria's foreign ministry spokesman.
"""

from __future__ import annotations

import functools

import pytest

from briefgen.suggest.reporting_verbs import reporting_verb
from briefgen.suggest.worth import check_worthy
from tests.suggest.drafting import spans_drafted

VOICED = (
    "On the economic front, Dalen voiced Norland's interest in expanding cooperation with Vestria in shipbuilding "
    "at the Ostria yards, stressing the importance of joint efforts to strengthen supply chains."
)
ADDED = (
    "Vestria would \u201cdeepen practical cooperation and cultural exchange\u201d, Osk added, as well as "
    "\u201cpromote the steady development of Vestria-Norland and Vestria-Ostria relations\u201d."
)


_drafted = functools.partial(spans_drafted, ref_year=2024)


@pytest.mark.parametrize("sentence", [VOICED, ADDED])
def test_a_position_reported_with_another_verb_of_saying_is_drafted(sentence: str) -> None:
    body = f"Dalen received President Maren Lund of Vestria in Nordhavn.\n\n{sentence}"
    assert sentence.rstrip(".") in _drafted(body)  # the whole statement, its closing stop left off


@pytest.mark.parametrize(
    "sentence",
    [
        "Dalen affirmed that Norland is committed to supporting the Ostria Basin water accord.",
        "Dalen expressed support for Vestria in combating piracy in the Ostria Strait.",
    ],
)
def test_the_reporting_verb_is_read_as_a_statement(sentence: str) -> None:
    assert reporting_verb(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # praise of the two sides' ties stays generic, whatever verb reports it
        "Dalen emphasized that Norland and Vestria enjoy excellent relations and close friendship.",
        # a pronoun: the draft would not say who spoke
        "He voiced Norland's interest in expanding cooperation with Vestria and Ostria in shipbuilding.",
        # emphasis, with no statement reported
        "Dalen stressed the importance of strengthening relations with Vestria.",
    ],
)
def test_praise_unnamed_speakers_and_bare_emphasis_stay_out(sentence: str) -> None:
    assert not check_worthy(sentence)
