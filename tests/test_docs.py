"""The documentation runs: every ``briefgen`` command and every template example in docs/*.md.

Docs drift when nothing runs them: a filter example that cites a fact that
does not exist, a ``diff`` between editions never built, an option for a
layout that does not ship.  So each guide's shell examples (``sh`` and
``console`` blocks) are run, in the order a reader meets them, on a copy of
the project made for that guide; and each template example in
docs/editing.md (its ``markdown`` and ``jinja`` blocks, and the example
column of its helper, filter and partial tables) is rendered through the real
sandbox on the shipped corpus, its ``→`` result compared with the page.

A few commands cannot run here; each is listed in :data:`NOT_RUN` with the
reason, and a listed command that no longer appears in the docs fails a test,
so the list cannot outlive what it excuses.  A doc's placeholders are filled
in (:data:`PLACEHOLDERS`), and the files a walk-through starts from are the
ones it names: the Lahore Ledger page kept in tests/fixtures/ingest, and the
seed reports in ``../shared/seeds/`` (tests/fixtures/seeds).
"""

from __future__ import annotations

import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefgen.errors import BriefgenError
from tests.conftest import FIXTURES, REPO, SEEDS, run_cli
from tests.rendering import plain_text, render

DOCS = REPO / "docs"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
SHELL_BLOCKS = {"sh", "console", "bash", "shell"}
TEMPLATE_BLOCKS = {"markdown", "jinja"}
GENERATED = re.compile(r"<!-- generated: (helpers|partials) \([^)]*\) -->\n(.*?)<!-- end generated -->", re.S)

#: Commands a copy of the project cannot run, and why.
NOT_RUN = {
    "briefgen serve": "starts the preview server, which runs until Ctrl-C (tests/preview/ runs it)",
    "briefgen build textile-exports-note": "builds the brief the reader writes by hand in steps 4 and 5 of the walk-through",
    "briefgen build --all --as-of '$(date +%Y-%m-01)' --out /var/www/briefs": "the shell fills in the date; the web root is a server's",
    "briefgen build --all --as-of 2025-05-01 --shard K/N": "a pattern: K and N are each machine's numbers (tests/editions run shards)",
    "briefgen index shard-1 shard-2": "a pattern for N shards, run after them (tests/editions merge shards)",
}
#: Commands the docs show failing, with the exit status they show.
FAILS_AS_SHOWN = {
    "briefgen sources add ../shared/seeds/000_73d910f658f84be2.txt": 2,  # two articles on one page: it lists them and stops
    "briefgen sources add ../shared/seeds/001_1c29400f0bab3aa4.txt": 1,  # already archived: refused
    "briefgen sources add ../shared/seeds/000_73d910f658f84be2.txt --part 2": 2,  # states no date: refused without --undated
}
#: Commands a doc shows on a project that has not archived the article yet; the shipped one has.
IN_A_NEW_PROJECT = {
    "briefgen sources add ../shared/seeds/000_73d910f658f84be2.txt --part 2": "archived here (undated) as itcn-asia-2026-stza-pavilion",
}
#: Words the docs write for "your own value here".
PLACEHOLDERS = {"NAME": "docs-example", "EXISTING": "example-helpers"}
#: Files on the reader's machine that a walk-through names, and the copies kept for the tests.
FILES = {"~/Downloads/ledger-textile-delegation.html": str(FIXTURES / "ingest" / "ledger-textile-delegation.html")}


@dataclass(frozen=True)
class Command:
    """One command as a doc shows it, and where."""

    doc: str
    line: int
    text: str
    shown: tuple[str, ...] = ()  # the output a console block shows under it

    @property
    def args(self) -> list[str]:
        words = shlex.split(self.text, comments=True)[1:]
        return [FILES.get(PLACEHOLDERS.get(word, word), PLACEHOLDERS.get(word, word)) for word in words]

    def excused(self) -> str | None:
        return next((reason for prefix, reason in NOT_RUN.items() if self.text == prefix or self.text.startswith(prefix + " ")), None)


