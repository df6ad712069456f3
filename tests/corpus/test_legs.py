"""A sentence that sends the visitor on to the tour's next host is not a part of this leg's occasion.

Real sentences of half A: Putin's stop in Abu Dhabi before Riyadh (intake_final82),
Modi's in Warsaw before Kyiv (intake_final76), Carney's in Paris before London
(intake_final92); and Tinubu's talks with Xi in Beijing (intake_final22, see
:mod:`tests.corpus.test_occasion_month_pages`).
"""

from __future__ import annotations

from briefgen.corpus.legs import of_a_leg_ahead, of_another_leg
from briefgen.corpus.parties import party_key
from tests.corpus.test_occasion_month_pages import BOTH, bizwatch, businessday, fact, occasion_members

UAE_VISIT = frozenset(map(party_key, ("Vladimir Putin", "Russia", "United Arab Emirates", "Abu Dhabi")))
POLAND_VISIT = frozenset(map(party_key, ("Narendra Modi", "India", "Poland", "Ukraine")))
FRANCE_VISIT = frozenset(map(party_key, ("Mark Carney", "Canada", "France", "Emmanuel Macron")))


def test_the_next_host_named_after_this_one_is_another_leg() -> None:
    after_uae = "After the UAE, Putin is due to travel to Saudi Arabia for his first face-to-face meeting with MbS since October 2019."
    assert of_another_leg(after_uae, UAE_VISIT, party_key)
    assert of_another_leg(
        "After Paris, Carney heads for London, where he once worked as governor of the Bank of England.", FRANCE_VISIT, party_key
    )
    assert of_another_leg(
        "Following France, Carney is due in the United Kingdom for talks with his counterpart Keir Starmer.", FRANCE_VISIT, party_key
    )


def test_the_next_visit_and_the_journey_on_from_this_host_are_another_leg() -> None:
    next_visit = (
        "He will next visit Britain, where he will meet with Prime Minister Keir Starmer and King Charles III, the head of state in Canada."
    )
    assert of_another_leg(next_visit, FRANCE_VISIT, party_key)
    assert of_another_leg("The prime minister will travel to Kyiv from Poland in a 'Rail Force One' train", POLAND_VISIT, party_key)


def test_this_legs_own_arrival_and_a_place_among_its_sides_stay_in() -> None:
    arrived = (
        "Prime Minister Narendra Modi on Thursday arrived in Poland, becoming the first Indian leader to visit the Central European country"
        " in 45 years."
    )
    assert not of_another_leg(arrived, POLAND_VISIT, party_key)
    # the next place is a side of the occasion's reports: an announcement of this very leg, not another one
    after_poland = (
        "After concluding his Poland trip, PM Modi will visit Ukraine on an invitation by Ukrainian President Volodymyr Zelenskyy,"
    )
    assert not of_another_leg(after_poland, POLAND_VISIT, party_key)
    assert of_another_leg(after_poland, POLAND_VISIT - {party_key("Ukraine")}, party_key)
    # a meeting after talks, not after a place
    assert not of_another_leg("After talks with Macron, Carney will visit the Elysee Palace gardens.", FRANCE_VISIT, party_key)


def test_the_next_leg_stays_out_of_the_occasion_its_report_joins() -> None:
    onward = fact(
        "w-onward",
        "bizwatch",
        "After Beijing, Tinubu will next visit Britain, where he will meet with Prime Minister Keir Starmer.",
        "2024-09-03",
        BOTH,
    )
    found = occasion_members([*bizwatch(), onward, *businessday()])
    assert "w-onward" not in found and {"w-meeting", "d-signing"} <= found


JAPAN_VISIT = frozenset(map(party_key, ("Luiz Inacio Lula da Silva", "Brazil", "Japan", "Tokyo", "Shigeru Ishiba", "Naruhito")))
GHANA_VISIT = frozenset(map(party_key, ("Narendra Modi", "India", "Ghana", "Accra", "John Mahama")))
VIETNAM_VISIT = frozenset(map(party_key, ("Emmanuel Macron", "France", "Vietnam", "Hanoi", "Luong Cuong")))


def test_a_leg_still_to_come_told_as_the_tours_sequel_is_another_occasion() -> None:
    # intake_final88, intake_final92, intake_final26
    assert of_a_leg_ahead("Lula will also visit Vietnam before returning to Brazil on March 30.", JAPAN_VISIT, party_key)
    tour = (
        "The visit to Ghana is the first leg of a broader diplomatic tour by PM Modi, which will next take him to Trinidad and"
        " Tobago from July 3 to 4."
    )
    assert of_a_leg_ahead(tour, GHANA_VISIT, party_key)
    assert of_a_leg_ahead("Following Vietnam, Macron will continue his tour to Indonesia and Singapore.", VIETNAM_VISIT, party_key)
    kuala_lumpur = (
        "In his three-day tour to Southeast Asia, Kishida is also arranging to visit Kuala Lumpur to talk to his Malaysian"
        " counterpart Anwar Ibrahim on Sunday."
    )
    assert of_a_leg_ahead(kuala_lumpur, frozenset(map(party_key, ("Fumio Kishida", "Japan", "Philippines", "Marcos"))), party_key)


