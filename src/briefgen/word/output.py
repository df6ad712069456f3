"""A brief's Word document: the built HTML through pandoc, then the marking and properties.

Glue between the build and the Word stage.  pandoc runs twice, sandboxed
(``--sandbox``: it reads only the files named on its command line, never a
URL): once to read the prepared HTML into its document tree, which
:mod:`briefgen.word.notes` rewrites, and once to write the ``.docx`` with the
project's ``templates/word/reference.docx`` for the styles (pandoc's own
styles when a project has none).  :mod:`briefgen.word.finish` then adds the
marking and the properties and fixes the file's dates, so rebuilding the same
inputs gives the same bytes.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from briefgen.errors import BriefgenError, Problem
from briefgen.project import TEMPLATES_DIR
from briefgen.render.brief import Brief
from briefgen.render.document import Document
from briefgen.render.scope import Scope

#: The styles of every Word document a project builds; an editor restyles it in Word.
REFERENCE_DOCX = f"{TEMPLATES_DIR}/word/reference.docx"


def _pandoc(source: str, to: str, fmt: str, args: list[str], outputfile: str | None = None) -> str:
    import pypandoc  # pandoc itself ships in the pypandoc-binary wheel

    result: str = pypandoc.convert_text(source, to, format=fmt, extra_args=["--sandbox", *args], outputfile=outputfile)
    return result


def html_to_docx(html: str, reference: Path | None) -> bytes:
    """pandoc's Word document for the prepared HTML, its notes made real footnotes."""
    from briefgen.word.notes import WordTree

    tree = json.loads(_pandoc(html, "json", "html", []))
    rewritten = json.dumps(WordTree(tree).rewrite(), ensure_ascii=False)
    with tempfile.TemporaryDirectory(prefix="briefgen-docx-") as folder:
        target = Path(folder) / "brief.docx"
        args = [f"--reference-doc={reference}"] if reference else []
        _pandoc(rewritten, "docx", "json", args, outputfile=str(target))
        return target.read_bytes()


def render_brief_docx(root: Path, brief: Brief, scope: Scope, document: Document) -> bytes:
    """Render the brief's Word document in memory."""
    from briefgen.word.finish import DocxProperties, finish_docx
    from briefgen.word.images import ImageRefused
    from briefgen.word.prepare import prepare_html

    reference_path = root / REFERENCE_DOCX
    reference = reference_path.resolve() if reference_path.is_file() else None
    try:
        prepared = prepare_html(document.html, [(note.number, str(note.html)) for note in document.footnotes])
    except ImageRefused as exc:
        raise BriefgenError([Problem(brief.path, None, f"cannot make the Word document: {exc}")]) from None
    try:
        docx = html_to_docx(prepared, reference)
    except (RuntimeError, OSError) as exc:
        where = REFERENCE_DOCX if reference else brief.path
        hint = "check that it is a Word document (.docx) saved by Word or LibreOffice" if reference else None
        raise BriefgenError([Problem(where, None, f"pandoc could not write the Word document: {_first_line(exc)}", hint=hint)]) from None
    properties = DocxProperties(
        title=brief.meta.title,
        subject=brief.meta.subtitle or "",
        keywords=", ".join(brief.meta.topics),
        language=brief.meta.language,
        marking=brief.meta.classification,
        as_of=scope.as_of,
    )
    return finish_docx(docx, properties)


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__
