"""A newsroom's credit before a colon ("Harbourline Desk: …") is no place: the reader sees no dateline's place.
Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.deskcredits import is_desk_credit
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("place", "credit"),
    [("Harbourline Desk", True), ("Online Bureau", True), ("Port Avel", False), ("Harbour Side", False)],
)
def test_a_place_ending_on_a_newsroom_word_is_a_credit(place: str, credit: bool) -> None:
    assert is_desk_credit(place) is credit


def test_a_desk_credit_before_the_lede_gives_no_place(mini_project: Path, tmp_path: Path) -> None:
    text = (
        " date 2024-03-25 Harbourline Desk: Ostland and Westmark today signed three new memorandums of understanding "
        "and renewed one to enhance cooperation between the two neighbouring countries.\n\n"
        "The signing ceremony was held at the Prime Minister's Office in Port Avel, the ministry said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://harbourline.example/en/ostland-westmark-sign-three-mous/271729/")
    assert fields["place"] == ""
    assert fields["published"] == "2024-03-25"
