"""``briefgen index``: merge the folders of sharded builds into one editions folder and index."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefgen.commands import project_root
from briefgen.errors import ExitCode

HELP = "merge the output folders of 'build --shard K/N' runs into one editions index"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "index",
        help=HELP,
        description=(
            "Copy the outputs each shard folder built into the output folder, merge the shards' manifests with the one "
            "already there, and write manifest.json, index.html and the change pages, as one unsharded build would have."
        ),
        epilog="Exit codes: 0 merged, 1 a shard's manifest could not be read, 2 usage errors (or, with --no-wait, a build holds the lock).",
    )
    parser.add_argument("shards", nargs="+", metavar="DIR", help="shard output folders (relative to the project unless absolute)")
    parser.add_argument("--out", metavar="DIR", help="the merged folder: any folder but the project's own (default: build)")
    parser.add_argument("--no-wait", action="store_true", help="if a build holds the output folder, exit 2 at once instead of waiting")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from briefgen.editions.merge import merge_shards
    from briefgen.editions.outputs import output_root
    from briefgen.errors import print_problems

    root = project_root(args)
    out_dir = output_root(root, args.out)
    result = merge_shards(out_dir, [root / Path(folder) for folder in args.shards], wait=not args.no_wait)
    print_problems(result.problems)
    if not args.quiet:
        print(
            f"index: {result.editions} editions in {out_dir}; copied {len(result.copied)} outputs, "
            f"{result.unchanged} already in place, {result.passed_over} records without their file passed over"
        )
    return ExitCode.CONTENT if result.problems else ExitCode.OK
