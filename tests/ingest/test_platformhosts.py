"""A paper's page on its publishing platform's host belongs to the paper.  Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.sites import lookup_site
from tests.ingest.dry_run import dry_add


def test_a_platform_host_names_the_paper_its_account_spells() -> None:
    table = {"portavelherald.com": "Port Avel Herald", "example.com": "Example"}
    assert lookup_site("https://portavelherald-portavelherald-staging.cdn.arcpublishing.com/world/2025/04/28/x/", table) == (
        "portavelherald.com",
        "Port Avel Herald",
    )
    assert lookup_site("https://westmarkpost-westmarkpost-sandbox.cdn.arcpublishing.com/world/x/", table) is None


def test_sources_add_names_the_paper_on_its_platforms_host(mini_project: Path, tmp_path: Path) -> None:
    text = "Ostland and Westmark ink shipping pact\n\nOstland and Westmark signed a shipping agreement on Monday in Port Avel.\n"
    url = "https://irishtimes-irishtimes-staging.cdn.arcpublishing.com/world/europe/2025/04/28/ostland-and-westmark-ink-shipping-pact"
    fields = dry_add(mini_project, tmp_path, text, url)
    assert fields["outlet"] == "The Irish Times"
