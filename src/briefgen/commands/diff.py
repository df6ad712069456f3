"""``briefgen diff``: the claims added, dropped and re-sourced between two editions of a brief."""

from __future__ import annotations

import argparse
import json
import sys

from briefgen.commands import date_option, project_root
from briefgen.errors import ExitCode, UsageError
from briefgen.project import is_slug

HELP = "list the claims that changed between two editions of a brief"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "diff",
        help=HELP,
        description=(
            "Compare the facts cited by two built editions of a brief (from build/manifest.json, or from the PDFs' provenance): "
            "claims added, dropped, and re-sourced (the same claim resting on another source or quote). "
            "build --all also writes this comparison for consecutive editions as pages linked from build/index.html."
        ),
    )
    parser.add_argument("brief", metavar="BRIEF", help="the brief's name (its file name in briefs/ without .md)")
    parser.add_argument("--from", dest="before", required=True, metavar="DATE", help="the earlier edition's as-of date (YYYY-MM-DD)")
    parser.add_argument("--to", dest="after", required=True, metavar="DATE", help="the later edition's as-of date (YYYY-MM-DD)")
    parser.add_argument("--out", metavar="DIR", help="output folder the editions are in (default: build)")
    parser.add_argument("--json", action="store_true", help="print the differences as one JSON document")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from briefgen.editions.diff import diff_claims, diff_json, edition_claims, format_diff
    from briefgen.editions.index import change_page_path
    from briefgen.editions.manifest import Manifest
    from briefgen.editions.outputs import output_root

    root = project_root(args)
    slug = args.brief.removesuffix(".md").removeprefix("briefs/")
    if not is_slug(slug):
        raise UsageError(f"'{args.brief}' is not a brief name (use lowercase letters, digits and '-')")
    before, after = date_option("--from", args.before), date_option("--to", args.after)
    out_dir = output_root(root, args.out)
    manifest, _ = Manifest.load(out_dir)
    diff = diff_claims(slug, before, after, edition_claims(out_dir, manifest, slug, before), edition_claims(out_dir, manifest, slug, after))
    if args.json:
        json.dump(diff_json(diff), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return ExitCode.OK
    print(format_diff(diff))
    page = out_dir / change_page_path(slug, before, after)
    if page.is_file():
        print(f"page: {page.relative_to(root.resolve())}")
    return ExitCode.OK
