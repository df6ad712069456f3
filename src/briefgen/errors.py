"""Problems found in a user's input, and the one place that prints them.

Every mistake a user can make (a bad fact, a missing quote, a template that
does not parse) becomes a :class:`Problem` carrying the file and line it
points at.  Code collects problems instead of raising at the first one, so a
single run reports everything; the CLI turns them into ``path:line: message``
lines and an exit code.  Tracebacks are for bugs, never for user mistakes.
"""

from __future__ import annotations

import enum
import sys
from dataclasses import dataclass, field
from typing import TextIO


class ExitCode(enum.IntEnum):
    """Process exit codes shared by every command."""

    OK = 0
    CONTENT = 1  # the corpus, a brief or a template is wrong
    USAGE = 2  # the command line is wrong


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input file, located as precisely as we can."""

    path: str
    line: int | None
    message: str
    severity: Severity = Severity.ERROR
    hint: str | None = field(default=None, compare=False)

    def format(self) -> str:
        """Render as the ``path:line: message`` line users and editors parse."""
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        text = f"{where}: {prefix}{self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "severity": self.severity.value,
            "message": self.message,
            "hint": self.hint,
        }


class BriefgenError(Exception):
    """Raised when work cannot go on because of problems in the user's input."""

    exit_code = ExitCode.CONTENT

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(p.format() for p in problems))
        self.problems = problems

    @classmethod
    def single(cls, path: str, line: int | None, message: str, hint: str | None = None) -> BriefgenError:
        return cls([Problem(path, line, message, hint=hint)])


class UsageError(BriefgenError):
    """The command line itself is wrong: unknown brief, bad date, bad option."""

    exit_code = ExitCode.USAGE

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__([Problem("briefgen", None, message, hint=hint)])

    def format_usage(self) -> str:
        problem = self.problems[0]
        text = f"briefgen: error: {problem.message}"
        if problem.hint:
            text += f" (hint: {problem.hint})"
        return text


def print_problems(problems: list[Problem], stream: TextIO | None = None) -> None:
    """Write problems, errors first, each on one line, in file order."""
    out = stream if stream is not None else sys.stderr
    ordered = sorted(problems, key=lambda p: (p.severity is Severity.WARNING, p.path, p.line or 0))
    for problem in ordered:
        print(problem.format(), file=out)
