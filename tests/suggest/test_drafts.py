"""``briefgen suggest`` through the real CLI: drafts written, loaded as drafts, never citable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO, run_cli

SOURCE_IDS = sorted(p.stem for p in (REPO / "facts" / "sources").glob("*.md"))


@pytest.mark.parametrize("source_id", SOURCE_IDS)
def test_drafts_load_as_drafts_and_check_clean(repo_copy: Path, source_id: str) -> None:
    result = run_cli("suggest", source_id, "--include-known", cwd=repo_copy)
    assert result.code == 0, result.stderr
    assert result.stdout.startswith(f"wrote facts/drafts/{source_id}.yaml: ")
    drafts = yaml.safe_load((repo_copy / "facts" / "drafts" / f"{source_id}.yaml").read_text(encoding="utf-8"))
    assert drafts and all(d["draft"] is True and d["source"] == source_id and d["claim"].startswith("[draft] ") for d in drafts)

    check = run_cli("check", "--corpus-only", "--json", cwd=repo_copy)
    assert check.code == 0, check.stderr
    report = json.loads(check.stdout)
    assert report["summary"]["facts"] == 106  # curated facts are untouched
    assert report["summary"]["drafts"] == len(drafts)
    assert {d["id"] for d in report["drafts"]} == {d["id"] for d in drafts}
    assert not [p for p in report["problems"] if p["severity"] == "error"]


def test_a_brief_cannot_cite_a_draft(repo_copy: Path) -> None:
    assert run_cli("suggest", "urdupoint-2025-04-10", "--include-known", cwd=repo_copy).code == 0
    (repo_copy / "briefs" / "cites-draft.md").write_text(
        "---\ntitle: Cites a draft\n---\nThe minister spoke [@urdupoint-2025-04-10-d01].\n", encoding="utf-8"
    )
    check = run_cli("check", cwd=repo_copy)
    assert check.code == 1
    assert "briefs/cites-draft.md:4: fact 'urdupoint-2025-04-10-d01' is a draft and cannot be cited" in check.stderr


def test_existing_drafts_are_not_overwritten_without_force(repo_copy: Path) -> None:
    assert run_cli("suggest", "tdi-2024-06-12", "--include-known", cwd=repo_copy).code == 0
    path = repo_copy / "facts" / "drafts" / "tdi-2024-06-12.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# an editor's note\n", encoding="utf-8")
    again = run_cli("suggest", "tdi-2024-06-12", cwd=repo_copy)
    assert again.code == 1
    assert "facts/drafts/tdi-2024-06-12.yaml: drafts already exist for this source" in again.stderr
    assert path.read_text(encoding="utf-8").endswith("# an editor's note\n")
    forced = run_cli("suggest", "tdi-2024-06-12", "--force", "--include-known", cwd=repo_copy)
    assert forced.code == 0, forced.stderr
    assert not path.read_text(encoding="utf-8").endswith("# an editor's note\n")
    assert "tdi-2024-06-12-d01" in path.read_text(encoding="utf-8")  # same ids again, not bumped


def test_out_and_dry_run(repo_copy: Path) -> None:
    dry = run_cli("suggest", "tdi-2024-06-12", "--dry-run", cwd=repo_copy)
    assert dry.code == 0 and dry.stdout.startswith("# Draft facts suggested by `briefgen suggest tdi-2024-06-12`")
    assert not (repo_copy / "facts" / "drafts").exists()
    out = run_cli("suggest", "tdi-2024-06-12", "--out", "facts/drafts/tdi-review.yaml", cwd=repo_copy)
    assert out.code == 0, out.stderr
    assert (repo_copy / "facts" / "drafts" / "tdi-review.yaml").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["urdupoint-2025-04-01"],
            "briefgen: error: no archived source 'urdupoint-2025-04-01' in facts/sources/ (hint: did you mean 'urdupoint-2025-04-10'?)",
        ),
        (["tdi-2024-06-12", "--out", "../elsewhere.yaml"], "briefgen: error: output file '../elsewhere.yaml' is outside the project"),
        (["tdi-2024-06-12", "--out", "facts/drafts/tdi.txt"], "briefgen: error: output file 'facts/drafts/tdi.txt' must end in .yaml"),
    ],
)
def test_usage_errors(repo_copy: Path, args: list[str], message: str) -> None:
    result = run_cli("suggest", *args, cwd=repo_copy)
    assert result.code == 2
    assert message in result.stderr


def test_undated_source_warns_and_dates_from_its_own_year(repo_copy: Path) -> None:
    result = run_cli("suggest", "itcn-asia-2026-stza-pavilion", "--include-known", cwd=repo_copy)
    assert result.code == 0, result.stderr
    assert "facts/sources/itcn-asia-2026-stza-pavilion.md: warning: the source states no publication date" in result.stderr
    drafts = yaml.safe_load((repo_copy / "facts" / "drafts" / "itcn-asia-2026-stza-pavilion.yaml").read_text(encoding="utf-8"))
    dates = {" ".join(d["quote"].split()[:4]): d["date"] for d in drafts}
    assert dates["The display will take"] == "2026-01-17"  # "Jan. 17", year from "ITCN Asia 2026"
    assert dates["Under existing policy, technology"] == "2035-06-30"


UNDATED_NO_YEAR = """Pakistan, Azerbaijan agree on investment

