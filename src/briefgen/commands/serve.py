"""``briefgen serve``: preview briefs in the browser, re-rendered as files are saved."""

from __future__ import annotations

import argparse

from briefgen.commands import parse_as_of, project_root
from briefgen.errors import UsageError

HELP = "preview briefs in a browser; pages reload as you save"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "serve",
        help=HELP,
        description=(
            "Serve a live preview of briefs at http://127.0.0.1:8000/. Saving a brief, template, stylesheet or fact re-renders "
            "what it affects and reloads the open page; a broken file shows its file, line and message instead. "
            "Each brief's PDF is one click away. Ctrl-C stops it."
        ),
    )
    parser.add_argument("briefs", nargs="*", metavar="BRIEF", help="briefs to serve (default: every brief in briefs/)")
    parser.add_argument("--port", type=int, default=8000, metavar="N", help="port to listen on (default: 8000; 0: any free port)")
    parser.add_argument("--host", default="127.0.0.1", metavar="H", help="address to listen on (default: 127.0.0.1, this machine only)")
    parser.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also accept requests addressed to NAME (the Host header), when serving to other machines",
    )
    parser.add_argument("--as-of", metavar="DATE", help="preview the edition as of DATE (YYYY-MM-DD)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from briefgen.preview.server import serve
    from briefgen.render.brief import resolve_brief_name

    root = project_root(args)
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port} is not a port number (0 to 65535)")
    as_of = parse_as_of(args.as_of)
    slugs = [resolve_brief_name(root, name) for name in args.briefs] or None
    return serve(root, slugs=slugs, host=args.host, port=args.port, as_of=as_of, allow_hosts=args.allow_host, debug=args.debug)
