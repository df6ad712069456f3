"""``briefgen helpers``: every template helper and filter, from the code's own docstrings.

The catalogue itself is :mod:`briefgen.render.catalog`; this command prints it.
"""

from __future__ import annotations

import argparse
import sys

from briefgen.errors import ExitCode

HELP = "list the helpers and filters templates can use, with examples"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "helpers",
        help=HELP,
        description=(
            "List every helper (called as name(...)) and filter (written after a value as | name) with what it does and an example, "
            "what the records they return hold, and the project's partials, all taken from the code and the templates themselves."
        ),
    )
    parser.add_argument("--markdown", action="store_true", help="print Markdown (as in docs/editing.md) instead of plain text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from briefgen.commands import project_root
    from briefgen.render.catalog import markdown, partials_markdown, plain_text

    root = project_root(args)
    if args.markdown:
        sys.stdout.write(markdown() + "\n" + partials_markdown(root))
    else:
        sys.stdout.write(plain_text(root))
    return ExitCode.OK
