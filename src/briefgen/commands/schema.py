"""``briefgen schema``: write the JSON Schemas editors' YAML editors use."""

from __future__ import annotations

import argparse
import sys

from briefgen.commands import project_root
from briefgen.errors import ExitCode, UsageError
from briefgen.project import inside

HELP = "write JSON Schemas for facts, sources and brief front matter"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "schema",
        help=HELP,
        description=(
            "Generate JSON Schema files from briefgen's data model, for YAML editors that complete fields and flag mistakes "
            "as you type (facts files name theirs with a '# yaml-language-server: $schema=../schemas/fact-file.schema.json' line)."
        ),
    )
    parser.add_argument("--out", metavar="DIR", default="schemas", help="folder inside the project to write them to (default: schemas)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the files in DIR differ from the model")
    parser.add_argument("--fields", action="store_true", help="print the brief front-matter fields as a Markdown table instead")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from briefgen.schema import fields_markdown, stale_schemas, write_schemas

    if args.fields:
        sys.stdout.write(fields_markdown())
        return ExitCode.OK
    root = project_root(args)
    folder = (root / args.out).resolve()
    if not inside(root, folder):
        raise UsageError(f"--out '{args.out}' is outside the project", hint="use a folder inside the project, such as schemas/")
    if args.check:
        stale = stale_schemas(folder)
        for name in stale:
            print(f"{args.out.rstrip('/')}/{name}: out of date (run `briefgen schema`)", file=sys.stderr)
        return ExitCode.CONTENT if stale else ExitCode.OK
    for path in write_schemas(folder):
        print(f"wrote {path.relative_to(root.resolve()).as_posix()}")
    return ExitCode.OK
