"""The outlet a reader sees for a site whose registered name runs letters and figures together ("a24na.com", "l24.lt"),
when nothing in the text names it."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.digitnames import mixed_name
from briefgen.ingest.selfnames import host_words
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://a24na.com/archives/54173", "A24NA"),
        ("https://l24.lt/en/politics/item/145649-bilateral-meeting", "L24"),
        ("https://e2e4.news/2025/08/07/leaders-meet/", "E2E4 News"),
        # the readings of a number standing apart from a word are kept
        ("https://dnn18.com/world/leaders-meet", "DNN18"),
        ("https://kestrel24.com/world/leaders-meet", "Kestrel 24"),
        ("https://14news.com/world/leaders-meet", "14 News"),
    ],
)
def test_a_name_of_letters_and_figures_is_written_as_the_address_writes_it(url: str, outlet: str) -> None:
    found = host_words(url)
    assert found is not None
    assert found.value == outlet


@pytest.mark.parametrize("name", ["kestrel", "x7k2j9ab3cd", "2024"])
def test_only_a_short_run_of_both_letters_and_figures_is_read(name: str) -> None:
    assert mixed_name(name) is None


def test_the_page_is_archived_under_the_sites_code(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Port Avel – Ostland's king receives Vellish PM on his first official visit\n\n"
        "The King of Ostland met the Vellish Prime Minister on Monday at the airport of Port Avel, on a visit to the "
        "kingdom.\n\nThe two held talks on security, trade and energy.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://a24na.com/archives/54173")
    assert fields["outlet"] == "A24NA"


def test_a_word_a_number_and_an_outlets_kind_run_together_split_at_the_kind() -> None:
    from briefgen.ingest.digitnames import numbered_words

    assert numbered_words("westmark24news", frozenset({"news"})) == ["westmark24", "news"]
    assert numbered_words("westmark24", frozenset({"news"})) is None
    assert numbered_words("ab24news", frozenset({"news"})) is None
    assert host_words("https://westmark24news.com/?p=10877").value == "Westmark24 News"  # type: ignore[union-attr]
