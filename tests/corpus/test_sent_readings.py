"""What the parse workers read of each fact for linking (:mod:`briefgen.corpus.sent_readings`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.corpus import evidence
from briefgen.corpus import files as corpusfiles
from briefgen.corpus.cache import ParseCache
from briefgen.corpus.loader import load_corpus
from briefgen.corpus.models import Fact
from briefgen.corpus.sent_readings import item_readings
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
    (reading,) = item_readings([FACT]) or [None]
    assert reading is not None and set(reading[0]) == content_words(f"{fact.claim}\n{fact.quote}")
    assert {"2026", "islam", "billi", "dolla", "febru"} <= set(reading[0])
    assert reading[1] is False  # no word of a stay's end


def test_a_quote_with_a_word_of_a_stays_end_is_marked_to_be_read() -> None:
    quotes = ["He stays until Friday.", "Talks ran FROM March 16 to 20.", "Before leaving on Monday, he met traders.", "The trip ended."]
    read = item_readings([{**FACT, "quote": quote} for quote in quotes]) or []
    assert [reading[1] for reading in read if reading] == [True, True, True, False]


def test_an_item_that_is_no_fact_with_text_claim_and_quote_gets_no_reading() -> None:
    not_facts = [["not", "a", "fact"], {**FACT, "claim": ["a", "list"]}, {"id": "no-quote", "claim": "A claim."}]
    assert item_readings(not_facts) == [None, None, None]
    assert item_readings({"not": "a list"}) is None


def test_a_worker_sends_each_items_reading_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    fact = "- id: a\n  claim: Trade rose.\n  source: s\n  quote: Trade rose until 2025 to $2bn.\n  date: '2025'\n  topics: [trade]\n"
    path.write_text(fact + "- [no, fact]\n", encoding="utf-8")
    _, _, read = corpusfiles._unpacked(corpusfiles._parse_for_sending(path, "facts/facts.yaml", None, True)[0])
    assert read is not None and read[1] is None and read[0] is not None
    assert (set(read[0][0]), read[0][1]) == (content_words("Trade rose.\nTrade rose until 2025 to $2bn."), True)


def test_a_load_with_workers_prepares_every_fact_from_what_they_read_as_it_would_alone(
    mini_project: Path, monkeypatch: pytest.MonkeyPatch, pool_everything: None, single_threaded: None
) -> None:
    monkeypatch.setenv("BRIEFGEN_NO_CACHE", "1")
    _big_project(mini_project)
    stays = "- id: stay-{n}\n  claim: A claim.\n  source: mini-source\n  quote: {quote}\n  date: '2025-02-03'\n  topics: [visits]\n"
    quotes = ["He visits Minsk until Friday.", "Talks ran from February 4 to 6.", "He leaves on Thursday."]
    (mini_project / "facts/stays.yaml").write_text("".join(stays.format(n=n, quote=q) for n, q in enumerate(quotes)), encoding="utf-8")
    with monkeypatch.context() as serial:
        serial.setattr(corpusfiles, "_others_running", lambda: 8)  # no free core: every file parsed here
        alone = load_corpus(mini_project, cache=ParseCache(None), propose_links=True)._prepared
    sent: list[bool] = []
    real = evidence.prepare

    def spy(fact: Fact, words: tuple[str, ...] | None = None, ends: bool = True) -> evidence.Prepared:
        sent.append(words is not None)
        return real(fact, words, ends)

    monkeypatch.setattr(evidence, "prepare", spy)
    pooled = load_corpus(mini_project, cache=ParseCache(None), propose_links=True)._prepared
    assert alone and pooled and sent and all(sent)
    assert sum(p.ends is not None for p in pooled.values()) == 3
    assert {k: (p.word_set, p.entities, p.visit, p.when, p.ends, p.act) for k, p in pooled.items()} == {
        k: (p.word_set, p.entities, p.visit, p.when, p.ends, p.act) for k, p in alone.items()
    }
