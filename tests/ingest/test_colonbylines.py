"""A credit line closing each piece with a colon gives the page's day; a dateline or a speaker's line does not.  The
pages are made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.bylines import byline_date_text, byline_kind
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Westmark Telegraph: 16 February 2021:", "16 February 2021"),
        ("Anna Kef Vell: Westmark Telegraph: 01 November 2022:", "01 November 2022"),
        ("Westmark Telegraph: March 3, 2024:", "March 3, 2024"),
    ],
)
def test_a_colon_credit_line_is_a_dated_byline(line: str, when: str) -> None:
    assert byline_kind(line) == "byline"
    assert byline_date_text(line) == when


@pytest.mark.parametrize(
    "line",
    [
        "Westmark Telegraph: 16 February 2021",  # no colon closing the day
        "Vell: 16 February 2021:",  # a name of one word, as a speaker's
        "New Delhi, 16 February 2021:",  # a dateline's comma
        "Westmark Telegraph: The visit began on 16 February 2021:",
    ],
)
def test_other_lines_give_no_day(line: str) -> None:
    assert byline_date_text(line) is None


def test_sources_add_reads_the_day(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Presidents of Westmark and Eastmark sign communique after meeting in Kestrel\n\n"
        "Westmark Telegraph: 16 February 2021:\n\n"
        "President Anna Vell has today concluded her two-day working visit to Kestrel, where the two leaders signed an "
        "agreement to reopen the land border.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://www.thewestmarktelegraph.com/presidents-sign-communique/")
    assert fields["published"] == "2021-02-16"
    assert fields["title"] == "Presidents of Westmark and Eastmark sign communique after meeting in Kestrel"