ISLAMABAD: Pakistan and Azerbaijan on Thursday signed 15 agreements on energy, trade and transport.

The two sides agreed to raise bilateral investment to $2 billion, the Prime Minister said.
"""


def test_an_undated_source_that_names_no_year_is_drafted_and_dated_once_it_has_a_date(repo_copy: Path) -> None:
    article = repo_copy / "article.txt"
    article.write_text(UNDATED_NO_YEAR, encoding="utf-8")
    added = run_cli("sources", "add", str(article), "--undated", "--id", "aze-undated", cwd=repo_copy)
    assert added.code == 0, added.stderr
    assert "suggest still drafts its facts, and leaves the dates that depend on the publication date unresolved" in added.stderr

    result = run_cli("suggest", "aze-undated", cwd=repo_copy)
    assert result.code == 0, result.stderr
    assert "facts/sources/aze-undated.md: warning: the source states no publication date" in result.stderr
    assert "it names no year either, so every draft's date is a placeholder marked unresolved" in result.stderr
    hint = "(hint: give it its date with briefgen sources edit aze-undated --published YYYY-MM-DD, then run suggest aze-undated --force)"
    assert hint in result.stderr
    text = (repo_copy / "facts" / "drafts" / "aze-undated.yaml").read_text(encoding="utf-8")
    drafts = yaml.safe_load(text)
    assert [d["quote"] for d in drafts] == [
        "Pakistan and Azerbaijan on Thursday signed 15 agreements on energy, trade and transport",
        "The two sides agreed to raise bilateral investment to $2 billion, the Prime Minister said",
    ]
    assert text.count("# unresolved: ") == 2
    assert '# unresolved: "on Thursday" cannot be dated, and the source states no publication date and names no year' in text
    assert "is only the year of drafting" in text
    check = run_cli("check", "--corpus-only", "--json", cwd=repo_copy)
    assert check.code == 0, check.stderr
    assert json.loads(check.stdout)["summary"]["drafts"] == 2

    assert run_cli("sources", "edit", "aze-undated", "--published", "2024-07-12", cwd=repo_copy).code == 0
    again = run_cli("suggest", "aze-undated", "--force", cwd=repo_copy)
    assert again.code == 0, again.stderr
    assert "states no publication date" not in again.stderr
    redrafted = yaml.safe_load((repo_copy / "facts" / "drafts" / "aze-undated.yaml").read_text(encoding="utf-8"))
    assert [d["date"] for d in redrafted] == ["2024-07-11", "2024-07-11"]  # "on Thursday" before Friday 12 July


@pytest.mark.parametrize(
    ("headline", "drafted"),
    [
        ("Azerbaijan to invest $2bn in Pakistan", True),  # the body never states the figure
        ("Pakistan, Azerbaijan sign 15 agreements", False),  # the body says it, with its date and source
        ("Pakistan, Azerbaijan agree on investment", False),  # no figure to check
    ],
)
def test_a_headline_is_drafted_when_it_states_a_figure_the_body_does_not(repo_copy: Path, headline: str, drafted: bool) -> None:
    article = repo_copy / "article.txt"
    body = "ISLAMABAD: Pakistan and Azerbaijan on Thursday signed 15 agreements on energy, trade and transport."
    article.write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    added = run_cli("sources", "add", str(article), "--published", "2024-07-12", "--id", "aze-headline", cwd=repo_copy)
    assert added.code == 0, added.stderr
    result = run_cli("suggest", "aze-headline", cwd=repo_copy)
    assert result.code == 0, result.stderr
    text = (repo_copy / "facts" / "drafts" / "aze-headline.yaml").read_text(encoding="utf-8")
    quotes = [d["quote"] for d in yaml.safe_load(text)]
    assert (headline in quotes) is drafted
    assert ("# quoted from the headline (the body does not repeat it)" in text) is drafted
    assert "Pakistan and Azerbaijan on Thursday signed 15 agreements on energy, trade and transport" in quotes
    check = run_cli("check", "--corpus-only", cwd=repo_copy)
    assert check.code == 0, check.stderr  # a quote from the headline passes the quote check


def test_a_draft_dated_after_its_report_is_a_plan(repo_copy: Path) -> None:
    """ "decided to implement … from February 1, 2023", reported on 26 December 2022, is something due, not an event."""
    article = repo_copy / "article.txt"
    article.write_text(
        "Trade deal takes shape\n\n"
        "ISLAMABAD: The two countries also decided to implement the preferential trade agreement from February 1, 2023.\n",
        encoding="utf-8",
    )
    assert run_cli("sources", "add", str(article), "--id", "pta-2022-12-26", "--published", "2022-12-26", cwd=repo_copy).code == 0
    assert run_cli("suggest", "pta-2022-12-26", cwd=repo_copy).code == 0
    (draft,) = yaml.safe_load((repo_copy / "facts" / "drafts" / "pta-2022-12-26.yaml").read_text(encoding="utf-8"))
    assert (draft["date"], draft["kind"]) == ("2023-02-01", "plan")


def test_two_coordinated_counts_in_one_clause_are_two_drafts_each_with_its_own_quote(repo_copy: Path) -> None:
    """ "the ninth visit … since 2019 and the third in the past six months": neither count is lost as a duplicate."""
    article = repo_copy / "article.txt"
    article.write_text(
        "Minister arrives in Vestria\n\n"
        "KORVIK: This is the foreign minister's ninth visit to Vestria since 2019 and the third in the past six months.\n"
        "Trade between the two grew by nearly 40 percent to reach $2.5 billion last year, officials said.\n",
        encoding="utf-8",
    )
    assert run_cli("sources", "add", str(article), "--id", "vestria-visit", "--published", "2024-03-04", cwd=repo_copy).code == 0
    assert run_cli("suggest", "vestria-visit", cwd=repo_copy).code == 0
    drafts = yaml.safe_load((repo_copy / "facts" / "drafts" / "vestria-visit.yaml").read_text(encoding="utf-8"))
    counted = {d["quote"]: (d["value"]["metric"], d["value"]["amount"], d["value"]["period"]) for d in drafts if "visit" in d["quote"]}
    assert counted == {
        "This is the foreign minister's ninth visit to Vestria since 2019": ("visits-to-vestria", "9", "since 2019"),
        "This is the foreign minister's ninth visit to Vestria since 2019 and the third in the past six months": (
            "visits-to-vestria",
            "3",
            "in the past six months",
        ),
    }
    # A change and the level it reached: each its own draft, the change's quote ending with it, neither lost.
    grew = [(d["quote"], d["value"]["unit"], d["value"]["amount"]) for d in drafts if "grew" in d["quote"]]
    assert grew == [
        ("Trade between the two grew by nearly 40 percent", "percent", "40"),
        ("Trade between the two grew by nearly 40 percent to reach $2.5 billion last year", "USD", "2500000000"),
    ]


UNDATED_WITH_A_STATED_DAY = """Norland premier arrives in Korvik

