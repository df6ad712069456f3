"""A dateline's credit that is only a word for a wire service ("(Agency)") names no outlet; a real agency's does."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.genericcredits import is_generic_credit, without_generic_credit
from briefgen.ingest.meta import Found
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(("name", "generic"), [("Agency", True), ("Agencies", True), (" wires ", True), ("PTI", False), ("IANS", False)])
def test_a_word_for_a_wire_service_is_no_agency(name: str, generic: bool) -> None:
    assert is_generic_credit(name) is generic


def test_the_dateline_keeps_its_place_and_day() -> None:
    stated = {"place": Found("New Delhi", "New Delhi, June 1 (Agency)", "dateline"), "outlet": Found("Agency", "(Agency)", "dateline")}
    assert without_generic_credit(stated) == {"place": stated["place"]}


def test_sources_add_names_the_site_not_the_word(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Westmark, Eastmark ink seven agreements as leaders hold talks\n\n"
        "New Delhi, June 1 (Agency) Westmark and Eastmark on Thursday inked seven agreements and launched six projects,"
        " including cross-border petroleum pipelines, as the two prime ministers held talks here.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://e2news.example/news/national/westmark-eastmark-ink-seven-agreements")
    assert fields["outlet"] != "Agency"
    assert fields["place"] == "New Delhi"
