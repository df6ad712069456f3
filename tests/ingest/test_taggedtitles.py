"""A headline behind a tag in capitals and a bar or a spaced dash ("NEPAL | …", "BEIJING – …") is the words after the
tag; a kind's label, a colon's label and a pair of countries stay.  Written on intake_final110's page."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.taggedtitles import without_tag
from tests.ingest.dry_run import dry_add

# intake_final110: "Maldivian president Mohamed Muizzu arrived in China on Monday on a five-day state visit …".
_LEDE = (
    "Maldivian president Mohamed Muizzu arrived in China on Monday on a five-day state visit during which he is due to "
    "hold talks with his Chinese counterpart Xi Jinping and sign several agreements to bolster the bilateral ties."
)
_URL = "https://www.kestreldaily.co.ov/news/world/item-579617"


def test_a_country_or_city_tag_is_taken_off() -> None:
    assert without_tag("MALDIVES | Muizzu in China to sign several pacts") == "Muizzu in China to sign several pacts"
    assert without_tag("BEIJING – Muizzu to sign several pacts") == "Muizzu to sign several pacts"
    assert without_tag("NEW DELHI - Muizzu to sign several pacts") == "Muizzu to sign several pacts"


def test_labels_pairs_and_short_titles_stay() -> None:
    for headline in (
        "EXCLUSIVE – Muizzu to sign several pacts",
        "ANALYSIS | Muizzu to sign several pacts",
        "FOCAC: China and Maldives sign several pacts",
        "UK – US trade deal signed",
        "Muizzu – Xi talks end",
        "BEIJING – Talks end",
        "MALDIVES | CHINA PACTS SIGNED TODAY",
    ):
        assert without_tag(headline) == headline, headline


def test_the_reader_sees_the_title_without_its_tag(mini_project: Path, tmp_path: Path) -> None:
    text = f"MALDIVES | Muizzu in China to sign several pacts\n\n{_LEDE}\n"
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["title"] == "Muizzu in China to sign several pacts"
    assert fields["place"] == ""  # a country's tag files the story; it is no dateline


def test_a_trail_of_section_names_run_into_the_title_is_taken_off(mini_project: Path, tmp_path: Path) -> None:
    assert without_tag("NewsLocalOstland's president visits Westmark on Monday") == "Ostland's president visits Westmark on Monday"
    assert without_tag("NewsWorldBusinessVell to sign harbour pact in Port Avel") == "Vell to sign harbour pact in Port Avel"
    for headline in ("Newsweek reports on the harbour talks", "NewsLocal Vell", "News Local Ostland president visits Westmark"):
        assert without_tag(headline) == headline
    text = (
        "NewsLocalOstland's president Anna Vell visits Westmark on Monday\n\n"
        "Ostland's president Anna Vell is visiting Westmark on Monday in a bid to strengthen ties and address regional issues.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://local.example/news/local/ostlands-president-visits-westmark-on-monday/")
    assert fields["title"] == "Ostland's president Anna Vell visits Westmark on Monday"
