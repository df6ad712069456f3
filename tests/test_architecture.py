"""The house rules of docs/architecture.md, checked: stage packages, small modules, imports one way, no cycle.

The import direction between stages is enforced by import-linter's contracts
in pyproject.toml (``make lint``); these tests add what a contract cannot say.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO, TESTS

PACKAGE = REPO / "src" / "briefgen"
STAGES = ("text", "loading", "corpus", "render", "pdf", "word", "editions", "preview", "ingest", "suggest", "commands")


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_the_top_level_holds_at_most_fifteen_modules() -> None:
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= 15, top


@pytest.mark.parametrize("stage", STAGES)
def test_each_stage_is_a_package_that_says_what_it_takes_and_gives(stage: str) -> None:
    init = PACKAGE / stage / "__init__.py"
    tree = ast.parse(init.read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), f"{stage}/__init__.py needs a docstring saying what the stage takes and gives"


@pytest.mark.parametrize("stage", [s for s in STAGES if s != "commands"])
def test_stage_packages_import_nothing_when_imported(stage: str) -> None:
    """An ``__init__`` that imports its modules would load them all for ``briefgen --help``."""
    tree = ast.parse((PACKAGE / stage / "__init__.py").read_text(encoding="utf-8"))
    imports = [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom) and node.module != "__future__"]
    assert not imports, f"{stage}/__init__.py imports {[ast.unparse(i) for i in imports]}"


def test_no_module_is_over_450_lines() -> None:
    long = {_name(p): n for p in _modules() if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450}
    assert not long, long


def test_every_module_opens_with_a_docstring() -> None:
    missing = [_name(p) for p in _modules() if p.name != "__init__.py" and not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))]
    assert not missing, missing


def _imports(path: Path) -> set[str]:
    """briefgen modules a module imports, at any depth of the file (lazy and type-only imports count)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("briefgen"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("briefgen"))
    return found


def test_there_is_no_import_cycle_not_even_a_type_only_one() -> None:
    modules = {_name(p): p for p in _modules()}
    graph = {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}
    # A package's __init__ is imported with any of its modules, but ours import nothing, so edges stay as written.
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node: str, stack: list[str]) -> bool:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle.extend([*stack[stack.index(nxt) :], nxt])
                return True
            if state.get(nxt) is None and visit(nxt, [*stack, nxt]):
                return True
        state[node] = 2
        return False

    for start in sorted(graph):
        if state.get(start) is None and visit(start, [start]):
            break
    assert not cycle, " → ".join(cycle)


@pytest.mark.parametrize("stage", [s for s in STAGES if s != "commands"] + ["commands"])
def test_tests_mirror_the_stage_packages(stage: str) -> None:
    folder = TESTS / stage
    assert folder.is_dir() and any(folder.glob("test_*.py")), f"tests/{stage}/ should hold the tests of src/briefgen/{stage}/"