def test_a_stop_of_this_legs_programme_and_a_leg_among_the_reports_parties_stay_in() -> None:
    bank = "He said the Prime Minister will also visit the Islamic Development Bank here, where he is to deliver a keynote address."
    assert not of_a_leg_ahead(bank, frozenset(map(party_key, ("Anwar Ibrahim", "Malaysia", "Saudi Arabia"))), party_key)
    # intake_final76: a leg told inside a clause of this visit, whose reports label it a part of it
    kyiv = (
        "PM Modi landed in Warsaw this evening on the first leg of his two-nation visit during which he will also travel to Ukraine's"
        " capital Kyiv."
    )
    assert not of_a_leg_ahead(kyiv, POLAND_VISIT - {party_key("Ukraine")}, party_key)
    assert of_a_leg_ahead("He will also travel to Ukraine's capital Kyiv.", POLAND_VISIT - {party_key("Ukraine")}, party_key)
    assert not of_a_leg_ahead("He will also travel to Ukraine's capital Kyiv.", POLAND_VISIT, party_key)


OSTRIA_VISIT = frozenset(map(party_key, ("President Tomas Rell", "Norland", "Ostria", "King Aldo")))


def test_whom_the_visitor_meets_after_leaving_this_leg_is_another_leg() -> None:
    onward = "After his visit to Ostria, Rell is expected to hold talks with Vell's Prime Minister Ana Sorn in Vellburg on Friday."
    assert of_another_leg(onward, OSTRIA_VISIT, party_key)
    assert of_another_leg("Following Ostria, Rell will meet with Vell's leaders.", OSTRIA_VISIT, party_key)
    # the talks of this leg, or a meeting at a place among the visit's sides, stay in
    assert not of_another_leg("The two presidents will hold talks with business leaders on Friday.", OSTRIA_VISIT, party_key)
    assert not of_another_leg("After the talks, Rell will meet with King Aldo at the palace.", OSTRIA_VISIT, party_key)
    assert not of_another_leg("After his arrival in the capital, Rell will meet King Aldo.", OSTRIA_VISIT, party_key)


def test_where_the_visitor_stays_before_this_leg_is_another_leg() -> None:
    before = "Rell will spend two days in Vell before traveling to Ostria, his office said."
    assert of_another_leg(before, OSTRIA_VISIT, party_key)
    assert not of_another_leg("Rell will spend two days in Ostria before traveling home.", OSTRIA_VISIT, party_key)


FRANCE_KISHIDA = frozenset(map(party_key, ("Fumio Kishida", "Japan", "France", "Emmanuel Macron", "Paris")))
INDONESIA_MARCOS = frozenset(map(party_key, ("Ferdinand Marcos Jr.", "Philippines", "Indonesia", "Joko Widodo")))
ANGOLA_LULA = frozenset(map(party_key, ("Luiz Inacio Lula da Silva", "Brazil", "Angola", "Joao Lourenco")))


def test_the_tour_as_subject_where_it_ends_and_where_the_visitor_is_now_are_other_legs() -> None:
    # round 105, half A: intake_final156, intake_final144, intake_final128
    tour = "Kishida's five nation-tour will also take him to Italy, Britain, Canada and the U.S., where he will have talks Friday."
    assert of_another_leg(tour, FRANCE_KISHIDA, party_key)
    assert of_another_leg("President Lula is set to end his African tour in Sao Tome and Principe on Sunday,", ANGOLA_LULA, party_key)
    now = "Marcos is now in Singapore, where he is also looking to get investment deals for the Philippines."
    assert of_another_leg(now, INDONESIA_MARCOS, party_key)


def test_this_leg_told_with_the_tour_and_the_visitor_now_at_this_host_stay_in() -> None:
    # intake_final140, intake_final106: the tour told in a clause of this leg, joined to it by the labels
    clause = "Lee arrived in Cairo from Abu Dhabi, on the second leg of his four-nation trip, which will also take him to South Africa."
    assert not of_another_leg(clause, frozenset(map(party_key, ("Lee Jae-myung", "South Korea", "Egypt", "Cairo"))), party_key)
    assert not of_another_leg("Marcos is now in Indonesia, where he met President Widodo.", INDONESIA_MARCOS, party_key)
    assert not of_another_leg("Lula will end his African tour in Angola on Sunday.", ANGOLA_LULA, party_key)
