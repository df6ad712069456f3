"""``briefgen check``: verify the corpus and every brief's narrative."""

from __future__ import annotations

import argparse
import json
import sys

from briefgen.commands import parse_as_of, project_root
from briefgen.errors import ExitCode, print_problems

HELP = "verify every source and fact; report problems and discrepancies"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "check",
        help=HELP,
        description=(
            "Load facts/ and verify it: every field, every id, every topic, and every quote word for word against its archived source. "
            "Then render every brief's narrative (no PDF) to check its citations, templates and uncited claims."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print the whole validated corpus as one JSON document on stdout")
    parser.add_argument("--corpus-only", action="store_true", help="verify facts and sources only, not the briefs")
    parser.add_argument(
        "--no-link-proposals",
        action="store_true",
        help="do not look for facts that may report one event or figure (decisions in facts/links.yaml still count)",
    )
    parser.add_argument("--as-of", metavar="DATE", help="render the briefs as of DATE (YYYY-MM-DD), as build --as-of would")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from briefgen.corpus.loader import load_corpus
    from briefgen.corpus.report import corpus_json, summary_text

    root = project_root(args)
    as_of = parse_as_of(args.as_of)
    corpus = load_corpus(root)
    proposals = [] if corpus.errors or args.no_link_proposals else corpus.link_proposals()
    corpus.problems.extend(corpus.proposal_warning(p) for p in proposals)
    if not corpus.errors and not args.corpus_only:
        from briefgen.render.pipeline import check_briefs

        corpus.problems.extend(check_briefs(root, corpus, as_of))
    if args.json:
        json.dump(corpus_json(corpus, proposals), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    print_problems(corpus.problems)
    if not args.json:
        print(summary_text(corpus))
    return ExitCode.CONTENT if corpus.errors else ExitCode.OK
