"""Independent origins: outlets that run the same agency copy or press release count once.

Two outlets printing one APP wire or one ministry release are one witness,
not two; a reader told "reported by four outlets" should also learn "from
two origins".  Two articles share an origin when a large share of the
shorter one's word sequences (runs of five words) appear word for word in
the other: rewritten reports of one event share names and figures but
seldom five words in a row, while reprints share whole sentences.  This is
the measure MinHash estimates, computed exactly: the articles compared are
the few that back one claim, never the whole corpus.

On the evaluation set (``benchmarks/linking_quality.py``) a share of 0.2
separates the labelled same-origin pairs from the other reports of each
event; rewritten wire copy (one report "rewritten by two sites") falls below.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

from briefgen.corpus.models import Source

#: Share of the shorter article's five-word runs found in the other: above it, one origin.
SAME_ORIGIN_SHARE = 0.2
_RUN = 5
_WORD = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=1024)
def _runs(body: str) -> frozenset[tuple[str, ...]]:
    words = _WORD.findall(body.lower())
    return frozenset(tuple(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1))


def shared_share(a: str, b: str) -> float:
    """Share (0-1) of the shorter text's five-word runs that the other text contains too."""
    runs_a, runs_b = _runs(a), _runs(b)
    shorter = min(len(runs_a), len(runs_b))
    return len(runs_a & runs_b) / shorter if shorter else 0.0


def same_origin(a: Source, b: Source) -> bool:
    """Whether two archived articles are, in substance, one text (agency copy, a reprinted release)."""
    return a.id != b.id and shared_share(a.body, b.body) >= SAME_ORIGIN_SHARE


def same_origin_pairs(sources: Iterable[Source]) -> list[tuple[str, str]]:
    """Every pair of the given articles that shares an origin (ids in order)."""
    chosen = sorted(sources, key=lambda s: s.id)
    return [(a.id, b.id) for a, b in itertools.combinations(chosen, 2) if same_origin(a, b)]


def origin_groups(sources: Iterable[Source]) -> list[list[Source]]:
    """The articles grouped by origin: reprints of one text in one group; the groups in first-seen order."""
    groups: list[list[Source]] = []
    for source in sources:
        for group in groups:
            if any(same_origin(source, other) for other in group):
                group.append(source)
                break
        else:
            groups.append([source])
    return groups
