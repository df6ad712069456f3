"""Said twice: a figure a speaker gave, told by two reports of one occasion and proposed beside it, is a part of it.

Two reports of one visit may each tell a figure that a participant gave there, in
words alike enough to be proposed together as one figure, while neither sentence
names the visit or reads as said there: "Meanwhile, Putin said around 700 Malaysian
citizens are currently studying in Russia under the Russian government's university
quota programme" (Daily8) and "Meanwhile, Putin said there are around 700 Malaysian
citizens now studying in Russia at the same time" (Malay Mail), at Anwar Ibrahim's
talks in the Kremlin; "According to Tokayev, in 2024, global military expenditures
will exceed $2.7 trillion" beside his own words at the same visit.  The figure then
stands beside the occasion as a metric of two, and accepting the visit leaves it out.
:mod:`briefgen.corpus.folded` folds such a proposal in when the occasion holds one of
its statements; here, when it holds none, the proposal finds its occasion by its
reports: every one of its facts a statement with a figure (a value), each telling
that someone spoke (:func:`briefgen.corpus.spoken.speaks`), and all from the
reports of one occasion and of no other.  A writer's own figures ("Government data
shows Indonesia-Turkiye trade amounted to almost $2.4 billion throughout 2024"), a
plan and an event are not read so: background of the relation, a tour's next leg or
an earlier deal are as often told twice beside a visit.

Measured on half A of the labelled sets (round 76, links of record, labelled claims as
facts): 110 right pairs joined on two sets, none lost, none judged wrong, 4 unjudged
(the 700 students against Lavrov's word before the visit, which the occasion had
taken).  Statements only: with figures, plans and events told with a verb of saying
too, 370 right against 323 unjudged (a writer's trade figures "according to the
Kremlin", an air force chief's word of February on jets).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.corpus.models import Fact
from briefgen.corpus.spoken import speaks


def occasion_of_a_figure_said(facts: Sequence[Fact], sources: Sequence[set[str]]) -> int | None:
    """The occasion (its index in ``sources``, the sources of each occasion) whose reports alone tell ``facts``,
    when these are statements of a figure, each telling that someone spoke; else None."""
    if not facts or any(fact.kind != "statement" or fact.value is None or not speaks(fact.quote) for fact in facts):
        return None
    found = [n for n, reports in enumerate(sources) if all(fact.source in reports for fact in facts)]
    return found[0] if len(found) == 1 else None
