"""A tour and one visit on it: their lengths and their dates are not one visit's, stated differently.

Real sentences of development sets (intake_final40, intake_final64, intake_final76), each a fact as a draft
accepted unchanged is: no entities, a metric of its own, dated as ``suggest`` dated it.
"""

from __future__ import annotations

from briefgen.corpus.counts import counts_clash
from briefgen.corpus.evidence import prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.possible import possible_conflicts
from briefgen.corpus.proposals import LinkProposal
from tests.corpus.builders import conflicts_found, make_fact

TOUR = (
    "On May 19th, Modi marked the start of a six-day trip to three nations—Japan, Papua New Guinea and Australia—"
    "to attend multilateral summits, including the G7 summit"
)
AUSTRALIA = (
    "The Prime Minister of India Narendra Modi left for Australia on a three-day visit on Monday"
    " after completing his visit to Papua New Guinea"
)
SYDNEY = "He is visiting Sydney for two days from May 22nd to May 24th"
ATLANTA = "This visit marks the second phase of President Ruto’s tour in the United States, following his two-day stay in Atlanta"
FOUR_DAYS = (
    "Ruto arrived in the U.S. this week on a four-day state visit that includes talks with Biden on Thursday"
    " followed by a lavish state dinner in the evening"
)
THREE_DAYS = "Ruto arrived in the U.S. on Wednesday as part of three-day state visit"
MOSCOW = "Kyiv chastised Mr. Modi for a visit to Moscow last month, during which he met and hugged President Vladimir Putin"
WARSAW = (
    "Prime Minister Narendra Modi arrived in Warsaw, Poland Wednesday evening on the first leg of his two-nation visit"
    " during which he will also travel to Ukraine’s capital Kyiv"
)


def days(fact_id: str, source: str, quote: str, date: str, amount: int) -> Fact:
    return make_fact(fact_id, source, quote, date, kind="figure", topics=("visits",), amount=amount, unit="days", metric="visit-length")


def one_count(a: Fact, b: Fact) -> bool:
    """Whether the two are proposed as one count stated differently, their articles about the same people."""
    pa, pb = prepare(a), prepare(b)
    return counts_clash(a, b, pa.word_set, pb.word_set, lambda: 6)


def conflicts_if_linked(a: Fact, b: Fact) -> list[set[str]]:
    """The figure conflicts ``check`` reports if a link proposed for the two as one figure is accepted."""
    proposal = LinkProposal((a.id, b.id), "metric", "visit-length", 0.5, "one figure")
    return [set(c.discrepancy.fact_ids) for c in possible_conflicts([a, b], [proposal])]


def test_the_days_of_a_three_nation_trip_are_not_the_days_of_its_visit_to_australia() -> None:
    # intake_final40: East Post's page states no date, so its drafts are dated by a year; Mid-day's is of 2023-05-22
    tour = days("tour", "eastpost", TOUR, "2026", 6)
    australia = days("australia", "midday", AUSTRALIA, "2023-05-22", 3)
    assert not one_count(tour, australia)
    assert conflicts_if_linked(tour, australia) == []
    # East Post's own days in Sydney against Mid-day's three days in Australia: one visit, two lengths
    sydney = days("sydney", "eastpost", SYDNEY, "2026", 2)
    assert one_count(sydney, australia)
    assert conflicts_if_linked(sydney, australia) == [{"sydney", "australia"}]


def test_a_two_day_stay_in_atlanta_on_the_tour_is_not_the_length_of_the_state_visit() -> None:
    # intake_final64: Capital FM's stay in Atlanta, VOA's four days, swissinfo's three
    atlanta = days("atlanta", "capitalfm", ATLANTA, "2024-05-22", 2)
    four = days("four", "voaafrica", FOUR_DAYS, "2008", 4)
    assert not one_count(atlanta, four)
    assert conflicts_if_linked(atlanta, four) == []
    three = days("three", "swissinfo", THREE_DAYS, "2024-05-22", 3)
    assert one_count(three, four)
    assert conflicts_if_linked(three, four) == [{"three", "four"}]


def test_a_visit_to_moscow_last_month_does_not_date_the_arrival_in_warsaw() -> None:
    # intake_final76: The Hindu's aside on the Moscow visit (July) against The Statesman's Warsaw arrival (08-21)
    moscow = make_fact("moscow", "thehindu", MOSCOW, "2024-07", kind="event", topics=("visits",))
    warsaw = make_fact("warsaw", "thestatesman", WARSAW, "2024-08-21", kind="event", topics=("visits",))
    assert conflicts_found(moscow, warsaw) == []


# intake_final86: Hürriyet's tour of three countries, Free Malaysia Today's and The Star's visit to Malaysia
COVERING = "On Sunday, Erdoğan embarked on a four-day visit covering Malaysia, Indonesia, and Pakistan"
TWO_DAY = "Erdogan is on a two-day official visit, starting Monday (Feb 10), at the invitation of Anwar"
FOUR_DAY = "Erdogan arrived in Kuala Lumpur on Monday on a four-day official visit"


def test_the_days_of_a_visit_covering_three_named_countries_are_not_the_days_of_its_visit_to_malaysia() -> None:
    tour = days("tour", "hurriyetdailynews", COVERING, "2025-02-09", 4)
    malaysia = days("malaysia", "thestar", TWO_DAY, "2025-02-10", 2)
    assert conflicts_if_linked(tour, malaysia) == []
    # an invented control: one visit to Malaysia told as two lengths stays a conflict
    longer = days("longer", "other", FOUR_DAY, "2025-02-10", 4)
    assert conflicts_if_linked(longer, malaysia) == [{"longer", "malaysia"}]


def test_the_days_of_a_tour_continued_after_the_visit_are_not_the_days_of_the_visit() -> None:
    # invented, after intake_final120: the tour goes on to two more countries after the visit
    tour = days(
        "tour",
        "gazette",
        "Following her visit to Norland, President Lisova will continue her tour to Tarsk and Vell as part of a six-day trip",
        "2031-03",
        6,
    )
    visit = days("visit", "courier", "President Lisova embarked on Sunday on a three-day visit to Norland", "2031-03-02", 3)
    assert not one_count(tour, visit)
    assert conflicts_if_linked(tour, visit) == []
    two = days("two", "herald", "She was honoured during her two-day visit to Norland", "2031-03-04", 2)
    assert conflicts_if_linked(two, visit) == [{"two", "visit"}]  # two lengths of the one visit still conflict
