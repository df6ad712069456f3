"""The helpers templates call: ``fact()``, ``facts()``, ``cite()``, ``bar_chart()`` and the rest.

Each helper is a method of :class:`Helpers` marked with :func:`helper`; the
mark is what makes it callable from a template and listed by ``briefgen
helpers`` (its docstring is the entry), so the list cannot drift from the
code.  Helpers see the corpus as of the brief's date and within its topics.
"""

from __future__ import annotations

import datetime as dt
import difflib
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from markupsafe import Markup

from briefgen.corpus.loader import Corpus
from briefgen.render import keypoints
from briefgen.render.corroboration import corroboration_view
from briefgen.render.placements import PlacementView, placements_of
from briefgen.render.records import CorroborationView, DiscrepancyView, FactView, SourceView, discrepancy_view, fact_view, source_view
from briefgen.render.sandbox import HelperError
from briefgen.render.scope import Scope, SupersededView, supersedes
from briefgen.render.since_last import SectionUpdateView, claim_updates
from briefgen.text.dates import as_partial_date
from briefgen.text.english import slug_in_words

F = TypeVar("F", bound=Callable[..., Any])


def helper(method: F) -> F:
    """Mark a method of :class:`Helpers` as a template helper."""
    method.is_helper = True  # type: ignore[attr-defined]
    return method


@dataclass(frozen=True)
class CommitmentView:
    """A plan or promise, and what later sources say became of it."""

    plan: FactView
    outcomes: tuple[FactView, ...]
    status: str  # "reported", "not yet due" or "no later report"


@dataclass(frozen=True)
class KeyPointView:
    """A key point: the fact, the topic it stands for, whether another source confirms it, whether it is an open plan."""

    fact: FactView
    topic: str
    corroborated: bool
    open: bool

    @property
    def cite(self) -> Markup:
        """The key point's citation mark."""
        return self.fact.cite


@dataclass(frozen=True)
class TopicView:
    """A topic with facts in the brief's scope: its id, a heading made from it, its description, how many facts."""

    id: str
    heading: str
    description: str
    count: int


