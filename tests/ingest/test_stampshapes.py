"""Date lines near the top in Spanish words, after a publishing system's label, or after a place and its country date a
page that gives no other date.  The pages are made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.dry_run import dry_add

_STORY = (
    "President Anna Vell and Prime Minister Tomas Quist will meet on Monday to discuss trade, customs and the shared"
    " border, the foreign ministry said in a statement.\n\n"
    "The two leaders last met in Port Avel, when they agreed to reopen two crossings.\n"
)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("13 de Febrero de 2024 - 16:16", "2024-02-13"),
        ("Martes, 4 de marzo de 2024", "2024-03-04"),
        ("Publication date 3.3.2024 15.35 | Published in English on 3.3.2024 at 16.20", "2024-03-03"),
        ("Port Avel – Westmark 15/01/2024", "2024-01-15"),
        ("2024 09 18", "2024-09-18"),
    ],
)
def test_a_date_line_in_these_shapes_dates_the_page(mini_project: Path, tmp_path: Path, line: str, day: str) -> None:
    text = f"Westmark and Eastmark to hold talks on the border\n\n{line}\n\n{_STORY}"
    fields = dry_add(mini_project, tmp_path, text, "https://agency.example/news/westmark-eastmark-talks")
    assert fields["published"] == day


@pytest.mark.parametrize(
    "line",
    [
        "Port Avel – Westmark 05/03/2024",  # March or May: the order is not guessed
        "Los líderes se reunirán el 13 de febrero de 2024 en Port Avel",  # a sentence, not a date line
        "13 de Febrero de 2131 - 16:16",  # after the page could have been saved
        "2024 9 18",  # one figure to the month: a year, a count and a number, not a date
        "2024 09 31",  # no such day
        "Tariffs 2024 09 18",  # words besides the figures
    ],
)
def test_other_lines_leave_the_page_undated(mini_project: Path, tmp_path: Path, line: str) -> None:
    text = f"Westmark and Eastmark to hold talks on the border\n\n{line}\n\n{_STORY}"
    fields = dry_add(mini_project, tmp_path, text, "https://agency.example/news/westmark-eastmark-talks")
    assert fields["published"] == ""
