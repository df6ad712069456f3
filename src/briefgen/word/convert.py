"""The Word conversion, run in a process of its own: ``python -m briefgen.word.convert FOLDER``.

The build starts this process (:mod:`briefgen.word.output`) before it draws
the PDF and collects its file afterwards, so on a machine with a core free the
Word document costs the build next to no time.  ``FOLDER`` holds what the
build left there: ``brief.html`` (the edition's HTML) and ``job.json`` (the
notes, the reference document, the properties).  The process writes
``brief.docx`` and exits 0; or writes ``problems.json`` (a list of
``{"where": "brief" | "reference", "message": ...}``) and exits 1 for a
problem the editor can fix; or exits 2 with a traceback for a bug.

Steps: :func:`~briefgen.word.prepare.prepare_html`; pandoc (the binary in the
``pypandoc-binary`` wheel, ``--sandbox``: it reads only the files named on its
command line, never a URL) reads the HTML into its JSON tree;
:class:`~briefgen.word.notes.WordTree` rewrites it; pandoc writes the
``.docx`` with the reference document's styles; :func:`~briefgen.word.finish.finish_docx`
adds the marking and properties and fixes the dates.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import traceback
from pathlib import Path

PANDOC_TIMEOUT_SECONDS = 300.0


class ConversionProblem(Exception):
    """A problem the editor can fix; ``where`` is ``brief`` or ``reference``."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(message)
        self.where = where


def pandoc(arguments: list[str], work: Path, where: str) -> None:
    """Run the sandboxed pandoc in ``work``; its failure is a :class:`ConversionProblem` with its last word."""
    import pypandoc

    try:
        command = [pypandoc.get_pandoc_path(), "--sandbox", *arguments]
    except OSError:
        raise ConversionProblem("brief", "pandoc is not installed (pip install pypandoc-binary)") from None
    try:
        done = subprocess.run(command, cwd=work, capture_output=True, timeout=PANDOC_TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise ConversionProblem(where, "pandoc took too long") from None
    if done.returncode != 0:
        lines = [line.strip() for line in done.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
        raise ConversionProblem(where, f"pandoc could not write the Word document: {lines[-1] if lines else 'no message'}")


def convert(work: Path) -> None:
    """Make ``work/brief.docx`` from ``work/brief.html`` and ``work/job.json``."""
    from briefgen.word.finish import DocxProperties, finish_docx
    from briefgen.word.images import ImageRefused
    from briefgen.word.notes import WordTree
    from briefgen.word.prepare import prepare_html

    job = json.loads((work / "job.json").read_text(encoding="utf-8"))
    try:
        prepared = prepare_html((work / "brief.html").read_text(encoding="utf-8"), [(int(n), str(h)) for n, h in job["notes"]])
    except ImageRefused as exc:
        raise ConversionProblem("brief", f"cannot make the Word document: {exc}") from None
    (work / "prepared.html").write_text(prepared, encoding="utf-8")
    pandoc(["--from=html", "--to=json", "--output=tree.json", "prepared.html"], work, "brief")
    tree = json.loads((work / "tree.json").read_text(encoding="utf-8"))
    (work / "word.json").write_text(json.dumps(WordTree(tree).rewrite(), ensure_ascii=False), encoding="utf-8")
    reference = job.get("reference")
    styles = [f"--reference-doc={reference}"] if reference else []
    pandoc(["--from=json", "--to=docx", "--output=pandoc.docx", *styles, "word.json"], work, "reference" if reference else "brief")
    facts = job["properties"]
    properties = DocxProperties(**{**facts, "as_of": dt.date.fromisoformat(facts["as_of"])})
    (work / "brief.docx").write_bytes(finish_docx((work / "pandoc.docx").read_bytes(), properties))


def main(arguments: list[str]) -> int:
    """Exit 0 with ``brief.docx`` written, 1 with ``problems.json``, 2 (and a traceback) for a bug."""
    work = Path(arguments[0])
    try:
        convert(work)
    except ConversionProblem as problem:
        (work / "problems.json").write_text(json.dumps([{"where": problem.where, "message": str(problem)}]), encoding="utf-8")
        return 1
    except Exception:
        traceback.print_exc()
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
