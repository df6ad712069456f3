"""The legs of a tour: reports joined around one traveller that fall into two hosts are two occasions.

A leader's tour of two countries is two occasions, one per host.  When every report of both legs is written around
the traveller, each names him and most name his country, and two names are all :mod:`briefgen.corpus.occasions` asks
of two reports: a report of the first stop ("Valen arrived in Norvik") and one of the second ("Valen met the Ostrian
president") share "Valen" and his country and are joined, and the legs become one occasion; with more reports than
one visit has, it is then proposed not at all.

What parts them is what is left of each report's parties once the traveller's are set aside: the host it tells of
(its leader, its country, its capital) and what was done there.  Reports of one leg share those names or are chained
by them; the other leg's reports carry names of their own.  :func:`legs_of` sets aside the names every report
carries (the traveller), then, if that parts nothing, each name carried by half the reports or more (his country),
and parts the reports by the names left, only when:

* every report is left with a name of its own, carried as often as the set-aside name it carries second most: a
  report of one leg names the traveller most and its host next, while a report of one visit, whose two sides are
  both set aside, is left with side topics carried less than either side (a plane maker, a palace, a guest);
* the names left fall into two groups or more that no report joins, each told by two reports or more;
* no two legs' reports are dated to the same day: one visit's reports share its days, two stops follow each other;
* no two legs are told of each other (:func:`briefgen.corpus.tour_days.told_together`): a visit whose days each
  have a host of their own (a king's audience one day, the prime minister's talks the next) names each day's hosts
  in the other day's reports, where a tour names the next stop or the last one in one leg's reports at most.

Written on the pages of ``intake_final151`` (round 100: New Zealand's prime minister in Singapore, then in
Thailand, twelve reports joined into one occasion too large to propose): its links of record rise from 67 of 1,333
labelled pairs to 1,102, with 135 pairs proposed outside the labels.  Every other labelled set reads the same.  Not
parted here: the tours of a fresh sample (round 99) whose reports spell the traveller two ways ("Kishida",
"Fumio"), or where one report names both hosts or none of its own, and ``intake_final149``, whose second leg's
reports name the first host's forum; what is kept whole here is handed to :mod:`briefgen.corpus.tour_days`, which
parts a tour between its days.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from briefgen.corpus.name_union import NameUnion
from briefgen.corpus.tour_days import LEG_SOURCES, Report, legs_by_days, told_together


def legs_of(group: Sequence[int], reports: Sequence[Report]) -> list[list[int]]:
    """The occasion of the reports ``group`` (indexes into ``reports``) as one part per leg of a tour, or whole."""
    whole = [list(group)]
    if len(group) < 2 * LEG_SOURCES:
        return whole
    parties = {n: reports[n].parties for n in group}
    sources = {n: reports[n].source for n in group}
    carried = {n: reports[n].carried for n in group}
    traveller = frozenset.intersection(*parties.values())
    if not traveller:
        return legs_by_days(group, reports)  # no one name every report carries: parted, if at all, between days
    counts = Counter(key for keys in parties.values() for key in keys - traveller)
    frequent = sorted(key for key, count in counts.items() if 2 * count >= len(group))
    for extra in [frozenset(), *(frozenset((key,)) for key in frequent)]:
        legs = _parted(group, parties, sources, carried, traveller | extra)
        if legs is not None and not _share_a_day(legs, reports) and not _told_of_each_other(legs, reports):
            return legs
    return legs_by_days(group, reports)  # a report naming both hosts, or none of its own: see tour_days


def _parted(
    group: Sequence[int],
    parties: dict[int, frozenset[str]],
    sources: dict[int, str],
    carried: dict[int, tuple[tuple[str, int], ...]],
    set_aside: frozenset[str],
) -> list[list[int]] | None:
    """The reports parted by the names left to each once ``set_aside`` is, or None when they do not part cleanly."""
    own = {n: parties[n] - set_aside for n in group}
    if not all(own.values()):
        return None  # a report left with no name of its own tells no leg
    if not all(_hosted(dict(carried[n]), own[n], set_aside) for n in group):
        return None
    hosts = NameUnion()  # names one report carries together are one host's
    for keys in own.values():
        first, *rest = sorted(keys)
        for key in rest:
            hosts.join(first, key)
    legs: dict[str, list[int]] = {}
    for n in group:
        legs.setdefault(hosts.find(min(own[n])), []).append(n)
    if len(legs) < 2 or any(len({sources[n] for n in leg}) < LEG_SOURCES for leg in legs.values()):
        return None
    return [legs[root] for root in sorted(legs, key=lambda root: min(legs[root]))]


def _hosted(counts: dict[str, int], own: frozenset[str], set_aside: frozenset[str]) -> bool:
    """Whether a report's own names hold its host: one carried as often as the set-aside name it carries second most.

    A report of one leg names the traveller most and its host next; a report of one visit, whose sides are both set
    aside, is left with side topics carried less than either side.
    """
    aside = sorted((counts[key] for key in set_aside if key in counts), reverse=True)
    return max(counts[key] for key in own) >= (aside[1] if len(aside) > 1 else 0)


def _told_of_each_other(legs: list[list[int]], reports: Sequence[Report]) -> bool:
    """Whether the reports of two legs each name the other leg's hosts: one visit's days, not two stops."""
    return any(told_together(legs[i], legs[j], reports) for i in range(len(legs)) for j in range(i + 1, len(legs)))


def _share_a_day(legs: list[list[int]], reports: Sequence[Report]) -> bool:
    """Whether reports of two different legs are dated to one same day."""
    days: list[set[dt.date]] = [{reports[n].date.first_day for n in leg if reports[n].date.day is not None} for leg in legs]
    return any(days[i] & days[j] for i in range(len(days)) for j in range(i + 1, len(days)))
