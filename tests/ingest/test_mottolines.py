"""A site's motto under its name is no headline: the title is the line below it (made-up pages).

The shape is round 104's fresh sample's (a small Zimbabwean site: its name, then "an Afrocentric Voice", then the
title and a reading time); the names and the story below are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.mottolines import is_motto
from tests.ingest.dry_run import dry_add

_TITLE = "Freedonia, Sylvania Open a New Chapter at Their First Joint Commission"
_LEDE = "The presidents of Freedonia and Sylvania opened the first session of their joint commission in Port Ellis on Friday."
_SECOND = "Officials of the two governments are to sign four agreements on trade and the shared river basin during the session."
_REST = "\n\n".join(
    [
        "It was a day of both symbols and substance, the kind of meeting that carries a long shared history.",
        "In his remarks, the host spoke of the two nations as neighbours bound by families and trade.",
        "The commission replaces the older joint committee with a body that meets at the highest level.",
    ]
)


def test_the_title_below_the_motto_is_the_headline(mini_project: Path, tmp_path: Path) -> None:
    text = f"an Independent Voice\n\n{_TITLE}\n\n4 min read\n\n{_LEDE}\n\n{_SECOND}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://ellisvalleymedia.co.za/?p=1882")
    assert fields["title"] == _TITLE
    assert "an Independent Voice" not in fields["body"]
    assert fields["body"].startswith(_LEDE)


def test_under_the_site_s_name(mini_project: Path, tmp_path: Path) -> None:
    text = f"Zim Valley Media\n\nan Independent Voice\n\n{_TITLE}\n\n4 min read\n\n{_LEDE}\n\n{_SECOND}\n\n{_REST}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://zimvalleymedia.co.zw/?p=1882")
    assert fields["title"] == _TITLE
    assert fields["outlet"] == "Zim Valley Media"


def test_a_headline_without_a_motto_stays(mini_project: Path, tmp_path: Path) -> None:
    text = f"{_TITLE}\n\n4 min read\n\n{_LEDE}\n\n{_SECOND}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://ellisvalleymedia.co.za/?p=1882")
    assert fields["title"] == _TITLE


@pytest.mark.parametrize("line", ["an Independent Voice", "the voice of the valley", "your window on Freedonia"])
def test_a_motto(line: str) -> None:
    assert is_motto(line)


@pytest.mark.parametrize(
    "line",
    [
        "An Independent Voice for Port Ellis",
        "Freedonia and Sylvania sign four agreements",
        "the",
        "an ally in the valley says talks will resume in June.",
    ],
)
def test_no_motto(line: str) -> None:
    assert not is_motto(line)
