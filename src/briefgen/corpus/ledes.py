"""Ledes: a report's opening line, told at the time of the part that follows it, is a part of the same occasion.

A report opens on its occasion: "Chinese President Xi Jinping and Peruvian
counterpart Dina Boluarte inaugurated a $1.3 billion port that could transform
South American trade with Asia" (intake_final66), "In a joint press conference
with Iraqi Prime Minister Mohammed Shia' Al-Sudani in Baghdad on Wednesday, he
stated that such measures are essential to combat terrorism" (intake_final104),
"Prime Minister Datuk Seri Anwar Ibrahim has sought Russian President Vladimir
Putin's support to execute and expedite wide-ranging projects" (intake_final124).
:mod:`briefgen.corpus.occasions` takes a fact by its words, and a lede that
sums the day up in words of its own, a figure or a view, is left out, though
the line after it is a part and nothing else proposes it.
:mod:`briefgen.corpus.plans_between` and :mod:`briefgen.corpus.steps_between`
join a fact that stands between two parts; the lede has a part on one side
only, and what stands there is the page's top, where a writer puts the news of
the day and not the background.

Here the first fact of a report's page (the page's order read from the drafts'
numbered ids, as :func:`~briefgen.corpus.plans_between.numbered_alike`), in no
occasion and in no proposal of more than :data:`~briefgen.corpus.folded.SMALL`
facts, joins the occasion of the fact right after it when the two are dated
alike: the same date, or one of the two inside the other ("in July 2023"
before "on 17 July 2023").  A lede dated elsewhere tells what came before the
day ("His arrival in 2019 has brought with it gracious funding", "Tinubu meets
King Charles III ... on 30th November 2023" above a report of 2026) and stays
out; so does one a larger proposal takes for its wording, which is as often
another leg of the tour or the visitor's news at home ("Xi Jinping has wrapped
up his three-nation Southeast Asia tour by visiting Cambodia", "Friedrich Merz
was officially sworn in as Germany's new Chancellor").

Measured on half A of the labelled sets (round 91, 70 sets, links of record,
before the rule was written): a page's first fact, outside every occasion,
with a part right after it, 37 facts, 690 right pairs, 67 judged different
and 160 unjudged; dated alike, 29 facts, 577 / 67 / 45 (56 of the judged
different from the two ledes above); and in no proposal larger than three
facts, 16 facts, 334 / 6 / 44 (29 of the unjudged from one plan, "Putin's trip,
which is scheduled to last for three days, follows North Korean leader Kim
Jong Un's visit to Russia in September 2023").  With the rule, measured: links
of record 75486/80120 = 94.22% to 75820/80504 = 94.18%, recall 85.75% to
86.13%, on fourteen sets, every line of the intake reports unchanged; about
6 ms of ``check``'s CPU on the 50,000-fact corpus.  Counted and left: the
last fact of a page right after a part, dated alike and in no larger
proposal, 84 facts, 1,123 / 436 / 844; a fact right before the first part
but not the page's first, 27 / 1 / 55; a lede a day off its neighbour, 47 /
0 / 36 more; a lede's small proposal brought in with it, 0 / 25 / 1.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.folded import SMALL, with_joined
from briefgen.corpus.models import Fact
from briefgen.corpus.plans_between import numbered_alike, page_order


def ledes(
    occasions: Sequence[tuple[list[Fact], str]],
    proposed: Sequence[Sequence[str]],
    reports: Mapping[str, Sequence[Prepared]],
) -> list[tuple[list[Fact], str]]:
    """Each occasion (its facts, and why it is one) with the opening facts of its reports' pages told at the time of
    the part right after them.  ``proposed``: the fact ids of each proposal made for wording; ``reports``: each
    source's facts as the comparisons see them."""
    home: dict[str, int] = {}
    for n, (members, _) in enumerate(occasions):
        for fact in members:
            home.setdefault(fact.id, n)
    large = {fact_id for ids in proposed if len(ids) > SMALL for fact_id in ids}
    joined: list[list[Fact]] = [[] for _ in occasions]
    for source in sorted({fact.source for members, _ in occasions for fact in members}):
        items = reports.get(source, ())
        if len(items) < 2:
            continue
        first, second = sorted((item.fact for item in items), key=lambda fact: page_order(fact.id))[:2]
        if first.id in home or first.id in large or second.id not in home or not numbered_alike(first.id, second.id):
            continue
        if first.date.overlaps(second.date):
            joined[home[second.id]].append(first)
    return with_joined(occasions, joined, "report opening(s) dated as the part after them")
