"""The learning and the measures of benchmarks/worth_model.py: a sparse logistic regression in numpy, grouped folds,
and the precision, recall and claim recall of a selection of sentences.

Kept apart from the script that gathers half A's sentences so that each stays short; nothing here reads a labelled set.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import numpy as np

HASH_BITS = 16
_WORDS = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)


def hashed(text: str) -> list[int]:
    words = [w.casefold() for w in _WORDS.findall(text)]
    grams = [f"w:{w}" for w in words] + [f"b:{a} {b}" for a, b in pairwise(words)]
    return sorted({zlib.crc32(g.encode()) & ((1 << HASH_BITS) - 1) for g in grams})


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


# --- the model -------------------------------------------------------------------------------------------------


@dataclass
class Matrix:
    """A sparse matrix of binary features, rows as runs of column indices (CSR without the values)."""

    indptr: np.ndarray
    indices: np.ndarray
    columns: int

    @property
    def rows(self) -> int:
        return len(self.indptr) - 1

    def dot(self, weights: np.ndarray) -> np.ndarray:
        sums = np.add.reduceat(np.r_[weights[self.indices], 0.0], self.indptr[:-1]) if len(self.indices) else np.zeros(self.rows)
        sums[np.diff(self.indptr) == 0] = 0.0
        return sums

    def tdot(self, per_row: np.ndarray) -> np.ndarray:
        repeated = np.repeat(per_row, np.diff(self.indptr))
        return np.bincount(self.indices, weights=repeated, minlength=self.columns)

    def take(self, rows: np.ndarray) -> Matrix:
        lengths = np.diff(self.indptr)[rows]
        indices = np.concatenate([self.indices[self.indptr[r] : self.indptr[r + 1]] for r in rows]) if len(rows) else np.zeros(0, int)
        return Matrix(np.r_[0, np.cumsum(lengths)], indices, self.columns)


def design(units: list[dict[str, Any]], words: bool = True, rules: bool = True) -> tuple[Matrix, list[str]]:
    """The feature matrix: the named features (a column each), then the hashed words and pairs, then a bias."""
    vocabulary: dict[str, int] = {}
    for unit in units:
        for name in unit["features"]:
            vocabulary.setdefault(name, len(vocabulary))
    offset = len(vocabulary)
    bias = offset + (1 << HASH_BITS)
    rows: list[list[int]] = []
    for unit in units:
        row = [vocabulary[n] for n in unit["features"]] if rules else []
        if words:
            row += [offset + h for h in hashed(unit["text"])]
        rows.append([*row, bias])
    indptr = np.r_[0, np.cumsum([len(r) for r in rows])]
    names = [*vocabulary, *(f"hash{h}" for h in range(1 << HASH_BITS)), "bias"]
    return Matrix(indptr, np.array([i for r in rows for i in r], dtype=np.int64), bias + 1), names


def train(x: Matrix, y: np.ndarray, l2: float = 1e-3, steps: int = 400, rate: float = 0.05) -> np.ndarray:
    """Logistic regression fitted by full-batch Adam from zero weights: deterministic, numpy only."""
    weights = np.zeros(x.columns)
    first = np.zeros(x.columns)
    second = np.zeros(x.columns)
    for step in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-x.dot(weights)))
        gradient = x.tdot(p - y) / x.rows + l2 * weights
        first = 0.9 * first + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient**2
        weights -= rate * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    return weights


def folds_of(sets: list[str], count: int) -> dict[str, int]:
    """Each set's fold: the sets in name order dealt round in turn, so no set is in two folds."""
    return {name: n % count for n, name in enumerate(sorted(set(sets)))}


# --- the measures ----------------------------------------------------------------------------------------------


@dataclass
class Point:
    """A selection's sentence precision and recall, and its claim recall."""

    kept: int
    selected: int
    positives: int
    claims_covered: int = 0
    claims: int = 0

    @property
    def precision(self) -> float:
        return self.kept / self.selected if self.selected else 1.0

    @property
    def recall(self) -> float:
        return self.kept / self.positives if self.positives else 1.0

    @property
    def claim_recall(self) -> float:
        return self.claims_covered / self.claims if self.claims else 1.0

    def __str__(self) -> str:
        return (
            f"precision {self.kept}/{self.selected} = {100 * self.precision:.2f}%  recall {self.kept}/{self.positives} = "
            f"{100 * self.recall:.2f}%  claims {self.claims_covered}/{self.claims} = {100 * self.claim_recall:.2f}%"
        )


class Scorer:
    """Precision and recall of selections of some units, claim recall included."""

    def __init__(self, units: list[dict[str, Any]], claims: list[dict[str, Any]]) -> None:
        self.y = np.array([u["label"] for u in units], dtype=bool)
        self.claims = claims
        by_article: dict[tuple[str, str], list[int]] = {}
        for n, unit in enumerate(units):
            by_article.setdefault((unit["set"], unit["article"]), []).append(n)
        self.cover: list[list[tuple[int, int]]] = []  # each claim: (unit, characters shared)
        for claim in claims:
            span = (claim["start"], claim["end"])
            here = by_article.get((claim["set"], claim["article"]), [])
            self.cover.append([(n, o) for n in here if (o := overlap(span, (units[n]["start"], units[n]["end"])))])

    def point(self, selected: np.ndarray) -> Point:
        covered = sum(
            1
            for claim, cover in zip(self.claims, self.cover, strict=True)
            if sum(o for n, o in cover if selected[n]) * 2 >= claim["end"] - claim["start"]
        )
        return Point(int((selected & self.y).sum()), int(selected.sum()), int(self.y.sum()), covered, len(self.claims))


def curve(y: np.ndarray, scores: np.ndarray, base: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision, recall and threshold of every cut of the scores (with ``base``: the rules' picks always kept)."""
    forced = base if base is not None else np.zeros(len(y), dtype=bool)
    free = ~forced
    order = np.argsort(-scores[free], kind="stable")
    ys = y[free][order]
    kept = forced.sum() + np.arange(1, len(ys) + 1)
    true = (y & forced).sum() + np.cumsum(ys)
    kept, true = np.r_[forced.sum(), kept], np.r_[(y & forced).sum(), true]
    thresholds = np.r_[np.inf, scores[free][order]]
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(kept > 0, true / np.maximum(kept, 1), 1.0)
    return precision, true / max(1, y.sum()), thresholds


def at_precision(precision: np.ndarray, recall: np.ndarray, thresholds: np.ndarray, floor: float) -> tuple[float, float]:
    """The highest recall (and its threshold) among the cuts whose precision is at least ``floor``."""
    ok = np.flatnonzero(precision >= floor - 1e-12)
    if not len(ok):
        return 0.0, np.inf
    best = ok[np.argmax(recall[ok])]
    return float(recall[best]), float(thresholds[best])


def at_recall(precision: np.ndarray, recall: np.ndarray, floor: float) -> float:
    ok = np.flatnonzero(recall >= floor - 1e-12)
    return float(precision[ok].max()) if len(ok) else 0.0
