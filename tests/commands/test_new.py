"""``briefgen new --kind``: a brief of each kind that builds, passes ``check`` and reads as a first draft, with no template code.

Each kind is made from its starter for two topic sets at two as-of dates and
built through the real CLI; the pre-visit brief is printed to see that ~10
cited facts give at most six pages with the passages annex, and a one-page
summary of the standing brief is checked to fit on one page.
"""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli

KINDS = ("pre-visit", "standing", "topic-note")
TOPIC_SETS = ("trade,visits", "tractors,agriculture")
AS_OF = ("2024-12-01", "2025-04-10")


class _Sections(HTMLParser):
    """The narrative's h2 headings, each with the text that follows it up to the next one."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[list[str]] = []
        self._in_main = False
        self._in_h2 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "main":
            self._in_main = True
        elif tag == "h2" and self._in_main:
            self._in_h2 = True
            self.sections.append(["", ""])

    def handle_endtag(self, tag: str) -> None:
        if tag == "main":
            self._in_main = False
        elif tag == "h2":
            self._in_h2 = False

    def handle_data(self, data: str) -> None:
        if self._in_main and self.sections:
            self.sections[-1][0 if self._in_h2 else 1] += data


def _sections(html: str) -> dict[str, str]:
    parser = _Sections()
    parser.feed(html)
    return {heading.strip(): text.strip() for heading, text in parser.sections}


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_builds_from_its_starter_for_two_topic_sets_at_two_dates(kind: str, repo_copy: Path) -> None:
    for topics in TOPIC_SETS:
        for as_of in AS_OF:
            slug = f"{kind}-{topics.split(',')[0]}-{as_of[:7]}"
            made = run_cli("-C", str(repo_copy), "new", slug, "--kind", kind, "--topics", topics, "--as-of", as_of, "--for", "a meeting")
            assert made.code == 0, made.stderr
            built = run_cli("-C", str(repo_copy), "build", slug, "--format", "html")
            assert built.code == 0, built.stderr
            html = (repo_copy / "build" / as_of / f"{slug}.html").read_text(encoding="utf-8")
            sections = _sections(html)
            assert "Key points" in sections, sections.keys()
            for heading, text in sections.items():
                assert text, f"{slug}: section '{heading}' is empty"
                assert "say nothing on this" not in text, f"{slug}: section '{heading}' has nothing to say and should be left out"
            assert "Prepared for a meeting" in html
    checked = run_cli("-C", str(repo_copy), "check")
    assert checked.code == 0, checked.stderr


@pytest.mark.slow
def test_a_pre_visit_brief_of_about_ten_facts_is_at_most_six_pages(repo_copy: Path) -> None:
    made = run_cli(
        "-C", str(repo_copy), "new", "pm-visit", "--kind", "pre-visit", "--topics", "tractors,agriculture", "--as-of", "2025-04-10"
    )
    assert made.code == 0, made.stderr
    built = run_cli("-C", str(repo_copy), "build", "pm-visit")
    assert built.code == 0, built.stderr
    pdf = repo_copy / "build" / "2025-04-10" / "pm-visit.pdf"
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout).group(1))  # type: ignore[union-attr]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    notes = len(re.findall(r"(?m)^\d+\. ", text))
    assert notes <= 25 and pages <= 6, (notes, pages)
    assert "Annex: the cited passages" in text
    assert "The whole archived article" not in text, "the full text is for the screen, not the print"
    html = (repo_copy / "build" / "2025-04-10" / "pm-visit.html").read_text(encoding="utf-8")
    assert '<details class="full-text">' in html, "the full archived text stays reachable from the HTML"


@pytest.mark.slow
def test_a_one_page_summary_of_the_standing_brief_fits_on_one_page(repo_copy: Path) -> None:
    made = run_cli(
        "-C", str(repo_copy), "new", "standing-summary", "--kind", "summary", "--from", "pakistan-belarus-industrial-cooperation"
    )
    assert made.code == 0, made.stderr
    built = run_cli("-C", str(repo_copy), "build", "standing-summary")
    assert built.code == 0, built.stderr
    pdf = next((repo_copy / "build").glob("*/standing-summary.pdf"))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+1\b", info), info
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Key points" in text and "1. " in text, "key points, each with its note"


def test_a_summary_needs_the_brief_it_summarises(repo_copy: Path) -> None:
    result = run_cli("-C", str(repo_copy), "new", "lonely", "--kind", "summary")
    assert result.code == 2
    assert "a summary needs the brief it summarises" in result.stderr and "--from BRIEF" in result.stderr


def test_a_summary_of_an_unknown_brief_is_a_located_error(repo_copy: Path) -> None:
    (repo_copy / "briefs" / "orphan.md").write_text(
        "---\ntitle: Orphan\nsummary_of: pakistan-belarus-industrial\n---\nText.\n", encoding="utf-8"
    )
    result = run_cli("-C", str(repo_copy), "build", "orphan", "--format", "html")
    assert result.code == 1
    assert "briefs/orphan.md:3: summary_of: no brief named 'pakistan-belarus-industrial'" in result.stderr
    assert "did you mean 'pakistan-belarus-industrial-cooperation'?" in result.stderr


def test_an_unknown_topic_is_refused_before_anything_is_written(repo_copy: Path) -> None:
    result = run_cli("-C", str(repo_copy), "new", "x", "--kind", "topic-note", "--topics", "tractor")
    assert result.code == 2
    assert "unknown topic 'tractor'" in result.stderr and "did you mean 'tractors'?" in result.stderr
    assert not (repo_copy / "briefs" / "x.md").exists()


def test_on_a_terminal_new_asks_for_what_the_command_line_did_not_say(repo_copy: Path) -> None:
    """A desk officer types the answers at the prompts; each lands in the front matter."""
    master, slave = os.openpty()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "-C", str(repo_copy), "new", "asked", "--kind", "pre-visit"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
    )
    os.close(slave)
    answers = iter(["Visit to Minsk", "tractors", "", "2025-04-10", "the Prime Minister's visit"])
    seen = b""
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        seen += chunk
        if chunk.rstrip().endswith(b":"):
            os.write(master, (next(answers, "") + "\n").encode())
    process.wait(timeout=30)
    os.close(master)
    assert process.returncode == 0, seen.decode(errors="replace")
    created = (repo_copy / "briefs" / "asked.md").read_text(encoding="utf-8")
    assert 'title: "Visit to Minsk"' in created
    assert 'topics: ["tractors"]' in created
    assert 'as_of: "2025-04-10"' in created
    assert 'occasion: "the Prime Minister\'s visit"' in created
