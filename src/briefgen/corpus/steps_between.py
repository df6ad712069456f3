"""Steps between: an act a report tells right between two parts of an occasion, on the day of one, is a part of it.

A report of a visit's day goes through it one step a sentence: "Prime Minister
Modi ... was received by President Gokhool", "He also gifted them sacred Sangam
water from Mahakumbh in a brass and copper pot ...", "Modi also met Vice
President Robert Hungley"; "The delegation then proceeded to Mekah to perform
umrah ..."; "Anwar was accompanied by Foreign Minister Datuk Seri Dr Zambry
Abdul Kadir ...".  :mod:`briefgen.corpus.occasions` takes an act by its words
(talks, a signing, the visit itself) and by who does it; a step that names
none of them, a gift, a companion, a tour, the next leg of the day, is left
out, though the lines before and after it are parts and nothing else proposes
it.  :mod:`briefgen.corpus.plans_between` joins such a step when it is a plan,
the programme told before the day; this joins it when it is an event, the
programme told as done, and asks one thing more of it, since a report tells
other acts between two parts too (the last visit recalled, a committee formed
at home, a drill the month before): that it is dated to the day, and to the
very day of the part just before it or just after it.  A report that dates a
step to the day of its neighbours tells it as the same day's programme; an
act recalled from before, or told without its day, stays out.

Like the plans, the step must be in no proposal, neither one made for its
wording nor an occasion's, and the three facts must be numbered alike, so that
their ids give the page's order (:func:`~briefgen.corpus.plans_between.numbered_alike`).
It reads the occasions once the plans between them have joined: a plan that
joined is a part, beside which a step may stand.

Measured on half A of the labelled sets (round 84, 68 sets, links of record,
before the rule was written): events right between two parts, the day of
either, 8 claims, 184 right pairs, 10 wrong and 24 unjudged; without the day,
40 claims, 426 right, 68 wrong and 647 unjudged; the day asked of both
neighbours, 4 claims, 91 right and 14 unjudged; an event anywhere between two
parts, on the day of its nearest parts, 18 claims, 267 right, 54 wrong and 191
unjudged.  Statements right between two parts on the day of
one join 877 right and 558 unjudged pairs, figures 69 right, 7 wrong and 182
unjudged: a writer's background lines sit between a report's parts as often
as a step does, and the day tells them apart no better than the words.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.models import Fact
from briefgen.corpus.plans_between import join_between


def steps_between(
    occasions: Sequence[tuple[list[Fact], str]], proposed: Collection[str], reports: Mapping[str, Sequence[Prepared]]
) -> list[tuple[list[Fact], str]]:
    """Each occasion (its facts, and why it is one) with the events its reports tell right between two of its facts,
    on the day of one of them (the walk over each report's page is :func:`~briefgen.corpus.plans_between.join_between`).
    """
    return join_between(
        occasions,
        proposed,
        reports,
        kind_of=lambda fact: fact.kind == "event" and fact.date.day is not None,
        fits=lambda before, fact, after: fact.date in (before.date, after.date),
        reason="event(s) its reports tell between two of its parts, on the day of one",
    )
