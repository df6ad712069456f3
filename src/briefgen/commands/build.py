"""``briefgen build``: briefs into dated HTML and PDF editions (and Word, when asked)."""

from __future__ import annotations

import argparse
import os

from briefgen.commands import parse_as_of, project_root
from briefgen.errors import ExitCode, UsageError

HELP = "build briefs into dated HTML and PDF (and Word with --format docx)"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "build",
        help=HELP,
        description=(
            "Render briefs to build/<as-of date>/<brief>.html and .pdf (and .docx with --format docx), "
            "and refresh build/index.html and build/manifest.json. "
            "Outputs whose inputs have not changed are not rebuilt. Files are replaced atomically and one build at a time "
            "holds build/.lock, so a failed, killed or concurrent build leaves earlier editions untouched."
        ),
        epilog=(
            "Exit codes: 0 every brief built or up to date, 1 a brief or the corpus failed, "
            "2 usage errors (or, with --no-wait, another build holds the lock)."
        ),
    )
    parser.add_argument("briefs", nargs="*", metavar="BRIEF", help="brief names (the file name in briefs/ without .md)")
    parser.add_argument("--all", action="store_true", help="build every brief whose front matter says 'schedule: monthly'")
    parser.add_argument("--every", action="store_true", help="build every brief in briefs/, scheduled or not")
    parser.add_argument("--as-of", metavar="DATE", help="build the edition as of DATE (YYYY-MM-DD): only sources published by then")
    parser.add_argument(
        "--format", default="html,pdf", metavar="FORMATS", help="html, pdf, docx (Word) or several, comma-separated (default: html,pdf)"
    )
    parser.add_argument(
        "--pdf-variant",
        choices=("pdf/ua-1", "pdf/a-3b", "none"),
        help="write a tagged, accessible PDF/UA-1 or an archival PDF/A-3b (default: pdf_variant in templates/brand.yaml, else none)",
    )
    parser.add_argument(
        "--out", metavar="DIR", help="output folder (relative to the project unless absolute), any but the project's own (default: build)"
    )
    parser.add_argument(
        "--shard",
        metavar="K/N",
        help="build only shard K of N (a stable share of the briefs chosen, for a job array); merge the folders with 'briefgen index'",
    )
    parser.add_argument("-j", "--jobs", type=int, metavar="N", help="worker processes (default: one per core)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only problems: no progress, no summary")
    parser.add_argument(
        "--no-wait", action="store_true", help="if another build holds the output folder, exit 2 at once instead of waiting"
    )
    parser.add_argument("--force", action="store_true", help="rebuild even outputs that are up to date")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from briefgen.editions.outputs import output_root, parse_formats
    from briefgen.editions.progress import make_reporter
    from briefgen.editions.run import BuildRequest, run_build, scheduled_briefs
    from briefgen.editions.shards import parse_shard
    from briefgen.render.brief import brief_slugs, resolve_brief_name

    root = project_root(args)
    formats = parse_formats(args.format)
    as_of = parse_as_of(args.as_of)
    out_dir = output_root(root, args.out)
    shard = parse_shard(args.shard) if args.shard is not None else None
    if args.jobs is not None and args.jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {args.jobs}")
    unscheduled: list[str] = []
    if (args.all or args.every) and args.briefs:
        raise UsageError("name briefs or use --all/--every, not both")
    if args.every:
        slugs = brief_slugs(root)
    elif args.all:
        slugs, unscheduled = scheduled_briefs(root)
    elif args.briefs:
        slugs = list(dict.fromkeys(resolve_brief_name(root, name) for name in args.briefs))
    else:
        raise UsageError("name at least one brief, or use --all", hint="briefgen build pakistan-belarus-industrial-cooperation")
    if shard is not None:
        slugs, unscheduled = shard.select(slugs), shard.select(unscheduled)
    request = BuildRequest(
        root=root,
        out_dir=out_dir,
        slugs=slugs,
        as_of=as_of,
        formats=formats,
        jobs=args.jobs or os.cpu_count() or 1,
        wait=not args.no_wait,
        force=args.force,
        debug=bool(args.debug),
        unscheduled=unscheduled,
        pdf_variant=args.pdf_variant,
        shard=shard,
    )
    outcomes = run_build(request, make_reporter(root, args.quiet))
    return ExitCode.CONTENT if any(o.status == "failed" for o in outcomes) else ExitCode.OK
