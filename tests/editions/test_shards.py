"""Sharded builds: ``build --all --shard K/N`` into four folders, merged by ``briefgen index``, equal one run.

The project has five scheduled briefs, named so that each of four shards gets
at least one.  Every shard writes to a folder outside the project (publishing
anywhere is allowed; reading stays confined).  The merged folder must hold the
same bytes in every HTML and PDF, list the same editions in its index and
record the same outputs and editions in its manifest as one unsharded run.
A second month, each shard seeded with the merged manifest, must carry each
brief's previous edition over as the unsharded run does ("New since …").
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from briefgen.editions.lock import BuildLock
from briefgen.editions.shards import Shard, parse_shard, shard_of
from briefgen.errors import UsageError
from tests.conftest import run_cli
from tests.editions_project import DIGEST, EDITION_BRIEFS, make_project

FIRST, SECOND = "2024-12-01", "2025-04-10"
COPIES = ("digest-a", "digest-b", "digest-c", "digest-d")  # shards 2, 1, 3 and 4 of 4


def _outputs(folder: Path) -> dict[str, str]:
    """Every edition file (``<date>/<slug>.html|pdf``) with its hash."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.glob("*/*"))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p.parent.name) and p.suffix in (".html", ".pdf")
    }


def _listed(folder: Path) -> list[str]:
    """The links the index shows, in its order: what a reader of index.html can open."""
    return re.findall(r'href="([^"]+)"', (folder / "index.html").read_text(encoding="utf-8"))


def _manifest(folder: Path) -> dict[str, object]:
    """The manifest without the timings, which differ from run to run."""
    data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for record in data["outputs"].values():
        record.pop("timings")
    return dict(data)


def _changes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted((folder / "changes").rglob("*.html"))}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("shards") / "project")
    for name in COPIES:
        shutil.copyfile(EDITION_BRIEFS / f"{DIGEST}.md", root / "briefs" / f"{name}.md")
    return root


def _shard_build(project: Path, shard: int, date: str, *extra: str) -> Path:
    folder = project.parent / f"shard-{shard}"
    options = ["--as-of", date, "--shard", f"{shard}/4", "--out", str(folder), "-j", "1", *extra]
    result = run_cli("-C", str(project), "build", "--all", *options)
    assert result.code == 0, result.stderr
    assert (folder / "manifest.json").is_file()
    return folder


@pytest.mark.slow
def test_four_shards_merged_equal_one_run(project: Path) -> None:
    site = project.parent / "site"
    whole = run_cli("-C", str(project), "build", "--all", "--as-of", FIRST)
    assert whole.code == 0, whole.stderr
    folders = [_shard_build(project, k, FIRST) for k in range(1, 5)]
    built = [sorted(p.stem for p in (f / FIRST).glob("*.html")) for f in folders]
    assert built == [["digest-b"], ["digest-a", DIGEST], ["digest-c"], ["digest-d"]]
    merged = run_cli("-C", str(project), "index", *map(str, folders), "--out", str(site))
    assert merged.code == 0, merged.stderr
    assert "index: 5 editions" in merged.stdout

    build = project / "build"
    assert _outputs(site) == _outputs(build)
    assert len(_outputs(site)) == 10
    assert _listed(site) == _listed(build)
    assert _manifest(site) == _manifest(build)
    assert (site / "index.html").read_bytes() == (build / "index.html").read_bytes()

    # The next month, HTML only: each shard starts from the published manifest, so each brief knows its previous edition.
    whole = run_cli("-C", str(project), "build", "--all", "--as-of", SECOND, "--format", "html")
    assert whole.code == 0, whole.stderr
    for folder in folders:
        shutil.rmtree(folder)
        folder.mkdir()
        shutil.copyfile(site / "manifest.json", folder / "manifest.json")
    folders = [_shard_build(project, k, SECOND, "--format", "html") for k in range(1, 5)]
    merged = run_cli("-C", str(project), "index", *map(str, folders), "--out", str(site))
    assert merged.code == 0, merged.stderr
    assert "0 already in place" in merged.stdout  # nothing of the first month was copied again…
    assert "40 records without their file passed over" in merged.stdout  # …the 10 seeded records in each shard were passed over
    assert _outputs(site) == _outputs(build)
    assert "New since 1 December 2024" in (site / SECOND / "digest-c.html").read_text(encoding="utf-8")
    assert _listed(site) == _listed(build)
    assert _manifest(site) == _manifest(build)
    assert _changes(site) == _changes(build) and len(_changes(site)) == 5


def test_index_refuses_a_folder_that_no_build_wrote(project: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run_cli("-C", str(project), "index", str(tmp_path / "empty"), "--out", str(tmp_path / "site"))
    assert result.code == 2
    assert "holds no manifest.json: it is not the output folder of a build" in result.stderr
    assert "hint: name the folders that 'briefgen build --shard K/N --out DIR' wrote" in result.stderr
    assert not (tmp_path / "site").exists()
    missing = run_cli("-C", str(project), "index", str(tmp_path / "nowhere"))
    assert missing.code == 2 and "does not exist" in missing.stderr


def test_an_outside_folder_is_locked_like_build(project: Path, tmp_path: Path) -> None:
    """The lock works in a folder outside the project: a second build does not write there while one holds it."""
    outside = tmp_path / "www"
    with BuildLock(outside):
        result = run_cli("-C", str(project), "build", DIGEST, "--format", "html", "--out", str(outside), "--no-wait")
    assert result.code == 2
    assert "another build is writing www/" in result.stderr
    assert not list(outside.glob("*/*.html"))
    result = run_cli("-C", str(project), "build", DIGEST, "--format", "html", "--out", str(outside), "--no-wait")
    assert result.code == 0, result.stderr
    assert f"wrote {outside}/" in result.stdout
    assert not (outside / ".lock").exists()


