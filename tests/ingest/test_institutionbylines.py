"""A byline signing a release with the office that issued it is a byline, not the page's headline.  The pages are
made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.bylines import byline_kind
from briefgen.ingest.institutionbylines import is_institution_byline
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    "line",
    [
        "By Embassy of the Republic of China (Taiwan)",
        "By the Ministry of Foreign Affairs and Trade",
        "By High Commission of Westmark",
        "By Press Office of the President of Westmark",
    ],
)
def test_an_office_signing_a_release_is_a_byline(line: str) -> None:
    assert is_institution_byline(line)
    assert byline_kind(line) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "By Ministry of Finance officials in Accra, the plan was approved",  # a sentence
        "Embassy of Westmark opens in Eastmark",  # a headline: no "By"
        "By Anna Vell",  # a writer: read as before
        "By Ministry order, the border reopens",
    ],
)
def test_other_lines_are_not_read_so(line: str) -> None:
    assert not is_institution_byline(line)


def test_sources_add_takes_no_headline_from_the_office(mini_project: Path, tmp_path: Path) -> None:
    text = (
        " date 2017-11-13 By Embassy of the Republic of Westmark\n\n"
        "(PRESS RELEASE) – President Anna Vell said Nov. 10 that Westmark is committed to deepening exchanges with Eastmark.\n\n"
        "The Eastmarkian prime minister is on a four-day state visit to Westmark.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://www.eastmarktv.org/westmark-and-eastmark-relations/")
    assert fields["title"] == ""
    assert fields["published"] == "2017-11-13"
