"""The facts files a load reads, and their parse started before the rest of the loader is imported.

A cold ``check`` of a big corpus starts with about 0.2 s of imports in one
process (the models, the linking rules), while the second core has nothing
to do; the facts files' parse workers were only started once the loader ran.
:func:`parsing_ahead` starts them first, on the files the loader will ask for,
so they parse while this process imports: the loader then finds the first
files parsed instead of parsing some itself while it waits.  This module
imports nothing heavy for that reason.

The workers start only when the load will parse: with the caches off, or
before the first snapshot of the corpus is written (with a snapshot, the
load most often reads it back whole and parses nothing).  The load takes
them only for exactly the files it reads (:func:`briefgen.corpus.files.parse_files`);
otherwise, or if no load comes, they are stopped.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from briefgen.corpus.cache import ParseCache, cache_enabled
from briefgen.corpus.files import drop_ahead, parse_ahead
from briefgen.corpus.snapshot import CORPUS_FILE, SnapshotStore
from briefgen.project import DRAFTS_DIR, FACTS_DIR, LINKS_FILE, OUTLETS_FILE, project_name

#: Files under ``facts/`` that hold no facts.
_NOT_FACTS = frozenset({"vocabulary.yaml", "vocabulary.yml", Path(OUTLETS_FILE).name, Path(LINKS_FILE).name})


def corpus_files(root: Path) -> list[tuple[Path, bool]]:
    """The files the loader reads, in order, each with whether it is a drafts file.

    Every ``facts/*.yaml`` and ``*.yml`` but the special ones, then the drafts
    files (``facts/drafts/*.yaml`` and ``*.yml``).
    """
    facts_dir = root / FACTS_DIR
    drafts_dir = root / DRAFTS_DIR
    facts = [path for path in sorted(facts_dir.glob("*.yaml")) + sorted(facts_dir.glob("*.yml")) if path.name not in _NOT_FACTS]
    drafts = sorted(drafts_dir.glob("*.yaml")) + sorted(drafts_dir.glob("*.yml"))
    return [(path, False) for path in facts] + [(path, True) for path in drafts]


def _will_parse(root: Path) -> bool:
    """Whether a load of ``root`` with the project's caches is sure to parse: caches off, or no snapshot yet."""
    return not cache_enabled() or not (SnapshotStore(root).directory / CORPUS_FILE).exists()


@contextlib.contextmanager
def parsing_ahead(root: Path) -> Iterator[None]:
    """Start parsing ``root``'s facts files now, for the load inside the block (see the module's docstring)."""
    if (root / FACTS_DIR).is_dir() and _will_parse(root):
        parse_ahead([(path, project_name(root, path)) for path, _ in corpus_files(root)], ParseCache.for_project(root))
    try:
        yield
    finally:
        drop_ahead()
