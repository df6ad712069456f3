"""``check`` for briefs: every branch read statically, then every as-of date rendered.

A brief that builds today can still fail next month, when a new source
arrives, or when a past edition is rebuilt: an ``{% if available(…) %}`` or a
loop's ``{% else %}`` takes another branch.  The set of facts a brief may
cite changes only on the dates its sources were published, so rendering it
(HTML only, in memory) on each of those dates, and on its own edition date,
covers every as-of date there is.  Each problem is reported once, with the
first date that triggers it when that is not the brief's own date; a line
the static reading (:mod:`briefgen.render.static_check`) already blamed is
not reported again by the render.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from briefgen.corpus.loader import Corpus
from briefgen.errors import BriefgenError, Problem
from briefgen.render.brief import Brief, load_brief
from briefgen.render.scope import edition_date, in_topics, scope_for
from briefgen.render.static_check import static_problems
from briefgen.render.typed_citations import static_citation_problems

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


#: Renders one brief as of one date, raising :class:`BriefgenError` with its problems
#: (:func:`briefgen.render.pipeline.render_brief`, which calls this module).
Render = Callable[[Path, str, Corpus, dt.date], object]


def check_brief(root: Path, slug: str, corpus: Corpus, as_of: dt.date | None = None, *, render: Render) -> list[Problem]:
    """One brief's problems, each once; a problem seen only on another date names that date.

    With ``as_of``, the brief is rendered as of that date alone.
    """
    try:
        brief = load_brief(root, slug)
        own_date = edition_date(brief, corpus, as_of)
    except BriefgenError as exc:
        return exc.problems
    found, templates = static_problems(root, brief.path, corpus)
    found += static_citation_problems(root, templates, scope_for(brief, corpus, own_date), corpus)
    blamed = {(p.path, p.line) for p in found}
    seen = {_identity(p) for p in found}
    dates = [own_date] if as_of is not None else sweep_dates(brief, corpus, own_date)
    for date in dates:
        for problem in _render_problems(render, root, slug, corpus, date):
            if (problem.path, problem.line) in blamed or _identity(problem) in seen:
                continue
            seen.add(_identity(problem))
            if date != own_date and f"as of {date.isoformat()}" not in problem.message:
                problem = Problem(
                    problem.path, problem.line, f"{problem.message} (as of {date.isoformat()})", problem.severity, problem.hint
                )
            found.append(problem)
    return found


def sweep_dates(brief: Brief, corpus: Corpus, own_date: dt.date) -> list[dt.date]:
    """The dates a brief can be built at: its own edition date first, then every date a source in its topics was published.

    A brief pinned to a date by its front matter (``as_of``) and not scheduled
    is an edition of that day, which no run builds at another date unless
    told to (``check --as-of`` checks such a date): its own date is the one.
    """
    if brief.meta.as_of is not None and brief.meta.schedule == "none":
        return [own_date]
    relevant = {fact.source for fact in corpus.facts.values() if in_topics(brief, fact.topics)}
    published = {source.published for sid, source in corpus.sources.items() if sid in relevant and source.published is not None}
    return [own_date, *sorted(published - {own_date})]


def _render_problems(render: Render, root: Path, slug: str, corpus: Corpus, date: dt.date) -> list[Problem]:
    try:
        render(root, slug, corpus, date)
    except BriefgenError as exc:
        return exc.problems
    return []


def _identity(problem: Problem) -> tuple[str, int | None, str]:
    """A problem apart from the date it names: the same mistake seen on two dates is reported once."""
    return problem.path, problem.line, _ISO_DATE.sub("…", problem.message)
