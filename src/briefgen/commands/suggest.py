"""``briefgen suggest``: draft facts from an archived source, for an editor to curate."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import TYPE_CHECKING

from briefgen.commands import project_root
from briefgen.errors import ExitCode, Problem, print_problems
from briefgen.project import FACTS_DIR, VOCABULARY_FILE

if TYPE_CHECKING:
    from briefgen.corpus.loader import Corpus
    from briefgen.suggest.drafts_file import Draft

HELP = "draft facts from an archived source into facts/drafts/ for curation"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "suggest",
        help=HELP,
        description=(
            "Read an archived source and write draft facts to facts/drafts/<id>.yaml: one per check-worthy statement "
            "(figures, money, percentages, dates, agreements, visits, supplies, named projects), each with a claim marked "
            "[draft], an exact quote that passes the quote check, a date resolved against the publication date, a kind, "
            "topics from facts/vocabulary.yaml and a value where a figure is stated. Drafts are checked but never citable "
            "until an editor curates them into facts/<theme>.yaml."
        ),
    )
    parser.add_argument("source_id", metavar="SOURCE-ID", help="the id of an archived source (facts/sources/<id>.md)")
    parser.add_argument("--out", metavar="FILE", help="where to write the drafts, inside the project (default: facts/drafts/<id>.yaml)")
    parser.add_argument("--force", action="store_true", help="replace an existing drafts file")
    parser.add_argument(
        "--include-known",
        action="store_true",
        help="also propose passages that curated facts already quote (each marked with the fact's id); by default they are only listed",
    )
    parser.add_argument("--dry-run", action="store_true", help="print the drafts instead of writing them")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from briefgen.corpus.loader import load_corpus
    from briefgen.suggest.drafts import suggest

    root = project_root(args)
    corpus = load_corpus(root)
    source_problems = [p for p in corpus.errors if p.path == f"facts/sources/{args.source_id}.md"]
    if source_problems:
        print_problems(source_problems)
        return ExitCode.CONTENT
    if not corpus.vocabulary.topics:
        # Every draft carries at least one topic of the vocabulary: without one, no draft could pass the fact check.
        print_problems(vocabulary_problems(corpus))
        return ExitCode.CONTENT
    result = suggest(root, corpus, args.source_id, out=args.out, force=args.force, dry_run=args.dry_run, include_known=args.include_known)
    print_problems(result.warnings)
    for note in link_notes(corpus, result.drafts, result.path):
        print(note, file=sys.stderr)
    kinds = Counter(str(d.fields["kind"]) for d in result.drafts)
    summary = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in sorted(kinds.items()))
    if result.known:
        print(
            f"{result.path}: {len(result.known)} passage(s) already quoted by curated facts were not proposed again "
            "(listed at the top of the file; --include-known proposes them)",
            file=sys.stderr,
        )
    if args.dry_run:
        sys.stdout.write(result.text)
        print(f"# dry run: {len(result.drafts)} drafts ({summary}) would go to {result.path}", file=sys.stderr)
    else:
        print(f"wrote {result.path}: {len(result.drafts)} draft facts ({summary or 'none'}); curate them, then run briefgen check")
    return ExitCode.OK


def vocabulary_problems(corpus: Corpus) -> list[Problem]:
    """Why no draft can be given a topic: no facts/ folder here, the vocabulary's own problems, or that it lists none."""
    found = [p for p in corpus.errors if p.path in (FACTS_DIR, VOCABULARY_FILE)]
    if not found:
        found = [Problem(VOCABULARY_FILE, None, "the topic vocabulary lists no topics")]
    hint = (
        "suggest gives every draft a topic from it; list the project's topics under 'topics:', "
        "as docs/corpus.md shows under 'The topic vocabulary'"
    )
    return [Problem(p.path, p.line, p.message, hint=p.hint or hint) for p in found]


def link_notes(corpus: Corpus, drafts: list[Draft], path: str) -> list[str]:
    """For each draft, the curated fact it may report the same event or figure as, and the id to give it.

    A draft cannot be linked in facts/links.yaml; the editor curating it learns
    here which event id or metric makes it count with the other reports.
    """
    from pydantic import ValidationError

    from briefgen.corpus.models import Fact
    from briefgen.corpus.proposals import draft_links

    facts = []
    for draft in drafts:
        try:
            facts.append(Fact.model_validate(draft.fields))
        except ValidationError:  # a draft the check will report anyway
            continue
    notes = []
    seen: set[str] = set()
    for draft_fact, fact, _score, evidence in draft_links(corpus.linked_facts(), facts):
        if draft_fact.id in seen:
            continue  # the best match only
        seen.add(draft_fact.id)
        if draft_fact.value is not None and fact.value is not None:
            key = f"metric: {fact.value.metric}"
        else:
            key = f"event: {fact.event}" if fact.event else "the event id you give both"
        notes.append(f"{path}: draft '{draft_fact.id}' may report what '{fact.id}' reports ({evidence}); when you curate it, give it {key}")
    return notes
