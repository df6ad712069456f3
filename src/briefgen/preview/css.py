"""CSS that WeasyPrint will ignore, found without rendering a PDF.

The live preview shows the HTML, which the browser styles; the PDF is made
by WeasyPrint, which silently drops declarations it does not understand.  So
that an editor learns of it while the preview is open, each stylesheet is
parsed by WeasyPrint's own CSS parser and validator (a few milliseconds; the
PDF renderer is already loaded by ``serve``) and every "Ignored …" warning
becomes a warning Problem with the stylesheet's path and line.  Results are
kept per file until the file changes.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from pathlib import Path

from briefgen.errors import Problem, Severity
from briefgen.pdf.fetcher import ConfinedFetcher
from briefgen.project import TEMPLATES_DIR

_AT_LINE = re.compile(r" at (\d+):(\d+)")


class _ThreadRecords(logging.Handler):
    """WeasyPrint's warnings from this thread only (a PDF may be rendering in another)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self._thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self._thread and record.name == "weasyprint" and record.levelno == logging.WARNING:
            self.messages.append(record.getMessage())


class CssChecker:
    """Checks stylesheets under ``templates/`` and remembers each file's result until it changes."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._templates = self.root / TEMPLATES_DIR
        self._cache: dict[Path, tuple[tuple[int, int], list[Problem]]] = {}
        self._lock = threading.Lock()

    def warnings(self, stylesheets: Iterable[Path]) -> list[Problem]:
        found: list[Problem] = []
        for sheet in stylesheets:
            found += self._check(Path(sheet))
        return found

    def _check(self, sheet: Path) -> list[Problem]:
        try:
            stat = sheet.stat()
        except OSError:
            return []
        key = (stat.st_mtime_ns, stat.st_size)
        with self._lock:
            cached = self._cache.get(sheet)
            if cached and cached[0] == key:
                return cached[1]
            problems = self._parse(sheet)
            self._cache[sheet] = (key, problems)
            return problems

    def _parse(self, sheet: Path) -> list[Problem]:
        import weasyprint

        try:
            display = sheet.resolve().relative_to(self.root).as_posix()
        except ValueError:
            display = str(sheet)
        records = _ThreadRecords()
        logger = logging.getLogger("weasyprint")
        logger.addHandler(records)
        try:
            weasyprint.CSS(url=sheet.absolute().as_uri(), url_fetcher=ConfinedFetcher(self._templates))
        except Exception as exc:  # unreadable or refused: the PDF build reports it as an error
            return [Problem(display, None, f"WeasyPrint cannot read this stylesheet: {exc}", Severity.WARNING)]
        finally:
            logger.removeHandler(records)
        problems = []
        for message in records.messages:
            where = _AT_LINE.search(message)
            line = int(where.group(1)) if where else None
            text = _AT_LINE.sub("", message).rstrip(".")
            problems.append(Problem(display, line, f"the PDF ignores this: {text}", Severity.WARNING))
        return problems
