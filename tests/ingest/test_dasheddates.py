"""A page dated only by the day its address writes in dashes, month or day first.  Every address and page here is
made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.dry_run import dry_add

_TEXT = (
    "Vell and Marr sign a minerals pact\n\n"
    "President Anna Vell and Prime Minister Ivo Marr signed a minerals pact on Monday, hours after officials in "
    "Westmark finished the last of its terms.\n\n"
    "The pact speeds the delivery of ore from Eastmark's mines, the trade ministry said in May.\n"
)


@pytest.mark.parametrize(
    ("url", "published"),
    [
        ("https://news.example/story/kx81/10-22-2025-5/vell-and-marr-sign-a-minerals-pact", "2025-10-22"),
        ("https://news.example/story/vell-and-marr-sign-a-minerals-pact-22-10-2025", "2025-10-22"),
        ("https://news.example/story/05-07-2025/vell-and-marr-sign-a-minerals-pact", "2025-05-07"),  # the text names May
        ("https://news.example/story/03-04-2025/vell-and-marr-sign-a-minerals-pact", ""),  # March 4 or April 3: not guessed
        ("https://news.example/story/10-22-2999/vell-and-marr-sign-a-minerals-pact", ""),  # after the page was saved: an id
    ],
)
def test_dashed_digits_in_the_address_date_the_page(mini_project: Path, tmp_path: Path, url: str, published: str) -> None:
    assert dry_add(mini_project, tmp_path, _TEXT, url)["published"] == published
