"""How a build reports as it goes: a progress bar, plain lines, or (with -q) only problems.

On a terminal, a rich progress bar on stderr with each finished brief printed
above it; otherwise (cron, CI, a pipe) one plain line per brief, so a log
reads in order.  Problems (errors and warnings) are always printed, to
stderr, as ``path:line: message`` lines; ``-q`` silences everything else.
The summary (built, skipped, failed, with times) goes to stdout.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from briefgen.errors import Problem, print_problems

Status = Literal["built", "skipped", "failed"]


@dataclass
class Outcome:
    """What became of one brief in a run."""

    slug: str
    status: Status
    as_of: dt.date | None = None
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    reason: str = ""


class Reporter:
    """Plain lines: the form for logs.  Subclasses change how progress looks, never what is said."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _show(self, path: Path) -> str:
        return str(path.relative_to(self.root)) if path.is_relative_to(self.root) else str(path)

    def say(self, text: str) -> None:
        print(text, flush=True)

    def note(self, text: str) -> None:
        """A remark about the run itself (waiting for the lock), to stderr."""
        print(f"briefgen: {text}", file=sys.stderr, flush=True)

    def problems(self, problems: list[Problem]) -> None:
        if problems:
            print_problems(problems)
            sys.stderr.flush()

    def begin(self, total: int) -> None:
        """The run starts: ``total`` briefs, some perhaps already done."""

    def finish(self, outcome: Outcome) -> None:
        """One brief is done, whatever became of it."""
        self.problems(outcome.problems)
        when = f" as of {outcome.as_of.isoformat()}" if outcome.as_of else ""
        if outcome.status == "built":
            self.say(f"built {outcome.slug}{when} in {outcome.seconds:.2f} s")
            for path in outcome.outputs:
                self.say(f"wrote {self._show(path)}")
        elif outcome.status == "skipped":
            self.say(f"skipped {outcome.slug}{when}: {outcome.reason}")
        else:
            print(f"failed: {outcome.slug}", file=sys.stderr, flush=True)

    def end(self, outcomes: list[Outcome], seconds: float, unscheduled: list[str]) -> None:
        self.say(summary_text(outcomes, seconds, unscheduled))


class QuietReporter(Reporter):
    """``-q``: problems and failures only."""

    def say(self, text: str) -> None:
        pass

    def note(self, text: str) -> None:
        pass


class BarReporter(Reporter):
    """A progress bar on the terminal (stderr), with each finished brief printed above it."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        from rich.console import Console

        self._console = Console(stderr=True, highlight=False)
        self._progress: Any = None
        self._task: Any = None

    def begin(self, total: int) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("building"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self._console,
            transient=True,
        )
        self._progress.start()
        self._task = self._progress.add_task("build", total=total)

    def say(self, text: str) -> None:
        self._console.print(text, markup=False, soft_wrap=True)

    def problems(self, problems: list[Problem]) -> None:
        for line in sorted(problems, key=lambda p: (p.severity.value != "error", p.path, p.line or 0)):
            self._console.print(line.format(), markup=False, soft_wrap=True, style="red" if line.severity.value == "error" else "yellow")

    def finish(self, outcome: Outcome) -> None:
        if outcome.status == "failed":
            self.problems(outcome.problems)
            self.say(f"failed: {outcome.slug}")
        else:
            super().finish(outcome)
        if self._progress is not None:
            self._progress.advance(self._task)

    def end(self, outcomes: list[Outcome], seconds: float, unscheduled: list[str]) -> None:
        if self._progress is not None:
            self._progress.stop()
        print(summary_text(outcomes, seconds, unscheduled), flush=True)


def make_reporter(root: Path, quiet: bool) -> Reporter:
    """Quiet, a progress bar when stderr is a terminal, plain lines otherwise."""
    if quiet:
        return QuietReporter(root)
    if sys.stderr.isatty():
        return BarReporter(root)
    return Reporter(root)


def summary_text(outcomes: list[Outcome], seconds: float, unscheduled: list[str]) -> str:
    """``summary: 2 built, 1 skipped, 0 failed in 4.21 s`` and a line per brief."""
    count = {status: sum(1 for o in outcomes if o.status == status) for status in ("built", "skipped", "failed")}
    lines = [f"summary: {count['built']} built, {count['skipped']} skipped, {count['failed']} failed in {seconds:.2f} s"]
    width = max((len(o.slug) for o in outcomes), default=0)
    for outcome in outcomes:
        date = outcome.as_of.isoformat() if outcome.as_of else "—"
        detail = (
            f"{outcome.seconds:6.2f} s"
            if outcome.status == "built"
            else outcome.reason
            if outcome.status == "skipped"
            else "see errors above"
        )
        lines.append(f"  {outcome.status:<8} {outcome.slug:<{width}}  {date:<10}  {detail}")
    if unscheduled:
        lines.append(f"  not scheduled (build with --every or by name): {', '.join(unscheduled)}")
    return "\n".join(lines)