@dataclass
class Helpers:
    """The functions templates call.  Each docstring is its ``briefgen helpers`` entry."""

    scope: Scope
    full_corpus: Corpus
    _views: dict[str, FactView] = field(default_factory=dict)
    figures: dict[str, str] = field(default_factory=dict)
    nonce: str = field(default_factory=lambda: secrets.token_hex(8))
    chart_cache: Path | None = None  # where drawn charts are kept (build/.cache/charts), or None

    def _view(self, fact_id: str) -> FactView:
        view = self._views.get(fact_id)
        if view is None:
            view = self._views[fact_id] = fact_view(self.scope.corpus.facts[fact_id], self.scope.corpus)
        return view

    @helper
    def fact(self, fact_id: str) -> FactView:
        """One fact by id, with its claim, quote, date, value and source.

        Example: {{ fact('mtz-to-supply-2700-tractors-2025').claim }} {{ fact('mtz-to-supply-2700-tractors-2025').cite }}
        """
        if fact_id in self.scope.corpus.facts:
            return self._view(fact_id)
        raise unknown_fact_error(fact_id, self.scope, self.full_corpus)

    @helper
    def facts(
        self,
        topic: str | None = None,
        source: str | None = None,
        since: Any = None,
        until: Any = None,
        metric: str | None = None,
        kind: str | None = None,
        event: str | None = None,
    ) -> list[FactView]:
        """Facts in the brief's scope, in date order, narrowed by any of the arguments.

        Example: {% for f in facts(topic='trade', since='2024') %}{{ f.claim }} {{ f.cite }} {% endfor %}
        """
        if topic is not None and topic not in self.scope.corpus.vocabulary.topics:
            close = difflib.get_close_matches(topic, list(self.scope.corpus.vocabulary.topics), n=1)
            raise HelperError(f"facts(): unknown topic '{topic}'", hint=f"did you mean '{close[0]}'?" if close else None)
        start = as_partial_date(since).first_day if since is not None else None
        end = as_partial_date(until).last_day if until is not None else None
        chosen = []
        for item in self.scope.facts_in_date_order():
            if not self.scope.sees(item):
                continue
            if topic is not None and topic not in item.topics:
                continue
            if source is not None and item.source != source:
                continue
            if metric is not None and (item.value is None or item.value.metric != metric):
                continue
            if kind is not None and item.kind != kind:
                continue
            if event is not None and item.event != event:
                continue
            if start is not None and item.date.last_day < start:
                continue
            if end is not None and item.date.first_day > end:
                continue
            chosen.append(self._view(item.id))
        return chosen

    @helper
    def discrepancies(self) -> list[DiscrepancyView]:
        """Where sources in scope disagree: figures for one measure, or dates of one event.

        Example: {% for d in discrepancies() %}{{ d.message }} {{ d.cite }}{% endfor %}
        """
        found = []
        for discrepancy in self.scope.corpus.discrepancies():
            facts = [self.scope.corpus.facts[fid] for fid in discrepancy.fact_ids]
            if any(self.scope.sees(f) for f in facts):
                found.append(discrepancy_view(discrepancy, self.scope.corpus))
        return found

    @helper
    def corroboration(self, *items: Any) -> CorroborationView:
        """Who reports a claim: its facts (one fact and those facts/links.yaml joins to it, or those named), outlets, origins, first report.

        Example: {% set c = corroboration('trade-volume-2019') %}{{ c.first.claim }} {{ c.cite }} ({{ c.note }}; {{ c.summary }})
        """
        ids: list[str] = []
        for item in items:
            for one in item if isinstance(item, list | tuple) else [item]:
                ids.append(one.id if isinstance(one, FactView) else str(one))
        if not ids:
            raise HelperError("corroboration() needs at least one fact")
        for fact_id in ids:
            self.fact(fact_id)
        corpus = self.scope.corpus
        if len(ids) == 1:
            ids = [f for f in corpus.links.partners(ids[0]) if f in corpus.facts]
        return corroboration_view([self._view(f) for f in dict.fromkeys(ids)], corpus)

    @helper
    def placements(self, event: Any) -> list[PlacementView]:
        """When the sources date an event: per month, oldest first, how many sources place it there, which, and their citation.

        Example: {% for p in placements('lukashenko-visit-islamabad-2024') %}{{ p.phrase }} {{ p.cite }} {% endfor %}
        """
        name = event.event if isinstance(event, FactView) else str(event)
        if name in self.full_corpus.facts:  # a fact id: the event it reports
            name = self.full_corpus.facts[name].event or ""
        if not name:
            raise HelperError(f"placements(): fact '{event}' names no event", hint="give an event id, or set the fact's event")
        events = {f.event for f in self.full_corpus.linked_facts() if f.event}
        if name not in events:
            close = difflib.get_close_matches(name, sorted(events), n=1)
            raise HelperError(f"placements(): unknown event '{name}'", hint=f"did you mean '{close[0]}'?" if close else None)
        chosen = [self._view(f.id) for f in self.scope.corpus.linked_facts() if f.event == name and self.scope.sees(f)]
        return placements_of(chosen)

    @helper
    def sources(self) -> list[SourceView]:
        """Every archived source the brief may cite, oldest first.

        Example: {% for s in sources() %}{{ s.label }} ({{ s.published | date }}){% endfor %}
        """
        corpus = self.scope.corpus
        relevant = {f.source for f in corpus.facts.values() if self.scope.sees(f)}
        chosen = [corpus.sources[sid] for sid in relevant]
        chosen.sort(key=lambda s: (s.published or dt.date.max, s.id))
        return [source_view(s) for s in chosen]

    @helper
    def commitments(self) -> list[CommitmentView]:
        """Plans and promises in scope, each with later reports of the same event and a status.

        Example: {% for c in commitments() %}{{ c.plan.claim }} {{ c.plan.cite }}: {{ c.status }}{% endfor %}
        """
        found = []
        everything = self.facts()
        for plan in (f for f in everything if f.kind == "plan"):
            outcomes = tuple(
                f for f in everything if plan.event and f.event == plan.event and f.kind == "event" and f.source.id != plan.source.id
            )
            if outcomes:
                status = "reported"
            elif plan.date.last_day >= self.scope.as_of:
                status = "not yet due"
            else:
                status = "no later report"
            found.append(CommitmentView(plan=plan, outcomes=outcomes, status=status))
        return found

    @helper
    def bar_chart(self, items: Iterable[FactView], title: str, labels: Iterable[str] | None = None, log: bool = False) -> Markup:
        """A horizontal bar chart (vector SVG) of facts' values; cite the facts in its caption.

        Example: {{ bar_chart(facts(metric='trade-volume'), title='Recorded trade, US$') }}
        """
        from babel.numbers import get_currency_symbol

        from briefgen.render.charts import BarPoint, cached_bar_chart_svg, svg_image_tag
        from briefgen.render.wording import amount_filter

        chosen = list(items)
        if not chosen or any(f.value is None for f in chosen):
            raise HelperError("bar_chart(): every fact charted needs a value", hint="filter with facts(metric=…)")
        ranged = [f.id for f in chosen if f.value is not None and f.value.amount is None]
        if ranged:
            raise HelperError(
                f"bar_chart(): '{ranged[0]}' states a range or a bound, not one figure, and cannot be drawn as a bar",
                hint="leave it out of the chart and cite it in the text",
            )
        names = list(labels) if labels is not None else [f.value.period or str(f.date) for f in chosen if f.value]
        if len(names) != len(chosen):
            raise HelperError(f"bar_chart(): {len(names)} labels for {len(chosen)} facts")
        points = [
            BarPoint(label=name, amount=f.value.amount or Decimal(0), value_label=amount_filter(f.value), highlight=f.kind == "plan")
            for name, f in zip(names, chosen, strict=True)
            if f.value is not None
        ]
        unit = chosen[0].value.unit if chosen[0].value else ""
        is_money = len(unit) == 3 and unit.isupper()
        symbol = get_currency_symbol(unit, locale="en_GB") if is_money else ""
        axis = f"{symbol or unit}{' (logarithmic scale)' if log else ''}"
        svg = cached_bar_chart_svg(points, title=title, axis_label=axis, log_scale=log, symbol=symbol, cache_dir=self.chart_cache)
        key = f"briefgen-figure-{self.nonce}-{len(self.figures) + 1}"
        self.figures[key] = svg_image_tag(svg, title)
        return Markup(f"\n\n{key}\n\n")

    @helper
    def key_points(
        self,
        limit: int = 6,
        per_topic: int = 3,
        per_source: int = 2,
        order: str = "kind,recent,corroborated",
        kinds: str = "event,figure,plan,statement",
        topic: str | None = None,
    ) -> list[KeyPointView]:
        """The brief's key points, chosen by a stated rule (docs/editing.md): topics in turn; events, newest, confirmed first.

        Example: {% for k in key_points(limit=5) %}- {% if k.open %}**Open:** {% endif %}{{ k.fact.claim }} {{ k.cite }}{% endfor %}
        """
        if limit < 1 or per_topic < 1 or per_source < 1:
            raise HelperError("key_points(): limit, per_topic and per_source must be at least 1")
        chosen = [self.scope.corpus.facts[f.id] for f in self.facts(topic=topic)]
        topics = [t.id for t in self.topics_in_scope()] if topic is None else [topic]
        try:
            picks = keypoints.choose(chosen, topics, limit=limit, per_topic=per_topic, order=_words(order), kinds=_words(kinds))
        except ValueError as exc:
            raise HelperError(f"key_points(): {exc}") from None
        still_open = {c.plan.id for c in self.commitments() if c.status != "reported"}
        return [KeyPointView(self._view(p.fact.id), p.topic, p.corroborated, p.fact.id in still_open) for p in picks]

    @helper
    def topics_in_scope(self) -> list[TopicView]:
        """The topics that have facts in the brief's scope, in the brief's order (else the vocabulary's), for one section each.

        Example: {% for t in topics_in_scope() %}## {{ t.heading }} ({{ t.count }} facts){% endfor %}
        """
        vocabulary = self.scope.corpus.vocabulary.topics
        counts: dict[str, int] = {}
        for fact in self.facts():
            for name in fact.topics:
                counts[name] = counts.get(name, 0) + 1
        ordered = _brief_topic_order(self.scope, vocabulary) if self.scope.topics else list(vocabulary)
        return [
            TopicView(id=name, heading=slug_in_words(name), description=vocabulary.get(name, ""), count=counts[name])
            for name in ordered
            if counts.get(name)
        ]

    @helper
    def cite(self, *items: Any) -> Markup:
        """A citation mark for one or more facts (views or ids).

        Example: {{ cite('trade-volume-2019', 'trade-volume-19-05-million') }}
        """
        ids: list[str] = []
        for item in items:
            for one in item if isinstance(item, list | tuple) else [item]:
                fact_id = one.id if isinstance(one, FactView) else str(one)
                self.fact(fact_id)
                ids.append(fact_id)
        if not ids:
            raise HelperError("cite() needs at least one fact")
        return Markup("[" + "; ".join(f"@{i}" for i in dict.fromkeys(ids)) + "]")

    @helper
    def available(self, *fact_ids: str) -> bool:
        """Whether every named fact can be cited in this edition (known, curated, and published by the as-of date).

        Example: {% if available('mtz-to-supply-2700-tractors-2025') %}{{ fact('mtz-to-supply-2700-tractors-2025').cite }}{% endif %}
        """
        for fact_id in fact_ids:
            if fact_id in self.scope.corpus.facts:
                continue
            if fact_id in self.full_corpus.facts or fact_id in self.full_corpus.drafts:
                return False
            raise unknown_fact_error(fact_id, self.scope, self.full_corpus)
        return True

    @helper
    def as_of(self) -> dt.date:
        """The date of this edition: sources published after it are not seen.

        Example: as of {{ as_of() | date }}
        """
        return self.scope.as_of

    @helper
    def previous_edition(self) -> dt.date | None:
        """The date of this brief's previous edition (the latest earlier one in build/), or none for a first edition.

        Example: {% if previous_edition() %}New since {{ previous_edition() | date }}{% endif %}
        """
        previous = self.scope.previous
        return previous.as_of if previous else None

    @helper
    def new_since_last(self, topic: str | None = None) -> list[FactView]:
        """Facts in scope whose source was published after the previous edition, in date order; none for a first edition.

        Example: {% for f in new_since_last() %}- {{ f.claim }} {{ f.cite }}{% endfor %}
        """
        previous = self.scope.previous
        if previous is None:
            return []
        return [f for f in self.facts(topic=topic) if f.source.published is not None and f.source.published > previous.as_of]

    @helper
    def superseded(self) -> list[SupersededView]:
        """Facts the previous edition cited that newer sources overtake (the same event, or the same figure and period).

        Example: {% for s in superseded() %}{{ s.fact.claim }} {{ s.fact.cite }} Now: {{ s.by[0].claim }} {{ s.by[0].cite }}{% endfor %}
        """
        previous = self.scope.previous
        if previous is None:
            return []
        corpus = self.scope.corpus
        fresh = self.new_since_last()
        found = []
        for fact_id in previous.fact_ids:
            old = corpus.facts.get(fact_id)
            if old is None:
                continue
            newer = tuple(f for f in fresh if supersedes(corpus.facts[f.id], old))
            if newer:
                found.append(SupersededView(fact=self._view(fact_id), by=newer))
        return found

    @helper
    def since_last_edition(self) -> list[SectionUpdateView]:
        """What reports since the previous edition say about the claims it made, by its sections: confirm, contradict, add.

        Example: {% for s in since_last_edition() %}{% for c in s.claims %}{{ c.claim.cite }}{% endfor %}{% endfor %}
        """
        previous = self.scope.previous
        if previous is None:
            return []
        newer = [f.id for f in self.new_since_last()]
        return claim_updates(previous, self.scope.corpus, newer, self._view, self.scope.entities)

    def globals(self) -> dict[str, Callable[..., Any]]:
        """Every helper, bound to this brief's scope, by the name templates call it."""
        return {name: getattr(self, name) for name in HELPER_NAMES}


