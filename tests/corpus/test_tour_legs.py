"""The legs of a tour told around one traveller are parted by the host each report keeps coming back to; one visit's
reports stay whole.  Every name here is made up."""

from __future__ import annotations

from briefgen.corpus.tour_legs import legs_of
from tests.corpus.tour_reports import Report, report

# Valen of Vellia visits Norvik (Ostrom its leader) on the 14th and 15th, then Dalen (Karsk its leader) on the 17th.
TOUR = [
    report("a", "2024-04-14", valen=5, vellia=2, norvik=2),
    report("b", "2024-04-15", valen=6, ostrom=4, norvik=3),
    report("c", "2024-04", valen=3, norvik=3, vellia=2),
    report("d", "2024-04-17", valen=4, vellia=3, dalen=3, karsk=3),
    report("e", "2024-04", valen=7, dalen=4, karsk=3, vellia=3),
    report("f", "2024-04", vellia=8, dalen=8, karsk=2, valen=3),
]


def sources(legs: list[list[int]], reports: list[Report]) -> list[list[str]]:
    return [[reports[n].source for n in leg] for leg in legs]


def test_two_legs_told_around_one_traveller_are_two_occasions() -> None:
    legs = legs_of(range(len(TOUR)), TOUR)
    assert sources(legs, TOUR) == [["a", "b", "c"], ["d", "e", "f"]]


def test_one_visits_reports_whose_side_topics_differ_stay_whole() -> None:
    # Both sides in every report: what is left once they are set aside is carried less than either side.
    visit = [
        report("a", "2024-04-14", valen=5, norvik=4, ships=2),
        report("b", "2024-04-14", valen=4, norvik=3, ships=2),
        report("c", "2024-04-15", valen=6, norvik=4, grain=2),
        report("d", "2024-04-15", valen=3, norvik=3, grain=2),
    ]
    assert legs_of(range(4), visit) == [[0, 1, 2, 3]]


def test_a_report_with_no_host_of_its_own_keeps_the_tour_whole() -> None:
    # "g" names only the traveller: nothing tells which leg it is of.
    reports = [*TOUR, report("g", "2024-04-16", valen=4, vellia=2)]
    assert legs_of(range(len(reports)), reports) == [list(range(len(reports)))]


def test_legs_whose_reports_share_a_day_are_one_visits() -> None:
    same_day = [r if r.source != "d" else report("d", "2024-04-15", valen=4, vellia=3, dalen=3, karsk=3) for r in TOUR]
    assert legs_of(range(len(same_day)), same_day) == [list(range(len(same_day)))]


def test_a_leg_told_by_one_report_is_no_leg() -> None:
    reports = TOUR[:4]
    assert legs_of(range(4), reports) == [[0, 1, 2, 3]]


def test_one_visits_days_whose_reports_tell_of_each_other_stay_whole() -> None:
    # Valen in Norvik: an audience with King Orm at the Halla palace on the 14th, talks with Prime Minister Sella on
    # the 15th.  The names left once Valen is set aside fall into two groups, one a day; but "a" announces the talks
    # and "d" recalls the audience.
    visit = [
        report("a", "2024-04-14", valen=4, orm=2, halla=2, named=("sella",)),
        report("b", "2024-04-14", valen=3, orm=2, halla=1),
        report("c", "2024-04-15", valen=3, sella=3, norvik=2, named=("orm",)),
        report("d", "2024-04-15", valen=2, sella=2, norvik=2),
    ]
    assert legs_of(range(4), visit) == [[0, 1, 2, 3]]
    told_apart = [r if r.source != "c" else report("c", "2024-04-15", valen=3, sella=3, norvik=2) for r in visit]
    assert sources(legs_of(range(4), told_apart), told_apart) == [["a", "b"], ["c", "d"]]
