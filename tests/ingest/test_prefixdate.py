"""A month-only capture prefix ("date 2024-01") gives no day: it never dates the page alone, and it is no part of the
title when the page's first line is its title.  Made-up pages in the shape of saved ones."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.prefixdate import prefix_dates, without_month_prefix
from tests.ingest.dry_run import dry_add

_TITLE = "Westmark's prime minister says Eastmark will back the EUR 50 billion facility"
_LEDE = "Prime Minister Jan Doe said that he agreed with Eastmark's prime minister that Eastmark will back the facility."
_SECOND = "He announced this on his channel after the two met in the border city of Avel on Wednesday, the agency reports."


def test_the_title_under_a_month_prefix_is_read_without_it(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, f" date 2024-01 {_TITLE}\n\n{_LEDE}\n\n{_SECOND}\n", None)
    assert fields["title"] == _TITLE
    assert 'Its "date 2024-01" capture prefix is left out of it.' in fields["notes"]
    assert not fields.get("published")  # a month is no publication date


def test_a_title_without_the_prefix_is_kept_whole() -> None:
    assert without_month_prefix(_TITLE) == _TITLE
    assert without_month_prefix("Update 2024-01 talks") == "Update 2024-01 talks"


def test_a_month_prefix_with_a_dateline_of_that_month_gives_the_day() -> None:
    [found] = prefix_dates(None, [f"date 2025-04 Colombo, April 5: {_LEDE}"])
    assert found.value == "2025-04-05"
    assert prefix_dates(None, [f"date 2025-04 {_LEDE}"]) == []
