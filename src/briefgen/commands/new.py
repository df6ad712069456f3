"""``briefgen new``: start a brief from a kind's or a layout's starter, or from an existing brief.

With ``--kind`` the questions a desk officer answers (topics, entities, as-of
date, occasion) go into the front matter, so the brief builds and passes
``check`` at once; on a terminal, the ones not given on the command line are
asked (Enter keeps the starter's default).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from briefgen.commands import date_option, project_root
from briefgen.errors import ExitCode, print_problems
from briefgen.project import BRIEF_KINDS

HELP = "start a new brief: a pre-visit brief, a standing brief, a topic note, a one-page summary, or a copy"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "new",
        help=HELP,
        description=(
            "Create briefs/BRIEF-SLUG.md. With --kind, from that kind's starter (templates/starters/<kind>.md), whose "
            "sections are made from the facts in scope and left out when they have nothing to say; the answers below go "
            "into its front matter, and on a terminal the ones not given are asked. Without --kind, from the layout's "
            "starter (templates/starters/<layout>.md, else a built-in one) or, with --from, as a copy of an existing "
            "brief with a new title. --kind summary --from BRIEF makes a one-page summary of BRIEF that takes its scope from it "
            "at every build. Never replaces an existing file."
        ),
        epilog="example: briefgen new pm-minsk-visit --kind pre-visit --topics agriculture,tractors --as-of 2025-04-10 "
        '--for "the Prime Minister\'s visit to Minsk"',
    )
    parser.add_argument("slug", metavar="BRIEF-SLUG", help="the new brief's name: lowercase letters, digits and '-'")
    parser.add_argument("--kind", choices=BRIEF_KINDS, help="the kind of brief, each with its own starter")
    parser.add_argument("--from", dest="copy_from", metavar="EXISTING", help="copy this existing brief instead of a starter")
    parser.add_argument("--title", help="the new brief's title (default: made from the name)")
    parser.add_argument("--topics", metavar="T1,T2", help="topics in scope, from facts/vocabulary.yaml (default: all)")
    parser.add_argument("--entities", metavar="E1,E2", help="people or organisations in focus: only facts naming one are in scope")
    parser.add_argument("--as-of", metavar="DATE", help="the date the brief is written as of (YYYY-MM-DD; default: newest source)")
    parser.add_argument("--for", dest="occasion", metavar="OCCASION", help='what the brief is for, e.g. "the visit to Minsk"')
    parser.add_argument("--no-input", action="store_true", help="never ask questions, even on a terminal")
    parser.add_argument("--layout", default="brief", help="whose starter to use without --kind (default: brief)")
    parser.set_defaults(handler=run)


def _items(text: str | None) -> tuple[str, ...] | None:
    """``"a, b"`` → ``("a", "b")``; None stays None (the starter's own line is kept)."""
    if text is None:
        return None
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _ask(question: str) -> str | None:
    """One question on the terminal; an empty answer keeps the default."""
    answer = input(f"{question}: ").strip()
    return answer or None


def _ask_missing(args: argparse.Namespace) -> None:
    """Ask, on a terminal, for what the command line did not say."""
    if args.title is None:
        args.title = _ask("Title (Enter: made from the name)")
    if args.topics is None:
        args.topics = _ask("Topics, comma-separated (Enter: all; see facts/vocabulary.yaml)")
    if args.entities is None:
        args.entities = _ask("People or organisations in focus, comma-separated (Enter: none)")
    if args.as_of is None:
        args.as_of = _ask("As of date, YYYY-MM-DD (Enter: the newest source)")
    if args.occasion is None:
        args.occasion = _ask("What is it for, e.g. the visit to Minsk (Enter: nothing)")


def run(args: argparse.Namespace) -> int:
    from briefgen.scaffold import Answers, new_brief

    root = project_root(args)
    if args.kind and args.kind != "summary" and not args.no_input and sys.stdin.isatty() and sys.stdout.isatty():
        _ask_missing(args)
    as_of: dt.date | None = date_option("--as-of", args.as_of) if args.as_of else None
    answers = Answers(title=args.title, topics=_items(args.topics), entities=_items(args.entities), as_of=as_of, occasion=args.occasion)
    made = new_brief(root, args.slug, title=args.title, copy_from=args.copy_from, layout=args.layout, kind=args.kind, answers=answers)
    print(f"created {made.display} from {made.origin}")
    if made.problems:
        print_problems(made.problems)
        return ExitCode.CONTENT
    print(f"build it with: briefgen build {args.slug}    preview it with: briefgen serve {args.slug}")
    return ExitCode.OK
