"""``briefgen new``: start a brief from a layout's starter or from an existing brief."""

from __future__ import annotations

import argparse

from briefgen.commands import project_root
from briefgen.errors import ExitCode, print_problems

HELP = "start a new brief from a starter or a copy of another brief"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "new",
        help=HELP,
        description=(
            "Create briefs/BRIEF-SLUG.md from the layout's starter (templates/starters/<layout>.md, else a built-in one) "
            "or, with --from, as a copy of an existing brief with a new title. Never replaces an existing file."
        ),
    )
    parser.add_argument("slug", metavar="BRIEF-SLUG", help="the new brief's name: lowercase letters, digits and '-'")
    parser.add_argument("--from", dest="copy_from", metavar="EXISTING", help="copy this existing brief instead of a starter")
    parser.add_argument("--title", help="the new brief's title (default: made from the name)")
    parser.add_argument("--layout", default="brief", help="whose starter to use (default: brief)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from briefgen.scaffold import new_brief

    root = project_root(args)
    made = new_brief(root, args.slug, title=args.title, copy_from=args.copy_from, layout=args.layout)
    print(f"created {made.display} from {made.origin}")
    if made.problems:
        print_problems(made.problems)
        return ExitCode.CONTENT
    print(f"preview it with: briefgen serve {args.slug}")
    return ExitCode.OK
