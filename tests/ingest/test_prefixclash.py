"""A capture prefix that the dateline contradicts dates nothing; one the dateline agrees with, a day or so later, is
kept.  The pages are the ledes of articles of development sets (intake_final70, intake_final68)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add


def test_a_new_years_day_prefix_over_a_july_dateline_dates_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = (
        " date 2025-01-01 Ulaanbaatar, Jul 07 (News On Japan) - The Emperor and Empress have arrived in Mongolia for "
        "their first official visit to the country as Japan’s imperial couple.\n\n"
        "They landed at Chinggis Khaan International Airport, located outside the capital Ulaanbaatar, at around 4 p.m. "
        "Japan time on July 6th.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://newsonjapan.com/article/146302.php")
    assert fields["published"] == ""
    assert fields["place"] == "Ulaanbaatar"


def test_a_prefix_the_day_after_the_dateline_is_kept(mini_project: Path, tmp_path: Path) -> None:
    text = (
        " date 2023-01-04 Philippines' Marcos heads to Beijing, talks with Xi to include South China Sea\n\n"
        "MANILA, Jan 3:  Philippine President Ferdinand Marcos Jr will fly to Beijing on Tuesday for a three-day visit, during "
        "which he is expected to discuss, among other things, Beijing's activities in the disputed South China Sea.\n\n"
        "Last week, a Philippine foreign ministry official said talks with Xi would include China's actions in the South "
        "China Sea.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://www.observerbd.com/news.php?id=400549")
    assert fields["published"] == "2023-01-04"


def test_the_notes_say_why_the_prefix_is_not_taken(mini_project: Path, tmp_path: Path) -> None:
    text = (
        " date 2025-01-01 Ulaanbaatar, Jul 07 (News On Japan) - The Emperor and Empress have arrived in Mongolia for "
        "their first official visit to the country as Japan’s imperial couple.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://newsonjapan.com/article/146302.php")
    assert 'the "date 2025-01-01" prefix is not taken' in fields["notes"]
