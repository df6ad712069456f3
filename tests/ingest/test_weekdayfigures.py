"""A weekday with the day in figures in brackets dates an undated page in the order the weekday settles.  The lede is
from a labelled page (an English rendering of a CNBC Indonesia report)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefgen.ingest.dayline import lede_date
from briefgen.ingest.weekdayfigures import weekday_figures
from tests.ingest.dry_run import dry_add

_LEDE = (
    "Jakarta, CNBC Indonesia – President Joko Widodo had a one-on-one meeting with Malaysian Prime Minister Dato Seri "
    "Anwar Ibrahim at the presidential palace in Bogor on Monday (01/09/2023). Several agreements resulted from this "
    "meeting."
)


def test_the_weekday_picks_the_order_of_day_and_month() -> None:
    assert [day for day, _, _ in weekday_figures(_LEDE)] == [dt.date(2023, 1, 9)]  # 1 September 2023 was a Friday
    assert [day for day, _, _ in weekday_figures("on Friday (01/09/2023)")] == [dt.date(2023, 9, 1)]
    assert [day for day, _, _ in weekday_figures("Senin (9/1/2023)")] == []  # no weekday this module reads


def test_a_weekday_that_neither_reading_falls_on_gives_nothing() -> None:
    assert weekday_figures("on Sunday (01/09/2023)") == []


def test_the_lede_dates_the_page_by_it() -> None:
    [found] = lede_date([_LEDE])
    assert found.value == "2023-01-09"
    assert found.evidence == "Monday (01/09/2023)"


def test_a_day_inside_a_quotation_is_the_speakers() -> None:
    assert lede_date(['The minister said: "we met on Monday (01/09/2023) and agreed."']) == []


def test_sources_add_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, f"{_LEDE}\n", "https://news.example/politics/2000566/")
    assert fields["published"] == "2023-01-09"
