"""Restated: a participant's words in a report of an occasion, told much as another report tells a part of it, are a part.

:mod:`briefgen.corpus.occasions` takes what was said at an occasion by its words
(a verb of saying, a side named, the occasion's days, no background: see
:mod:`briefgen.corpus.spoken`), and leaves out what a leader said of the relation's
level or history there ("Friedrich Merz noted that Italy and Germany have never
been closer after 75 years of diplomatic relations"), which a writer's own line of
background would say too.  Such a statement is left to the proposals made for
wording, beside the occasion, though another outlet's report of the same
occasion gives the same words as a part of it: outlets retell one readout.

:mod:`briefgen.corpus.retold` joins a fact of no occasion that retells a part in
nearly the same words (:data:`~briefgen.corpus.retold.RETOLD_WORDING`), wherever it
stands.  A statement that stands in a report of the occasion itself, and tells
that someone spoke, needs less: the report is already of the occasion, the
speech is what was said there, and wording :data:`RESTATED_WORDING` alike a part
of another report says which.  The part must be of another report, so that two
outlets say it was said there; a writer's own line (no verb of saying, no first
person) is not read, however alike: "Tokyo and Rome have also been ramping up
defense collaboration" beside another report's line on the visit is background.

Measured on half A of the labelled sets (round 67), counted as pairs of record
(unjudged pairs counted wrong), before the rule was written: 402 right pairs
joined and 29 wrong ones (17 statements); at a likeness of 0.6, 689 right and
110 wrong (a writer's remark on the visit, another leader's announcement came
in); events and plans that speak joined a wrong pair for every two or three
right ones at any likeness, so they are not read.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.models import Fact
from briefgen.corpus.part_pages import part_pages
from briefgen.corpus.retold import joined_by_wording, retellings
from briefgen.corpus.spoken import speaks

#: Least wording likeness (0-1, :func:`briefgen.corpus.evidence.wording`) by which a statement of an occasion's report restates a part.
RESTATED_WORDING = 0.65


def restatements(
    occasions: Sequence[Sequence[Fact]], pairs: Sequence[tuple[Fact, Fact]], prepared: dict[str, Prepared]
) -> list[list[Fact]]:
    """For each occasion (its facts), the statements of no occasion in its own reports that restate a part of another report.

    ``pairs``: the pairs scored for their wording (:mod:`briefgen.corpus.proposals`); ``prepared``
    holds each fact as the comparisons see it, by id.  A statement joins one occasion at most,
    the one whose part it is most alike.
    """
    sources = [{fact.source for fact in facts} for facts in occasions]

    def admits(part: Fact, other: Fact, n: int) -> bool:
        return other.kind == "statement" and other.source != part.source and other.source in sources[n] and speaks(other.quote)

    return joined_by_wording(occasions, pairs, prepared, RESTATED_WORDING, admits)


def with_retellings(
    occasions: list[tuple[list[Fact], str]], pairs: Sequence[tuple[Fact, Fact]], prepared: dict[str, Prepared]
) -> list[tuple[list[Fact], str]]:
    """Each occasion (its facts, and why it is one) with the facts of no occasion that retell one of its parts
    (see :mod:`briefgen.corpus.retold`), with the statements of its own reports that restate a part of another report,
    and with the facts of pages that tell one of its parts and make no occasion (see :mod:`briefgen.corpus.part_pages`).

    ``pairs`` and ``prepared`` as for :func:`restatements`.
    """
    groups = [members for members, _ in occasions]
    found = retellings(groups, pairs, prepared)
    taken = {fact.id for retold in found for fact in retold}
    restated = [[f for f in said if f.id not in taken] for said in restatements(groups, pairs, prepared)]
    taken |= {fact.id for said in restated for fact in said}
    paged = [[f for f in page if f.id not in taken] for page in part_pages(groups, pairs, prepared)]
    joined = []
    for (members, why), retold, said, page in zip(occasions, found, restated, paged, strict=True):
        if retold or said or page:
            members = sorted(members + retold + said + page, key=lambda f: (f.date.sort_key(), f.id))
        if retold:
            why += f"; with {len(retold)} fact(s) that retell its parts in nearly the same words"
        if said:
            why += f"; with {len(said)} statement(s) of its reports that restate its parts"
        if page:
            why += f"; with {len(page)} fact(s) of pages that tell one of its parts"
        joined.append((members, why))
    return joined
