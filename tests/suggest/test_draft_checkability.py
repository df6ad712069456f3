"""The checkability score of benchmarks/draft_checkability.py, read on made-up sentences.

The score was measured as a filter on drafts and not kept (it did not generalise from half A to
half B); these tests pin what it reads, so that its figures can be reproduced and compared with
the next attempt.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.conftest import load_benchmark


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_benchmark("draft_checkability")


def test_a_counted_dated_outcome_outscores_praise_of_ties(bench: ModuleType) -> None:
    signed = "Norland and Sudria signed a $40 million grain deal in Velmar on 12 March 2031"
    praise = "The visit underscores the historic, brotherly and strategic ties between Norland and Sudria"
    assert bench.checkability(signed) > bench.checkability(praise)
    assert bench.features(signed)["figure"] == bench.features(signed)["date"] == bench.features(signed)["outcome"] == 1
    assert bench.features(praise)["evaluative"] == 3
    assert bench.checkability(praise) < 0  # below the tail threshold measured in round 8


def test_capitalised_words_are_names_not_praise(bench: ModuleType) -> None:
    named = "The ministers opened the Comprehensive Strategic Partnership Council in Velmar"
    assert bench.features(named)["evaluative"] == 0
    assert bench.features(named)["outcome"] == 1


def test_plural_nouns_and_aims_are_no_outcome(bench: ModuleType) -> None:
    assert bench.features("Both parties have made a number of state visits over the decades")["outcome"] == 0
    assert bench.features("The forum aims to attract investors from the region")["outcome"] == 0
    assert bench.features("The forum aims to attract investors from the region")["modal"] == 1
    assert bench.features("The premier visited the port of Velmar with the minister")["outcome"] == 1


def test_the_month_may_is_a_date_not_a_hedge(bench: ModuleType) -> None:
    found = bench.features("The two ministers met in Velmar in May to review the canal works")
    assert found["date"] == 1
    assert found["modal"] == 0
    assert bench.features("Trade may grow if the canal works are finished on schedule")["modal"] == 1


def test_framing_and_ordinals(bench: ModuleType) -> None:
    assert bench.features("Although far apart, the two nations have long shared a vision of the future")["framed"] == 1
    assert bench.features("This is the premier's second visit to Sudria as head of government")["figure"] == 1


def test_the_filter_keeps_named_speakers_when_asked(bench: ModuleType) -> None:
    vague = "Minister Arlo Venn said that the strategic and historic ties are deep and strong"
    assert bench.checkability(vague) < -1
    assert not bench.keeps(-1, False)(vague)
    assert bench.keeps(-1, True)(vague)
    assert bench.keeps(None, False)(vague)  # no threshold: the drafts as suggest writes them
