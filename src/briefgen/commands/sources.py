"""``briefgen sources add``: archive an article (a text file, a saved page or a URL)."""

from __future__ import annotations

import argparse
import sys

from briefgen.commands import date_option, project_root
from briefgen.errors import ExitCode, UsageError, print_problems

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
    add.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS", help="give up fetching a URL after this long (default 20)")
    add.add_argument("--dry-run", action="store_true", help="print the file(s) that would be written; write nothing")
    add.set_defaults(handler=run)


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
        timeout=args.timeout,
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
