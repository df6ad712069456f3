"""How the benchmarks start the processes they time: as a user's machine would run them, on this checkout's code.

A sandbox may set ``PYTHONDONTWRITEBYTECODE``; then every fresh process
compiles briefgen's ~80 modules afresh (about 0.06 s), which no user's
installation pays.  The timed processes run without it.

The timed processes import briefgen from this checkout's ``src`` folder, put
first on their path: a virtual environment shared by several worktrees has
briefgen installed from one of them, and a benchmark run in another would
otherwise time that one's code (the quality benchmarks put ``src`` first on
their own path for the same reason).
"""

from __future__ import annotations

import os
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src"

USER_ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
USER_ENVIRONMENT["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE), os.environ.get("PYTHONPATH", "")]))