def _blocks(path: Path, languages: set[str]) -> list[tuple[int, str, str]]:
    text = path.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        if match.group(1) in languages:
            found.append((text.count("\n", 0, match.start(2)) + 1, match.group(1), match.group(2)))
    return found


def _joined(lines: list[str]) -> list[str]:
    """Lines with shell continuations (a line ending in a backslash) joined to the next, as the shell reads them."""
    out: list[str] = []
    pending = ""
    for line in lines:
        if line.endswith("\\"):
            pending += line[:-1].rstrip() + " "
            continue
        out.append(pending + line.lstrip() if pending else line)
        pending = ""
    return out


def commands_in(path: Path) -> list[Command]:
    """Every ``briefgen`` command of a doc's shell blocks, in order (a console block's ``$`` lines, with their output)."""
    found = []
    for first, language, body in _blocks(path, SHELL_BLOCKS):
        lines = _joined(body.splitlines())
        for offset, line in enumerate(lines):
            text = line.removeprefix("$ ") if language == "console" else line
            if (language != "console" or line.startswith("$ ")) and text.startswith("briefgen "):
                shown: list[str] = []
                if language == "console":
                    for after in lines[offset + 1 :]:
                        if after.startswith("$ "):
                            break
                        shown.append(after)
                command = shlex.join(shlex.split(text, comments=True))
                found.append(Command(path.name, first + offset, command, tuple(shown)))
    return found


DOCS_WITH_COMMANDS = [p for p in sorted(DOCS.glob("*.md")) if commands_in(p)]


def test_the_docs_hold_commands_to_run() -> None:
    names = {p.name for p in DOCS_WITH_COMMANDS}
    assert {"editing.md", "scheduling.md", "adding-sources.md"} <= names
    assert sum(len(commands_in(p)) for p in DOCS_WITH_COMMANDS) >= 20


def test_every_excuse_is_still_needed() -> None:
    commands = [c for p in DOCS_WITH_COMMANDS for c in commands_in(p)]
    for prefix in NOT_RUN:
        assert any(c.text == prefix or c.text.startswith(prefix + " ") for c in commands), f"'{prefix}' is in no doc any more"
    for text in [*FAILS_AS_SHOWN, *IN_A_NEW_PROJECT]:
        assert any(c.text == text for c in commands), f"'{text}' is in no doc any more"


def _project(tmp_path: Path) -> Path:
    """A copy of the shipped project, with the seed reports where the docs find them (../shared/seeds)."""
    project = tmp_path / "project"
    for name in ("facts", "briefs", "templates", "schemas"):
        shutil.copytree(REPO / name, project / name)
    shutil.copytree(SEEDS, tmp_path / "shared" / "seeds")
    return project


def _new_project(tmp_path: Path) -> Path:
    """A project with its topics and no source yet, beside the same seeds."""
    project = tmp_path / "new-project"
    (project / "facts" / "sources").mkdir(parents=True)
    shutil.copyfile(REPO / "facts" / "vocabulary.yaml", project / "facts" / "vocabulary.yaml")
    return project


@pytest.mark.parametrize("doc", DOCS_WITH_COMMANDS, ids=lambda p: p.name)
def test_every_command_in_a_doc_runs(doc: Path, tmp_path: Path) -> None:
    project = _project(tmp_path)
    ran = 0
    for command in commands_in(doc):
        if command.excused():
            continue
        args = command.args
        if args[:1] == ["new"]:  # each example of `new` starts from a name not yet taken, as the guide assumes
            (project / "briefs" / f"{args[1]}.md").unlink(missing_ok=True)
        result = run_cli(*args, cwd=_new_project(tmp_path) if command.text in IN_A_NEW_PROJECT else project)
        where = f"docs/{command.doc}:{command.line}: {command.text}"
        expected = FAILS_AS_SHOWN.get(command.text, 0)
        assert result.code == expected, f"{where} exited {result.code}, not {expected}:\n{result.stderr}"
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr, where
        printed = (result.stdout + result.stderr).splitlines()
        for line in command.shown:
            assert line in printed, f"{where}: the doc shows {line!r}; it printed:\n" + "\n".join(printed)
        ran += 1
    assert ran > 0


