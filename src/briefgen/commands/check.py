"""``briefgen check``: verify the corpus and every brief's narrative."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from briefgen.commands import parse_as_of, project_root
from briefgen.commands.ending import keep_until_exit
from briefgen.errors import ExitCode, print_problems

if TYPE_CHECKING:
    from briefgen.render.claims import AssessmentPlace

HELP = "verify every source and fact; report problems and discrepancies"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "check",
        help=HELP,
        description=(
            "Load facts/ and verify it: every field, every id, every topic, and every quote word for word against its archived source. "
            "Then read every branch of every brief and the partials it includes for unknown helpers, filters, names, fact ids "
            "and partials, and render each brief (HTML only, no file written) at every date on which a source in its topics "
            "was published, so that a brief which builds today but not at another as-of date is reported with that date. "
            "Every sentence must cite a fact or stand in a '::: assessment' block; the assessment blocks are listed."
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
    from briefgen.corpus.parse_ahead import parsing_ahead

    root = project_root(args)
    as_of = parse_as_of(args.as_of)
    with parsing_ahead(root):  # the facts files parsed on the other core while the loader is imported
        from briefgen.corpus.loader import load_corpus
        from briefgen.corpus.report import corpus_json, find_possible, possible_warning, summary_text

        corpus = load_corpus(root, propose_links=not args.no_link_proposals)
    keep_until_exit(corpus)  # a process that ends once the check is printed does not free it first
    assessments: list[AssessmentPlace] = []
    if corpus.errors:
        corpus.discard_linking()
    proposals = [] if corpus.errors or args.no_link_proposals else corpus.link_proposals()
    corpus.problems.extend(corpus.proposal_warning(p) for p in proposals)
    possible = find_possible(corpus) if proposals else []
    corpus.problems.extend(possible_warning(corpus, p) for p in possible)
    if not corpus.errors and not args.corpus_only:
        from briefgen.render.brief import brief_slugs

        slugs = brief_slugs(root)
        if slugs:  # the renderer and its libraries are imported only when there is a brief to render
            from briefgen.editions.dependencies import stale_prose_warnings
            from briefgen.render.pipeline import check_briefs

            corpus.problems.extend(check_briefs(root, corpus, as_of, assessments=assessments))
            corpus.problems.extend(stale_prose_warnings(root, corpus, slugs))
    if args.json:
        document = corpus_json(corpus, proposals, possible)
        document["assessments"] = [{"brief": a.brief, "path": a.path, "line": a.line, "text": a.text} for a in assessments]
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    print_problems(corpus.problems)
    if not args.json:
        # Not problems: the author's judgements, listed so a reviewer can read them together.
        for assessment in assessments:
            print(assessment.format())
        print(summary_text(corpus))
    return ExitCode.CONTENT if corpus.errors else ExitCode.OK
