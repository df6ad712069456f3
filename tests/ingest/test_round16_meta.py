"""Metadata rules of round 16: an advertisement marker alone on its line ("ADVT") is page furniture, never the
article's place.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.bylines import byline_kind
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize("marker", ["ADVT", "Advt.", "ADVERT"])
def test_an_advertisement_marker_is_no_place(mini_project: Path, tmp_path: Path, marker: str) -> None:
    text = (
        "Tuesday, December 16, 2025\n\n"
        f"{marker} \n\n"
        "National\n\n"
        "Vell and Dalen sign a partnership on ports and rail\n\n"
        "Kestrel Desk The Korvik Press, 19 Sep, 2025 10:06 AM\n\n"
        "Vestria and Ostland have signed a partnership to deepen their cooperation on ports and rail.\n\n"
        "The partnership includes a new ferry line between the two capitals, the ministry said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/vell-and-dalen-sign-a-partnership/")
    assert fields["title"] == "Vell and Dalen sign a partnership on ports and rail"
    assert fields["place"] in ("", None)


def test_a_credit_a_comma_and_a_stamp_with_its_time_date_the_page(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Tuesday, December 16, 2025\n\n"
        "Vell and Dalen sign a partnership on ports and rail\n\n"
        "Kestrel Desk The Korvik Press, 19 Sep, 2025 10:06 AM\n\n"
        "Vestria and Ostland have signed a partnership to deepen their cooperation on ports and rail.\n\n"
        "The partnership includes a new ferry line between the two capitals, the ministry said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/vell-and-dalen-sign-a-partnership/")
    assert fields["published"] == "2025-09-19"  # the stamp under the headline, not the site's banner of the crawl day
    assert fields["author"] == "Kestrel Desk The Korvik Press"


def test_a_dateline_alone_on_its_line_is_no_stamp() -> None:
    assert byline_kind("Port Avel, September 19, 2025") is None
