"""``briefgen sources add`` end to end, through the real CLI.

The central check: every raw seed in ../shared/seeds, archived into a copy of
the project whose own archived source was removed, gives back that source's
body character for character, with the same dates and the metadata the text
states.  Then the editor-facing behaviour: several articles on one page,
duplicates, missing dates, saved HTML pages, and clear errors.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from briefgen.loading.frontmatter import split_front_matter
from tests.conftest import FIXTURES, REPO, SEEDS, run_cli

HTML = FIXTURES / "ingest"
SEED_000 = "000_73d910f658f84be2.txt"

# (seed file, --part, the archived source it must reproduce, whether the id is outlet-date)
SEED_SOURCES = [
    (SEED_000, 1, "lukashenko-islamabad-visit-2024-11-26", False),
    (SEED_000, 2, "itcn-asia-2026-stza-pavilion", False),
    ("001_1c29400f0bab3aa4.txt", None, "business-recorder-2024-11-16", True),
    ("002_e0b6db91901d9bc8.txt", None, "tractor-joint-ventures-2025-01-31", False),
    ("003_213dc634985853cb.txt", None, "urdupoint-2025-04-10", True),
    ("004_03bae5bc88fb3912.txt", None, "tdi-2024-06-12", True),
]
METADATA = ("title", "outlet", "published", "author", "url", "place")


UNDATED_SEEDS = {"itcn-asia-2026-stza-pavilion"}  # the seed states no publication date: archived only with --undated


def _undated(source_id: str) -> list[str]:
    return ["--undated"] if source_id in UNDATED_SEEDS else []


def _read_source(path: Path) -> tuple[dict[str, str], str]:
    parsed = split_front_matter(path.read_text(encoding="utf-8"), path.name)
    assert isinstance(parsed.meta.data, dict)
    return {k: v for k, v in parsed.meta.data.items() if isinstance(v, str)}, parsed.body


def _written(stdout: str) -> list[str]:
    return re.findall(r"^wrote (facts/sources/\S+\.md)", stdout, flags=re.MULTILINE)


@pytest.mark.parametrize(("seed", "part", "source_id", "outlet_id"), SEED_SOURCES, ids=[s[2] for s in SEED_SOURCES])
def test_seed_gives_the_archived_source_back(repo_copy: Path, seed: str, part: int | None, source_id: str, outlet_id: bool) -> None:
    (repo_copy / "facts" / "sources" / f"{source_id}.md").unlink()
    args = ["sources", "add", str(SEEDS / seed)] + (["--part", str(part)] if part else []) + _undated(source_id)
    result = run_cli(*args, cwd=repo_copy)
    assert result.code == 0, result.stderr
    [written] = _written(result.stdout)
    new_meta, new_body = _read_source(repo_copy / written)
    old_meta, old_body = _read_source(REPO / "facts" / "sources" / f"{source_id}.md")
    assert new_body == old_body
    assert {k: new_meta[k] for k in METADATA} == {k: old_meta[k] for k in METADATA}
    if outlet_id:
        assert written == f"facts/sources/{source_id}.md"
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", new_meta["id"])
    assert new_meta["notes"]


def test_all_seeds_rearchived_keep_every_quote(repo_copy: Path) -> None:
    """Re-archive all six sources under their ids: the corpus checks clean, so every curated quote is still found."""
    for path in (repo_copy / "facts" / "sources").glob("*.md"):
        path.unlink()
    for seed, part, source_id, _ in SEED_SOURCES:
        args = ["sources", "add", str(SEEDS / seed), "--id", source_id] + (["--part", str(part)] if part else []) + _undated(source_id)
        result = run_cli(*args, cwd=repo_copy)
        assert result.code == 0, result.stderr
    check = run_cli("check", "--corpus-only", cwd=repo_copy)
    assert check.code == 0, check.stderr
    assert "6 sources" in check.stdout


def test_page_with_two_articles_lists_them_and_asks(repo_copy: Path) -> None:
    before = sorted(p.name for p in (repo_copy / "facts" / "sources").iterdir())
    result = run_cli("sources", "add", str(SEEDS / SEED_000), cwd=repo_copy)
    assert result.code == 2
    assert "the page holds 2 articles; keep one with --part N, all with --all-parts, or the page whole with --one-article" in result.stderr
    assert 'part 1: "Belarus, Pakistan sign 15 agreements during Lukashenko’s visit to Islamabad"' in result.stderr
    assert 'part 2: "Pakistan to showcase BYD, Samsung, Google assembly push at ITCN Asia expo"' in result.stderr
    assert sorted(p.name for p in (repo_copy / "facts" / "sources").iterdir()) == before


def test_all_parts_archives_both_and_cross_references(repo_copy: Path) -> None:
    for name in ("lukashenko-islamabad-visit-2024-11-26", "itcn-asia-2026-stza-pavilion"):
        (repo_copy / "facts" / "sources" / f"{name}.md").unlink()
    result = run_cli("sources", "add", str(SEEDS / SEED_000), "--all-parts", "--undated", cwd=repo_copy)
    assert result.code == 0, result.stderr
    first, second = _written(result.stdout)
    first_meta, _ = _read_source(repo_copy / first)
    second_meta, _ = _read_source(repo_copy / second)
    assert second_meta["id"] in first_meta["notes"] and first_meta["id"] in second_meta["notes"]
    assert "warning: no publication date found" in result.stderr
    assert second_meta["published"] == ""
    assert 'the only date shown is the relative "Updated 6 sec ago"' in second_meta["notes"]


# A real page of one report that reads as two: a caption printed twice under the standfirst looks like a second headline.
ONE_REPORT = FIXTURES / "intake_final81" / "articles" / "dynamitenews-india-uzbekistan-stand-together-against-terrorism-pm-modi.txt"


def test_one_article_keeps_a_page_read_as_two_whole(repo_copy: Path) -> None:
    before = sorted(p.name for p in (repo_copy / "facts" / "sources").iterdir())
    refused = run_cli("sources", "add", str(ONE_REPORT), "--undated", cwd=repo_copy)
    assert refused.code == 2
    assert 'part 2: "Prime Minister Narendra Modi" (7 paragraphs)' in refused.stderr
    assert sorted(p.name for p in (repo_copy / "facts" / "sources").iterdir()) == before

    result = run_cli("sources", "add", str(ONE_REPORT), "--one-article", "--undated", cwd=repo_copy)
    assert result.code == 0, result.stderr
    [written] = _written(result.stdout)
    meta, body = _read_source(repo_copy / written)
    assert meta["title"] == "India, Uzbekistan stand together against terrorism: PM Modi at opening of virtual summit"
    # the standfirst above the doubled caption and the story below it, in one body
    standfirst = body.index("In order to restore peace in Afghanistan, the negotiations with the Taliban must be Afghan-led")
    assert standfirst < body.index("New Delhi: In order to restore peace in Afghanistan")
    assert "we are meeting each other virtually," in body


def test_one_article_and_part_cannot_be_given_together(repo_copy: Path) -> None:
    result = run_cli("sources", "add", str(ONE_REPORT), "--one-article", "--part", "1", cwd=repo_copy)
    assert result.code == 2
    assert "not allowed with argument" in result.stderr


def test_part_out_of_range_is_a_usage_error(repo_copy: Path) -> None:
    result = run_cli("sources", "add", str(SEEDS / SEED_000), "--part", "3", cwd=repo_copy)
    assert result.code == 2
    assert "--part 3: the page holds 2 articles" in result.stderr


def test_same_article_twice_is_refused(repo_copy: Path) -> None:
    result = run_cli("sources", "add", str(SEEDS / "001_1c29400f0bab3aa4.txt"), "--id", "another-id", cwd=repo_copy)
    assert result.code == 1
    assert (
        "facts/sources/business-recorder-2024-11-16.md: this article is already archived as 'business-recorder-2024-11-16' (same text)"
        in result.stderr
    )
    assert not (repo_copy / "facts" / "sources" / "another-id.md").exists()


def test_existing_id_is_refused(repo_copy: Path) -> None:
    (repo_copy / "facts" / "sources" / "business-recorder-2024-11-16.md").unlink()
    result = run_cli("sources", "add", str(SEEDS / "001_1c29400f0bab3aa4.txt"), "--id", "tdi-2024-06-12", cwd=repo_copy)
    assert result.code == 1
    assert "facts/sources/tdi-2024-06-12.md: a source with id 'tdi-2024-06-12' already exists (a different article)" in result.stderr


def test_options_fill_what_the_text_does_not_state(repo_copy: Path) -> None:
    (repo_copy / "facts" / "sources" / "itcn-asia-2026-stza-pavilion.md").unlink()
    result = run_cli(
        "sources",
        "add",
        str(SEEDS / SEED_000),
        "--part",
        "2",
        "--published",
        "2026-01-15",
        "--outlet",
        "Arab News",
        "--url",
        "https://www.example.com/itcn",
        cwd=repo_copy,
    )
    assert result.code == 0, result.stderr
    assert "warning" not in result.stderr
    [written] = _written(result.stdout)
    assert written == "facts/sources/arab-news-2026-01-15.md"
    meta, _ = _read_source(repo_copy / written)
    assert (meta["published"], meta["outlet"], meta["url"]) == ("2026-01-15", "Arab News", "https://www.example.com/itcn")
    assert "The publication date was given by the editor." in meta["notes"]


def test_an_address_with_an_apostrophe_is_a_web_address(repo_copy: Path) -> None:
    """Real addresses carry apostrophes ("…/one-of-india's-most-important-…"): archived as given, and checked as valid."""
    (repo_copy / "facts" / "sources" / "itcn-asia-2026-stza-pavilion.md").unlink()
    address = "https://www.example.com/posts/pakistan's-pavilion-at-itcn"
    args = ["--part", "2", "--published", "2026-01-15", "--outlet", "Arab News", "--url", address]
    result = run_cli("sources", "add", str(SEEDS / SEED_000), *args, cwd=repo_copy)
    assert result.code == 0, result.stderr
    [written] = _written(result.stdout)
    meta, _ = _read_source(repo_copy / written)
    assert meta["url"] == address
    check = run_cli("check", "--corpus-only", cwd=repo_copy)  # the facts of the removed page fail; the new page must not
    assert written not in check.stdout + check.stderr


def test_dry_run_prints_and_writes_nothing(repo_copy: Path) -> None:
    (repo_copy / "facts" / "sources" / "tdi-2024-06-12.md").unlink()
    result = run_cli("sources", "add", str(SEEDS / "004_03bae5bc88fb3912.txt"), "--dry-run", cwd=repo_copy)
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("---\nid: tdi-2024-06-12\n")
    assert "dry run: would write facts/sources/tdi-2024-06-12.md" in result.stderr
    assert not (repo_copy / "facts" / "sources" / "tdi-2024-06-12.md").exists()


def test_saved_html_page(repo_copy: Path) -> None:
    result = run_cli("sources", "add", str(HTML / "ledger-textile-delegation.html"), cwd=repo_copy)
    assert result.code == 0, result.stderr
    [written] = _written(result.stdout)
    assert written == "facts/sources/lahore-ledger-2025-03-04.md"
    meta, body = _read_source(repo_copy / written)
    assert {k: meta[k] for k in METADATA} == {
        "title": "Belarusian delegation to tour Faisalabad textile mills",
        "outlet": "The Lahore Ledger",
        "published": "2025-03-04",
        "author": "Sana Qureshi",
        "url": "https://ledger.example.org/business/2025/03/04/belarus-textile-delegation",
        "place": "Lahore",
    }
    paragraphs = body.rstrip("\n").split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("LAHORE: A twelve-member Belarusian trade delegation will visit textile mills")
    assert paragraphs[-1] == (
        "The visit follows a meeting of the two countries’ joint working group in Minsk in January, "
        "where both sides agreed to set up a business council."
    )
    for furniture in ("Open Menu", "Share", "Tweet", "Also Read", "Ledger photo", "All rights reserved", "Sport"):
        assert furniture not in body
    assert "trafilatura" in meta["notes"]


def test_saved_html_page_without_metadata_takes_only_what_its_text_states(repo_copy: Path) -> None:
    result = run_cli("sources", "add", str(HTML / "plain-news-page.html"), cwd=repo_copy)
    assert result.code == 0, result.stderr
    [written] = _written(result.stdout)
    meta, body = _read_source(repo_copy / written)
    assert {k: meta[k] for k in METADATA} == {
        "title": "Minsk trade office opens in Faisalabad",
        "outlet": "",
        "published": "2025-03-03",
        "author": "Omar Farooq",
        "url": "",
        "place": "Faisalabad",
    }
    assert "Also Read" not in body and "Published" not in body and not body.startswith("Minsk trade office")
    assert 'the link line "Also Read: Knitwear exporters seek new markets in Eastern Europe"' in meta["notes"]
    assert "The text names no outlet, so outlet is empty." in meta["notes"]


def test_archived_html_then_suggest_and_check(repo_copy: Path) -> None:
    assert run_cli("sources", "add", str(HTML / "ledger-textile-delegation.html"), cwd=repo_copy).code == 0
    result = run_cli("suggest", "lahore-ledger-2025-03-04", cwd=repo_copy)
    assert result.code == 0, result.stderr
    check = run_cli("check", "--corpus-only", cwd=repo_copy)
    assert check.code == 0, check.stderr
    assert "7 sources" in check.stdout and "(not citable)" in check.stdout


@pytest.mark.parametrize(
    ("setup", "args", "code", "message"),
    [
        ("none", ["missing.txt"], 2, "briefgen: error: no such file: missing.txt"),
        ("dir", ["folder"], 2, "briefgen: error: folder is a folder; give the article's file"),
        ("latin1", ["latin1.txt"], 1, "latin1.txt:2: not valid UTF-8 (byte 0xe9)"),
        ("big", ["big.txt"], 1, "big.txt: file is 8,388,609 bytes, over the 8,388,608-byte limit for one article"),
        ("empty", ["empty.txt"], 1, "empty.txt: no article text found (only page furniture)"),
        ("none", ["ftp://example.com/a.txt"], 2, "briefgen: error: only http:// and https:// addresses can be fetched, not ftp:"),
        ("seed", ["seed.txt", "--id", "Bad_Id"], 2, "briefgen: error: --id 'Bad_Id' is not a valid id"),
        ("seed", ["seed.txt", "--published", "2025-02-30"], 2, "briefgen: error: --published: '2025-02-30': February 2025 has no day 30"),
        ("seed", ["seed.txt", "--url", "javascript:alert(1)"], 2, "briefgen: error: --url 'javascript:alert(1)' is not a web address"),
    ],
)
def test_clear_errors(repo_copy: Path, setup: str, args: list[str], code: int, message: str) -> None:
    if setup == "dir":
        (repo_copy / "folder").mkdir()
    elif setup == "latin1":
        (repo_copy / "latin1.txt").write_bytes(b"ISLAMABAD: first line\nPakistan's caf\xe9 trade grew.\n")
    elif setup == "big":
        (repo_copy / "big.txt").write_bytes(b"a" * (8 * 1024 * 1024 + 1))
    elif setup == "empty":
        (repo_copy / "empty.txt").write_text("Follow\nShort Url\n1 / 2\n", encoding="utf-8")
    elif setup == "seed":
        shutil.copyfile(SEEDS / "004_03bae5bc88fb3912.txt", repo_copy / "seed.txt")
    result = run_cli("sources", "add", *args, cwd=repo_copy)
    assert result.code == code, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
