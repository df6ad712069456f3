"""Sums told twice: a sum of money two reports of one occasion both give, as one figure, is a part of the occasion.

The wording pairs (:mod:`briefgen.corpus.proposals`) find the same figure in two reports and propose it as one
metric ("$7 billion in infrastructure for unsolicited private-public partnerships", "This includes $7 billion in
investments in infrastructure ..."); the occasion those reports tell leaves it out, for a figure is read into an
occasion only when a participant gives it in their own words (:mod:`briefgen.corpus.quoted_figures`).  Accepting both
proposals leaves the figure beside the visit it was announced at.  Round 104 classed half A's missed pairs of record:
2,974 join a fact of an occasion's proposal to a figure linked only by its metric.  By unit and period they part
clearly: a sum of money with no period of its own (a deal's value, a pledge, an investment announced) is as a rule
the occasion's; a sum over a period (last year's trade) and a count of other things (students, aircraft, radars,
people of the diaspora) are as a rule the relation's background.

So a metric's facts are folded into an occasion when every one of them:

* states a sum of money (a currency code as its unit, :func:`briefgen.corpus.clash.currency_code`) and no period;
* stands in one of the occasion's own reports, and is in none of its facts yet;
* passes the tests an occasion's parts pass (:func:`briefgen.corpus.named_beside.part_test`): not dated away from
  it, not around the visit, not of another leg of a tour, not of the weeks before it;

and only one occasion's reports hold them all (two occasions told by the same pages say nothing of which one).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from briefgen.corpus.clash import currency_code
from briefgen.corpus.evidence import Prepared
from briefgen.corpus.folded import with_joined
from briefgen.corpus.models import Fact
from briefgen.corpus.named_beside import part_test


def _a_sum(fact: Fact) -> bool:
    """Whether a fact states a sum of money with no period of its own: a currency code as its unit (USD, EUR, MYR)."""
    value = fact.value
    if value is None or value.period:
        return False
    return currency_code(value.unit)


def sums_told_twice(
    occasions: Sequence[tuple[list[Fact], str]],
    metrics: Sequence[Sequence[str]],
    prepared: Mapping[str, Prepared],
) -> list[tuple[list[Fact], str]]:
    """Each occasion (its facts, and why it is one) with the sums of money its reports give as one metric.

    ``metrics``: the fact ids of each metric proposal; ``prepared``: every fact as the comparisons see it, by id.
    """
    held = [{fact.id for fact in members} for members, _ in occasions]
    sources = [{fact.source for fact in members} for members, _ in occasions]
    tests: dict[int, Callable[[Fact], bool]] = {}  # an occasion's part test, made when a sum first reaches it
    found: list[dict[str, Fact]] = [{} for _ in occasions]
    for ids in metrics:
        facts = [prepared[i].fact for i in ids]
        if not facts or not all(_a_sum(fact) for fact in facts):
            continue
        told = {fact.source for fact in facts}
        hosts = [n for n in range(len(occasions)) if told <= sources[n] and held[n].isdisjoint(ids)]
        if len(hosts) != 1:
            continue
        n = hosts[0]
        if n not in tests:
            tests[n] = part_test(occasions[n][0])
        if all(tests[n](fact) for fact in facts):
            found[n].update((fact.id, fact) for fact in facts)
    return with_joined(occasions, [list(extra.values()) for extra in found], "sum(s) of money its reports give alike")