KORVIK: The Norland premier arrived in Korvik on March 8, 2023 for talks on trade and energy.

The two sides signed five agreements on Tuesday on energy, customs and transport links.

The two leaders last met in November, during a summit in the Vestrian capital.
"""


def test_an_undated_source_reads_its_relative_dates_against_the_day_its_lede_states(repo_copy: Path) -> None:
    """ "on Tuesday" and "in November" in an undated report whose lede states March 8, 2023: the Tuesday and the
    November before it, still marked for the editor to check, not the article's year."""
    article = repo_copy / "article.txt"
    article.write_text(UNDATED_WITH_A_STATED_DAY, encoding="utf-8")
    assert run_cli("sources", "add", str(article), "--undated", "--id", "nor-undated", cwd=repo_copy).code == 0
    assert run_cli("suggest", "nor-undated", cwd=repo_copy).code == 0
    text = (repo_copy / "facts" / "drafts" / "nor-undated.yaml").read_text(encoding="utf-8")
    dates = {" ".join(d["quote"].split()[:3]): d["date"] for d in yaml.safe_load(text)}
    assert dates == {"The Norland premier": "2023-03-08", "The two sides": "2023-03-07", "The two leaders": "2022-11"}
    assert text.count("the day the lede states; unresolved until the source has a publication date") == 2


def test_an_announced_plan_due_on_the_day_of_publication_is_a_plan_dated_by_its_day(repo_copy: Path) -> None:
    """ "On Tuesday, … announced … that the premier will visit between March 8 and 10", printed on the 8th."""
    article = repo_copy / "article.txt"
    article.write_text(
        "Premier to visit Vestria\n\n"
        "KORVIK: On Tuesday, the ministry announced in a statement that the premier will visit Vestria between March 8 and 10.\n",
        encoding="utf-8",
    )
    assert run_cli("sources", "add", str(article), "--id", "nor-plan", "--published", "2023-03-08", cwd=repo_copy).code == 0
    assert run_cli("suggest", "nor-plan", cwd=repo_copy).code == 0
    (draft,) = yaml.safe_load((repo_copy / "facts" / "drafts" / "nor-plan.yaml").read_text(encoding="utf-8"))
    assert (draft["date"], draft["kind"]) == ("2023-03-08", "plan")
