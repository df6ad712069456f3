"""Plans between: a plan a report tells between two parts of an occasion, and no proposal takes, is a part of it.

A report announcing a visit, or telling its first day, goes through its programme
in the future tense, one step a sentence: "The two leaders will hold a bilateral
meeting to discuss ...", "They are also expected to exchange views on regional
and international issues," the Presidential Communications Office said in a
statement on Tuesday", "Marcos Jr. will also host a dinner banquet for his
Malaysian counterpart".  :mod:`briefgen.corpus.occasions` takes a plan only by
its words (a visit, talks, a signing; the entourage; a plan agreed there, see
:mod:`briefgen.corpus.outcomes`), and a step that names none of them ("exchange
views", "It could reach up to 36 thousand people", "Work is expected to start
next year, ADQ said", "They will also participate in the Brazil-Indonesia
Economic Forum") is left out, though the lines before and after it are parts,
and nothing else proposes it: its wording is the report's own.

Here a plan (a fact of kind ``plan``: something due or intended) that is in no
proposal, neither one made for its wording nor an occasion's, and whose report
tells it right between two facts of one occasion (the fact just before it and
the fact just after it on the page are both that occasion's) joins that
occasion.  Nothing of its words is read: where it stands says what it is part
of, and only a plan, the next step of a programme told one step a sentence, is
read so.  The order of a report's facts on its page is the order of their ids,
numbers read as numbers: ``suggest`` numbers a page's drafts in the order the
page tells them ("…-d09", "…-d10"), and a draft accepted keeps its id.  So the
three facts must be numbered alike, their ids the same but for their numbers:
facts named by hand ("g-chaired", "g-countries") are in no order known, and
the rule reads nothing of them.

Measured on half A of the labelled sets (round 82, 67 sets, links of record):
21 plans join, 552 right pairs more (recall 84.52% to 85.18%), none judged wrong
and 59 unjudged (precision 94.18% to 94.15% were they all wrong): 38 of them are
two plans with no right pair, The Nation's "Prime Minister Shehbaz Sharif has
directed the Ministry of Commerce to present a comprehensive plan ..." told at a
review meeting after his visit to Baku, and "Canada is expected to begin formal
consultations within days" beside Carney's visit to Mexico; the rest pair a plan
with background the occasion held before.  Counted before the rule was written:
statements told between two parts of an occasion would add 1,669 right pairs
and 1,038 unjudged, events 443 right, 69 wrong and 666 unjudged; a plan with a
part before it and one after it anywhere on its page, not next to it, 669 right,
88 wrong and 220 unjudged; asking the plan to name one of the occasion's sides
leaves out 72 right pairs and no unjudged one.  A plan dated by the day it was
announced or by what it recalls ("the state visit by Charles to France in
September 2023") sets its date beside the visit's: the conflicts ``check`` would
find with no link set rise by 12 pairs on four sets, none labelled (the editor's
path finds the same); asking the plan to be dated within the window of a
neighbour drops 3 of them for 145 right pairs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.folded import with_joined
from briefgen.corpus.models import Fact

#: The runs of digits of an id, read as numbers when ordering a page's facts.
_DIGITS = re.compile(r"(\d+)")


def page_order(fact_id: str) -> tuple[str | int, ...]:
    """Where a fact stands on its page, by its id: its runs of digits read as numbers ("…-d9" before "…-d10").

    Splitting on the digits gives words and numbers in turn, so two ids compare word with word and number with number.
    """
    return tuple(int(part) if n % 2 else part for n, part in enumerate(_DIGITS.split(fact_id)))


def numbered_alike(*fact_ids: str) -> bool:
    """Whether ids differ only in their numbers ("…-d09", "…-d10"): facts numbered in turn, whose order is the page's."""
    return len({_DIGITS.sub("#", fact_id) for fact_id in fact_ids}) == 1 and _DIGITS.search(fact_ids[0]) is not None


def join_between(
    occasions: Sequence[tuple[list[Fact], str]],
    proposed: Collection[str],
    reports: Mapping[str, Sequence[Prepared]],
    *,
    kind_of: Callable[[Fact], bool],
    fits: Callable[[Fact, Fact, Fact], bool],
    reason: str,
) -> list[tuple[list[Fact], str]]:
    """Each occasion (its facts, and why it is one) with the facts its reports tell right between two of its facts.

    A fact joins when ``kind_of`` takes it, it is in no proposal (``proposed``: the ids of the facts the proposals made
    for wording hold, nor an occasion's), the facts just before and after it on its page are both the occasion's,
    the three are numbered alike, and ``fits`` (before, it, after) holds.  ``reports``: each source's facts as the
    comparisons see them; only reports that hold such a fact are put in order.  ``reason`` is added to the occasion's.
    """
    return with_joined(occasions, joined_between(occasions, proposed, reports, kind_of=kind_of, fits=fits), reason)


def joined_between(
    occasions: Sequence[tuple[list[Fact], str]],
    proposed: Collection[str],
    reports: Mapping[str, Sequence[Prepared]],
    *,
    kind_of: Callable[[Fact], bool],
    fits: Callable[[Fact, Fact, Fact], bool],
    belongs: Callable[[Fact, Sequence[Fact]], bool] | None = None,
) -> list[list[Fact]]:
    """The facts :func:`join_between` joins to each occasion, by the occasion's place in ``occasions``; ``belongs``
    (the fact, the occasion's facts), if given, must hold too."""
    home: dict[str, set[int]] = defaultdict(set)
    for n, (members, _) in enumerate(occasions):
        for fact in members:
            home[fact.id].add(n)
    joined: list[list[Fact]] = [[] for _ in occasions]

    def left_out(fact: Fact) -> bool:
        return kind_of(fact) and fact.id not in home and fact.id not in proposed

    for source in sorted({fact.source for members, _ in occasions for fact in members}):
        facts = [item.fact for item in reports.get(source, ())]
        if not any(left_out(fact) for fact in facts):
            continue
        facts.sort(key=lambda fact: page_order(fact.id))
        for before, fact, after in zip(facts, facts[1:], facts[2:], strict=False):
            if not left_out(fact) or not fits(before, fact, after) or not numbered_alike(before.id, fact.id, after.id):
                continue
            both = home.get(before.id, set()) & home.get(after.id, set())
            if both and (belongs is None or belongs(fact, occasions[min(both)][0])):
                joined[min(both)].append(fact)
    return joined


def plans_between(
    occasions: Sequence[tuple[list[Fact], str]], proposed: Collection[str], reports: Mapping[str, Sequence[Prepared]]
) -> list[tuple[list[Fact], str]]:
    """Each occasion (its facts, and why it is one) with the plans of its reports told between two of its facts."""
    return join_between(
        occasions,
        proposed,
        reports,
        kind_of=lambda fact: fact.kind == "plan",
        fits=lambda before, fact, after: True,
        reason="plan(s) its reports tell between two of its parts",
    )
