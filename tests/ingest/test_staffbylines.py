"""A staff byline names the outlet when the address's name is the byline's name cut short word by word; otherwise the
address is read as before.  The pages are made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.staffbylines import staff_outlet
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("line", "url", "outlet"),
    [
        ("By the Westmarkian Journal staff", "https://www.westjournal.com/2013/10/07/visit/", "Westmarkian Journal"),
        ("By Westmark Daily Staff", "https://westmarkdaily.com/visit", "Westmark Daily"),
    ],
)
def test_a_staff_byline_the_address_abbreviates_names_the_outlet(line: str, url: str, outlet: str) -> None:
    found = staff_outlet(["Westmark Foreign Minister Visits Eastmark", line], url)
    assert found is not None
    assert found.value == outlet


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("By the Westmarkian Journal staff", "https://www.eastjournal.com/visit"),  # another site's name
        ("By the Westmarkian Journal staff", "https://www.wjournal.com/visit"),  # a piece shorter than three letters
        ("By Anna Vell, staff reporter", "https://www.westjournal.com/visit"),
    ],
)
def test_other_bylines_name_nothing(line: str, url: str) -> None:
    assert staff_outlet([line], url) is None


def test_sources_add_takes_the_bylines_name(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Westmark Foreign Minister Visits Eastmark\n\n"
        "Above: Westmark Foreign Minister Anna Vell (Kestrel Photo/Tom Rask)\n\n"
        "By the Westmarkian Journal staff\n\n"
        "Westmark Foreign Minister Anna Vell began an official visit to Eastmark this weekend for the joint commission.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://www.westjournal.com/2013/10/07/westmark-foreign-minister-visits/")
    assert fields["outlet"] == "Westmarkian Journal"
    assert fields["place"] == ""
