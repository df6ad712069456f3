"""Plans proposed beside: a plan two outlets tell alike, one of them between two parts of an occasion, is a part of it.

:mod:`briefgen.corpus.plans_between` joins a plan that a report tells right
between two parts of an occasion, but only a plan in no proposal: one that
nothing else takes.  A plan of the programme that two reports tell in like
words is proposed on its own for its wording, beside the occasion: "Prabowo
will also attend the St. Petersburg International Economic Forum in St.
Petersburg during his visit", told by two reports of his visit to Russia
(intake_final80); "She will meet with President Xi Jinping as well as Premier
Li during the trip, Mao told a regular press briefing" (intake_final38); "Kishida
and Scholz are also planning to hold summit talks to confirm their cooperation
ahead of the Group of Seven summit" (intake_final52).  The small proposal is
right, and so is the occasion, but the proposal of record leaves the step out
of the occasion.

Here a plan in a small proposal (:data:`~briefgen.corpus.folded.SMALL` facts at
most, and in no larger one), in no occasion, whose report tells it right between
two facts of one occasion (as :mod:`briefgen.corpus.plans_between` reads the
page's order) joins that occasion, and so do the other facts of its small
proposals, the other outlets' telling of the same step, when they stand in the
occasion's reports and in no occasion or larger proposal.  What sends the
visitor on to another host is no step of this leg, though it too stands among
its parts and is told alike by two outlets ("He will next visit Britain, where
he will meet with Prime Minister Keir Starmer", intake_final92; "Following
Fiji, she is scheduled to visit New Zealand and Timor-Leste", intake_final120):
the tests of :mod:`briefgen.corpus.legs` that keep such a sentence out of the
occasion keep it out here, read against the parties every report of the
occasion names (its hosts) and those any of them names.

Measured on half A of the labelled sets (round 88, 69 sets, links of record,
before the rule was written): plans in a small proposal right between two parts,
17 plans, 398 right pairs, 75 judged different (69 of them from two next legs)
and 1 unjudged; without the next legs 398 / 6 / 1, and with the proposals' other
facts in the occasion's reports 584 / 6 / 1 (with the rule, measured: links of record
73417/78044 = 94.07% to 74001/78635 = 94.11%, recall 85.06% to 85.73%, on twelve sets; the six judged
different pair a joined plan with background the occasion held before).
Counted and left: the same with proposals of up to five facts, 443 / 33 / 1
("This meeting precedes the G7 summit", told by five reports); a plan anywhere
between two parts of one occasion, 590 / 42 / 41; events in a small proposal
right between two parts, 581 / 259 / 501 (293 / 90 / 41 on the day of a
neighbour); statements 394 / 204 / 304; figures 207 / 40 / 228; any fact of a
small proposal two of whose reports each tell it between two parts of one
occasion, 507 / 172 / 639.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.folded import SMALL, with_joined
from briefgen.corpus.legs import of_a_leg_ahead, of_another_leg
from briefgen.corpus.models import Fact
from briefgen.corpus.parties import party_key, party_keys
from briefgen.corpus.plans_between import joined_between


def _not_another_leg(fact: Fact, members: Sequence[Fact]) -> bool:
    """Whether ``fact`` sends the visitor on to no host the occasion's reports do not all name (see :mod:`.legs`)."""
    named: dict[str, set[str]] = defaultdict(set)
    for member in members:
        named[member.source] |= party_keys(member.entities)
    hosts = frozenset.intersection(*map(frozenset, named.values()))
    parties = frozenset().union(*named.values())
    return not of_another_leg(fact.quote, hosts, party_key) and not of_a_leg_ahead(fact.quote, parties, party_key)


def plans_proposed(
    occasions: Sequence[tuple[list[Fact], str]],
    proposed: Sequence[Sequence[str]],
    by_id: Mapping[str, Fact],
    reports: Mapping[str, Sequence[Prepared]],
) -> list[tuple[list[Fact], str]]:
    """Each occasion (its facts, and why it is one) with the plans of small proposals its reports tell between two of
    its facts, and the other facts of those proposals.  ``proposed``: the fact ids of each proposal made for wording;
    ``by_id``: their facts; ``reports``: each source's facts as the comparisons see them."""
    small: dict[str, list[Sequence[str]]] = defaultdict(list)
    large: set[str] = set()
    for ids in proposed:
        if len(ids) > SMALL:
            large.update(ids)
        else:
            for fact_id in ids:
                small[fact_id].append(ids)
    if not any(by_id[fact_id].kind == "plan" for fact_id in small.keys() - large):
        return list(occasions)
    joined = joined_between(
        occasions,
        large,
        reports,
        kind_of=lambda fact: fact.kind == "plan" and fact.id in small,
        fits=lambda before, fact, after: True,
        belongs=_not_another_leg,
    )
    home = {fact.id for members, _ in occasions for fact in members}
    taken = {fact.id for extra in joined for fact in extra}
    for (members, _), extra in zip(occasions, joined, strict=True):
        sources = {fact.source for fact in members}
        for plan in list(extra):
            for ids in small[plan.id]:
                for fact_id in ids:
                    fact = by_id[fact_id]
                    if fact_id in home or fact_id in taken or fact_id in large or fact.source not in sources:
                        continue
                    if _not_another_leg(fact, members):
                        taken.add(fact_id)
                        extra.append(fact)
    return with_joined(occasions, joined, "plan(s) proposed beside it that its reports tell between two of its parts")
