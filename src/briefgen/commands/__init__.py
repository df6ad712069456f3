"""One module per command: each declares its options (``register``) and runs (``run``).

The CLI imports a command's module only to build the parser; a module imports
its heavy dependencies inside ``run``, so ``briefgen --help`` stays fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from briefgen.errors import UsageError

# The order in which commands appear in `briefgen --help`.
COMMAND_MODULES = ("check", "build", "index", "serve", "new", "helpers", "schema", "sources", "verify", "diff", "suggest")


def project_root(args: argparse.Namespace) -> Path:
    """The project folder named by -C/--project, or the current folder."""
    root = Path(args.project).resolve() if args.project else Path.cwd()
    if not root.is_dir():
        raise UsageError(f"project directory '{args.project}' does not exist")
    return root


def date_option(option: str, text: str) -> dt.date:
    """A date given on the command line (``--as-of``, ``--from``, ``--published`` …), or a usage error naming the option."""
    from briefgen.text.dates import parse_cli_date

    try:
        return parse_cli_date(text)
    except ValueError as exc:
        raise UsageError(f"{option}: {exc}") from None


def parse_as_of(text: str | None) -> dt.date | None:
    """An --as-of option's date, or a usage error that says what is wrong with it."""
    return None if text is None else date_option("--as-of", text)
