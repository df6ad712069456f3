"""``briefgen sources add``: archive an article (a text file, a saved page or a URL)."""

from __future__ import annotations

import argparse
import sys

from briefgen.commands import date_option, project_root
from briefgen.errors import ExitCode, Problem, UsageError, print_problems

HELP = "archive articles into facts/sources/ (sources add FILE|URL)"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "sources",
        help=HELP,
        description="Manage the archived articles in facts/sources/.",
    )
    actions = parser.add_subparsers(dest="sources_command", metavar="ACTION")
    actions.required = True
    add = actions.add_parser(
        "add",
        help="archive one article from a text file, a saved HTML page or an http(s) URL",
        description=(
            "Archive an article as facts/sources/<id>.md: the body word for word, page furniture removed "
            "(a leading 'date' line, share and follow buttons, gallery counters and captions, menus, 'Also Read' links, "
            "'Updated' and byline lines, the repeated headline), and the metadata the text itself states "
            "(headline, dateline place, publication date, outlet, author). What the text does not state stays empty "
            "unless an option gives it; notes say what was removed and why a field is empty. "
            "An article with no publication date is refused unless --published or --undated is given. "
            "HTML pages go through trafilatura's main-text extraction. An article or id already archived is refused."
        ),
    )
    add.add_argument("target", metavar="FILE|URL", help="a .txt or .html file, or an http:// or https:// address")
    add.add_argument("--outlet", help="the publisher, when the text does not name it")
    dated = add.add_mutually_exclusive_group()
    dated.add_argument("--published", metavar="YYYY-MM-DD", help="the publication date, when the text does not state it")
    dated.add_argument(
        "--undated",
        action="store_true",
        help="archive an article that states no publication date (refused otherwise: its facts cannot be cited until it has one)",
    )
    add.add_argument("--title", help="the headline, when the text does not show it")
    add.add_argument("--author", help="the byline, when the text does not show it")
    add.add_argument("--url", help="where the article was published (https://…), for a saved page")
    add.add_argument(
        "--id", dest="source_id", metavar="ID", help="the source id (default: outlet-date, or the headline's words and the date)"
    )
    which = add.add_mutually_exclusive_group()
    which.add_argument("--part", type=int, metavar="N", help="the page holds several articles: keep the N-th")
    which.add_argument("--all-parts", action="store_true", help="the page holds several articles: keep them all")
    which.add_argument(
        "--one-article",
        action="store_true",
        help="the page is one article, though its shapes (a credit line over a caption) look like two: keep it whole",
    )
    add.add_argument(
        "--timeout", type=float, default=20.0, metavar="SECONDS", help="give up fetching a URL after this long in all (default 20)"
    )
    add.add_argument(
        "--allow-private",
        action="store_true",
        help="also fetch from loopback, private and link-local addresses (a mirror on your own network); refused by default",
    )
    add.add_argument("--dry-run", action="store_true", help="print the file(s) that would be written; write nothing")
    add.set_defaults(handler=run)
    register_edit(actions)


def register_edit(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``sources edit``: fix an archived source's metadata, or rename its id across the facts."""
    edit = actions.add_parser(
        "edit",
        help="fix an archived source's metadata in place, or rename its id in every fact that cites it",
        description=(
            "Rewrite the front-matter fields given (the article body stays byte for byte) and record the change in notes. "
            "With --id NEW, the file becomes facts/sources/NEW.md and every 'source: ID' line in facts/*.yaml and "
            "facts/drafts/*.yaml is rewritten; all files change together, or none do. Then the corpus is checked."
        ),
    )
    edit.add_argument("source_id", metavar="ID", help="the id of the archived source (its file name without .md)")
    edit.add_argument("--outlet", help="the publisher")
    edit.add_argument("--published", metavar="YYYY-MM-DD", help="the publication date")
    edit.add_argument("--title", help="the headline")
    edit.add_argument("--author", help="the byline")
    edit.add_argument("--url", help="where the article was published (https://…)")
    edit.add_argument("--place", help="the dateline's place")
    edit.add_argument("--id", dest="new_id", metavar="NEW-ID", help="rename the source, and its citations in every fact file")
    edit.add_argument("--dry-run", action="store_true", help="print what would change; write nothing")
    edit.set_defaults(handler=run_edit)


def run_edit(args: argparse.Namespace) -> int:
    """Edit one source, then report the corpus's problems as ``check --corpus-only`` would."""
    from briefgen.corpus.loader import load_corpus
    from briefgen.ingest.edit import FIELDS, edit_source

    root = project_root(args)
    values = {key: getattr(args, key) for key in FIELDS if getattr(args, key) is not None}
    if "published" in values:
        values["published"] = date_option("--published", values["published"]).isoformat()
    before = load_corpus(root) if args.new_id else None
    result = edit_source(root, args.source_id, values, args.new_id, dry_run=args.dry_run)
    verb = "would" if args.dry_run else "did"
    print(f"{'would change' if args.dry_run else 'changed'} {result.source_path}: {'; '.join(result.changes)}")
    if result.new_source_path != result.source_path:
        print(f"{verb} rename {result.source_path} to {result.new_source_path}")
    for name, count in result.rewritten.items():
        print(f"{verb} rewrite {count} 'source:' line{'s' if count != 1 else ''} in {name}")
    if args.dry_run:
        print("# dry run: nothing written", file=sys.stderr)
        return ExitCode.OK
    corpus = load_corpus(root)
    if before is not None:
        cited = sorted(fid for fid, fact in before.facts.items() if fact.source == args.source_id)
        missed = [fid for fid in cited if fid in corpus.facts and corpus.facts[fid].source != args.new_id]
        if missed:  # a layout the textual rewrite did not recognise: say which facts still need it
            print_problems(
                [
                    Problem(
                        result.new_source_path,
                        None,
                        f"fact '{fid}' still cites '{args.source_id}'",
                        hint=f"set its source to {args.new_id}",
                    )
                    for fid in missed
                ]
            )
    print_problems(corpus.problems)
    return ExitCode.CONTENT if corpus.errors else ExitCode.OK


def run(args: argparse.Namespace) -> int:
    from briefgen.ingest.add import add_source
    from briefgen.ingest.article import AddOptions

    root = project_root(args)
    published = None if args.published is None else date_option("--published", args.published)
    if args.timeout <= 0:
        raise UsageError("--timeout must be a positive number of seconds")
    options = AddOptions(
        outlet=args.outlet,
        published=published,
        title=args.title,
        author=args.author,
        url=args.url,
        source_id=args.source_id,
        part=args.part,
        all_parts=args.all_parts,
        one_article=args.one_article,
        timeout=args.timeout,
        allow_private=args.allow_private,
        undated=args.undated,
    )
    result = add_source(root, args.target, options, dry_run=args.dry_run)
    print_problems(result.warnings)
    for article, path in zip(result.articles, result.paths, strict=True):
        fields = article.fields
        summary = ", ".join(f"{key}: {fields[key] or '—'}" for key in ("title", "outlet", "published", "author", "place"))
        if args.dry_run:
            print(f"# dry run: would write {path}", file=sys.stderr)
            sys.stdout.write(article.text)
        else:
            print(f"wrote {path} ({summary})")
    if not args.dry_run and result.paths:
        print("next: briefgen check, then briefgen suggest " + " / ".join(a.source_id for a in result.articles))
    return ExitCode.OK
