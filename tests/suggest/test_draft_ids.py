"""A page whose id is as long as an id may be is drafted: its drafts' ids are cut to fit, never refused."""

from __future__ import annotations

from pathlib import Path

import yaml

from briefgen.project import MAX_ID_CHARS, is_slug
from briefgen.suggest.draft_ids import numbered_id
from tests.conftest import REPO, run_cli

#: A half-A page (intake_final52) whose slug, made from its headline, is 98 characters long.
SPUTNIK = "sputnikglobe-2025-11-19-reactor-vessel-installation-at-el-dabaa-important-milestone-for-egypt-iaea"
ARTICLE = REPO / "tests" / "fixtures" / "intake_final52" / "articles" / f"{SPUTNIK}.txt"


def test_a_short_source_id_is_kept_whole_and_a_long_one_is_cut_to_fit() -> None:
    assert numbered_id("tdi-2024-06-12", 3) == "tdi-2024-06-12-d03"
    long_id = numbered_id(SPUTNIK, 1)
    assert len(long_id) == MAX_ID_CHARS and is_slug(long_id)
    assert long_id == SPUTNIK[:96] + "-d01"
    assert numbered_id("a" * 95 + "-bcd", 12) == "a" * 95 + "-d12"  # no hyphen left doubled at the cut


def test_suggest_drafts_a_page_whose_id_is_98_characters(repo_copy: Path) -> None:
    added = run_cli("sources", "add", str(ARTICLE), "--id", SPUTNIK, "--published", "2025-11-19", "--outlet", "Sputnik", cwd=repo_copy)
    assert added.code == 0, added.stderr
    result = run_cli("suggest", SPUTNIK, cwd=repo_copy)
    assert result.code == 0, result.stderr
    drafts = yaml.safe_load((repo_copy / "facts" / "drafts" / f"{SPUTNIK}.yaml").read_text(encoding="utf-8"))
    assert all(is_slug(d["id"]) and d["source"] == SPUTNIK for d in drafts)
    distance = [d for d in drafts if d["quote"].startswith("El Dabaa nuclear power plant is located about 217 miles")]
    assert len(distance) == 1 and distance[0]["value"]["amount"] == "217"