def _words(text: str) -> list[str]:
    """``"a, b,c"`` → ``["a", "b", "c"]``: helper options written as one comma-separated string."""
    return [w.strip() for w in text.split(",") if w.strip()]


def _brief_topic_order(scope: Scope, vocabulary: dict[str, str]) -> list[str]:
    """The brief's own topics, in the vocabulary's order (a frozenset keeps none)."""
    return [t for t in vocabulary if t in scope.topics]


#: The helpers' names, in the order ``briefgen helpers`` lists them (the order they are defined in).
HELPER_NAMES = tuple(name for name, member in vars(Helpers).items() if getattr(member, "is_helper", False))


def unknown_fact_error(fact_id: str, scope: Scope, full: Corpus) -> HelperError:
    """Explain why a fact cannot be cited here: unknown, a draft, or too new for this edition."""
    if fact_id in full.facts:
        source = full.sources.get(full.facts[fact_id].source)
        published = source.published if source else None
        if published is None:  # an as-of view leaves undated sources out: no edition date helps
            return HelperError(
                f"fact '{fact_id}' is not available as of {scope.as_of.isoformat()} (its source has no publication date)",
                hint="an undated source cannot be shown to predate an edition; cite another fact",
            )
        return HelperError(
            f"fact '{fact_id}' is not available as of {scope.as_of.isoformat()} (its source is published {published.isoformat()})",
            hint=(
                f"wrap the text that cites it in {{% if available('{fact_id}') %}}…{{% endif %}} so that earlier editions "
                "leave it out, or cite an older fact"
            ),
        )
    if fact_id in full.drafts:
        return HelperError(f"fact '{fact_id}' is a draft and cannot be cited", hint="curate it and move it from facts/drafts/ into facts/")
    close = difflib.get_close_matches(fact_id, list(scope.corpus.facts), n=1, cutoff=0.5)
    return HelperError(
        f"unknown fact '{fact_id}'", hint=f"did you mean '{close[0]}'?" if close else "run `briefgen check --json` to list fact ids"
    )
