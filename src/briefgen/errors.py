"""Problems found in a user's input, and the one place that prints them.

Every mistake a user can make (a bad fact, a missing quote, a template that
does not parse) becomes a :class:`Problem` carrying the file and line it
points at.  Code collects problems instead of raising at the first one, so a
single run reports everything; the CLI turns them into ``path:line: message``
lines and an exit code.  Tracebacks are for bugs, never for user mistakes.
"""

from __future__ import annotations

import enum
import re
import sys
from dataclasses import dataclass, field
from typing import TextIO

# Characters a terminal or a text layout would act on rather than show: C0 and C1
# controls (ESC starts a terminal command, BEL rings) and the bidirectional
# embeddings, overrides and isolates (which reorder what follows them).
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: At most this many characters of a message are kept; a message quoting user text stays readable.
MAX_MESSAGE_CHARS = 2000
_SHOWN_CHARS = 80


def escape_controls(text: str) -> str:
    """``text`` with every control character written as a visible escape (``\\x1b``, ``\\u202e``)."""
    return CONTROL_CHARACTERS.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)


def shown(text: str, limit: int = _SHOWN_CHARS) -> str:
    """User text as a message quotes it: cut to ``limit`` characters (saying how long it was), controls escaped."""
    if len(text) > limit:
        text = f"{text[: limit - 1]}… ({len(text):,} characters)"
    return escape_controls(text)


def _cut(text: str) -> str:
    if len(text) <= MAX_MESSAGE_CHARS:
        return escape_controls(text)
    return escape_controls(text[: MAX_MESSAGE_CHARS - 1]) + f"… (message cut at {MAX_MESSAGE_CHARS:,} of {len(text):,} characters)"


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

    def __post_init__(self) -> None:
        # Every message passes here: user text inside it is cut short and cannot drive the terminal.
        object.__setattr__(self, "path", _cut(self.path))
        object.__setattr__(self, "message", _cut(self.message))
        if self.hint is not None:
            object.__setattr__(self, "hint", _cut(self.hint))

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
