"""The learned worth model of benchmarks/worth_model.py, read on made-up sentences and toy data.

The model was measured against the worth rules by grouped cross-validation on half A and not built in (it did not
beat them by a clear margin); these tests pin what it reads, how it labels and how it measures, so that its figures
can be reproduced and compared with the next attempt.
"""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest

from tests.conftest import load_benchmark


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_benchmark("worth_model")


@pytest.fixture(scope="module")
def fit() -> ModuleType:
    return load_benchmark("worth_fit")


def test_the_features_hold_the_rules_verdicts_and_the_sentences_signals(bench: ModuleType) -> None:
    sides = bench.page_sides("Norland and Sudria sign grain deal", "Norland and Sudria signed a deal.", [])
    signed = bench.named_features("Norland and Sudria signed a $40 million grain deal on Monday", 0, 10, 0, False, True, sides)
    thanks = bench.named_features("He thanked the hosts for their warm hospitality", 9, 10, 6, False, False, sides)
    assert {"rules.drafted=True", "worth.check_worthy=True", "figure=True", "weekday=True", "first=True", "re._CONTENT=True"} <= set(signed)
    assert {"rules.drafted=False", "worth.check_worthy=False", "re._COURTESY=True", "figure=False", "place=4"} <= set(thanks)
    assert len(signed) == len(thanks)  # every sentence gets a verdict from every predicate


def test_only_predicates_on_a_sentence_are_read_as_verdicts(bench: ModuleType) -> None:
    names = {name for name, _ in bench.PREDICATES}
    assert {"worth.check_worthy", "worth.is_courtesy", "selection.relation_forecast"} <= names
    assert "selection.body_paragraphs" not in names  # a reading of a whole body, not a verdict on a sentence
    assert "worth.without_commitments" not in names  # returns the text itself: true of every sentence


def test_passages_match_as_a_draft_matches_a_claim(bench: ModuleType) -> None:
    assert bench._matches((0, 100), (40, 90))  # the shorter lies inside the longer
    assert bench._matches((0, 100), (80, 110))  # two thirds of the shorter shared
    assert not bench._matches((0, 100), (90, 120))  # a third of the shorter shared
    assert bench._places("the deal. the deal.", "the  deal") == [(0, 8), (10, 18)]


def test_the_sparse_products_equal_the_dense_ones(fit: ModuleType) -> None:
    rows = [[0, 2], [], [1, 2, 3]]
    x = fit.Matrix(np.array([0, 2, 2, 5]), np.array([i for r in rows for i in r]), 4)
    dense = np.zeros((3, 4))
    for n, row in enumerate(rows):
        dense[n, row] = 1
    weights = np.array([0.5, -1.0, 2.0, 3.0])
    assert np.allclose(x.dot(weights), dense @ weights)
    assert np.allclose(x.tdot(np.array([1.0, 2.0, 3.0])), dense.T @ np.array([1.0, 2.0, 3.0]))
    assert np.allclose(x.take(np.array([2, 0])).dot(weights), (dense @ weights)[[2, 0]])


def test_training_is_deterministic_and_learns_a_separable_toy(fit: ModuleType) -> None:
    units = [
        {"features": ["signed=True"], "text": "Norland signed a grain deal", "label": True},
        {"features": ["signed=True"], "text": "Sudria signed a canal accord", "label": True},
        {"features": ["signed=False"], "text": "He thanked his hosts warmly", "label": False},
        {"features": ["signed=False"], "text": "She praised the brotherly ties", "label": False},
    ]
    x, names = fit.design(units)
    assert names[-1] == "bias"
    y = np.array([u["label"] for u in units], dtype=float)
    first, second = fit.train(x, y), fit.train(x, y)
    assert np.array_equal(first, second)
    scores = x.dot(first)
    assert min(scores[:2]) > 0 > max(scores[2:])


def test_no_set_is_in_two_folds(fit: ModuleType) -> None:
    folds = fit.folds_of(["intake_final4", "intake_eval", "intake_final2", "intake_eval", "intake_test"], 2)
    assert folds == {"intake_eval": 0, "intake_final2": 1, "intake_final4": 0, "intake_test": 1}


def test_the_curve_and_its_cuts(fit: ModuleType) -> None:
    y = np.array([True, True, False, True, False])
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.1])
    precision, recall, thresholds = fit.curve(y, scores)
    assert list(np.round(precision, 2)) == [1.0, 1.0, 1.0, 0.67, 0.75, 0.6]
    assert list(np.round(recall, 2)) == [0.0, 0.33, 0.67, 0.67, 1.0, 1.0]
    assert fit.at_precision(precision, recall, thresholds, 0.75) == (1.0, 0.6)
    assert fit.at_recall(precision, recall, 1.0) == 0.75
    # as a last say: the rules' picks (the third sentence) are kept whatever the score
    precision, recall, _ = fit.curve(y, scores, base=np.array([False, False, True, False, False]))
    assert precision[0] == 0.0 and recall[-1] == 1.0


def test_claim_recall_counts_a_claim_covered_over_half_its_length(fit: ModuleType) -> None:
    units = [
        {"set": "s", "article": "a", "start": 0, "end": 50, "label": True},
        {"set": "s", "article": "a", "start": 51, "end": 100, "label": False},
    ]
    claims = [{"set": "s", "article": "a", "start": 10, "end": 40}, {"set": "s", "article": "a", "start": 30, "end": 90}]
    scorer = fit.Scorer(units, claims)
    point = scorer.point(np.array([True, False]))
    assert (point.kept, point.selected, point.claims_covered, point.claims) == (1, 1, 1, 2)
    assert scorer.point(np.array([True, True])).claims_covered == 2