@pytest.mark.parametrize(
    ("out", "message"),
    [
        (".", "output folder '.' is the project folder itself"),
        ("templates", "output folder 'templates' lies in the project's templates/ folder, among the build's inputs"),
        ("facts/site", "output folder 'facts/site' lies in the project's facts/ folder, among the build's inputs"),
        ("briefs", "output folder 'briefs' lies in the project's briefs/ folder, among the build's inputs"),
    ],
)
def test_out_refuses_the_project_and_its_source_folders(project: Path, out: str, message: str) -> None:
    result = run_cli("-C", str(project), "build", DIGEST, "--out", out)
    assert result.code == 2
    assert f"briefgen: error: {message}" in result.stderr
    assert "hint: name a folder of its own" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("shard", "message"),
    [
        ("5/4", "--shard 5/4: K must be between 1 and N"),
        ("0/4", "--shard 0/4: K must be between 1 and N"),
        ("x", "--shard 'x' is not of the form K/N"),
        ("1/0", "--shard 1/0: K must be between 1 and N"),
    ],
)
def test_bad_shard_is_a_usage_error(project: Path, shard: str, message: str) -> None:
    result = run_cli("-C", str(project), "build", "--all", "--shard", shard)
    assert result.code == 2
    assert f"briefgen: error: {message}" in result.stderr
    assert "hint: give the shard as K/N with 1 ≤ K ≤ N" in result.stderr


def test_shares_are_stable_and_balanced() -> None:
    slugs = [f"brief-{n:04d}" for n in range(1000)]
    shards = [Shard(k, 4) for k in range(1, 5)]
    shares = [shard.select(slugs) for shard in shards]
    assert sorted(s for share in shares for s in share) == sorted(slugs)  # each brief on exactly one shard
    assert all(220 <= len(share) <= 280 for share in shares), [len(s) for s in shares]
    grown = [*slugs, "a-new-brief", "another-one"]
    assert [shard.select(grown)[: len(share)] for shard, share in zip(shards, shares, strict=True)] == shares
    assert shard_of("digest-c", 4) == 3  # the same answer on every machine and every Python process


def test_parse_shard() -> None:
    assert parse_shard(" 2 / 8 ") == Shard(2, 8)
    with pytest.raises(UsageError):
        parse_shard("2of8")
