"""Union-find over names: names joined, directly or through others, come to stand for one another.

Accepted links join events into one event (:mod:`briefgen.corpus.links`); the names a report of a tour keeps coming
back to join into its host (:mod:`briefgen.corpus.tour_legs`).  Each is the same question asked of strings: which
names end up together.
"""

from __future__ import annotations


class NameUnion:
    """Names joined into groups; :meth:`find` gives the name that stands for a name's group."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, name: str) -> str:
        parent = self.parent.setdefault(name, name)
        if parent != name:
            parent = self.parent[name] = self.find(parent)
        return parent

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:  # the smaller name stands for both: the same result whatever the order of joining
            low, high = sorted((ra, rb))
            self.parent[high] = low
