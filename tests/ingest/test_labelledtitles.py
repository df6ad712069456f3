"""The headline printed again behind a country's or a section's label ("Ostland: Ostland PM: Port Avel Interested …")
is no dateline: the report's own dateline below it gives the place."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.labelledtitles import repeats_headline
from tests.ingest.dry_run import dry_add

_TITLE = "Ostland PM: Port Avel Interested in Joining Veldra Gas Project"


def test_a_label_before_the_headlines_words_is_the_titles_copy() -> None:
    assert repeats_headline(f"Ostland: {_TITLE}", _TITLE)
    assert not repeats_headline(f"Ostland: {_TITLE} and more", _TITLE)  # more than the title: a line of its own
    assert not repeats_headline("Port Avel: Ostland's prime minister said the project is of interest.", _TITLE)
    assert not repeats_headline(f"The Ostland News Agency Reports: {_TITLE}", _TITLE)  # a label of a few words only


def test_sources_add_reads_the_dateline_below_the_labelled_copy(mini_project: Path, tmp_path: Path) -> None:
    page = (
        f"{_TITLE}\n\nOstland: {_TITLE}\n\nVELGRAD - 25 September 2018: Ostland's Prime Minister said that Veldra is a key "
        "economic and trade partner, citing the increase in trade between the two countries.\n"
    )
    fields = dry_add(mini_project, tmp_path, page, "https://www.kestrel.example/articles/192318/ostland-pm")
    assert fields["place"] == "Velgrad"
