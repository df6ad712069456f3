"""A brief's Word document: the built HTML through pandoc, then the marking and properties.

Glue between the build and the Word stage.  pandoc (the binary that ships in
the ``pypandoc-binary`` wheel) runs twice, sandboxed (``--sandbox``: it reads
only the files named on its command line, never a URL): once to read the
prepared HTML into its document tree, which :mod:`briefgen.word.notes`
rewrites, and once to write the ``.docx`` with the project's
``templates/word/reference.docx`` for the styles (pandoc's own styles when a
project has none).  :mod:`briefgen.word.finish` then adds the marking and the
properties and fixes the file's dates, so rebuilding the same inputs gives the
same bytes.

The first pandoc runs in its own process while the build draws the PDF
(:func:`start_brief_docx`, then :meth:`DocxJob.result`): on a machine with a
second core free, reading the HTML costs the build no time.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import zipfile
from pathlib import Path

from briefgen.errors import BriefgenError, Problem
from briefgen.project import TEMPLATES_DIR
from briefgen.render.brief import Brief
from briefgen.render.document import Document
from briefgen.render.scope import Scope
from briefgen.word.finish import DocxProperties, finish_docx

#: The styles of every Word document a project builds; an editor restyles it in Word.
REFERENCE_DOCX = f"{TEMPLATES_DIR}/word/reference.docx"
PANDOC_TIMEOUT_SECONDS = 300.0


def pandoc_command(label: str) -> list[str]:
    """pandoc, as shipped in the pypandoc-binary wheel (or found on PATH by pypandoc), sandboxed."""
    import pypandoc

    try:
        return [pypandoc.get_pandoc_path(), "--sandbox"]
    except OSError:
        hint = "install briefgen's dependencies again: pip install pypandoc-binary"
        problem = Problem(label, None, "cannot make the Word document: pandoc is not installed", hint=hint)
        raise BriefgenError([problem]) from None


class DocxJob:
    """One Word document under way: its prepared HTML is being read by pandoc in its own process.

    ``label`` names the brief in messages; ``reference`` is the reference
    document for the styles (``None``: pandoc's own).
    """

    def __init__(self, label: str, html: str, reference: Path | None, properties: DocxProperties) -> None:
        self.label = label
        self.reference = reference
        self.properties = properties
        self.command = pandoc_command(label)
        self._folder = tempfile.TemporaryDirectory(prefix="briefgen-docx-")
        self.work = Path(self._folder.name)
        (self.work / "brief.html").write_text(html, encoding="utf-8")
        read = [*self.command, "--from=html", "--to=json", "--output=tree.json", "brief.html"]
        try:
            self._reader: subprocess.Popen[bytes] | None = subprocess.Popen(
                read, cwd=self.work, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )
        except OSError as exc:
            self._folder.cleanup()
            raise BriefgenError([Problem(label, None, f"cannot start pandoc: {exc.strerror}")]) from None

    def result(self) -> bytes:
        """Wait for pandoc's reading, rewrite the notes, write and finish the ``.docx``; its bytes."""
        from briefgen.word.notes import WordTree

        assert self._reader is not None, "DocxJob.result() called twice"
        reader, self._reader = self._reader, None
        try:
            _, errors = reader.communicate(timeout=PANDOC_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            reader.kill()
            reader.communicate()
            raise self._failure("pandoc took too long to read the brief") from None
        if reader.returncode != 0:
            raise self._failure(_last_line(errors))
        tree = json.loads((self.work / "tree.json").read_text(encoding="utf-8"))
        (self.work / "word.json").write_text(json.dumps(WordTree(tree).rewrite(), ensure_ascii=False), encoding="utf-8")
        write = [*self.command, "--from=json", "--to=docx", "--output=brief.docx"]
        if self.reference:
            write.append(f"--reference-doc={self.reference}")
        try:
            done = subprocess.run([*write, "word.json"], cwd=self.work, capture_output=True, timeout=PANDOC_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            raise self._failure("pandoc took too long to write the Word document") from None
        if done.returncode != 0:
            raise self._failure(_last_line(done.stderr))
        return finish_docx((self.work / "brief.docx").read_bytes(), self.properties)

    def close(self) -> None:
        """Stop pandoc if it still runs (the build failed meanwhile) and remove the working folder."""
        if self._reader is not None:
            self._reader.kill()
            self._reader.communicate()
            self._reader = None
        self._folder.cleanup()

    def _failure(self, detail: str) -> BriefgenError:
        if self.reference:
            hint = "check that it is a Word document (.docx) saved by Word or LibreOffice"
            return BriefgenError([Problem(REFERENCE_DOCX, None, f"pandoc could not write the Word document: {detail}", hint=hint)])
        return BriefgenError([Problem(self.label, None, f"pandoc could not write the Word document: {detail}")])


def start_brief_docx(root: Path, brief: Brief, scope: Scope, document: Document) -> DocxJob:
    """Start the brief's Word document; call :meth:`DocxJob.result` for its bytes, and always :meth:`DocxJob.close`."""
    from briefgen.word.images import ImageRefused
    from briefgen.word.prepare import prepare_html

    try:
        html = prepare_html(document.html, [(note.number, str(note.html)) for note in document.footnotes])
    except ImageRefused as exc:
        raise BriefgenError([Problem(brief.path, None, f"cannot make the Word document: {exc}")]) from None
    reference = root / REFERENCE_DOCX
    if reference.is_file():
        _check_reference(reference)
    meta = brief.meta
    properties = DocxProperties(
        title=meta.title,
        subject=meta.subtitle or "",
        keywords=", ".join(meta.topics),
        language=meta.language,
        marking=meta.classification,
        as_of=scope.as_of,
    )
    return DocxJob(brief.path, html, reference.resolve() if reference.is_file() else None, properties)


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


def _last_line(errors: bytes) -> str:
    lines = [line.strip() for line in errors.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1] if lines else "pandoc failed without a message"
