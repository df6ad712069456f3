"""A speech's standfirst ("Speech by … on 11 June 2024") dates a transcript that prints no other date; a report's lede,
or a standfirst without the day, does not.  Made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.dry_run import dry_add

_SPEECH = (
    "Your Majesty,\n\nThank you for the kind remarks and for the warm hospitality extended to me and my delegation. "
    "My wife and I are delighted to be back in Westmark.\n"
)


@pytest.mark.parametrize(
    ("standfirst", "published"),
    [
        (
            "Speech by Prime Minister Anna Vell at the official lunch hosted by His Majesty The Sultan of Westmark in "
            "Port Vell on 11 June 2024. PM Vell was in Westmark as part of her introductory visits.",
            "2024-06-11",
        ),
        ("Remarks by Foreign Minister Ivo Marr at the state banquet in Eastmark on March 4, 2023.", "2023-03-04"),
        ("Speech by Prime Minister Anna Vell at the official lunch in Port Vell.", ""),  # no day
        ("The prime minister gave a speech on 11 June 2024 at the official lunch in Port Vell.", ""),  # a report's lede
    ],
)
def test_a_speechs_standfirst_dates_the_page(mini_project: Path, tmp_path: Path, standfirst: str, published: str) -> None:
    text = f"PM Anna Vell at the Official Lunch Hosted by the Sultan of Westmark\n\n{standfirst}\n\n{_SPEECH}"
    assert dry_add(mini_project, tmp_path, text, "https://pmo.example/Newsroom/PM-at-the-official-lunch")["published"] == published
