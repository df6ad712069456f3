"""A paper's masthead line, its volume last, is furniture, never the headline (issuelines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.text import furniture_kind
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize("line", ["Harbourtown, Ostland • Mar 2, 2021 • VOL IV", "The Weekly Harbour | Friday, May 9 | Vol. 12 No. 34"])
def test_a_masthead_with_its_volume_is_furniture(line: str) -> None:
    assert furniture_kind(line) == "volume line"


@pytest.mark.parametrize("line", ["Sales • vol 3 of the report was published", "The second volume of the treaty text"])
def test_a_sentence_naming_a_volume_stays_text(line: str) -> None:
    assert furniture_kind(line) is None


def test_the_masthead_is_not_the_headline(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "Harbourtown, Ostland • Mar 2, 2021 • VOL IV\n\nFisheries Minister's Tour of the Northern Isles\n\n"
        "The fisheries minister has returned from a four-day tour of the northern isles, where she signed two agreements "
        "on fishing quotas with the island councils.\n"
    )
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["title"] == "Fisheries Minister's Tour of the Northern Isles"
    assert fields["published"] == ""
