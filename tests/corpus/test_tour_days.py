"""A tour's legs are parted between its days, in the forms that keep the names alone from parting them; one visit's
reports stay whole.  Every name here is made up."""

from __future__ import annotations

from briefgen.corpus.tour_days import legs_by_days
from briefgen.corpus.tour_legs import legs_of
from tests.corpus.tour_reports import Report, report


def sources(legs: list[list[int]], reports: list[Report]) -> list[list[str]]:
    return [sorted(reports[n].source for n in leg) for leg in legs]


# Valen visits Norvik (Ostrom its leader) on the 14th, then Dalen (Karsk its leader) on the 17th.  "c" tells the first
# stop and that Dalen is next; "f" tells the second and that he came from Norvik: the hosts' names alone chain the legs.
TOUR = [
    report("a", "2024-04-14", valen=4, norvik=2),
    report("b", "2024-04-14", valen=4, ostrom=2, norvik=1),
    report("c", "2024-04-14", valen=2, norvik=1, dalen=1),
    report("d", "2024-04-17", valen=4, karsk=2),
    report("e", "2024-04-17", valen=4, karsk=1, dalen=2),
    report("f", "2024-04-17", valen=4, karsk=1, norvik=1),
    report("g", "2024-04-17", valen=3, karsk=2),
]
FIRST, SECOND = ["a", "b", "c"], ["d", "e", "f", "g"]


def test_a_report_naming_both_hosts_no_longer_keeps_the_tour_whole() -> None:
    assert sources(legs_of(range(len(TOUR)), TOUR), TOUR) == [FIRST, SECOND]


def test_a_traveller_spelled_two_ways_no_longer_keeps_the_tour_whole() -> None:
    # "b" and "e" call him by his first name: no name is carried by every report.
    spelled = [
        r if r.source not in "be" else report(r.source, str(r.date), fenn=4, **{k: v for k, v in r.carried if k != "valen"}) for r in TOUR
    ]
    assert sources(legs_of(range(len(spelled)), spelled), spelled) == [FIRST, SECOND]


def test_a_report_dated_by_its_month_goes_to_the_leg_whose_host_it_carries() -> None:
    reports = [*TOUR, report("h", "2024-04", valen=3, karsk=2), report("i", "2024-04", valen=3)]
    # "i" carries neither host: it is left alone, proposed with neither leg.
    assert sources(legs_by_days(range(len(reports)), reports), reports) == [FIRST, [*SECOND, "h"], ["i"]]


def test_three_stops_are_three_legs() -> None:
    # From Dalen on the 17th, Valen goes on to Sarn (Holt its leader) on the 19th.
    reports = [*TOUR, report("h", "2024-04-19", valen=4, sarn=2), report("i", "2024-04-19", valen=3, holt=2, sarn=1)]
    assert sources(legs_by_days(range(len(reports)), reports), reports) == [FIRST, SECOND, ["h", "i"]]


def test_one_visit_whose_days_differ_by_side_topics_stays_whole() -> None:
    # Valen in Norvik: arrival at its airport on the 14th, a shipyard's contract on the 15th.  Each day has a name of
    # its own, carried less than Norvik, which both days carry.
    visit = [
        report("a", "2024-04-14", valen=5, norvik=4, airport=2),
        report("b", "2024-04-14", valen=4, norvik=3, airport=1),
        report("c", "2024-04-15", valen=6, norvik=4, shipyard=2),
        report("d", "2024-04-15", valen=3, norvik=3, shipyard=1),
    ]
    assert legs_by_days(range(4), visit) == [[0, 1, 2, 3]]


def test_a_host_one_report_of_the_other_leg_of_three_carries_is_no_host() -> None:
    # The second leg told by three reports, one of them ("f") naming Norvik, where he came from: a third of the leg
    # carries it, so Norvik is no host of the first leg, which is left with no name of its own.
    reports = [r for r in TOUR if r.source != "f"] + [report("f", "2024-04-17", valen=4, norvik=2)]
    reports = [r for r in reports if r.source != "g"]
    assert legs_by_days(range(len(reports)), reports) == [list(range(len(reports)))]


def test_a_leg_told_by_one_source_is_no_leg() -> None:
    reports = [*TOUR[:3], report("d", "2024-04-17", valen=4, karsk=2), report("d", "2024-04-17", valen=3, karsk=2)]
    assert legs_by_days(range(5), reports) == [[0, 1, 2, 3, 4]]


# Valen's state visit to Norvik: on the 14th an audience with its king, Orm, at the Halla palace; on the 15th talks
# with its prime minister, Sella.  Each day has a host of its own, and each day's reports tell of the other's.
VISIT = [
    report("a", "2024-04-14", valen=4, orm=2, halla=2, named=("sella",)),
    report("b", "2024-04-14", valen=3, orm=2, halla=1),
    report("c", "2024-04-14", valen=4, halla=2, orm=1, named=("sella", "norvik")),
    report("d", "2024-04-15", valen=3, sella=3, norvik=2, named=("orm", "halla")),
    report("e", "2024-04-15", valen=2, sella=2, norvik=2),
    report("f", "2024-04-15", valen=2, sella=3, norvik=3),
]


def test_one_visits_days_told_of_each_other_stay_whole() -> None:
    # "a" and "c" announce the talks, "d" recalls the audience: a third of each day's reports or more.
    assert legs_by_days(range(len(VISIT)), VISIT) == [list(range(len(VISIT)))]


def test_days_told_apart_are_two_legs() -> None:
    # Without "d"'s recall of the audience, the talks' reports leave the first day's hosts out: two legs.
    apart = [r if r.source != "d" else report("d", "2024-04-15", valen=3, sella=3, norvik=2) for r in VISIT]
    assert sources(legs_by_days(range(len(apart)), apart), apart) == [["a", "b", "c"], ["d", "e", "f"]]


def test_a_tour_told_of_in_one_direction_only_stays_parted() -> None:
    # Two of the first leg's three reports name Dalen, where Valen goes next; no report of the second leg recalls
    # Norvik or Ostrom.
    reports = [*TOUR[:2], report("c", "2024-04-14", valen=2, norvik=2, named=("dalen",)), *TOUR[3:]]
    reports[0] = report("a", "2024-04-14", valen=4, norvik=2, named=("karsk",))
    reports = [r if r.source != "f" else report("f", "2024-04-17", valen=4, karsk=1, dalen=2) for r in reports]
    assert sources(legs_of(range(len(reports)), reports), reports) == [FIRST, SECOND]
