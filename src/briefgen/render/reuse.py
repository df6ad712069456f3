"""What the preview keeps between renders of a brief, so a save re-does only what it changed.

The preview renders the same brief save after save, and most saves leave most
of it as it was: a stylesheet or layout save leaves the narrative (the Jinja
render of the brief and its partials, the costliest stage) untouched, and
so the claims linter reads the same Markdown again (which costs little).  A :class:`RenderMemo`
keeps, per brief, the last narrative with what it was made from — the corpus
object it saw, the scope, and the text of every template it loaded (the
brief's own file among them) — and reuses it only while all of those are the
same.  An edited brief or partial, a reloaded corpus or another date renders
afresh; a render that fails is never kept.

What is made from a kept narrative alone is kept with it (:meth:`RenderMemo.derived`):
the claims linter's reading of its Markdown and the Markdown rendered with
its notes, so a layout or stylesheet save neither parses nor renders the
narrative's Markdown again.  They go when the narrative does.

``build`` renders each brief once per process and passes no memo: the memo
is for a long-lived process only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from briefgen.corpus.loader import Corpus
from briefgen.render.claims import read_template_sources
from briefgen.render.narrative import Narrative
from briefgen.render.scope import Scope

T = TypeVar("T")


@dataclass(frozen=True)
class _Kept:
    corpus: Corpus  # held, so that the identity compared below cannot be reused by another object
    scope: tuple[object, ...]
    sources: dict[str, str]
    narrative: Narrative
    derived: dict[Hashable, Any] = field(default_factory=dict)  # what was made from the narrative alone


def _scope_key(scope: Scope) -> tuple[object, ...]:
    return (scope.as_of, scope.topics, scope.exclude, scope.previous, scope.entities)


class RenderMemo:
    """Per brief: the last narrative and what it was made from."""

    def __init__(self) -> None:
        self._narratives: dict[str, _Kept] = {}
        self._lock = threading.Lock()
        self.narratives_rendered = 0  # how many narratives were rendered, not reused: what tests read
        self.derived_made = 0  # how many values were made from a narrative, not reused

    def narrative(self, root: Path, slug: str, scope: Scope, corpus: Corpus, render: Callable[[], Narrative]) -> Narrative:
        """The kept narrative if nothing it was made from changed, else ``render()`` (kept if it succeeds)."""
        with self._lock:
            kept = self._narratives.get(slug)
        if (
            kept is not None
            and kept.corpus is corpus
            and kept.scope == _scope_key(scope)
            and read_template_sources(root, kept.narrative.templates) == kept.sources
        ):
            return kept.narrative
        narrative = render()
        sources = read_template_sources(root, narrative.templates)
        with self._lock:
            self.narratives_rendered += 1
            self._narratives[slug] = _Kept(corpus, _scope_key(scope), sources, narrative)
        return narrative

    def derived(self, narrative: Narrative, key: Hashable, make: Callable[[], T]) -> T:
        """``make()``, made once per kept ``narrative`` and ``key``: the caller puts in ``key`` whatever
        besides the narrative (and the corpus and scope it was made with) the value depends on."""
        with self._lock:
            kept = next((k for k in self._narratives.values() if k.narrative is narrative), None)
            if kept is not None and key in kept.derived:
                return kept.derived[key]  # type: ignore[no-any-return]
        value = make()
        with self._lock:
            self.derived_made += 1
            if kept is not None:
                kept.derived[key] = value
        return value

    def forget(self, slug: str) -> None:
        with self._lock:
            self._narratives.pop(slug, None)
