"""WeasyPrint's log during one render.

WeasyPrint reports a missing image, a refused URL or an ignored CSS
declaration only as a log record; these helpers collect the records of one
render (in its own thread), attribute CSS warnings to the stylesheet and line,
and restore the process-wide logger afterwards.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from briefgen.errors import Problem, Severity


def display_path(path: Path, root: Path | None) -> str:
    """``path`` relative to ``root`` when it lies under it, else as given."""
    if root is not None:
        with contextlib.suppress(ValueError):
            return path.absolute().relative_to(root.absolute()).as_posix()
    return str(path)


_STEP_CSS = "Step 2 - Fetching and parsing CSS - "
_AT_LINE = re.compile(r" at (\d+):\d+")


class LogCapture(logging.Handler):
    """Collects the 'weasyprint' records of one render, in the rendering thread only.

    WeasyPrint's CSS messages give a line but not the file; the progress
    records ("Step 2 - Fetching and parsing CSS - <url>") say which stylesheet
    is being parsed, so warnings are attributed to the latest one announced.
    After an ``@import`` the rest of the importing sheet is attributed to the
    imported one: WeasyPrint logs no "import finished".
    """

    def __init__(self, label: str, root: Path | None) -> None:
        super().__init__(logging.DEBUG)
        self._thread = threading.get_ident()
        self._label, self._root = label, root
        self._sheet: str | None = None
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread is not None and record.thread != self._thread:
            return  # another thread's render
        message = record.getMessage()
        if record.name == "weasyprint.progress":
            self._sheet = message.removeprefix(_STEP_CSS) if message.startswith(_STEP_CSS) else None
        elif record.levelno >= logging.ERROR:
            if "FetchRefused:" not in message:  # already reported from the fetcher's list
                self.errors.append(Problem(self._label, None, message))
        elif record.levelno >= logging.WARNING:
            self.warnings.append(self._locate(message))

    def _locate(self, message: str) -> Problem:
        line = _AT_LINE.search(message)
        if self._sheet and self._sheet.startswith("file:") and line:
            path = Path(url2pathname(urlsplit(self._sheet).path))
            return Problem(display_path(path, self._root), int(line.group(1)), message, Severity.WARNING)
        return Problem(self._label, None, message, Severity.WARNING)


class _LoggerLease:
    """Counts active captures so concurrent renders restore the 'weasyprint' logger exactly once.

    While any render runs, the logger passes INFO (the progress records we
    need) and does not propagate: the CLI prints our Problems, not
    WeasyPrint's raw lines.  The first capture saves the settings, the last
    one restores them.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count = 0
        self._saved = (logging.NOTSET, True)

    @contextlib.contextmanager
    def hold(self, handler: logging.Handler) -> Iterator[None]:
        logger = logging.getLogger("weasyprint")
        with self._lock:
            if self._count == 0:
                self._saved = (logger.level, logger.propagate)
                logger.setLevel(logging.INFO)
                logger.propagate = False
            self._count += 1
            logger.addHandler(handler)
        try:
            yield
        finally:
            with self._lock:
                logger.removeHandler(handler)
                self._count -= 1
                if self._count == 0:
                    logger.setLevel(self._saved[0])
                    logger.propagate = self._saved[1]


LEASE = _LoggerLease()  # logging is process-wide state; this is its one keeper here
