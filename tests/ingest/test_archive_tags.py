"""A caption tagged as an archive picture ("(File)") is no headline; the sentences are from a labelled page."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.header import CAPTION, headline_like
from tests.ingest.dry_run import dry_add

_CAPTION = "PM Modi's visit to Brunei comes 10 years after his first meeting with the Brunei Sultan (File)"
_LEDE = (
    "Prime Minister Narendra Modi is set to visit Brunei next week, the Ministry of External Affairs (MEA) announced "
    "today. PM Modi will be in Brunei on September 3-4 on a bilateral visit."
)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (_CAPTION, True),
        ("PM Modi with the Brunei Sultan in Bandar Seri Begawan (File photo)", True),
        ("A container ship at a port (Representational image)", True),
        ("In a first, PM Modi to go on bilateral visit to Brunei", False),
        ("PM Modi to visit Brunei, files to follow (update)", False),
    ],
)
def test_an_archive_tag_closing_the_line_makes_a_caption(line: str, caption: bool) -> None:
    assert bool(CAPTION.search(line)) is caption
    assert headline_like(line) is not caption


def test_sources_add_takes_no_headline_from_an_archive_caption(mini_project: Path, tmp_path: Path) -> None:
    text = f" date 2024-08-30 {_CAPTION}\n\n{_LEDE}\n"
    fields = dry_add(
        mini_project, tmp_path, text, "https://www.ndtv.com/india-news/in-a-first-pm-modi-to-go-on-bilateral-visit-to-brunei-6454031"
    )
    assert fields.get("title", "") == ""
    assert fields["published"] == "2024-08-30"
    assert "Prime Minister Narendra Modi is set to visit Brunei next week" in fields["body"]
