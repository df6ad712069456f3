"""What ``briefgen check`` prints: a short summary, or the whole corpus as JSON.

The JSON document is a contract: outside checks and other parts of the
project read it, so its shape only grows, never changes.
"""

from __future__ import annotations

import hashlib
from typing import Any

from briefgen import __version__
from briefgen.corpus.conflicts import describe_with_sides, sides
from briefgen.corpus.discrepancies import Discrepancy
from briefgen.corpus.loader import Corpus
from briefgen.corpus.possible import PossibleConflict
from briefgen.corpus.proposals import LinkProposal
from briefgen.errors import Problem, Severity

JSON_FORMAT_VERSION = 1


def _source_json(corpus: Corpus, source_id: str) -> dict[str, Any]:
    source = corpus.sources[source_id]
    data = source.model_dump(mode="json", exclude={"body"})
    data["body_length"] = len(source.body)
    data["sha256"] = hashlib.sha256(source.body.encode("utf-8")).hexdigest()
    data["path"] = corpus.source_origins[source_id].path
    return data


def _fact_json(corpus: Corpus, fact_id: str, *, draft: bool) -> dict[str, Any]:
    fact = corpus.drafts[fact_id] if draft else corpus.facts[fact_id]
    data = fact.model_dump(mode="json")
    if isinstance(data.get("value"), dict):
        # Only the readings the value states: an amount, or low/high; approximate when it is.
        data["value"] = {k: v for k, v in data["value"].items() if v is not None and not (k == "approximate" and v is False)}
    origin = corpus.origins[fact_id]
    data["path"] = origin.path
    data["line"] = origin.line
    return data


def _discrepancy_json(corpus: Corpus, discrepancy: Discrepancy) -> dict[str, Any]:
    data = discrepancy.as_dict()
    data["sides"] = sides(discrepancy, corpus)
    return data


def find_possible(corpus: Corpus) -> list[PossibleConflict]:
    """The conflicts the proposed links would confirm (see :mod:`briefgen.corpus.possible`).

    Worked out from all the proposals, once, and kept beside the corpus snapshot with them.
    """
    return corpus.possible_conflicts()


def possible_warning(corpus: Corpus, possible: PossibleConflict) -> Problem:
    """A possible conflict as ``check`` prints it: at the first side's line, the links.yaml entries that confirm it as the hint."""
    origin = corpus.origins[possible.discrepancy.fact_ids[0]]
    entries = " and ".join(p.entry_yaml() for p in possible.proposals)
    message = "possible conflict, if the proposed link is accepted: " + describe_with_sides(possible.discrepancy, corpus)
    hint = f"accept or reject the proposal in facts/links.yaml: {entries}" if entries else None
    return Problem(origin.path, origin.line, message, severity=Severity.WARNING, hint=hint)


def _possible_json(corpus: Corpus, possible: PossibleConflict) -> dict[str, Any]:
    data = _discrepancy_json(corpus, possible.discrepancy)
    data["message"] = "possible conflict, if the proposed link is accepted: " + str(data["message"])
    data["proposals"] = [p.entry_yaml() for p in possible.proposals]
    return data


def corpus_json(
    corpus: Corpus, proposals: list[LinkProposal] | None = None, possible: list[PossibleConflict] | None = None
) -> dict[str, Any]:
    """The whole validated corpus, its discrepancies, the links proposed (and what they would confirm) and its problems."""
    discrepancies = corpus.discrepancies()
    problems = sorted(corpus.problems, key=lambda p: (p.path, p.line or 0))
    return {
        "format": JSON_FORMAT_VERSION,
        "briefgen_version": __version__,
        "summary": summary_counts(corpus),
        "topics": dict(corpus.vocabulary.topics),
        "sources": [_source_json(corpus, sid) for sid in sorted(corpus.sources)],
        "facts": [_fact_json(corpus, f.id, draft=False) for f in corpus.facts_in_date_order()],
        "drafts": [_fact_json(corpus, fid, draft=True) for fid in sorted(corpus.drafts)],
        "discrepancies": [_discrepancy_json(corpus, d) for d in discrepancies],
        "not_comparable": [_discrepancy_json(corpus, d) for d in corpus.not_comparable()],
        "link_proposals": [p.as_dict() for p in proposals or []],
        "problems": [p.as_dict() for p in problems],
        "possible_conflicts": [_possible_json(corpus, p) for p in possible or []],
    }


def summary_counts(corpus: Corpus) -> dict[str, int]:
    errors = sum(1 for p in corpus.problems if p.severity is Severity.ERROR)
    return {
        "sources": len(corpus.sources),
        "facts": len(corpus.facts),
        "drafts": len(corpus.drafts),
        "topics": len(corpus.vocabulary.topics),
        "discrepancies": len(corpus.discrepancies()),
        "errors": errors,
        "warnings": len(corpus.problems) - errors,
    }


def summary_text(corpus: Corpus) -> str:
    """One line an editor can read at a glance."""
    counts = summary_counts(corpus)

    def plural(n: int, word: str) -> str:
        if word.endswith("y") and n != 1:
            return f"{n} {word[:-1]}ies"
        return f"{n} {word}{'' if n == 1 else 's'}"

    parts = [
        plural(counts["sources"], "source"),
        plural(counts["facts"], "fact"),
        plural(counts["topics"], "topic"),
        plural(counts["discrepancies"], "discrepancy"),
    ]
    if counts["drafts"]:
        parts.append(f"{plural(counts['drafts'], 'draft fact')} (not citable)")
    parts.append(plural(counts["errors"], "problem"))
    return ", ".join(parts)
