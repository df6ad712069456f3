"""Watching the project for saves, and handing what changed to the workbench.

One background thread watches ``briefs/``, ``templates/`` and ``facts/`` with
watchfiles; the workbench decides which briefs a change touches and queues
their renders for the main thread.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Iterable
from pathlib import Path

from briefgen.preview.runner import Stopping
from briefgen.preview.workbench import Workbench
from briefgen.project import BRIEFS_DIR, FACTS_DIR, TEMPLATES_DIR


def watch_project(
    workbench: Workbench,
    stop: threading.Event,
    *,
    debounce_ms: int = 200,
    step_ms: int = 20,
    idle_ms: int = 400,
    quiet_seconds: float = 1.0,
) -> None:
    """Watch briefs/, templates/ and facts/ until ``stop`` is set, feeding changes to the workbench.

    Runs in a background thread.  ``step_ms`` is how long the watcher waits
    for more changes after one arrives (an editor's save is often several
    file events); ``debounce_ms`` caps that wait.  Briefs no page is showing
    are re-rendered one at a time once nothing has changed for
    ``quiet_seconds``, so they never delay the page the editor is looking at
    by more than one render.
    """
    from watchfiles import DefaultFilter, watch

    root = workbench.root
    folders = [root / name for name in (BRIEFS_DIR, TEMPLATES_DIR, FACTS_DIR) if (root / name).is_dir()]
    if not folders:
        workbench.report("nothing to watch: no briefs/, templates/ or facts/ folder")
        return
    last_change = time.monotonic()
    for changes in watch(
        *folders,
        watch_filter=DefaultFilter(),
        debounce=debounce_ms,
        step=step_ms,
        rust_timeout=idle_ms,
        yield_on_timeout=True,
        stop_event=stop,
        raise_interrupt=False,
    ):
        try:
            if changes:
                last_change = time.monotonic()
                workbench.changed(_relative(root, (name for _, name in changes)))
            elif time.monotonic() - last_change >= quiet_seconds:
                workbench.render_next_stale()
        except Stopping:
            return
        except Exception as exc:  # a bug must not stop the watching
            workbench.report(f"internal error while re-rendering: {type(exc).__name__}: {exc}")
            if workbench.debug:
                traceback.print_exc()


def _relative(root: Path, names: Iterable[str]) -> set[str]:
    paths = set()
    for name in names:
        try:
            paths.add(Path(name).resolve().relative_to(root).as_posix())
        except ValueError:
            continue
    return paths
