"""A line of a site's telephone numbers and e-mail address is furniture, never a headline.

The lines are real: a consultancy's bar over its post (latamfdi.com) and a Tongan ministry's address block (mic.gov.to),
round 91's metadata sample; the page below is made up around the first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.contactlines import is_contact_line
from briefgen.ingest.text import furniture_kind
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    "line",
    [
        "+1 (520) 780-6269 investment@latamfdi.com",
        "Tel: (+676) 23600 Fax: (+676) 23360",
        "+44 20 7946 0958",
        "Call us: 0800 123 4567 | info@example.com",
    ],
)
def test_a_contact_bar_is_furniture(line: str) -> None:
    assert is_contact_line(line)
    assert furniture_kind(line) == "contact line"


@pytest.mark.parametrize(
    "line",
    [
        "kejan.haynes@guardian.co.tt",  # an e-mail address alone: a reporter's (maillines)
        "2019-2020",  # a season, no number to call
        "Tel: 123",  # too few digits
        "The two sides signed 12 agreements worth $1,500,000.",
        "Call the embassy on 0800 123 4567 for details.",
    ],
)
def test_other_lines_are_no_contact_bar(line: str) -> None:
    assert not is_contact_line(line)


def test_the_bar_over_a_post_is_not_its_title(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "+1 (520) 780-6269 investment@latamfdi.com\n\n"
        "Twenty-three cooperative agreements between Uruguay and China have recently been signed\n\n"
        "by | Nov 24, 2023\n\n"
        "Within the framework of the recent Uruguayan official visit to China, 23 cooperation agreements between Uruguay "
        "and China were signed.\n\n"
        "It also agreed to elevate relations to a comprehensive strategic partnership, which allows deepening commercial "
        "exchange.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://latamfdi.com/uruguay-and-china-sign-agreements")
    assert fields["title"] == "Twenty-three cooperative agreements between Uruguay and China have recently been signed"
    assert fields["published"] == "2023-11-24"  # the theme's byline with its bar and no writer's name