# Template examples -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateExample:
    where: str
    front: str
    body: str
    expected: str | None = None


def _table_examples(text: str) -> list[TemplateExample]:
    """The example column of the generated helper, filter and partial tables: ``template → result``."""
    found = []
    for match in GENERATED.finditer(text):
        start = text.count("\n", 0, match.start(2)) + 1
        for offset, row in enumerate(match.group(2).splitlines()):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]
            if len(cells) < 3 or not cells[-1].startswith("`"):
                continue
            example = cells[-1].strip("`").replace("\\|", "|")
            if "{{" not in example and "{%" not in example:
                continue
            template, _, expected = example.partition(" → ")
            found.append(TemplateExample(f"docs/editing.md:{start + offset}", "title: Docs example\n", template, expected or None))
    return found


def template_examples() -> list[TemplateExample]:
    guide = DOCS / "editing.md"
    found = []
    for line, _, body in _blocks(guide, TEMPLATE_BLOCKS):
        front = "title: Docs example\n"
        if body.startswith("---\n"):
            front, _, body = body.removeprefix("---\n").partition("---\n")
        found.append(TemplateExample(f"docs/editing.md:{line}", front, body))
    return found + _table_examples(guide.read_text(encoding="utf-8"))


EXAMPLES = template_examples()


def test_the_guide_holds_template_examples() -> None:
    assert len([e for e in EXAMPLES if e.expected]) >= 6
    assert len(EXAMPLES) >= 25


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("docs") / "project"
    for name in ("facts", "briefs", "templates"):
        shutil.copytree(REPO / name, project / name)
    return project


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.where)
def test_every_template_example_renders_on_the_shipped_corpus(example: TemplateExample, shipped: Path) -> None:
    try:
        rendered = render(shipped, example.body, front=example.front)
    except BriefgenError as exc:
        pytest.fail(f"{example.where}: {example.body!r} does not render: {exc}")
    text = plain_text(rendered.html)  # may be empty: previous_edition() has nothing to say for a first edition
    if example.expected:
        assert example.expected in text, f"{example.where}: {example.body!r} gives {text!r}, not {example.expected!r}"


# Tables ----------------------------------------------------------------------------------------

_DELIMITER_ROW = re.compile(r"^\|[\s:|-]+\|$")
_CELL_EDGE = re.compile(r"(?<!\\)\|")


def _cell_count(row: str) -> int:
    """Cells in a table row, as GitHub's Markdown splits it: at each pipe not escaped, inside code too."""
    return len(_CELL_EDGE.split(row.strip())) - 2


def _misshapen_rows(path: Path, root: Path = REPO) -> list[str]:
    """``path:line`` of each table row (the delimiter row too) whose cells differ in number from its header's."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[str] = []
    for number, line in enumerate(lines[:-1]):
        if not (line.startswith("|") and _DELIMITER_ROW.match(lines[number + 1])) or (number and lines[number - 1].startswith("|")):
            continue
        cells = _cell_count(line)
        for row_number, row in enumerate(lines[number + 1 :], start=number + 2):
            if not row.startswith("|"):
                break
            if _cell_count(row) != cells or not row.rstrip().endswith("|"):
                found.append(f"{path.relative_to(root)}:{row_number}: {_cell_count(row)} cells under a header of {cells}")
    return found


@pytest.mark.parametrize("doc", [REPO / "README.md", *sorted(DOCS.glob("*.md"))], ids=lambda path: path.name)
def test_every_table_row_has_its_headers_cells(doc: Path) -> None:
    """A row cut short by an edit, or a pipe left unescaped in a quoted headline, shifts or drops a cell on the page."""
    assert _misshapen_rows(doc) == []


def test_a_misshapen_row_is_found(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        '| a | b |\n|---|---|\n| one | two \\| three |\n| cut short | 82.7\nText.\n\n| x | "NEPAL | …" |\n|---|---|\n',
        encoding="utf-8",
    )
    assert _misshapen_rows(page, tmp_path) == ["page.md:4: 1 cells under a header of 2", "page.md:8: 2 cells under a header of 3"]
