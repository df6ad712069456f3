"""The event id or metric a link proposal suggests: one name for every part of one occasion.

An editor accepts a proposal as it stands, with the name it offers, and
facts that share an event id are one event.  Parts of one visit (the
arrival, the talks, the signing) are worded too differently to be proposed
in one link; they come as several proposals.  If each offered a name of its
own ("saudi-arabia-2022-12" for the arrival, "mohammed-bin-salman-2022-12"
for the talks), accepting them all would leave the visit in pieces.  So an
event is named after what its *articles* are about, not after the words of
the few facts proposed: the name that the members' articles use most
(among the names the members themselves carry), with the month most of
them are dated to.  Every proposal for one occasion, from the same
articles, then offers the same id, and accepting them unites the occasion.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from briefgen.corpus.clash import text_names
from briefgen.corpus.models import Fact
from briefgen.corpus.words import entity_key

_WORD = re.compile(r"[a-z0-9]+")


def slug(text: str) -> str:
    """A slug of ``text``, accents dropped ("Türkiye" gives "turkiye", not "t-rkiye")."""
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode("ascii")
    return "-".join(_WORD.findall(plain))[:60].strip("-")


def fact_names(fact: Fact) -> frozenset[str]:
    """The names a fact carries (its entities, or for a draft the capitalised names of its claim), as compared."""
    return frozenset(map(entity_key, fact.entities or text_names(fact.claim)))


class ArticleNames:
    """How many facts of each source carry each name, counted for a source when first asked (few sources are)."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        self._facts = facts
        self._by_source: dict[str, list[Fact]] | None = None
        self._counts: dict[str, Counter[str]] = {}
        self._names_of: Callable[[str], Iterable[frozenset[str]]] = self._facts_names

    @classmethod
    def of_names(cls, names_of: Callable[[str], Iterable[frozenset[str]]]) -> ArticleNames:
        """Counted from each source's facts' names (:func:`fact_names`) as ``names_of`` gives them.

        Linking has every fact's names already: they are not worked out again, nor the facts sorted by source.
        """
        articles = cls(())
        articles._names_of = names_of
        return articles

    def _facts_names(self, source: str) -> Iterable[frozenset[str]]:
        if self._by_source is None:
            by_source: dict[str, list[Fact]] = defaultdict(list)
            for fact in self._facts:
                by_source[fact.source].append(fact)
            self._by_source = dict(by_source)
        return map(fact_names, self._by_source.get(source, []))

    def counts(self, source: str) -> Counter[str]:
        found = self._counts.get(source)
        if found is None:
            found = self._counts[source] = Counter()
            for names in self._names_of(source):
                found.update(names)
        return found


def event_name(members: list[Fact], articles: ArticleNames | None = None) -> str:
    """The event id offered for facts of one event: one the facts already use, else a name and a month.

    The name is the one the members' articles use most, among those the
    members carry (a proposal of two facts about the talks and one of the
    arrival, from the same articles, get the same name); the month is the
    one most members are dated to, the earliest of equals.
    """
    events = sorted({m.event for m in members if m.event})
    if events:
        return events[0]
    carried: Counter[str] = Counter()
    for member in members:
        carried.update(fact_names(member))
    if articles is not None and carried:
        weight: Counter[str] = Counter()
        for source in sorted({m.source for m in members}):
            counts = articles.counts(source)
            for name in carried:
                weight[name] += counts[name]
        carried = Counter({name: weight[name] or carried[name] for name in carried})
    first = min(members, key=lambda m: (m.date.sort_key(), m.id))
    who = max(sorted(carried), key=lambda e: (carried[e], len(e))) if carried else (first.topics[0] if first.topics else "event")
    months = Counter((m.date.year, m.date.month) for m in members)
    year, month = min(months, key=lambda ym: (-months[ym], ym[0], ym[1] or 0))
    when = f"{year}-{month:02d}" if month else str(year)
    return f"{slug(who)}-{when}"


def metric_name(members: list[Fact]) -> str:
    """The metric offered for facts of one figure: the first, in order, of the metrics they state."""
    return sorted(m.value.metric for m in members if m.value is not None)[0]
