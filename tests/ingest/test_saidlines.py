"""A quotation introduced by its verb of saying and its speaker ("Said Alvarez: “…”") is no dateline.  The pages here
are made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.speakerlines import is_speaker_line
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Said Vell: “For our government, it is of the highest priority to reopen the harbour talks with Westmark.", True),
        ('Added the minister: "We will sign the accord before the summer," before leaving for Port Avel.', True),
        ("Stressed Doran: ‘The border stays open.’", True),
        ("Said Vell, the foreign minister, on Monday the talks would reopen.", False),
        ("Port Avel: Ostland and Westmark reopened the harbour talks on Monday.", False),
    ],
)
def test_a_verb_of_saying_opens_a_quotation_not_a_dateline(paragraph: str, speaker: bool) -> None:
    assert is_speaker_line(paragraph) is speaker


def test_a_said_line_gives_no_place(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Ostland & Westmark: Joint Declaration, open channels, plan to reset the border markers\n\n"
        "Staff member\n"
        "Feb 20, 2031\n\n"
        "Foreign Minister Anna Vell announced a joint declaration with her colleague Piet Doran after meetings this week.\n\n"
        "Said Vell: “For our government, it is of the highest priority to establish an agenda with Westmark. This agenda "
        "addresses issues for the development of both nations...\n\n"
        "Continue reading...\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://forum.example/threads/ostland-westmark-joint-declaration.395542/")
    assert fields["place"] == ""
