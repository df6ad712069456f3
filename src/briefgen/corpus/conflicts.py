"""Conflicts beyond the hand-wired ones: overlapping periods, figures without a period, each side named.

:mod:`briefgen.corpus.discrepancies` compares figures of one metric and the
*same* period, and dates of one event.  Run on the facts as accepted links
make them (:func:`briefgen.corpus.links.apply_links`), this module adds:

* **figures for overlapping periods** (``2024`` against ``2024-01/2024-12``)
  that cannot both be true;
* **figures with no period** that an accepted link says are one figure
  ("28 agreements" against "29 agreements" signed on one day);
* **figures, one with a period and one without**, that an accepted link
  says are one figure, the one without reported while its period was the
  latest (:func:`latest_period`: "$500 million" said in April 2023 against
  "$461.9 million" for 2022);
* **not comparable**: a figure with no period against one of the same
  metric with a period, when they differ and no link says more.  Nothing says whether they cover
  the same time, so it is a note for the editor, not a conflict; it used to
  be skipped without a word.

And it names each side of a conflict (outlet, publication date, quote) for
``check``; ``check --json`` and the discrepancies partial give the same.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Mapping
from typing import Any, Protocol

from briefgen.corpus.act_days import act_day_discrepancies
from briefgen.corpus.discrepancies import Discrepancy, describe_value, find_discrepancies, values_agree
from briefgen.corpus.measure_units import in_one_unit, measure_key
from briefgen.corpus.models import Fact, Source
from briefgen.corpus.signed_texts import TEXTS_KEY, signed_unit
from briefgen.corpus.stays import stay_discrepancies
from briefgen.corpus.unit_spellings import one_spelling
from briefgen.text.dates import PartialDate


class Located(Protocol):
    """Where a fact is written (the loader's Origin)."""

    @property
    def path(self) -> str: ...

    @property
    def line(self) -> int: ...


class CorpusParts(Protocol):
    """What naming the sides needs of a corpus: its facts, sources and where each fact is written."""

    @property
    def facts(self) -> Mapping[str, Fact]: ...

    @property
    def sources(self) -> Mapping[str, Source]: ...

    @property
    def origins(self) -> Mapping[str, Located]: ...


#: Longest quote shown in a one-line warning; the JSON and the partial give it whole.
QUOTE_CHARS = 90


_UNIT_FILLER = frozenset({"and", "of", "the", "a"})


@functools.lru_cache(maxsize=4096)
def unit_key(unit: str) -> str:
    """A unit as compared: case, order, plurals, filler words and spelling ignored ("MoUs and agreements" = "agreements
    and MoUs", "centres" = "centers", "metric tons" = "tonnes", :mod:`.unit_spellings`)."""
    words = re.findall(r"[^\W_]+", unit.lower())
    singular = {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words if w not in _UNIT_FILLER}
    return " ".join(sorted(one_spelling(singular))) or unit.strip().lower()


def compared_unit(unit: str) -> str:
    """The unit figures in ``unit`` are grouped by: the base unit of a unit of measure ("miles" and "km" are one
    length, :mod:`.measure_units`), else the unit as :func:`unit_key` reads it."""
    return measure_key(unit) or unit_key(unit)


def same_unit(a: str, b: str) -> bool:
    """Whether figures in units ``a`` and ``b`` are compared: one unit as :func:`unit_key` reads it, or two units
    of one measure ("miles" and "km", :mod:`.measure_units`)."""
    key_a = measure_key(a)
    return unit_key(a) == unit_key(b) if key_a is None else key_a == measure_key(b)


def period_span(period: str) -> tuple[PartialDate, PartialDate] | None:
    """A period as first and last date: ``2019``, ``2023-01/2023-05``; None for ``annual`` and other words."""
    parts = period.split("/")
    if len(parts) > 2:
        return None
    try:
        dates = [PartialDate.parse(p) for p in parts]
    except ValueError:
        return None
    return dates[0], dates[-1]


def latest_period(period: str, date: PartialDate) -> bool:
    """Whether a figure with no period, reported on ``date``, may be the figure for ``period``.

    "Trade increased by 40% to reach $500 million", said in April 2023, is
    the latest figure there is: the one for 2022, or for the year so far.  A
    report dated inside the period, or within a year of its end, may speak
    of it; an older or later one speaks of another time.
    """
    span = period_span(period)
    if span is None:
        return False
    return span[0].first_day <= date.last_day and date.first_day <= span[1].last_day + dt.timedelta(days=366)


def _periods_overlap(a: str, b: str) -> bool:
    span_a, span_b = period_span(a), period_span(b)
    if span_a is None or span_b is None:
        return a.strip().lower() == b.strip().lower()
    return span_a[0].first_day <= span_b[1].last_day and span_b[0].first_day <= span_a[1].last_day


def _figure_groups(facts: list[Fact]) -> dict[tuple[str, str], list[Fact]]:
    """The figures of each metric by the unit they are compared in; counts of signed texts in one, whatever their name
    (a metric that joins "37 agreements" and "Thirty-six documents" says they count one signing, :mod:`.named_texts`)."""
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.value is not None:
            unit = compared_unit(fact.value.unit)
            groups[(fact.value.metric, TEXTS_KEY if signed_unit(unit) else unit)].append(fact)
    return groups


def _discrepancy(kind: Any, key: str, members: list[Fact]) -> Discrepancy:
    statements = tuple(
        describe_value(m.value) + (f" for {m.value.period}" if m.value.period else ", no period") for m in members if m.value
    )
    return Discrepancy(kind=kind, key=key, fact_ids=tuple(m.id for m in members), statements=statements)


def _in_order(facts: set[str], members: list[Fact]) -> list[Fact]:
    return [m for m in members if m.id in facts]


def _extra_figure_conflicts(facts: list[Fact], linked: set[frozenset[str]]) -> list[Discrepancy]:
    found = []
    # a figure alone under its metric and unit has no pair to compare (see ``_figure_discrepancies``): left out first
    for (metric, _unit), members in sorted(item for item in _figure_groups(facts).items() if len(item[1]) > 1):
        clash: set[str] = set()
        unsure: set[str] = set()
        for a, b in itertools.combinations(members, 2):
            if a.source == b.source or a.value is None or b.value is None or values_agree(*in_one_unit(a.value, b.value)):
                continue
            pa, pb = a.value.period, b.value.period
            if pa and pb:
                written_alike = pa == pb and a.value.unit == b.value.unit  # the hand-wired check has these
                if not written_alike and _periods_overlap(pa, pb):
                    clash |= {a.id, b.id}
            elif pa or pb:
                linked_latest = frozenset((a.id, b.id)) in linked and latest_period(pa or pb or "", b.date if pa else a.date)
                (clash if linked_latest else unsure).update((a.id, b.id))  # an editor who links them says they are one figure
            elif frozenset((a.id, b.id)) in linked:
                clash |= {a.id, b.id}
        if clash:
            periods = sorted({m.value.period for m in members if m.id in clash and m.value and m.value.period})
            key = f"{metric} ({', '.join(periods)})" if periods else f"{metric} (no period)"
            found.append(_discrepancy("figure", key, _in_order(clash, members)))
        if unsure:
            found.append(_discrepancy("not-comparable", metric, _in_order(unsure, members)))
    return found


def find_conflicts(facts: list[Fact], linked: set[frozenset[str]] | None = None) -> list[Discrepancy]:
    """Every discrepancy among the (linked) facts: the hand-wired kinds, then the ones found here.

    ``linked`` holds the pairs of facts an accepted metric link joins: figures
    with no period are compared only when the editor has said they are one.
    """
    # Every kind reads only the facts with an event (dates, stays, acts' days) or a figure (figures, acts' days): the
    # others, most of a corpus, are left out once here rather than stepped over by each of the five passes (on the
    # 50,000-fact benchmark corpus 14,847 facts are read, not 50,000 five times; each pass keeps the facts' order).
    facts = [fact for fact in facts if fact.event or fact.value is not None]
    found = find_discrepancies(facts) + _extra_figure_conflicts(facts, linked or set())
    return found + stay_discrepancies(facts) + act_day_discrepancies(facts)


def _side(corpus: CorpusParts, fact_id: str) -> dict[str, Any]:
    fact = corpus.facts[fact_id]
    source = corpus.sources.get(fact.source)
    origin = corpus.origins.get(fact_id)
    return {
        "fact": fact_id,
        "source": fact.source,
        "outlet": source.outlet if source else None,
        "published": source.published.isoformat() if source and source.published else None,
        "date": str(fact.date),
        "quote": fact.quote,
        "path": origin.path if origin else None,
        "line": origin.line if origin else None,
    }


def sides(discrepancy: Discrepancy, corpus: CorpusParts) -> list[dict[str, Any]]:
    """Each side of a discrepancy: the fact, its outlet, publication date and quote, what it states."""
    found = []
    for fact_id, statement in zip(discrepancy.fact_ids, discrepancy.statements, strict=True):
        side = _side(corpus, fact_id)
        side["states"] = statement
        found.append(side)
    return found


_LEADING_DIGITS = re.compile(r"(?:about |up to |at least )?([1-9][0-9]*?)0*(?:[-. ]|$)")


def _first_number_start(text: str, digits: str) -> int:
    """Where ``digits`` first starts a number in ``text`` (not inside a longer one), or -1.

    A plain search, not a pattern made from the figure: thousands of warnings
    name thousands of figures, and compiling a pattern for each cost more than the search.
    """
    found = text.find(digits)
    while found > 0 and text[found - 1].isdigit():
        found = text.find(digits, found + 1)
    return found


def _short(quote: str, states: str = "") -> str:
    """The quote cut to :data:`QUOTE_CHARS`, around the figure it states when that lies further on.

    "…with volumes reaching $64 billion last year" tells the reader more than the
    sentence's first ninety characters, which may stop before the figure.
    """
    text = " ".join(quote.split())
    if len(text) <= QUOTE_CHARS:
        return text
    start = 0
    leading = _LEADING_DIGITS.match(states)
    if leading:
        found = _first_number_start(text, leading.group(1))
        if found >= 0 and found + len(leading.group(1)) > QUOTE_CHARS - 10:
            start = max(1, min(found - QUOTE_CHARS // 2, len(text) - QUOTE_CHARS + 2))
    length = QUOTE_CHARS - (2 if start else 1)  # room for the marks
    more = start + length < len(text)
    return ("…" if start else "") + text[start : start + length].strip() + ("…" if more else "")


def describe_with_sides(discrepancy: Discrepancy, corpus: CorpusParts) -> str:
    """The discrepancy in one line, each side with its outlet, publication date and (shortened) quote."""
    if discrepancy.kind == "date":
        what = f"sources disagree on dates for event '{discrepancy.key}'"
    elif discrepancy.kind == "figure":
        what = f"sources disagree on figures for {discrepancy.key}"
    elif discrepancy.kind == "not-comparable":
        what = f"figures for {discrepancy.key} are not comparable (one states a period, the other none)"
    else:  # the end of a stay, the day of one act: the opening of the discrepancy's own message
        what = discrepancy.describe().split(": ", 1)[0]
    parts = []
    for side in sides(discrepancy, corpus):
        outlet = side["outlet"] or "outlet not stated"
        published = side["published"] or "undated"
        parts.append(f"'{side['fact']}' says {side['states']} ({outlet}, {published}: \"{_short(side['quote'], side['states'])}\")")
    return f"{what}: {'; '.join(parts)}"
