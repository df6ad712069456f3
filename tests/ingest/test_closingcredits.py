"""A closing credit's date dates a copied report only where the page confirms it: a bracketed credit unless the
dateline or the address says otherwise, a source line's "Published on" only when the dateline names the same day, and a
dateline without a year only with the address's year and month.  The pages are made up."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

_LEDE = "The ministerial meeting concluded on Friday in Port Avel after the two sides adopted a nine-point joint statement."
_MORE = "The delegation is to leave for home later Friday on board its own flight, officials said."


def test_a_bracketed_closing_credit_dates_the_report(mini_project: Path, tmp_path: Path) -> None:
    text = f"{_LEDE}\n\n{_MORE}\n\n(Westmark News Agency December 17, 2005)\n"
    fields = dry_add(mini_project, tmp_path, text, "http://english.example.cn/english/international/152254.htm")
    assert fields["published"] == "2005-12-17"


def test_a_closing_credit_of_another_year_than_the_address_gives_nothing(mini_project: Path, tmp_path: Path) -> None:
    text = f"{_LEDE}\n\n{_MORE}\n\n(Westmark News Agency December 17, 2005)\n"
    fields = dry_add(mini_project, tmp_path, text, "http://repost.example/archive/2019/old-talks.html")
    assert fields["published"] == ""


def test_a_source_lines_date_counts_when_the_dateline_names_its_day(mini_project: Path, tmp_path: Path) -> None:
    text = (
        f"PORT AVEL, May 28 (WNA) – {_LEDE}\n\n{_MORE}\n\n"
        "Original Article Source: Westmark News | Published on Sunday, 28 May 2023 17:14 (about 413 days ago)\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://repost.example/article/50000/wna/talks/9")
    assert fields["published"] == "2023-05-28"


def test_a_source_lines_date_alone_or_against_the_dateline_gives_nothing(mini_project: Path, tmp_path: Path) -> None:
    credit = "Original Article Source: Westmark News | Published on Sunday, 28 May 2023 17:14 (about 413 days ago)"
    for opening in ("", "PORT AVEL, May 27 (WNA) – "):
        text = f"{opening}{_LEDE}\n\n{_MORE}\n\n{credit}\n"
        fields = dry_add(mini_project, tmp_path, text, "https://repost.example/article/50000/wna/talks/9")
        assert fields["published"] == ""


def test_a_yearless_dateline_takes_the_year_of_the_addresss_month(mini_project: Path, tmp_path: Path) -> None:
    text = f"(June 11, Port Avel, Westmark Guardian) {_LEDE}\n\n{_MORE}\n"
    fields = dry_add(mini_project, tmp_path, text, "http://www.guardian.example/2011/06/vell-to-visit.html")
    assert fields["published"] == "2011-06-11"
    fields = dry_add(mini_project, tmp_path, text, "http://www.guardian.example/2011/07/vell-to-visit.html")
    assert fields["published"] == ""
