"""Talks told only by their common nouns are an agenda, not a claim: reviewed, had or held, or taking in such words.

Sentences of half A's pages (intake_final12, intake_final24, intake_final98, intake_final124, intake_final132) and
invented ones.  What the talks were about, named ("the war in Gaza"), counted or placed, keeps the sentence.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.hollow import agenda_only
from briefgen.suggest.worth import check_worthy


@pytest.mark.parametrize(
    "sentence",
    [
        "They also reviewed the salient issues on the global and regional agenda.",
        "They reviewed and assessed bilateral relations in recent years.",
        "Today we had detailed discussions on the most important topics.",
        "The leaders held in-depth talks, focusing on enhancing bilateral relations and addressing critical international "
        "and regional issues.",
        "Our talks were wide ranging and included ways to further cement bilateral ties between our nations.",
    ],
)
def test_talks_reviewed_held_or_taking_in_only_common_nouns_are_an_agenda(sentence: str) -> None:
    assert agenda_only(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides discussed regional and international developments and exchanged views on issues of shared "
        "concern, emphasising the importance of building bridges of cooperation and effective partnership.",
        "The two discussed cooperation at political and economic levels, emphasising the importance of technology "
        "transfer and capacity building.",
    ],
)
def test_an_emphasis_after_the_agenda_does_not_name_what_was_discussed(sentence: str) -> None:
    assert agenda_only(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "They also reviewed the progress of the Kra Canal project and the rail link to Penang.",
        "The leaders held talks on the war in Gaza and the release of hostages.",
        "The two leaders held talks in restricted and delegation-level formats.",
        "During the meeting, the two leaders reviewed bilateral relations and discussed regional and global issues, "
        "with a focus on peace and countering terrorism.",
        "The palace discussions included water issues, a long-standing focus of the emperor's research and public work.",
        "Their discussions also included the conflict in Ukraine and the expansion of NATO.",
        "They reviewed bilateral trade, which reached $3 billion in 2024.",
    ],
)
def test_talks_naming_counting_or_placing_their_subject_are_drafted(sentence: str) -> None:
    assert not agenda_only(sentence)
