"""Each fact's words found by the parse worker that read its file (:mod:`briefgen.corpus.sent_words`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.corpus import evidence
from briefgen.corpus import files as corpusfiles
from briefgen.corpus.cache import ParseCache
from briefgen.corpus.loader import load_corpus
from briefgen.corpus.models import Fact
from briefgen.corpus.sent_words import item_words
from briefgen.corpus.words import content_words
from tests.corpus.test_cache import _big_project, pool_everything, single_threaded

__all__ = ["pool_everything", "single_threaded"]  # fixtures used by name below

FACT = {
    "id": "visit-1",
    "claim": "  Uzbekistan's president will visit Islamabad in February.  ",
    "source": "a-source",
    "quote": "\tPresident Mirziyoyev will pay a $2bn state visit to Islamabad on 5 Feb 2026.\n",
    "date": "2026-02",
    "topics": ["visits"],
}


def test_a_facts_words_are_those_of_its_validated_claim_and_quote() -> None:
    fact = Fact.model_validate(FACT)
    (words,) = item_words([FACT]) or [None]
    assert words is not None and set(words) == content_words(f"{fact.claim}\n{fact.quote}")
    assert {"2026", "islam", "billi", "dolla", "febru"} <= set(words)


def test_an_item_that_is_no_fact_with_text_claim_and_quote_gets_none() -> None:
    not_facts = [["not", "a", "fact"], {**FACT, "claim": ["a", "list"]}, {"id": "no-quote", "claim": "A claim."}]
    assert item_words(not_facts) == [None, None, None]
    assert item_words({"not": "a list"}) is None


def test_a_worker_sends_each_items_words_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(
        "- id: a\n  claim: Trade rose.\n  source: s\n  quote: Trade rose to $2bn.\n  date: '2025'\n  topics: [trade]\n- [no, fact]\n",
        encoding="utf-8",
    )
    _, _, words = corpusfiles._unpacked(corpusfiles._parse_for_sending(path, "facts/facts.yaml", None, True)[0])
    assert words is not None and set(words[0] or ()) == content_words("Trade rose.\nTrade rose to $2bn.") and words[1] is None


def test_a_load_with_workers_prepares_every_fact_from_the_words_they_sent_as_it_would_alone(
    mini_project: Path, monkeypatch: pytest.MonkeyPatch, pool_everything: None, single_threaded: None
) -> None:
    monkeypatch.setenv("BRIEFGEN_NO_CACHE", "1")
    _big_project(mini_project)
    with monkeypatch.context() as serial:
        serial.setattr(corpusfiles, "_others_running", lambda: 8)  # no free core: every file parsed here
        alone = load_corpus(mini_project, cache=ParseCache(None), propose_links=True)._prepared
    sent: list[bool] = []
    real = evidence.prepare

    def spy(fact: Fact, words: tuple[str, ...] | None = None) -> evidence.Prepared:
        sent.append(words is not None)
        return real(fact, words)

    monkeypatch.setattr(evidence, "prepare", spy)
    pooled = load_corpus(mini_project, cache=ParseCache(None), propose_links=True)._prepared
    assert alone and pooled and sent and all(sent)
    assert {k: (p.word_set, p.entities, p.visit, p.when, p.ends, p.act) for k, p in pooled.items()} == {
        k: (p.word_set, p.entities, p.visit, p.when, p.ends, p.act) for k, p in alone.items()
    }
