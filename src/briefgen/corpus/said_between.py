"""Said between: a statement told right between two parts of an occasion, naming only its parties, is a part of it.

A report of a visit tells it line by line, and many lines are what the sides
said or stood for there, in words :mod:`briefgen.corpus.occasions` does not
take as said at the occasion: "We are deeply grateful to Prime Minister
Plenkovic and the Government of Croatia for their condolences" (a quotation
with no verb of saying), "He offered India's support for Quick Impact
development projects in areas such as agriculture, IT, cyber security",
"During the meeting, the sides once again emphasized that the Joint
Declaration ... demonstrated the high level of bilateral relations", "This
visit marks President Ruto's maiden trip to India since assuming office".
The line before and the line after are parts, and nothing else proposes it.
:mod:`briefgen.corpus.plans_between` and :mod:`briefgen.corpus.steps_between`
join the plans and the events a report tells so; a statement was left out,
because a report's statements between two parts are as often the background
the writer sets the visit in: "Japan has faced growing tensions with China
over Taiwan", "Indonesia has no formal ties with Israel", "Canada has not
ruled out joining Paris and London in potentially sending troops into
Ukraine", "Macron's arrival in Hanoi follows US President Donald Trump's
threat to impose 50% tariffs".

What sets the two apart on a page is whom the line is about.  Background
brings in a third party, a country, a person or a firm the occasion does
not name (Taiwan, Israel, Ukraine, Trump, Piaggio Aerospace); a line said at
the visit names the sides and no one else.  Here a statement in no proposal,
neither one made for its wording nor an occasion's, that stands right between
two facts of one occasion on its page (as :func:`~briefgen.corpus.plans_between.join_between`
reads the page's order) joins that occasion when it names at least one party
and every name it carries is a party of the occasion: a party key
(:func:`~briefgen.corpus.parties.party_key`) that every report of the
occasion names, one of them in two facts at least, as
:mod:`briefgen.corpus.occasions` names an occasion's parties.  A statement a
preview tells of the days before the occasion stays out, as
:mod:`briefgen.corpus.earlier` keeps it out of the occasion's own parts ("China
represents nearly a quarter of all our exports ...", said by New Zealand's
prime minister the week before he met Xi).

Measured on half A of the labelled sets (round 93, 71 sets, links of record):
statements in no proposal right between two parts, 71 facts, 1,518 right
pairs, none judged different and 708 unjudged, most of them from 22
background lines with no right pair (counted before the rule was written).
With the rule, 777 right pairs more on 18 sets, none judged different, 64
unjudged (40 of them from three lines: "Landlocked Laos, one of the world's
least developed economies, has been a staunch regional backer of China",
"The Turkish President recalled that since Viktor Orban's first visit in
2009, much has changed", and Modi's "exactly 25 years ago, President Putin
laid the foundation of our Strategic Partnership"): recall 86.17% to about
87.0%, precision 94.26% to 94.24% were every unjudged pair different.
Counted and left (right / judged different / unjudged pairs): parties as the
names the occasion's facts of two sources give, 1,325 / 14 / 470; as the
names its facts of every report give, 522 / 14 / 129; without the test of
the days before, 777 / 14 / 146; not dated away from the occasion
(:func:`~briefgen.corpus.elsewhen.elsewhen`) as well, 701 / 0 / 57 (it
drops Modi's "an honour he first received in 2015" and the thanks for
"condolences on the terrorist attack in India on April 22", both right);
naming a party and others too 1,206 / 0 / 607; events and figures naming
only the parties 60 / 7 / 202 more; such statements with another fact
between them and the parts 80 / 0 / 73 more; in a small proposal 50 / 25 /
1 more.

A statement that dates what it tells, in its own words, to the years before
the occasion ("since Viktor Orban's first visit in 2009, much has changed",
"in 2010 it was elevated") is history, in no group, and stays out
(:mod:`briefgen.corpus.earlier_years`).  Measured on half A (round 96, 72
sets, links of record): 20 pairs judged different avoided (two lines), no
right pair lost, no new pair; precision 94.30% to 94.32%, recall unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from briefgen.corpus.circumstances import comes_as_circumstance
from briefgen.corpus.earlier import first_day, told_before
from briefgen.corpus.earlier_years import of_earlier_years
from briefgen.corpus.evidence import Prepared
from briefgen.corpus.folded import with_joined
from briefgen.corpus.models import Fact
from briefgen.corpus.occasion_dates import article_date
from briefgen.corpus.parties import party_keys
from briefgen.corpus.plans_between import joined_between
from briefgen.corpus.report_items import report_items


def said_between(
    occasions: Sequence[tuple[list[Fact], str]], proposed: Collection[str], reports: Mapping[str, Sequence[Prepared]]
) -> list[tuple[list[Fact], str]]:
    """Each occasion (its facts, and why it is one) with the statements its reports tell right between two of its
    facts that name its parties and no one else, and tell nothing of the days before it.  ``proposed``: the ids of
    the facts the proposals made for wording hold; ``reports``: each source's facts as the comparisons see them."""
    known: dict[int, tuple[frozenset[str], dt.date | None, int | None]] = {}  # each occasion asked of: its parties, first day, year
    item = report_items(reports)

    def belongs(fact: Fact, members: Sequence[Fact]) -> bool:
        if id(members) not in known:
            events = [item(m) for m in members if m.kind == "event" and m.date.day is not None]
            date = article_date([item(m) for m in members])
            start = first_day(list(range(len(events))), events)
            known[id(members)] = (occasion_parties({m.source for m in members}, reports), start, None if date is None else date.year)
        parties, start, year = known[id(members)]
        # what a preview tells of the days before the occasion is no part of it (:mod:`briefgen.corpus.earlier`), nor
        # is what a line dates in its own words to the years before it (:mod:`briefgen.corpus.earlier_years`), nor what
        # the visit is told to come as or after (:mod:`briefgen.corpus.circumstances`), left out of its own parts
        return (
            names_only(fact, parties)
            and not comes_as_circumstance(fact.quote)
            and (start is None or not told_before(item(fact), start))
            and (year is None or not of_earlier_years(fact, year))
        )

    joined = joined_between(
        occasions,
        proposed,
        reports,
        kind_of=lambda fact: fact.kind == "statement" and bool(fact.entities),
        fits=lambda before, fact, after: True,
        belongs=belongs,
    )
    return with_joined(occasions, joined, "statement(s) its reports tell between two of its parts, naming only its parties")


def occasion_parties(sources: Collection[str], reports: Mapping[str, Sequence[Prepared]]) -> frozenset[str]:
    """The parties of an occasion its ``sources`` report, as :mod:`briefgen.corpus.occasions` names them: the party
    keys every report names, one of them at least twice (in two of its facts)."""
    named: list[frozenset[str]] = []
    again: set[str] = set()
    for source in sources:
        counts = Counter(key for item in reports.get(source, ()) for key in party_keys(item.fact.entities))
        named.append(frozenset(counts))
        again.update(key for key, n in counts.items() if n >= 2)
    return frozenset.intersection(*named) & again if named else frozenset()


def names_only(fact: Fact, parties: frozenset[str]) -> bool:
    """Whether each of a fact's names is one of ``parties``, and it has one at least: a name with no party key (a
    joint body) is no third party, but a fact with only such names names no party."""
    keys = {next(iter(party_keys((name,))), "") for name in fact.entities or ()} - {""}
    return bool(keys) and keys <= parties
