"""Editions end to end: as-of builds, the index and manifest, "new since", diff, verify, staleness, dates.

One project is built twice by the real CLI (``build --all`` as of 2024-12-01,
then as of 2025-04-10) and shared by the module's tests; tests that change
inputs work on their own copy, with HTML only where the PDF is not the point.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pty
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli
from tests.editions_project import DIGEST, make_project, nu_check, pdf_opens

pytestmark = pytest.mark.slow  # renders PDFs through the real CLI

EARLY, LATE = "2024-12-01", "2025-04-10"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("editions") / "project", (DIGEST, "example-helpers"))
    for date in (EARLY, LATE):
        result = run_cli("-C", str(root), "build", "--all", "--as-of", date)
        assert result.code == 0, result.stderr
        assert f"built {DIGEST} as of {date}" in result.stdout
        assert "not scheduled (build with --every or by name): example-helpers" in result.stdout
    return root


@pytest.fixture(scope="module")
def published(project: Path) -> dict[str, dt.date | None]:
    report = json.loads(run_cli("-C", str(project), "check", "--json", "--corpus-only").stdout)
    return {s["id"]: dt.date.fromisoformat(s["published"]) if s["published"] else None for s in report["sources"]}


def _html(project: Path, date: str) -> str:
    return (project / "build" / date / f"{DIGEST}.html").read_text(encoding="utf-8")


def _provenance(project: Path, date: str) -> dict[str, object]:
    from briefgen.editions.verify import extract_provenance

    record = extract_provenance((project / "build" / date / f"{DIGEST}.pdf").read_bytes())
    assert record is not None
    return record


def _manifest(project: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((project / "build" / "manifest.json").read_text(encoding="utf-8"))
    return data


def test_all_builds_only_scheduled_briefs(project: Path) -> None:
    for date in (EARLY, LATE):
        assert sorted(p.name for p in (project / "build" / date).iterdir()) == [f"{DIGEST}.html", f"{DIGEST}.pdf"]
        assert pdf_opens(project / "build" / date / f"{DIGEST}.pdf") >= 2
    assert not (project / "build" / ".lock").exists(), "the lock file is removed when the build ends"


def test_an_early_edition_cites_nothing_published_later(project: Path, published: dict[str, dt.date | None]) -> None:
    early = dt.date.fromisoformat(EARLY)
    record = _provenance(project, EARLY)
    cited = [s["id"] for s in record["sources"]]  # type: ignore[attr-defined, index]
    assert cited
    for source_id in cited:
        date = published[source_id]
        assert date is not None and date <= early, f"{source_id} ({date}) is newer than the edition"
    manifest = _manifest(project)["outputs"][f"{EARLY}/{DIGEST}.html"]  # type: ignore[index]
    assert sorted(manifest["sources"]) == sorted(cited)
    later = [s["id"] for s in _provenance(project, LATE)["sources"]]  # type: ignore[attr-defined, index]
    assert any((published[s] or early) > early for s in later), "the later edition may cite newer sources"


def test_the_cover_says_as_of_and_built(project: Path) -> None:
    html = _html(project, EARLY)
    assert '<dt>Information as of</dt><dd><time datetime="2024-12-01">1 December 2024</time></dd>' in html
    # Without SOURCE_DATE_EPOCH the date is the edition's, not the day of the build, and is named so.
    assert '<dt>Edition of</dt><dd><time datetime="2024-12-01">1 December 2024</time></dd>' in html
    assert "<dt>Built</dt>" not in html
    from pypdf import PdfReader

    metadata = PdfReader(project / "build" / EARLY / f"{DIGEST}.pdf").metadata
    assert metadata is not None and str(metadata.get("/CreationDate", "")).startswith("D:20241201")


def test_new_since_the_previous_edition(project: Path, published: dict[str, dt.date | None]) -> None:
    assert "New since" not in _html(project, EARLY), "a first edition has no previous one"
    html = _html(project, LATE)
    heading = re.search(r"<h2[^>]*>New since 1 December 2024</h2>(.*?)<h2", html, re.S)
    assert heading, "the later edition shows what is new since the earlier one"
    section = heading.group(1)
    record = _provenance(project, LATE)
    notes = {str(f["note"]): f for f in record["facts"]}  # type: ignore[attr-defined, index]
    listed = re.findall(r'href="#fn-(\d+)"', section)
    assert listed
    new_items = section.split("overtaken")[0]
    for number in re.findall(r'href="#fn-(\d+)"', new_items):
        source = notes[number]["source"]
        assert (published[source] or dt.date.min) > dt.date(2024, 12, 1), f"note {number} is not new"
    assert "overtaken by newer reports" in section, "facts the previous edition cited are shown as superseded"


def test_index_lists_every_edition_with_links(project: Path) -> None:
    index = (project / "build" / "index.html").read_text(encoding="utf-8")
    for date in (EARLY, LATE):
        for fmt in ("html", "pdf"):
            assert f'href="{date}/{DIGEST}.{fmt}"' in index
    assert index.index(LATE) < index.index(EARLY), "newest first"
    links = re.findall(r'href="([^"#]+)"', index)
    change = f"changes/{DIGEST}/{EARLY}--{LATE}.html"
    assert change in links
    for link in links:
        assert (project / "build" / link).is_file(), link
    page = (project / "build" / change).read_text(encoding="utf-8")
    assert "mtz-to-supply-2700-tractors-2025" in page
    nu_check(project / "build" / "index.html", project / "build" / change)


def test_manifest_records_each_output(project: Path) -> None:
    import hashlib

    from briefgen import __version__

    manifest = _manifest(project)
    outputs = manifest["outputs"]
    assert sorted(outputs) == sorted(f"{d}/{DIGEST}.{f}" for d in (EARLY, LATE) for f in ("html", "pdf"))  # type: ignore[arg-type]
    for path, record in outputs.items():  # type: ignore[attr-defined]
        data = (project / "build" / path).read_bytes()
        assert record["output_sha256"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert record["bytes"] == len(data)
        assert record["input_sha256"].startswith("sha256:")
        assert record["briefgen_version"] == __version__
        assert {"briefs/monthly-digest.md", "partials/new-since.md.j2", "layouts/brief.html.j2"} <= set(record["templates"])
        assert record["facts"] and record["sources"]
        assert {"render", "write"} <= set(record["timings"]) and ("pdf" in record["timings"]) == path.endswith(".pdf")
    edition = manifest["editions"][DIGEST][LATE]  # type: ignore[index]
    assert edition["previous"] == EARLY and edition["claims"][0]["note"] == 1


def test_diff_between_two_editions(project: Path) -> None:
    result = run_cli("-C", str(project), "diff", DIGEST, "--from", EARLY, "--to", LATE)
    assert result.code == 0, result.stderr
    assert re.search(r"\d+ added, 0 dropped, 0 re-sourced, \d+ unchanged", result.stdout)
    assert "+ mtz-to-supply-2700-tractors-2025 [tractor-joint-ventures-2025-01-31]" in result.stdout
    assert f"page: build/changes/{DIGEST}/{EARLY}--{LATE}.html" in result.stdout
    as_json = json.loads(run_cli("-C", str(project), "diff", DIGEST, "--from", EARLY, "--to", LATE, "--json").stdout)
    assert "mtz-to-supply-2700-tractors-2025" in [c["id"] for c in as_json["added"]]
    backwards = json.loads(run_cli("-C", str(project), "diff", DIGEST, "--from", LATE, "--to", EARLY, "--json").stdout)
    assert [c["id"] for c in backwards["dropped"]] == [c["id"] for c in as_json["added"]]


def test_diff_reads_the_pdfs_when_the_manifest_is_gone(project: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(project, copy)
    expected = run_cli("-C", str(copy), "diff", DIGEST, "--from", EARLY, "--to", LATE, "--json").stdout
    (copy / "build" / "manifest.json").unlink()
    result = run_cli("-C", str(copy), "diff", DIGEST, "--from", EARLY, "--to", LATE, "--json")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(expected)
    missing = run_cli("-C", str(copy), "diff", DIGEST, "--from", "2024-01-01", "--to", LATE)
    assert missing.code == 2
    assert f"briefgen: error: no edition of '{DIGEST}' as of 2024-01-01 in build/" in missing.stderr


def test_diff_finds_resourced_claims() -> None:
    from briefgen.editions.diff import diff_claims
    from briefgen.editions.manifest import ClaimRecord

    def claim(fid: str, source: str, text: str, quote: str = "q") -> ClaimRecord:
        return ClaimRecord(note=1, id=fid, source=source, claim=text, quote_sha256=quote)

    old = [claim("a", "s1", "A."), claim("b", "s1", "B."), claim("c", "s1", "C."), claim("d", "s1", "D.")]
    new = [claim("a", "s1", "A."), claim("b", "s2", "B."), claim("c2", "s3", "C."), claim("e", "s1", "E.")]
    diff = diff_claims("x", dt.date(2025, 1, 1), dt.date(2025, 2, 1), old, new)
    assert [c.id for c in diff.added] == ["e"]
    assert [c.id for c in diff.dropped] == ["d"]
    assert [(a.id, b.id) for a, b in diff.resourced] == [("b", "b"), ("c", "c2")]
    assert diff.unchanged == 1


def test_verify_passes_on_an_untampered_pdf(project: Path) -> None:
    pdf = f"build/{LATE}/{DIGEST}.pdf"
    result = run_cli("-C", str(project), "verify", pdf, cwd=project)
    assert result.code == 0, result.stderr
    assert re.search(rf"{re.escape(pdf)}: ok: \d+ claims from \d+ sources still stand", result.stdout)


def test_verify_names_the_claims_whose_source_changed(project: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(project, copy)
    source = copy / "facts" / "sources" / "tractor-joint-ventures-2025-01-31.md"
    text = source.read_text(encoding="utf-8")
    assert "2,700 Belarus tractors" in text
    source.write_text(text.replace("2,700 Belarus tractors", "3,700 Belarus tractors"), encoding="utf-8")
    pdf = f"build/{LATE}/{DIGEST}.pdf"
    result = run_cli("-C", str(copy), "verify", pdf, cwd=copy)
    assert result.code == 1
    assert re.search(
        rf"{re.escape(pdf)}: note \d+ \(fact 'mtz-to-supply-2700-tractors-2025'\): the archived text of source "
        r"'tractor-joint-ventures-2025-01-31' changed since this edition; the quote is no longer found in it",
        result.stderr,
    ), result.stderr
    assert "the quote is still found in it" in result.stderr, "claims whose quote survives the edit are named too"
    assert "FAILED" in result.stdout
    (copy / "facts" / "sources" / "urdupoint-2025-04-10.md").unlink()
    vanished = run_cli("-C", str(copy), "verify", pdf, cwd=copy)
    assert vanished.code == 1
    assert "its source 'urdupoint-2025-04-10' no longer exists in the corpus" in vanished.stderr


def test_verify_refuses_what_it_cannot_read(project: Path) -> None:
    missing = run_cli("-C", str(project), "verify", "build/no-such.pdf", cwd=project)
    assert missing.code == 2 and "briefgen: error: no such file: 'build/no-such.pdf'" in missing.stderr
    html = run_cli("-C", str(project), "verify", f"build/{LATE}/{DIGEST}.html", cwd=project)
    assert html.code == 1
    assert html.stderr.strip() == f"build/{LATE}/{DIGEST}.html: not a PDF file (it does not start with '%PDF-')"


def test_verify_reports_a_truncated_pdf_without_the_readers_noise(project: Path, tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes((project / "build" / LATE / f"{DIGEST}.pdf").read_bytes()[:4000])
    result = run_cli("-C", str(project), "verify", str(truncated), cwd=project)
    assert result.code == 1
    assert result.stderr.strip() == f"{truncated}: no briefgen provenance record (provenance.json) in this file"


def test_the_plain_pdf_reader_finds_the_same_record(project: Path) -> None:
    from briefgen.editions.verify import _scan_embedded_files, extract_provenance

    data = (project / "build" / LATE / f"{DIGEST}.pdf").read_bytes()
    assert _scan_embedded_files(data) == extract_provenance(data) is not None


def test_staleness_is_warned_and_shown(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project")
    result = run_cli("-C", str(root), "build", DIGEST, "--as-of", "2025-12-01", "--format", "html")
    assert result.code == 0, result.stderr
    assert (
        "briefs/monthly-digest.md: warning: edition as of 2025-12-01 is possibly out of date: the newest source in this brief's "
        "scope was published 235 days before the as-of date (threshold 90 days)"
    ) in result.stderr
    html = (root / "build" / "2025-12-01" / f"{DIGEST}.html").read_text(encoding="utf-8")
    assert '<p class="stale" role="note">Possibly out of date' in html
    fresh = run_cli("-C", str(root), "build", DIGEST, "--as-of", "2025-05-01", "--format", "html")
    assert "out of date" not in fresh.stderr


def test_built_date_is_the_as_of_date_unless_source_date_epoch(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project")
    page = root / "build" / LATE / f"{DIGEST}.html"
    assert run_cli("-C", str(root), "build", DIGEST, "--format", "html").code == 0
    plain = page.read_text(encoding="utf-8")
    env = {"SOURCE_DATE_EPOCH": "1767225600"}  # 2026-01-01
    assert run_cli("-C", str(root), "build", DIGEST, "--format", "html", env=env).code == 0
    dated = page.read_text(encoding="utf-8")
    assert '<dt>Built</dt><dd><time datetime="2026-01-01">1 January 2026</time></dd>' in dated
    changed = [(a, b) for a, b in zip(plain.splitlines(), dated.splitlines(), strict=True) if a != b]
    assert len(changed) == 1 and "Built" in changed[0][1], "SOURCE_DATE_EPOCH changes the build date (and its name) and nothing else"
    again = run_cli("-C", str(root), "build", DIGEST, "--format", "html", env=env)
    assert "skipped monthly-digest" in again.stdout, "the build date is one of the inputs"


def test_index_escapes_titles(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project")
    brief = root / "briefs" / f"{DIGEST}.md"
    text = brief.read_text(encoding="utf-8")
    brief.write_text(
        text.replace('title: "Pakistan–Belarus: monthly digest"', 'title: "Trade & <script>alert(1)</script> \\"x\\""'), encoding="utf-8"
    )
    assert run_cli("-C", str(root), "build", DIGEST, "--format", "html").code == 0
    index = (root / "build" / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in index
    assert "Trade &amp; &lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot;" in index
    assert "<td>—</td>" in index, "no PDF link when only HTML was built"


def test_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project")
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "briefgen", "-C", str(root), "build", "--all", "--format", "html"],
            stdout=subprocess.PIPE,
            stderr=follower,
            env={**os.environ, "TERM": "xterm", "COLUMNS": "100"},
            timeout=120,
            check=False,
        )
        os.set_blocking(leader, False)
        try:
            terminal = os.read(leader, 1 << 16).decode(errors="replace")
        except BlockingIOError:
            terminal = ""
    finally:
        os.close(leader)
        os.close(follower)
    assert done.returncode == 0
    assert "summary: 1 built, 0 skipped, 0 failed" in done.stdout.decode()
    assert "built monthly-digest" in terminal and "\x1b[" in terminal, "progress goes to the terminal, drawn with escape codes"
    quiet = run_cli("-C", str(root), "build", "--all", "--format", "html", "-q")
    assert quiet.code == 0 and quiet.stdout == "" and quiet.stderr == ""


def test_excluded_topics_stay_out_of_every_edition(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project")
    brief = root / "briefs" / f"{DIGEST}.md"
    text = brief.read_text(encoding="utf-8")
    brief.write_text(text.replace("schedule: monthly\n", "schedule: monthly\nexclude_topics: [tractors]\n"), encoding="utf-8")
    assert run_cli("-C", str(root), "build", DIGEST, "--as-of", EARLY, "--format", "html").code == 0
    assert run_cli("-C", str(root), "build", DIGEST, "--format", "html").code == 0
    manifest = _manifest(root)
    cited = manifest["outputs"][f"{LATE}/{DIGEST}.html"]["facts"]  # type: ignore[index]
    assert cited and "mtz-to-supply-2700-tractors-2025" not in cited, "new_since_last() and facts() leave excluded topics out"
    brief.write_text(text.replace("schedule: monthly\n", "schedule: monthly\nexclude_topics: [tractorz]\n"), encoding="utf-8")
    wrong = run_cli("-C", str(root), "build", DIGEST, "--format", "html")
    assert wrong.code == 1 and "briefs/monthly-digest.md: unknown topic 'tractorz' in front matter 'exclude_topics'" in wrong.stderr


def _tampered_copy(project: Path, tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    """The built PDF with its provenance record rewritten (pypdf, as someone editing the file would)."""
    from pypdf import PdfReader, PdfWriter

    from briefgen.pdf.provenance import PROVENANCE_NAME, provenance_bytes

    source = project / "build" / LATE / f"{DIGEST}.pdf"
    record = _provenance(project, LATE)
    change(record)
    writer = PdfWriter(clone_from=PdfReader(source))
    writer._root_object.get("/Names", {}).pop("/EmbeddedFiles", None)  # drop the original record
    writer.add_attachment(PROVENANCE_NAME, provenance_bytes(record))
    target = tmp_path / "tampered.pdf"
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def _swap_quote(record: dict[str, Any]) -> None:
    """Give the first fact the quote of another fact from the same source: both are in the article."""
    facts = record["facts"]
    first = facts[0]
    other = next(f for f in facts[1:] if f["source"] == first["source"] and f["quote"] != first["quote"])
    first["quote"] = other["quote"]


def _rewrite_claim(record: dict[str, Any]) -> None:
    record["facts"][0]["claim"] = "A claim nobody made."


def _empty(record: dict[str, Any]) -> None:
    record["facts"] = []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_swap_quote, "the quote differs from facts/"),
        (_rewrite_claim, "the claim differs from facts/: the PDF has “A claim nobody made.”"),
        (_empty, "the provenance record lists no claims, so there is nothing to verify"),
    ],
    ids=["swapped-quote", "rewritten-claim", "emptied-record"],
)
def test_verify_fails_a_tampered_record(project: Path, tmp_path: Path, change: Callable[[dict[str, Any]], None], message: str) -> None:
    """Each of these passed with exit 0 (a warning, or "ok: 0 claims"); every difference now fails."""
    tampered = _tampered_copy(project, tmp_path, change)
    result = run_cli("-C", str(project), "verify", str(tampered), cwd=project)
    assert result.code == 1, result.stdout + result.stderr
    assert message in result.stderr
    assert "ok:" not in result.stdout
