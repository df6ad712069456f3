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
COMMAND_MODULES = ("check", "build", "serve", "new", "helpers", "schema", "sources", "verify", "diff", "suggest")


def project_root(args: argparse.Namespace) -> Path:
    """The project folder named by -C/--project, or the current folder."""
    root = Path(args.project).resolve() if args.project else Path.cwd()
    if not root.is_dir():
        raise UsageError(f"project directory '{args.project}' does not exist")
    return root


def parse_as_of(text: str | None) -> dt.date | None:
    """An --as-of option's date, or a usage error that says what is wrong with it."""
    if text is None:
        return None
    from briefgen.dates import parse_cli_date

    try:
        return parse_cli_date(text)
    except ValueError as exc:
        raise UsageError(f"--as-of: {exc}") from None
