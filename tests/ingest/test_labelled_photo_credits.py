"""A picture's credit alone on its line, its label first ("Photo by: …"), is never the headline a reader sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.sitelabels import site_label_kind
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize("line", ["Photo by: Jan Kowal", "Photo credit: Harbour Agency", "Photos courtesy of the Kestrel Daily"])
def test_a_labelled_credit_is_a_photo_credit(line: str) -> None:
    assert site_label_kind(line) == "photo credit"


@pytest.mark.parametrize("line", ["Leaders pose for photo by the lake", "Photographers barred from the summit hall"])
def test_a_headline_about_pictures_is_not_a_credit(line: str) -> None:
    assert site_label_kind(line) is None


def test_the_credit_over_a_page_without_a_headline_is_not_its_title(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Photo by: Jan Kowal\n\n"
        "The Ostland Prime Minister arrived in Port Avel yesterday morning ahead of two days of regional summits.\n\n"
        "Foreign ministers from Vell will join him today for the summits aimed at increasing cooperation.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://kestrel.example.net/2010/11/ostland-pm-arrives.html")
    assert fields["title"] == ""
