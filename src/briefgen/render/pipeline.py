"""Rendering one brief to HTML in memory: front matter → scope → narrative → document → claims lint.

Every stage raises :class:`BriefgenError` with located problems.  Nothing
here writes a file or draws a PDF: :mod:`briefgen.editions.edition` adds the
PDF, and :mod:`briefgen.editions.run` decides what needs building and writes
the results atomically, so a failed build leaves the previous edition as it was.

Nothing in an edition comes from the clock: the cover's "Built" date is
SOURCE_DATE_EPOCH's day when that is set and otherwise the edition's as-of
date (see "Dates in the output" in docs/architecture.md), so the same inputs
give the same bytes on any day.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefgen.corpus.loader import Corpus
from briefgen.errors import BriefgenError, Problem
from briefgen.project import BRIEFS_DIR
from briefgen.render.brief import Brief, brief_slugs, load_brief
from briefgen.render.claims import AssessmentPlace, NarrativeReading, assessment_places, read_tokens, uncited_sentence_problems
from briefgen.render.document import Document, build_document
from briefgen.render.markdown import ParsedMarkdown, parse_markdown
from briefgen.render.narrative import render_narrative
from briefgen.render.reuse import RenderMemo
from briefgen.render.scope import PreviousEdition, Scope, build_date, scope_for, staleness
from briefgen.render.sweep import check_brief
from briefgen.render.typed_citations import static_citation_problems


def render_brief(
    root: Path,
    slug: str,
    corpus: Corpus,
    *,
    as_of: dt.date | None = None,
    previous: PreviousEdition | None = None,
    memo: RenderMemo | None = None,
) -> tuple[Brief, Scope, Document]:
    """Render one brief to HTML in memory (no files written); with a ``memo`` (the preview), reuse what did not change."""
    if corpus.errors:
        raise BriefgenError(corpus.errors)
    brief = load_brief(root, slug)
    scope = scope_for(brief, corpus, as_of, previous)
    if memo is None:
        narrative = render_narrative(root, brief, scope, corpus)
    else:
        narrative = memo.narrative(root, slug, scope, corpus, lambda: render_narrative(root, brief, scope, corpus))
    summarised = f"{BRIEFS_DIR}/{brief.meta.summary_of}.md"
    if brief.meta.summary_of is not None and summarised not in narrative.templates:  # its scope comes from that brief:
        narrative.templates.append(summarised)  # a change there must rebuild it (once: a kept narrative comes back)

    def typed() -> list[Problem]:
        return static_citation_problems(root, narrative.templates, scope, corpus)

    problems = typed() if memo is None else memo.derived(narrative, "typed citations", typed)
    if problems:
        raise BriefgenError(problems)
    extra = {"stale_notice": stale_notice(brief, scope)}
    # The Markdown is parsed once: the claims linter reads the tokens before the document renders them.
    parsed: list[ParsedMarkdown] = []

    def read() -> NarrativeReading:
        parsed.append(parse_markdown(narrative.markdown))
        return read_tokens(parsed[0].tokens, narrative.figures)

    reading = read() if memo is None else memo.derived(narrative, "reading", read)
    document = build_document(
        root, brief, narrative, scope, corpus, built=build_date(scope.as_of), extra=extra, parsed=parsed[0] if parsed else None, memo=memo
    )
    uncited = uncited_sentence_problems(reading, narrative.source_map, root, brief.path)
    if uncited:
        raise BriefgenError(uncited)
    document.assessments = assessment_places(reading, narrative.source_map, root, brief.path)
    return brief, scope, document


def stale_notice(brief: Brief, scope: Scope) -> str | None:
    """A visible warning when the newest source in scope is older than the brief allows."""
    return staleness(brief, scope.corpus, scope.as_of)


def check_briefs(
    root: Path, corpus: Corpus, as_of: dt.date | None = None, *, assessments: list[AssessmentPlace] | None = None
) -> list[Problem]:
    """Every brief's problems, found without writing anything: every branch read, every as-of date rendered.

    See :mod:`briefgen.render.sweep`; with ``as_of``, each brief is rendered as of that date alone.  When
    ``assessments`` is given, the assessment blocks of each brief, as of its own date, are added to it for
    ``check`` to list.
    """
    problems: list[Problem] = []
    for slug in brief_slugs(root):
        listed: list[bool] = []

        def render(root: Path, slug: str, corpus: Corpus, date: dt.date, listed: list[bool] = listed) -> None:
            _, _, document = render_brief(root, slug, corpus, as_of=date)
            if assessments is not None and not listed:  # the first date rendered is the brief's own
                listed.append(True)
                assessments.extend(document.assessments)

        problems.extend(check_brief(root, slug, corpus, as_of, render=render))
    return problems
