"""Folded: what two outlets say was said, proposed beside an occasion with what it holds, is a part of it.

:mod:`briefgen.corpus.occasions` takes what was said at an occasion by its words,
and :mod:`briefgen.corpus.restated` joins a statement of an occasion's report
that restates a part of another report closely (a verb of saying, wording at
least :data:`~briefgen.corpus.restated.RESTATED_WORDING` alike).  Outlets retell
one readout more loosely than that, and not always with a verb of saying: one
report of Erdoğan's visit to Berlin has "At the same time, he denied that his
criticism of Israel had anti-Semitic undertones" among the visit's parts, and
another has "Mr. Erdogan has denied any anti-Semitic connotation in his
criticism of Israel".  The wording pairs the two (:mod:`briefgen.corpus.proposals`),
and the pair is proposed on its own, beside the visit's proposal and under the
very name it carries (:func:`briefgen.corpus.naming.event_name`): accepting
both joins them, but the proposal of record leaves the second sentence out.
A figure said twice is proposed the same way, as a metric: "They affirmed that
a stable and amicable India-China relationship could benefit 2.8 billion
people" beside a leader's own "The interests of 2.8 billion people of both
countries are linked to our cooperation".

Here a small proposal (two or three facts), all of whose facts are statements
in reports an occasion takes, and some of which the occasion holds, is folded
into it: one outlet's copy of what was said is a part, so the other's is.  It
must be named as the occasion, or else each of its statements must tell that
someone spoke (:func:`briefgen.corpus.spoken.speaks`): two writers' own lines
of background alike ("Jordan is also a leading supplier of fertilisers to
India", beside a twin the occasion took) are proposed under another name, and
stay beside.  Statements only: an event, a plan or a figure proposed beside a
visit under its name is as often the next leg of a tour, a meeting last month or
a trade figure that the occasion took by mistake as a second telling of a part,
and the fold would spread the mistake.

Measured on half A of the labelled sets (round 74, links of record, before
the rule was written; each statement outside an occasion counted once, with
its most alike twin in a small proposal beside it): where both are statements
and the proposal is named as the occasion, 14 statements, whose pairs with the
occasion are 410 right and 7 judged wrong; under another name, speaking, 39
right and 3 wrong; under another name, not speaking, 119 right, 116 wrong and
7 unjudged; where either is no statement, 3,016 right, 1,663 wrong and 754
unjudged (under the occasion's name alone, 1,701 right, 835 wrong and 280
unjudged).  A figure a speaker gave, told by two of the occasion's reports and proposed
beside it, is folded in even when the occasion holds neither copy (round 76,
:mod:`briefgen.corpus.said_twice`).  With the rule, half A's pairs of record (63 sets): 503 right
more, 33 not right more (24 of them unjudged, all one line of Modi's departure
statement on Sisi's earlier visit to India, proposed with a line on the visit
as the first in 26 years).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.corpus.models import Fact
from briefgen.corpus.said_twice import occasion_of_a_figure_said
from briefgen.corpus.spoken import speaks

#: Most facts a proposal beside an occasion may hold to be folded into it.
SMALL = 3


def folded(
    occasions: Sequence[tuple[list[Fact], str]], names: Sequence[str], beside: Sequence[tuple[Sequence[Fact], str]]
) -> list[tuple[list[Fact], str]]:
    """Each occasion (its facts, and why it is one) with the statements of the small proposals ``beside`` it folded in.

    ``names``: the event id offered for each occasion; ``beside``: the proposals made for wording,
    events and figures (their facts and offered id or metric).  A statement joins one occasion at most,
    the first that takes it; a statement folded in does not bring in the proposals beside it.
    """
    home = {fact.id: n for n, (members, _) in enumerate(occasions) for fact in members}
    sources = [{fact.source for fact in members} for members, _ in occasions]
    joined: list[list[Fact]] = [[] for _ in occasions]
    taken: set[str] = set()
    for facts, name in beside:
        if len(facts) > SMALL or any(fact.kind != "statement" for fact in facts):
            continue
        held = {home[fact.id] for fact in facts if fact.id in home}
        if not held and (said := occasion_of_a_figure_said(facts, sources)) is not None:
            held = {said}  # a figure a speaker gave, told twice by its reports (see :mod:`briefgen.corpus.said_twice`)
        if len(held) != 1:
            continue
        (n,) = held
        if any(fact.source not in sources[n] for fact in facts):
            continue
        if name != names[n] and not all(speaks(fact.quote) for fact in facts):
            continue
        for fact in facts:
            if fact.id not in home and fact.id not in taken:
                taken.add(fact.id)
                joined[n].append(fact)
    return with_joined(occasions, joined, "statement(s) proposed beside it with what it holds")


def with_joined(occasions: Sequence[tuple[list[Fact], str]], joined: Sequence[Sequence[Fact]], what: str) -> list[tuple[list[Fact], str]]:
    """Each occasion with the facts a fold ``joined`` to it, in date order, and its reason saying how many and ``what``."""
    found = []
    for (members, why), extra in zip(occasions, joined, strict=True):
        if extra:
            members = sorted([*members, *extra], key=lambda f: (f.date.sort_key(), f.id))
            why += f"; with {len(extra)} {what}"
        found.append((members, why))
    return found
