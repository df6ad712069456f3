"""What a brief's prose depends on, recorded per edition, and ``check``'s warning when it changes.

"Two reports place the visit in November, one in December" and "reported by
Dawn and Profit" are true of the corpus an edition was built from.  A new
source that joins a side, or a side that disappears, can make the wording
wrong while every citation still resolves.  So each edition records the
disagreements and corroborations its citations touch, side by side with
their fact ids; ``check`` recomputes them from today's corpus and warns, at
the line of the brief that cites them, for each one that changed since the
brief's latest edition.  It is a warning: the prose may still be right.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from briefgen.corpus.discrepancies import Discrepancy
from briefgen.corpus.loader import Corpus
from briefgen.editions.manifest import DependencyRecord, EditionRecord, Manifest
from briefgen.errors import Problem, Severity
from briefgen.project import BRIEFS_DIR, BUILD_DIR
from briefgen.text.english import month_name

DISAGREEMENT = "disagreement"
CORROBORATION = "corroboration"
_HINT = "re-read the prose that cites it (counts, sides, which report the brief follows), then build a new edition, which records it afresh"


def _sides(discrepancy: Discrepancy) -> dict[str, list[str]]:
    """A disagreement's sides: the month each fact dates the event to, or the figure it states."""
    sides: dict[str, list[str]] = {}
    for fact_id, said in zip(discrepancy.fact_ids, discrepancy.statements, strict=True):
        side = said[:7] if discrepancy.kind == "date" else said
        sides.setdefault(side, []).append(fact_id)
    return {side: sorted(ids) for side, ids in sorted(sides.items())}


def _group(corpus: Corpus, fact_id: str) -> list[str]:
    """The facts accepted links join to ``fact_id`` (itself included), sorted."""
    return sorted(f for f in corpus.links.partners(fact_id) if f in corpus.facts)


def edition_dependencies(corpus: Corpus, cited: Iterable[str]) -> list[DependencyRecord]:
    """The disagreements holding a cited fact and the corroborations (linked reports) of cited facts, as the corpus states them."""
    chosen = set(cited)
    found = [DependencyRecord(kind=DISAGREEMENT, key=d.key, sides=_sides(d)) for d in corpus.discrepancies() if chosen & set(d.fact_ids)]
    groups: set[tuple[str, ...]] = set()
    for fact_id in sorted(chosen):
        group = _group(corpus, fact_id)
        if len(group) > 1 and tuple(group) not in groups:
            groups.add(tuple(group))
            found.append(DependencyRecord(kind=CORROBORATION, key=fact_id, sides={"reports": group}))
    return found


def _side_label(side: str) -> str:
    """'2024-11' → 'November 2024'; a figure or a year stays as it is."""
    match = re.fullmatch(r"([0-9]{4})-([0-9]{2})", side)
    return f"{month_name(int(match.group(2)))} {match.group(1)}" if match else side


def _named(corpus: Corpus, fact_id: str) -> str:
    """'fact-id' (Outlet, 2025-02-01): a fact as the warning names it."""
    fact = corpus.facts.get(fact_id)
    source = corpus.sources.get(fact.source) if fact else None
    if source is None:
        return f"'{fact_id}'"
    when = source.published.isoformat() if source.published else "undated"
    return f"'{fact_id}' ({source.outlet or source.id}, {when})"


def _side_changes(before: dict[str, list[str]], now: dict[str, list[str]], corpus: Corpus) -> list[str]:
    changes = []
    for side in sorted(set(before) | set(now)):
        old, new = set(before.get(side, [])), set(now.get(side, []))
        label = _side_label(side)
        if not old:
            changes.append(f"a new side, {label}: " + ", ".join(_named(corpus, f) for f in sorted(new)))
        elif not new:
            changes.append(f"the side {label} is gone")
        else:
            changes += [f"{_named(corpus, f)} joined the side {label}" for f in sorted(new - old)]
            changes += [f"'{f}' left the side {label}" for f in sorted(old - new)]
    return changes


def what_changed(record: DependencyRecord, corpus: Corpus) -> list[str]:
    """How a recorded disagreement or corroboration differs in ``corpus`` (empty when it is as recorded)."""
    if record.kind == CORROBORATION:
        before, now = set(record.sides.get("reports", [])), set(_group(corpus, record.key) if record.key in corpus.facts else [])
        changes = [f"{_named(corpus, f)} now also reports it" for f in sorted(now - before)]
        return changes + [f"'{f}' no longer does" for f in sorted(before - now)]
    current = next((d for d in corpus.discrepancies() if d.key == record.key), None)
    if current is None:
        return ["the sources no longer disagree"]
    return _side_changes(record.sides, _sides(current), corpus)


def citing_line(text: str, record: DependencyRecord) -> int | None:
    """The line of the brief that cites it: a helper naming it, else a citation of one of its facts, else what lists it."""
    lines = text.splitlines()
    facts = {f for ids in record.sides.values() for f in ids}
    key = re.escape(record.key)
    partial = "discrepancies.md.j2" if record.kind == DISAGREEMENT else "corroboration.md.j2"
    listing = r"\bdiscrepancies\(\s*\)" if record.kind == DISAGREEMENT else r"\bcorroboration\("
    tests = (
        re.compile(rf"\b(placements|corroboration)\(\s*['\"]{key}['\"]"),
        re.compile(r"@(" + "|".join(re.escape(f) for f in sorted(facts, key=len, reverse=True)) + r")(?![\w-])") if facts else None,
        re.compile(re.escape(partial)),
        re.compile(listing),
        re.compile(rf"['\"]{key}['\"]"),
    )
    for test in tests:
        for number, line in enumerate(lines, start=1):
            if test is not None and test.search(line):
                return number
    return None


def _latest(manifest: Manifest, slug: str) -> EditionRecord | None:
    dates = manifest.editions.get(slug, {})
    return dates[max(dates)] if dates else None


def stale_prose_warnings(root: Path, corpus: Corpus, slugs: Iterable[str]) -> list[Problem]:
    """A warning, at the citing line, for each disagreement or corroboration that changed since each brief's latest edition."""
    manifest, _reason = Manifest.read(root / BUILD_DIR)
    if manifest is None:  # an unreadable manifest is build's to report; check has nothing to compare with
        return []
    problems = []
    for slug in slugs:
        edition = _latest(manifest, slug)
        path = root / BRIEFS_DIR / f"{slug}.md"
        if edition is None or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for record in edition.depends:
            changes = what_changed(record, corpus)
            if not changes:
                continue
            subject = f"the disagreement on '{record.key}'" if record.kind == DISAGREEMENT else f"the corroboration of '{record.key}'"
            message = f"{subject} has changed since the edition of {edition.as_of}: " + "; ".join(changes)
            problems.append(Problem(f"{BRIEFS_DIR}/{slug}.md", citing_line(text, record), message, Severity.WARNING, hint=_HINT))
    return problems
