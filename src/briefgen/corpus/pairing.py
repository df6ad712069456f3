"""Which pairs of facts are compared in full, and why two facts may be proposed for their disagreement.

Comparing every pair of 50,000 facts is out of the question, so facts are
compared only within *blocks*: facts that share an entity, a metric, a unit,
a figure or a topic.  A block too big to compare whole is narrowed by year,
then by month; a name still too busy is compared in windows of facts close
in date, and a topic or a unit that big is left out.

Within a block, most pairs have nothing to say to each other: they share
no rare word, state no figure, and report no visit, stay or occasion.  So
the pairs worth a look are gathered from the block's small groups (the facts
with a figure, the facts of a visit, of a stay's end, of an occasion, of an
act dated to one day, and the facts sharing each rare word) rather than by walking every pair, and
each pair is judged once however many blocks hold it.  What a pair needs to
be compared in full does not depend on the block it was found in, so the
answer is the same as walking every pair of every block; on a big corpus it
costs a third less.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from functools import partial

from rapidfuzz import fuzz

from briefgen.corpus.act_days import one_party_told_on_two_days
from briefgen.corpus.clash import figures_clash, figures_match, same_reported_figure, text_names
from briefgen.corpus.conflicts import unit_key
from briefgen.corpus.counts import counts_clash
from briefgen.corpus.evidence import Prepared, one_occasion, shared_context, stays_clash, visits_clash
from briefgen.corpus.figure_keys import FigureKeys, amounts_differ, figure_keys, too_far_to_clash
from briefgen.corpus.ordinals import ordinals_clash
from briefgen.corpus.scales import scales_clash

#: Largest block compared whole; larger ones are narrowed by year, then month.
BLOCK_LIMIT = 48
#: Largest block of one name, narrowed to a month, still compared (in windows); a name in more facts
#: than this in one month (the country itself, in a corpus about it) says nothing about which facts
#: go together.  A topic or a unit that big is left out.
WINDOW_LIMIT = 4 * BLOCK_LIMIT
#: Bulk wording score (0-100) a pair needs before it is scored in full.
PREFILTER = 40.0

STAY_CLASH = "one stay ended on different days"
VISIT_CLASH = "one visit dated to different months"
FIGURE_CLASH = "one figure stated differently (same unit and time, within a tenth, or ranges that do not meet)"
COUNT_CLASH = (
    "one count of one occasion stated differently (same kind of thing, within a tenth, articles about the same people, days apart)"
)
ACT_CLASH = "one act told on two days (the same kind of act, a party named in both, days apart)"
SCALE_CLASH = "one sum written with the same digits on two scales (millions against billions, one currency, articles about the same people)"
ORDINAL_CLASH = "one occasion numbered differently in one series (ordinals one apart, same kind of thing, articles about the same people)"


def blocks(prepared: list[Prepared]) -> list[list[int]]:
    """Lists of fact indexes to compare among themselves, none larger than :data:`BLOCK_LIMIT`.

    A fact's keys: its entities, its metric, its unit, its figure in its unit (one figure, however it
    is named) and its topics (a draft names no entities: its topics still meet a fact's).
    """
    pending: dict[tuple[object, ...], list[int]] = defaultdict(list)
    # what the blocks are told apart and narrowed by, read in the one walk over the facts (each fact read costs)
    sources: list[str] = []
    years: list[int] = []  # a block too big is narrowed by year,
    months: list[int] = []  # then by month
    dates: list[tuple[int, int, int]] = []  # and a name still too busy compared in windows of facts close in date
    for index, item in enumerate(prepared):
        for entity in item.entities:
            pending["entity", entity].append(index)
        fact = item.fact
        sources.append(fact.source)
        date = fact.date
        years.append(date.year)
        months.append(date.month or 0)
        dates.append(date.sort_key())
        value = fact.value
        if value is not None:
            unit = unit_key(value.unit)
            pending["metric", value.metric].append(index)
            pending["unit", unit].append(index)
            pending[("figure", unit, *value.bounds)].append(index)
        for topic in fact.topics:
            pending["topic", topic].append(index)
    narrowing = [years, months]
    found: list[list[int]] = []
    for level in range(3):
        oversized: dict[tuple[object, ...], list[int]] = defaultdict(list)
        for key, members in pending.items():
            if len(members) < 2:
                continue
            first = sources[members[0]]
            # the facts are in date order, so the last is most often of another source: looked at first
            if sources[members[-1]] == first and all(sources[i] == first for i in members):
                continue
            if len(members) <= BLOCK_LIMIT:
                found.append(members)
            elif level < 2:
                parts: dict[int, list[int]] = defaultdict(list)  # the block by year (then month), in the order met
                by = narrowing[level]
                for index in members:
                    parts[by[index]].append(index)
                for part, indexes in parts.items():
                    oversized[(*key, part)] += indexes
            elif key[0] == "entity" and len(members) <= WINDOW_LIMIT:
                found += _windows(members, dates)
        pending = oversized
    return found


def _windows(members: list[int], dates: list[tuple[int, int, int]]) -> list[list[int]]:
    """A block still too big after narrowing to a month, as overlapping windows of facts close in date.

    Each fact is compared with the half-block of facts dated nearest it on
    either side, so a busy name is still linked, at a cost that grows with
    the block, not with its square.
    """
    ordered = sorted(members, key=lambda i: (dates[i], i))
    step = BLOCK_LIMIT // 2
    return [ordered[start : start + BLOCK_LIMIT] for start in range(0, len(ordered) - step, step)]


def clash_reason(pa: Prepared, pb: Prepared) -> str:
    """Why two facts are proposed for their disagreement (see :mod:`briefgen.corpus.clash`), or ''."""
    if pa.valued and pb.valued:
        figure_a, figure_b = _figure(pa), _figure(pb)
        if not too_far_to_clash(figure_a, figure_b) and figures_clash(pa.fact, pb.fact, pa.word_set, pb.word_set):
            return FIGURE_CLASH
        if counts_clash(pa.fact, pb.fact, pa.word_set, pb.word_set, lambda: shared_context(pa, pb)):
            return COUNT_CLASH
        if ordinals_clash(pa.fact, pb.fact, pa.word_set, pb.word_set, lambda: shared_context(pa, pb)):
            return ORDINAL_CLASH
        if scales_clash(pa.fact, pb.fact, pa.word_set, pb.word_set, lambda: shared_context(pa, pb)):
            return SCALE_CLASH
        if not amounts_differ(figure_a, figure_b):  # else neither test of one figure stated alike can hold
            if figures_match(pa.fact, pb.fact, pa.word_set, pb.word_set):
                return "one figure stated alike (same amount, unit and time, the same words for what it measures)"
            if same_reported_figure(pa.fact, pb.fact, pa.word_set, pb.word_set, lambda: shared_context(pa, pb)):
                return "one figure stated alike (same amount and unit, articles about the same people and places, days apart)"
    if pa.ends and pb.ends and stays_clash(pa, pb):
        return f"{STAY_CLASH} ({pa.ends} / {pb.ends})"
    if pa.visit and pb.visit and visits_clash(pa, pb):
        when = ", ".join(str(d) for d in (pa.when, pb.when) if d is not None)
        return VISIT_CLASH + (f" (the quote dates the visit {when})" if when else "")
    if pa.act and pb.act and pa.fact.source != pb.fact.source and one_party_told_on_two_days(pa.act, pb.act, _said_alike(pa, pb)):
        return f"{ACT_CLASH} ({pa.act} / {pb.act})"
    return ""


def _figure(item: Prepared) -> FigureKeys:
    """A fact's figure as the clash test reads it, read once: it is tested in many pairs (see :mod:`.figure_keys`)."""
    if item.figure is None:
        assert item.fact.value is not None
        item.figure = figure_keys(item.fact.value)
    return item.figure


def _said_alike(pa: Prepared, pb: Prepared) -> bool:
    """Whether two quotes share a word besides names and figures: what two reports of one remark have in common."""
    names = {n[:5] for n in text_names(pa.fact.quote) | text_names(pb.fact.quote)}
    return any(not w.isdigit() and w not in names for w in pa.word_set & pb.word_set)


def unchecked_clash(pa: Prepared, pb: Prepared) -> bool:
    """Figures of one metric that the discrepancy checks do not compare, though they clash: not both with a period.

    Drafts curated unchanged share the metrics ``suggest`` names ("trade-volume"); two of them
    with no period, or one "in 2023" and one "last year" (read as of its date, no period), are
    compared only once a link says they are one figure, so that link is proposed.  Nor are
    two of one metric that write one sum on two scales ("$450 billion", "$450 million", :mod:`.scales`).
    """
    a, b = pa.fact.value, pb.fact.value
    if a is None or b is None or (a.period and b.period):
        return False
    context = partial(shared_context, pa, pb)  # asked last, once a rule gets that far
    return (
        figures_clash(pa.fact, pb.fact, pa.word_set, pb.word_set)
        or counts_clash(pa.fact, pb.fact, pa.word_set, pb.word_set, context)
        or ordinals_clash(pa.fact, pb.fact, pa.word_set, pb.word_set, context)
        or scales_clash(pa.fact, pb.fact, pa.word_set, pb.word_set, context)
    )


def _worth_a_look(members: list[int], prepared: list[Prepared]) -> set[tuple[int, int]]:
    """The pairs of one block that can pass :func:`_compared`: both in one of its small groups.

    A pair outside every group states no figure on both sides, reports no
    visit, stay end, occasion or act of one day on both sides and shares no rare word: the
    tests of :func:`_compared` all fail for it, so it is never looked at.
    """
    groups: dict[object, list[int]] = defaultdict(list)
    for index in sorted(members):
        item = prepared[index]
        if item.valued:
            groups["figure"].append(index)
        if item.visit:
            groups["visit"].append(index)
        if item.ends:
            groups["stay"].append(index)
        if item.act:
            groups["act"].append(index)
        if item.happening:
            groups["occasion"].append(index)
        for word in item.rare:
            groups[word].append(index)
    pairs: set[tuple[int, int]] = set()
    for group in groups.values():
        if len(group) > 1:
            pairs.update(itertools.combinations(group, 2))
    return pairs


def _compared(item: Prepared, other: Prepared) -> str | None:
    """Whether two facts of different sources are compared in full: None if not, else why they clash ('' for no clash).

    Two facts that speak of a visit and share a name are compared however unlike the rest
    of their words: one outlet's "Lukashenko arrived on Monday evening" and another's
    "during Aleksandr Lukashenko's visit in December" are the reports whose dates the date
    check should compare.
    """
    if (item.valued and other.valued) or (item.visit and other.visit) or (item.ends and other.ends) or (item.act and other.act):
        why = clash_reason(item, other)
        if why:
            return why
    one_visit = item.visit and other.visit and not item.entities.isdisjoint(other.entities)
    if one_visit or (item.happening and other.happening and one_occasion(item, other)):
        return ""  # however unlike their words: the names a visit is reported with are common ones
    if not item.rare.isdisjoint(other.rare) and fuzz.ratio(item.words, other.words, score_cutoff=PREFILTER):
        return ""
    return None


def candidate_pairs(prepared: list[Prepared], found_blocks: Iterable[list[int]]) -> dict[tuple[int, int], str]:
    """Pairs of facts from different sources, in one block, worth scoring in full, each with why it clashes ('' for no clash).

    A pair qualifies if its facts clash (one figure, stay, visit or act's day stated
    differently), report one visit or occasion, or share a rare word and
    have rare words alike.
    """
    found: dict[tuple[int, int], str] = {}
    judged: set[tuple[int, int]] = set()
    for members in found_blocks:
        for pair in _worth_a_look(members, prepared):
            if pair in judged:
                continue
            judged.add(pair)
            item, other = prepared[pair[0]], prepared[pair[1]]
            if item.fact.source == other.fact.source:
                continue
            why = _compared(item, other)
            if why is not None:
                found[pair] = why
    return found
