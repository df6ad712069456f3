"""After every kind of save, the preview's page is the page a fresh ``build`` writes, byte for byte.

The preview keeps what a save did not change (the narrative, its Markdown
rendered, the linter's reading, compiled templates, quote positions, the
chart); this is the check that nothing kept leaks into a page that should
differ.  The standing brief is the one with the most kept: partials, a
chart, an annex.  Each save is followed by a ``build --format html`` in a new
process, which has nothing kept at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from briefgen.preview.workbench import Workbench
from tests.conftest import run_cli
from tests.preview.test_server import copy_project

SLUG = "pakistan-belarus-industrial-cooperation"
MARK = "\n\n::: assessment\nPreview mark {n}.\n:::\n"


def _fresh_build(root: Path) -> str:
    """The brief's HTML as a new process builds it (the build folder is emptied first)."""
    result = run_cli("-C", str(root), "build", SLUG, "--format", "html", "--force")
    assert result.code == 0, result.stderr
    built = sorted((root / "build").glob(f"*/{SLUG}.html"))
    assert len(built) == 1, built
    html = built[0].read_text(encoding="utf-8")
    built[0].unlink()
    return html


def _claim_line(root: Path, page: str) -> tuple[str, str]:
    """A facts-file line whose one-line claim the page shows word for word."""
    for path in sorted((root / "facts").glob("*.yaml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r'^  claim: "?([A-Za-z][A-Za-z0-9 ,]+[a-z])\.?"?$', line)
            if match and " " in match.group(1) and match.group(1) in page:
                return path.relative_to(root).as_posix(), line
    raise AssertionError("no claim shown word for word")


def test_the_page_after_each_save_is_the_page_a_fresh_build_writes(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    bench = Workbench(root, slugs=[SLUG])
    bench.watching(SLUG, 1)
    first = bench.render(SLUG).html
    assert first is not None
    assert first == _fresh_build(root)
    facts_path, claim = _claim_line(root, first)
    saves: list[tuple[str, Callable[[str, int], str]]] = [
        ("templates/styles/brief.css", lambda text, n: text + f"\n.fresh-mark-{n} {{ color: inherit; }}\n"),
        ("templates/layouts/brief.html.j2", lambda text, n: text.replace(">Briefing note<", f">Briefing note {n}<", 1)),
        ("templates/partials/sector.md.j2", lambda text, n: text.rstrip("\n") + MARK.format(n=n)),
        (f"briefs/{SLUG}.md", lambda text, n: text.rstrip("\n") + MARK.format(n=n)),
        (facts_path, lambda text, n: text.replace(claim, claim.replace("claim: ", f"claim: Marked{n} ", 1), 1)),
    ]
    for n, (name, edit) in enumerate(saves, start=1):
        path = root / name
        original = path.read_text(encoding="utf-8")
        path.write_text(edit(original, n), encoding="utf-8")
        assert bench.changed([name]) == [SLUG]
        page = bench.current(SLUG)
        assert page is not None and page.html is not None, (name, page and page.problems)
        assert page.html != first, f"the save of {name} changed the page"
        assert page.html == _fresh_build(root), f"after a save of {name} the preview differs from a fresh build"
        path.write_text(original, encoding="utf-8")  # put back: the next save starts from the page as it was
        bench.changed([name])
        assert bench.current(SLUG).html == first  # type: ignore[union-attr]
