"""The command line: parse options, call one command, map errors to exit codes.

A doorway, not a room: each command lives in :mod:`briefgen.commands` and
imports what it needs (WeasyPrint above all) only when it runs, so ``--help``
and ``check`` start fast.  User mistakes end as ``path:line: message`` lines
and exit 1 or 2; only a bug in briefgen shows a traceback, and only with
``--debug``.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import NoReturn

from briefgen import __version__
from briefgen.commands import COMMAND_MODULES
from briefgen.commands.ending import end, ending_at_once
from briefgen.errors import BriefgenError, ExitCode, Problem, UsageError, print_problems

INTERNAL_ERROR = 70
# What Python itself exits with when stdout's reader has gone (see "Note on SIGPIPE" in the signal module's docs).
CLOSED_PIPE = 1

# What the machine, not briefgen, got wrong: no permission, a read-only or full disk, a file where a folder should be.
_ENVIRONMENT_ERRORS = {
    errno.EACCES: "cannot be written or read: permission denied",
    errno.EPERM: "cannot be written or read: permission denied",
    errno.EROFS: "cannot be written: the disk is read-only",
    errno.ENOSPC: "cannot be written: the disk is full",
    errno.EDQUOT: "cannot be written: the disk quota is used up",
    errno.EFBIG: "cannot be written: the file would pass the size allowed",
    errno.ENOTDIR: "a file stands where a folder should be",
    errno.EEXIST: "a file stands where a folder should be",
    errno.EISDIR: "a folder stands where a file should be",
}


class _Parser(argparse.ArgumentParser):
    """argparse that exits with our usage code and a one-line message."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"briefgen: error: {message}", file=sys.stderr)
        raise SystemExit(ExitCode.USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefgen",
        description="Turn sourced facts into dated briefing notes (HTML and PDF) in which every claim is footnoted to its source.",
        epilog=(
            "Exit codes: 0 success, 1 problems in facts, briefs or templates, 2 usage errors. "
            "Run 'briefgen COMMAND --help' for a command's options."
        ),
    )
    parser.add_argument("--version", action="version", version=f"briefgen {__version__}")
    parser.add_argument("-C", "--project", metavar="DIR", help="the project folder (default: the current folder)")
    parser.add_argument("--debug", action="store_true", help="show Python tracebacks for internal errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"briefgen.commands.{name}").register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        code = int(handler(args))
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit where it cannot be caught
        return code
    except BrokenPipeError:
        return _closed_pipe()
    except UsageError as exc:
        print(exc.format_usage(), file=sys.stderr)
        return ExitCode.USAGE
    except BriefgenError as exc:
        print_problems(exc.problems)
        return exc.exit_code
    except KeyboardInterrupt:
        print("briefgen: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug in briefgen, not the user's mistake
        if isinstance(exc, OSError) and exc.errno in _ENVIRONMENT_ERRORS and not args.debug:
            # A folder that cannot be written (read-only, full, a file in its place) is not a bug: say which, and why.
            where = str(exc.filename) if exc.filename is not None else "briefgen"
            print_problems([Problem(where, None, _ENVIRONMENT_ERRORS[exc.errno], hint=f"the system says: {exc.strerror}")])
            return ExitCode.CONTENT
        if args.debug:
            traceback.print_exc()
        else:
            print("briefgen: internal error (run again with --debug for details, and please report it)", file=sys.stderr)
        return INTERNAL_ERROR


def console() -> NoReturn:
    """The ``briefgen`` command (and ``python -m briefgen``): :func:`main`, then the process ends (see :mod:`briefgen.commands.ending`)."""
    ending_at_once()
    end(main())


def _closed_pipe() -> int:
    """The reader of stdout went away (``briefgen check --json | head -1``): stop quietly.

    Nothing more can reach the reader, and that is not a mistake of the
    user's: as the Python documentation recommends, stdout is pointed at
    the null device so that the final flush at exit cannot fail again.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)
    return CLOSED_PIPE
