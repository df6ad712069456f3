"""``briefgen verify``: re-check a PDF's provenance record against the corpus as it is now."""

from __future__ import annotations

import argparse

from briefgen.commands import project_root
from briefgen.errors import ExitCode, UsageError, print_problems

HELP = "re-check a PDF's cited quotes and sources against the current corpus"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "verify",
        help=HELP,
        description=(
            "Read the provenance record embedded in each PDF (provenance.json) and check it against facts/ as it is now: "
            "every cited source must still exist with the same archived text, and every quote must still be found in it. "
            "Claims whose source changed or vanished are listed; facts edited or removed since are warnings."
        ),
        epilog="Exit codes: 0 every claim still stands, 1 a claim's source changed or vanished (or the PDF has no record), 2 usage errors.",
    )
    parser.add_argument(
        "pdfs", nargs="+", metavar="PDF", help="briefgen PDFs, e.g. build/2025-04-10/pakistan-belarus-industrial-cooperation.pdf"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from briefgen.corpus.loader import load_corpus
    from briefgen.editions.verify import extract_provenance, looks_like_pdf, verify_record
    from briefgen.errors import Problem

    root = project_root(args)
    files = []
    for name in args.pdfs:
        path = Path(name) if Path(name).is_absolute() else Path.cwd() / name
        if not path.is_file():
            raise UsageError(f"no such file: '{name}'")
        files.append((name, path))
    corpus = load_corpus(root)
    failed = bool(corpus.errors)
    print_problems(corpus.errors)
    for name, path in files:
        data = path.read_bytes()
        if not looks_like_pdf(data):
            print_problems([Problem(name, None, "not a PDF file (it does not start with '%PDF-')")])
            failed = True
            continue
        record = extract_provenance(data)
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
