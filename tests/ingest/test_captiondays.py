"""A photo caption's full date dates an undated page when the lede reports its news on that weekday; a caption alone,
a weekday that does not fit its date, or two captions that disagree give nothing.  Every page here is made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefgen.ingest.captiondays import caption_days
from tests.ingest.dry_run import dry_add

_CAPTION = "President Anna Vell speaks to reporters in Port Avel, Westmark, Sunday, May 26, 2019. (AP Photo/Ann Lee)"


def _page(caption: str, lede: str) -> str:
    return f"Vell Begins A Three-Day Visit To Westmark\n\n{caption}\nView All (3)\n\n{lede}\n\nThe visit was put off last July.\n"


def test_a_caption_gives_the_days_it_writes_after_a_fitting_weekday() -> None:
    assert caption_days(_CAPTION) == [dt.date(2019, 5, 26)]
    assert caption_days("Talks in Port Avel, Monday, May 26, 2019. (AP Photo/Ann Lee)") == []  # 26 May 2019 was a Sunday


def test_a_caption_dates_an_undated_page_whose_lede_names_its_weekday(mini_project: Path, tmp_path: Path) -> None:
    lede = "PORT AVEL (AP) — President Anna Vell on Sunday started a three-day visit to Westmark, her first in six years."
    fields = dry_add(mini_project, tmp_path, _page(_CAPTION, lede), "https://news.example/vell-visit/")
    assert fields["published"] == "2019-05-26"
    assert "photo caption" in fields["notes"]


def test_a_caption_on_another_weekday_than_the_ledes_gives_nothing(mini_project: Path, tmp_path: Path) -> None:
    lede = "PORT AVEL (AP) — President Anna Vell on Tuesday ended a three-day visit to Westmark, her first in six years."
    fields = dry_add(mini_project, tmp_path, _page(_CAPTION, lede), "https://news.example/vell-visit/")
    assert not fields.get("published")


def test_captions_of_two_days_give_nothing(mini_project: Path, tmp_path: Path) -> None:
    other = "President Anna Vell arrives in Port Avel, Westmark, Sunday, June 2, 2019. (AP Photo/Ann Lee)"
    lede = "PORT AVEL (AP) — President Anna Vell on Sunday started a visit to Westmark, her first in six years there."
    fields = dry_add(mini_project, tmp_path, _page(f"{_CAPTION}\n{other}", lede), "https://news.example/vell-visit/")
    assert not fields.get("published")
