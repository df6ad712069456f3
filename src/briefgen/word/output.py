"""A brief's Word document, made beside the PDF: glue between the build and the Word stage.

:func:`start_brief_docx` leaves the edition's HTML, its notes and the
document's properties in a temporary folder and starts
:mod:`briefgen.word.convert` in a process of its own; the build then draws
the PDF, and :meth:`DocxJob.result` collects the ``.docx``.  On a machine with
a second core free the Word document costs the build next to no time, and
its conversion never shares the PDF's memory and time limits (it starts
before they are set).  Styles come from the project's
``templates/word/reference.docx`` (pandoc's own when a project has none),
checked here first so that a broken one is named at once.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from briefgen.errors import BriefgenError, Problem
from briefgen.project import TEMPLATES_DIR
from briefgen.render.brief import Brief
from briefgen.render.document import Document
from briefgen.render.scope import Scope
from briefgen.word.finish import DocxProperties

#: The styles of every Word document a project builds; an editor restyles it in Word.
REFERENCE_DOCX = f"{TEMPLATES_DIR}/word/reference.docx"
#: The conversion runs pandoc twice, each with its own time limit; this bounds the whole.
CONVERSION_TIMEOUT_SECONDS = 900.0


class DocxJob:
    """One Word document under way in its own process.

    ``label`` names the brief in messages; ``notes`` are (number, HTML of the
    note's text) pairs; ``reference`` is the reference document (``None``:
    pandoc's own styles).
    """

    def __init__(self, label: str, html: str, notes: list[tuple[int, str]], reference: Path | None, properties: DocxProperties) -> None:
        self.label = label
        self.reference = reference
        self._folder = tempfile.TemporaryDirectory(prefix="briefgen-docx-")
        self.work = Path(self._folder.name)
        (self.work / "brief.html").write_text(html, encoding="utf-8")
        facts = {**dataclasses.asdict(properties), "as_of": properties.as_of.isoformat()}
        job = {"notes": notes, "reference": str(reference) if reference else None, "properties": facts}
        (self.work / "job.json").write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
        package = str(Path(__file__).resolve().parent.parent.parent)  # the folder holding briefgen, wherever it runs from
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (package, os.environ.get("PYTHONPATH")) if p)}
        try:
            self._process: subprocess.Popen[bytes] | None = subprocess.Popen(
                [sys.executable, "-m", "briefgen.word.convert", str(self.work)],
                cwd=self.work,
                env=environment,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        except OSError as exc:
            self._folder.cleanup()
            raise BriefgenError([Problem(label, None, f"cannot start the Word conversion: {exc.strerror}")]) from None

    def result(self) -> bytes:
        """Wait for the conversion and return the ``.docx``; its problems as located errors."""
        assert self._process is not None, "DocxJob.result() called twice"
        process, self._process = self._process, None
        try:
            _, errors = process.communicate(timeout=CONVERSION_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise BriefgenError([Problem(self.label, None, "the Word conversion took too long")]) from None
        if process.returncode == 0:
            return (self.work / "brief.docx").read_bytes()
        if process.returncode == 1:
            found = json.loads((self.work / "problems.json").read_text(encoding="utf-8"))
            raise BriefgenError([self._problem(item["where"], item["message"]) for item in found])
        detail = errors.decode("utf-8", "replace").strip() or f"exit status {process.returncode}"
        raise RuntimeError(f"the Word conversion failed:\n{detail}")

    def close(self) -> None:
        """Stop the conversion if it still runs (the build failed meanwhile) and remove its folder."""
        if self._process is not None:
            self._process.kill()
            self._process.communicate()
            self._process = None
        self._folder.cleanup()

    def _problem(self, where: str, message: str) -> Problem:
        if where == "reference" and self.reference:
            return Problem(REFERENCE_DOCX, None, message, hint="check that it is a Word document (.docx) saved by Word or LibreOffice")
        return Problem(self.label, None, message)


def start_brief_docx(root: Path, brief: Brief, scope: Scope, document: Document) -> DocxJob:
    """Start the brief's Word document; call :meth:`DocxJob.result` for its bytes, and always :meth:`DocxJob.close`."""
    reference = root / REFERENCE_DOCX
    if reference.is_file():
        _check_reference(reference)
    meta = brief.meta
    properties = DocxProperties(
        title=meta.title,
        subject=meta.subtitle or "",
        keywords=", ".join(meta.topics),
        language=meta.language,
        marking=document.brand.marking(meta.classification) if document.brand is not None else meta.classification,
        as_of=scope.as_of,
    )
    notes = [(note.number, str(note.html)) for note in document.footnotes]
    return DocxJob(brief.path, document.html, notes, reference.resolve() if reference.is_file() else None, properties)


def _check_reference(path: Path) -> None:
    """A reference document must be a Word package with styles; say so plainly rather than relay pandoc's parser error."""
    hint = "save it from Word or LibreOffice as a Word document (.docx), or delete it to use pandoc's styles"
    try:
        with zipfile.ZipFile(path) as package:
            if "word/styles.xml" in package.namelist():
                return
            detail = "it has no styles (word/styles.xml)"
    except (zipfile.BadZipFile, OSError) as exc:
        detail = f"it cannot be read as one ({exc})"
    raise BriefgenError([Problem(REFERENCE_DOCX, None, f"the reference document is not a Word document: {detail}", hint=hint)])


def render_brief_docx(root: Path, brief: Brief, scope: Scope, document: Document) -> bytes:
    """Render the brief's Word document in memory, start to end."""
    job = start_brief_docx(root, brief, scope, document)
    try:
        return job.result()
    finally:
        job.close()
