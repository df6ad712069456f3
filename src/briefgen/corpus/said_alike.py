"""Said alike: what a speaker said at an occasion, told alike by two of its reports and by no other, is a part of it.

Two reports of one visit often carry one readout of the talks, and with it a line
of what a leader said there that names neither the talks nor the visit: "Noting
that China and Angola jointly celebrated the 40th anniversary of the
establishment of diplomatic ties last year, Xi said ..." on People's Daily Online
and on Friends of Socialist China, both reporting Lourenço's talks with Xi.  The
wording pairs the two copies (:mod:`briefgen.corpus.proposals`), and the pair is
proposed on its own, beside the visit's proposal; :mod:`briefgen.corpus.folded`
folds such a pair in only when the occasion already holds one of its copies, and
:mod:`briefgen.corpus.said_twice` only when the line gives a figure.  So the line
stands apart, and accepting the visit leaves it out.

Here a small proposal (:data:`~briefgen.corpus.folded.SMALL` facts at most) of
statements that no occasion holds joins the one occasion whose reports tell every
one of them, when each statement tells that someone spoke
(:func:`briefgen.corpus.spoken.speaks`), falls on the occasion's days and tells no
background (:func:`briefgen.corpus.spoken.told_at_occasion`), and dates nothing it
tells to the years before the occasion (:mod:`briefgen.corpus.earlier_years`).  A
writer's own line of background told twice ("Jordan is also a leading supplier of
fertilisers to India", "Starmer was elected in July on a promise to lift economic
growth") tells no one speaking; a leader's word on an earlier visit ("during King
Abdullah II's visit to India in 2018") dates it to an earlier year.

Measured on half A of the labelled sets (round 97, 73 sets, links of record, before
the rule was written): small proposals of statements in no occasion, all of one
occasion's reports, each speaking, 101 right pairs on two sets and 2 judged
different when dated on the occasion's days and to no earlier year; without those
two tests, 347 unjudged pairs more (a leader's words on an earlier visit, the
trade of 2021, the war since 2022).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefgen.corpus.earlier_years import of_earlier_years
from briefgen.corpus.evidence import Prepared
from briefgen.corpus.folded import SMALL, with_joined
from briefgen.corpus.models import Fact
from briefgen.corpus.occasion_dates import article_date
from briefgen.corpus.report_items import report_items
from briefgen.corpus.spoken import speaks, told_at_occasion
from briefgen.text.dates import PartialDate


def said_alike(
    occasions: Sequence[tuple[list[Fact], str]], beside: Sequence[Sequence[Fact]], reports: Mapping[str, Sequence[Prepared]]
) -> list[tuple[list[Fact], str]]:
    """Each occasion (its facts, and why it is one) with the small proposals ``beside`` it whose statements a speaker
    made there, told alike by its reports alone (see the module docstring).  ``reports``: each source's facts as the
    comparisons see them."""
    item = report_items(reports)

    held = {fact.id for members, _ in occasions for fact in members}
    reporting: dict[str, set[int]] = {}  # each source: the occasions it reports
    for n, (members, _) in enumerate(occasions):
        for fact in members:
            reporting.setdefault(fact.source, set()).add(n)
    dates: dict[int, PartialDate | None] = {}  # each occasion asked of: the date most of its facts fall near
    joined: list[list[Fact]] = [[] for _ in occasions]
    taken: set[str] = set()
    for facts in beside:
        if not 2 <= len(facts) <= SMALL or any(fact.kind != "statement" or fact.id in held or fact.id in taken for fact in facts):
            continue
        found = set.intersection(*(reporting.get(fact.source, set()) for fact in facts))
        if len(found) != 1 or not all(speaks(fact.quote) for fact in facts):
            continue
        (n,) = found
        if n not in dates:
            dates[n] = article_date([item(member) for member in occasions[n][0]])
        date = dates[n]
        if date is None or not all(_said_there(item(fact), date) for fact in facts):
            continue
        taken.update(fact.id for fact in facts)
        joined[n].extend(facts)
    return with_joined(occasions, joined, "statement(s) a speaker made there, told alike by its reports alone")


def _said_there(item: Prepared, date: PartialDate) -> bool:
    """Whether a statement falls on the days of an occasion dated ``date``, tells no background and dates nothing it
    tells to a year before the occasion's."""
    return told_at_occasion(item, date) and not of_earlier_years(item.fact, date.year)
