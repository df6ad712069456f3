"""What ``briefgen check`` reports: the one-line summary and the JSON document, in-process."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from briefgen import __version__
from briefgen.corpus.cache import ParseCache
from briefgen.corpus.loader import Corpus, load_corpus
from briefgen.corpus.report import JSON_FORMAT_VERSION, corpus_json, summary_counts, summary_text
from briefgen.errors import Problem
from tests.conftest import FIXTURES

FACT_FIELDS = {"id", "claim", "source", "quote", "date", "kind", "topics", "entities", "place", "event", "value", "draft", "path", "line"}
SOURCE_FIELDS = {"id", "title", "outlet", "published", "author", "url", "place", "language", "notes", "body_length", "sha256", "path"}


def mini() -> Corpus:
    return load_corpus(FIXTURES / "mini", cache=ParseCache(None))


def test_summary_text_of_the_mini_project() -> None:
    assert summary_text(mini()) == "2 sources, 5 facts, 3 topics, 2 discrepancies, 0 problems"


def test_summary_text_singular_drafts_and_problems(mini_project: Path) -> None:
    (mini_project / "facts/sources/later-source.md").unlink()
    (mini_project / "facts/drafts").mkdir()
    (mini_project / "facts/drafts/one.yaml").write_text(
        "- id: suggested\n  claim: A claim.\n  source: mini-source\n  quote: A delegation will visit Minsk next month.\n"
        '  date: "2025-02"\n  topics: [visits]\n',
        encoding="utf-8",
    )
    corpus = load_corpus(mini_project, cache=ParseCache(None))
    # later-source is gone: its two facts now name an unknown source (2 problems; they still disagree).
    assert summary_text(corpus) == "1 source, 5 facts, 3 topics, 2 discrepancies, 1 draft fact (not citable), 2 problems"
    corpus.problems[:] = [p for p in corpus.problems if "trade-2019-later" in p.message]
    assert summary_text(corpus).endswith(", 1 problem")


def test_summary_counts_errors_and_warnings_apart() -> None:
    corpus = mini()
    corpus.problems.append(Problem("facts/x.yaml", 1, "an error"))
    assert summary_counts(corpus) == {"sources": 2, "facts": 5, "drafts": 0, "topics": 3, "discrepancies": 2, "errors": 1, "warnings": 2}


def test_corpus_json_shape() -> None:
    corpus = mini()
    document = corpus_json(corpus)
    assert list(document) == [
        "format",
        "briefgen_version",
        "summary",
        "topics",
        "sources",
        "facts",
        "drafts",
        "discrepancies",
        "not_comparable",
        "link_proposals",
        "problems",
        "possible_conflicts",
    ]
    assert document["format"] == JSON_FORMAT_VERSION == 1
    assert document["briefgen_version"] == __version__
    assert document["summary"] == summary_counts(corpus)
    assert document["topics"] == {
        "trade": "Trade figures and targets.",
        "visits": "High-level visits.",
        "industry": "Industrial cooperation.",
    }
    assert [s["id"] for s in document["sources"]] == ["later-source", "mini-source"]
    assert [f["id"] for f in document["facts"]] == [f.id for f in corpus.facts_in_date_order()]
    assert document["drafts"] == []
    assert json.loads(json.dumps(document)) == document  # plain JSON all the way down


def test_corpus_json_sources_have_no_body_but_its_digest() -> None:
    corpus = mini()
    source = next(s for s in corpus_json(corpus)["sources"] if s["id"] == "mini-source")
    assert set(source) == SOURCE_FIELDS
    body = corpus.sources["mini-source"].body
    assert source["body_length"] == len(body)
    assert source["sha256"] == hashlib.sha256(body.encode("utf-8")).hexdigest()
    assert source["path"] == "facts/sources/mini-source.md"
    assert source["published"] == "2025-01-31"
    assert source["author"] is None


def test_corpus_json_facts_have_every_field_and_their_place() -> None:
    fact = next(f for f in corpus_json(mini())["facts"] if f["id"] == "trade-2019")
    assert set(fact) == FACT_FIELDS
    assert (fact["path"], fact["line"]) == ("facts/trade.yaml", 9)
    assert fact["date"] == "2019"
    assert fact["value"] == {"metric": "trade-volume", "amount": "50200000", "unit": "USD", "period": "2019"}
    assert fact["draft"] is False


def test_corpus_json_discrepancies_and_problems() -> None:
    document = corpus_json(mini())
    assert [(d["kind"], d["key"], d["facts"]) for d in document["discrepancies"]] == [
        ("figure", "trade-volume (2019)", ["trade-2019", "trade-2019-later"]),
        ("date", "delegation-minsk", ["delegation-plan", "delegation-visit"]),
    ]
    assert [(p["path"], p["line"], p["severity"]) for p in document["problems"]] == [
        ("facts/trade.yaml", 9, "warning"),
        ("facts/trade.yaml", 33, "warning"),
    ]
    assert set(document["problems"][0]) == {"path", "line", "severity", "message", "hint"}


def test_corpus_json_drafts(mini_project: Path) -> None:
    (mini_project / "facts/drafts").mkdir()
    (mini_project / "facts/drafts/one.yaml").write_text(
        "- id: suggested\n  claim: A claim.\n  source: mini-source\n  quote: A delegation will visit Minsk next month.\n"
        '  date: "2025-02"\n  topics: [visits]\n',
        encoding="utf-8",
    )
    document = corpus_json(load_corpus(mini_project, cache=ParseCache(None)))
    [draft] = document["drafts"]
    assert set(draft) == FACT_FIELDS
    assert (draft["id"], draft["path"], draft["line"]) == ("suggested", "facts/drafts/one.yaml", 1)
    assert "suggested" not in [f["id"] for f in document["facts"]]
