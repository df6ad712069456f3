"""The corpus as of a date, and the newest source per set of topics: worked out once, the same as walking every fact."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from briefgen.corpus.loader import load_corpus
from briefgen.render.scope import topics_match
from tests.conftest import REPO


def test_as_of_is_kept_per_date_and_bounded() -> None:
    corpus = load_corpus(REPO)
    early = corpus.as_of(dt.date(2025, 1, 1))
    assert corpus.as_of(dt.date(2025, 1, 1)) is early
    assert all(s.published is not None and s.published <= dt.date(2025, 1, 1) for s in early.sources.values())
    assert set(early.facts) == {fid for fid, f in corpus.facts.items() if f.source in early.sources}
    for day in range(1, 29):
        corpus.as_of(dt.date(2024, 2, day))
    again = corpus.as_of(dt.date(2025, 1, 1))
    assert again is not early and again.facts == early.facts and again.sources == early.sources


def test_newest_by_topics_gives_the_newest_source_of_any_scope() -> None:
    corpus = load_corpus(REPO)
    index = corpus.newest_by_topics()
    topics = sorted(corpus.vocabulary.topics)
    scopes = [((), ()), *(((t,), ()) for t in topics), *((pair, ()) for pair in itertools.combinations(topics[:6], 2))]
    scopes += [((), (t,)) for t in topics[:5]]
    for wanted, excluded in scopes:
        walked = [
            corpus.sources[f.source].published
            for f in corpus.facts.values()
            if topics_match(wanted, excluded, f.topics) and corpus.sources[f.source].published is not None
        ]
        indexed = [date for key, date in index.items() if topics_match(wanted, excluded, key)]
        assert max(indexed, default=None) == max(walked, default=None), (wanted, excluded)


def test_as_of_a_date_that_sees_everything_reuses_the_work_and_an_earlier_one_does_not(mini_project: Path) -> None:
    corpus = load_corpus(mini_project)
    everything = corpus.as_of(dt.date(2030, 1, 1))
    assert [d.describe() for d in everything.discrepancies()] == [d.describe() for d in corpus.discrepancies()]
    assert len(everything.discrepancies()) == 2
    assert everything.newest_by_topics() == corpus.newest_by_topics()
    assert dt.date(2025, 4, 10) in everything.newest_by_topics().values()
    early = corpus.as_of(dt.date(2025, 2, 1))  # the later source, and both disagreements, are not out yet
    assert set(early.sources) == {"mini-source"}
    assert early.discrepancies() == []
    assert set(early.newest_by_topics().values()) == {dt.date(2025, 1, 31)}
