"""A headline printed bare, then behind a note of where it was copied from: the bare copy is the headline
(notedtitles).  The page's shape is a reposting blog's; the words are made up."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.notedtitles import headline_before_note
from briefgen.ingest.text import Part, Removed
from tests.ingest.dry_run import dry_add

_TITLE = "Rask in talks with Westmark counterpart for Vell visit next year"
_LEDE = (
    "Foreign Secretary Anna Rask is in Port Avel to talk to Westmark Foreign Minister Jon Vell on how both ministries "
    "would prepare the proposed visit of President Vell next year."
)


def test_the_bare_copy_above_a_noted_copy_is_the_headline() -> None:
    part = Part(
        headline=f"From the Harbour News Agency (Dec 6): {_TITLE}",
        paragraphs=[_LEDE],
        removed=[Removed("section label", _TITLE), Removed("headline", f"From the Harbour News Agency (Dec 6): {_TITLE}")],
    )
    assert headline_before_note(part).headline == _TITLE


def test_a_short_label_closing_the_headline_is_no_title() -> None:
    part = Part(headline="Ostland: Ports deal near", paragraphs=[_LEDE], removed=[Removed("section label", "Ports deal near")])
    assert headline_before_note(part).headline == "Ostland: Ports deal near"


def test_sources_add_takes_the_bare_title(mini_project: Path, tmp_path: Path) -> None:
    text = f"Tuesday, December 6, 2016\n\n{_TITLE}\n\nFrom the Harbour News Agency (Dec 6): {_TITLE}\n\n{_LEDE}\n\nNo comments:\n"
    fields = dry_add(mini_project, tmp_path, text, "http://harbouranalyst.blogspot.com/2016/12/rask-in-talks.html")
    assert fields["title"] == _TITLE
