"""``briefgen verify``: re-check a PDF's provenance record against the corpus as it is now."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefgen.commands import project_root
from briefgen.errors import ExitCode, Problem, UsageError, print_problems
from briefgen.limits import memory_budget_mb, memory_ceiling

HELP = "re-check a PDF's cited quotes and sources against the current corpus"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "verify",
        help=HELP,
        description=(
            "Read the provenance record embedded in each PDF (provenance.json) and check it against facts/ as it is now: "
            "every cited source must still exist with the same archived text, every quote must still be found in it, "
            "and every cited fact's id, claim, quote and source must be those in facts/. Every difference is listed and fails."
        ),
        epilog="Exit codes: 0 every claim still stands, 1 anything differs (or no record, an empty one, an unreadable PDF), 2 usage.",
    )
    parser.add_argument(
        "pdfs", nargs="+", metavar="PDF", help="briefgen PDFs, e.g. build/2025-04-10/pakistan-belarus-industrial-cooperation.pdf"
    )
    parser.set_defaults(handler=run)


MAX_PDF_BYTES = 256 * 1024 * 1024


def _read_pdf(name: str, path: Path) -> tuple[bytes, Problem | None]:
    """The PDF's bytes: a regular file under 256 MB (a pipe or a device is not read)."""
    from briefgen.errors import BriefgenError
    from briefgen.loading.projectfile import read_project_bytes

    try:
        return read_project_bytes(path.resolve().parent, path, name, limit=MAX_PDF_BYTES), None
    except (OSError, BriefgenError) as exc:
        problem = exc.problems[0] if isinstance(exc, BriefgenError) else Problem(name, None, f"cannot read file: {exc.strerror}")
        return b"", problem


def run(args: argparse.Namespace) -> int:
    from briefgen.corpus.loader import load_corpus
    from briefgen.editions.verify import extract_provenance, looks_like_pdf, verify_record

    root = project_root(args)
    files = []
    for name in args.pdfs:
        path = Path(name) if Path(name).is_absolute() else Path.cwd() / name
        if not path.exists():
            raise UsageError(f"no such file: '{name}'")
        files.append((name, path))
    corpus = load_corpus(root)
    failed = bool(corpus.errors)
    print_problems(corpus.errors)
    for name, path in files:
        data, problem = _read_pdf(name, path)
        if problem is not None:
            print_problems([problem])
            failed = True
            continue
        if not looks_like_pdf(data):
            print_problems([Problem(name, None, "not a PDF file (it does not start with '%PDF-')")])
            failed = True
            continue
        try:
            with memory_ceiling(memory_budget_mb()):
                record = extract_provenance(data)
        except MemoryError:
            print_problems([Problem(name, None, f"reading this PDF needed more than {memory_budget_mb()} MB of memory and was stopped")])
            failed = True
            continue
        if record is None:
            print_problems([Problem(name, None, "no briefgen provenance record (provenance.json) in this file")])
            failed = True
            continue
        result = verify_record(record, corpus, name)
        print_problems(result.failures + result.warnings)
        edition = f"{record.get('brief')} as of {record.get('as_of')}"
        if result.failures:
            failed = True
            print(f"{name}: FAILED: {len(result.failures)} of {result.claims} claims no longer stand ({edition})")
        else:
            print(f"{name}: ok: {result.claims} claims from {result.sources} sources still stand ({edition})")
    return ExitCode.CONTENT if failed else ExitCode.OK
