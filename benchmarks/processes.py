"""How the benchmarks start the processes they time: as a user's machine would run them.

A sandbox may set ``PYTHONDONTWRITEBYTECODE``; then every fresh process
compiles briefgen's ~80 modules afresh (about 0.06 s), which no user's
installation pays.  The timed processes run without it.
"""

from __future__ import annotations

import os

USER_ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
