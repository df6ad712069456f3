"""Folded: what two outlets say was said, proposed beside the occasion under its own name, is a part of it.

:mod:`briefgen.corpus.occasions` takes what was said at an occasion by its words,
and :mod:`briefgen.corpus.restated` joins a statement of an occasion's report
that restates a part of another report closely (a verb of saying, wording at
least :data:`~briefgen.corpus.restated.RESTATED_WORDING` alike).  Outlets retell
one readout more loosely than that, and often without a verb of saying: one
report of Erdoğan's visit to Berlin has "At the same time, he denied that his
criticism of Israel had anti-Semitic undertones" among the visit's parts, and
another has "Mr. Erdogan has denied any anti-Semitic connotation in his
criticism of Israel".  The wording pairs the two (:mod:`briefgen.corpus.proposals`),
and the pair is proposed on its own, under the very name the visit's proposal
carries (:func:`briefgen.corpus.naming.event_name`): accepting both joins them,
but the proposal of record leaves the second sentence out of the visit.

Here a small event proposal (two or three facts) named as an occasion, all of
whose facts are statements in reports that occasion takes, and at least one of
which the occasion holds, is folded into it: one outlet's copy of what was said
is a part, so the other's is.  Statements only: an event, a plan or a figure
proposed beside a visit under its name is as often the next leg of a tour, a
meeting last month or a trade figure that the occasion took by mistake as a
second telling of a part, and the fold would spread that mistake.

Measured on half A of the labelled sets (round 74, links of record, before the
rule was written, each fact counted once): small statement proposals named as
their occasion hold 15 statements outside it, whose pairs with the occasion
are 431 right pairs of record and 7 judged wrong; proposals of other kinds
under the occasion's name would add 1,148 right and 647 wrong, and statements
under another name (a metric's, a month's) 153 right and 120 wrong.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.corpus.models import Fact

#: Most facts a proposal beside an occasion may hold to be folded into it.
SMALL = 3


def folded(
    occasions: Sequence[tuple[list[Fact], str]], names: Sequence[str], beside: Sequence[tuple[Sequence[Fact], str]]
) -> list[tuple[list[Fact], str]]:
    """Each occasion (its facts, and why it is one) with the statements of the small proposals ``beside`` it folded in.

    ``names``: the event id offered for each occasion; ``beside``: the event proposals made for
    wording (their facts and offered id).  A statement joins one occasion at most, the first that takes it.
    """
    home = {fact.id: n for n, (members, _) in enumerate(occasions) for fact in members}
    sources = [{fact.source for fact in members} for members, _ in occasions]
    joined: list[list[Fact]] = [[] for _ in occasions]
    for facts, name in beside:
        if len(facts) > SMALL or any(fact.kind != "statement" for fact in facts):
            continue
        held = {home[fact.id] for fact in facts if fact.id in home}
        if len(held) != 1:
            continue
        (n,) = held
        if names[n] != name or any(fact.source not in sources[n] for fact in facts):
            continue
        for fact in facts:
            if fact.id not in home:
                home[fact.id] = n
                joined[n].append(fact)
    found = []
    for (members, why), extra in zip(occasions, joined, strict=True):
        if extra:
            members = sorted(members + extra, key=lambda f: (f.date.sort_key(), f.id))
            why += f"; with {len(extra)} statement(s) proposed beside it, under its name, with what it holds"
        found.append((members, why))
    return found
