"""Small proposals folded into their occasion: one figure or one quotation of a visit, carried by two of its reports.

Two outlets' reports of a visit often carry the same line of it ("trade
reached 5 billion dollars", "a new chapter in our relations", said at the
talks): the pair scores for its wording and is proposed on its own, as two
or three facts, while the occasion found by :mod:`briefgen.corpus.occasions`
leaves those facts out, because their words name no visit.  Under the reading
of record they are parts of the visit, and the editor deciding them apart
from it decides one occasion twice.

Joining any small proposal to an occasion that shares a fact with it brought
other things of the visit's days in (measured, round 37: half B's precision
fell below 90%), so the shape asked for here is strict.  A small proposal is
folded into an occasion only when:

* every one of its facts comes from an article the occasion already holds
  facts of (so it is a line of the same reports, not of another article);
* every fact is dated within the occasion's days (none is background dated
  before it, none a plan due after it), and at least one to its day: a line
  no report dates to a day is as often the relation's background, told in
  the visit's month;
* none is a plan: plans agreed at a visit are read by
  :mod:`briefgen.corpus.outcomes`; a pair of plans alike is as often a trip
  or a deadline of its own (measured on half A: of the pairs that folding
  plans in added, about half were wrong or unjudged);
* exactly one occasion qualifies (two would be a guess between them).

(Measured, round 38, links of record with unjudged pairs counted wrong: half A
recall 57.76% to 69.73%, precision 94.48% to 91.79%.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefgen.corpus.beside import beside_the_visit
from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.evidence import Prepared
from briefgen.corpus.occasion_words import speaks_of_occasion

#: Most facts a proposal may have to be folded: a larger one is a happening of its own, proposed as such.
MAX_SMALL = 3


def _left_out(item: Prepared) -> bool:
    """Whether its words speak of an occasion, or place it at another time or beside the visit.

    :mod:`briefgen.corpus.occasions` read such a fact already and kept it out
    ("they last met in November", "the conference the two co-chair the next
    day"); folding it in would undo that.  What is folded is a line whose
    words name no occasion: a figure, a remark.
    """
    quote = item.fact.quote
    return speaks_of_occasion(item) or elsewhen(quote, item.fact.date) or beside_the_visit(quote)


def _fits(small: Sequence[Prepared], members: Sequence[Prepared]) -> bool:
    """Whether every fact of ``small`` is of an article of the occasion ``members``, dated on its days, and no plan."""
    sources = {m.fact.source for m in members}
    if any(item.fact.source not in sources or item.fact.kind == "plan" for item in small):
        return False
    inside = {id(m) for m in members}
    if any(id(item) not in inside and _left_out(item) for item in small):
        return False  # the occasion left it out for its own reasons: another meeting, a side event, a time before
    if all(item.fact.date.day is None for item in small):
        return False  # a line no report dates to a day: as often the relation's background, told in the visit's month
    start = min(m.fact.date.first_day for m in members)
    end = max(m.fact.date.last_day for m in members)
    return all(start <= item.fact.date.first_day and item.fact.date.last_day <= end for item in small)


def folded(smalls: Sequence[Sequence[str]], occasions: Sequence[Sequence[str]], by_id: Mapping[str, Prepared]) -> dict[int, list[int]]:
    """Which small proposals (by index) fold into which occasion (by index).

    ``smalls`` are the fact ids of proposals, ``occasions`` those of the
    occasions' proposals; a proposal already inside an occasion, larger than
    :data:`MAX_SMALL`, or fitting more than one occasion is left as it is.
    """
    found: dict[int, list[int]] = {}
    occasion_sets = [set(o) for o in occasions]
    members = [[by_id[i] for i in o] for o in occasions]
    for n, small in enumerate(smalls):
        if not 2 <= len(small) <= MAX_SMALL:
            continue
        facts = [by_id[i] for i in small]
        fits = [k for k, o in enumerate(occasion_sets) if not o.issuperset(small) and _fits(facts, members[k])]
        if len(fits) == 1:
            found.setdefault(fits[0], []).append(n)
    return found
