"""What a navy's ship does beside a leader's visit is the ship's occasion, not a part of the visit.

Real sentences of half A: INS Imphal's call at Port Louis beside Modi's visit to Mauritius
(intake_final96), the Indian warships' drills beside Marcos's visit to India (intake_final80);
and the ships the sides order, build or wait for, and a reactor's vessel, which stay with the
visit (intake_final88, intake_final42, intake_final80, intake_final52).
"""

from __future__ import annotations

from briefgen.corpus.beside import beside_the_visit
from briefgen.corpus.evidence import prepare
from briefgen.corpus.outsiders import of_an_outsider
from briefgen.corpus.parties import party_key
from briefgen.corpus.ship_calls import told_of_a_ship
from tests.corpus.builders import make_fact

MAURITIUS = frozenset(map(party_key, ("Narendra Modi", "India", "Mauritius", "Navinchandra Ramgoolam")))


def test_a_ships_call_or_drill_is_the_ships_own() -> None:
    assert told_of_a_ship("The warship arrived in Port Louis on March 10 as part of a goodwill visit.")
    assert told_of_a_ship(
        "Indian Navy's formidable destroyer INS Imphal on Wednesday opened its decks for the Mauritians to coincide with National"
        " Day celebrations of the island nation."
    )
    assert told_of_a_ship("The four warships will be in the country for maritime drills in the West Philippine Sea from August 4 to 8,")
    assert told_of_a_ship("even as warships from India and the Philippines conducted a joint exercise in the South China Sea.")
    assert beside_the_visit("The warship arrived in Port Louis on March 10 as part of a goodwill visit.")


def test_a_ships_stay_told_as_a_plan_is_no_outcome_of_the_visit() -> None:
    stay = prepare(make_fact("f", "page", "The ship will remain there till March 14.", "2025-03-12", kind="plan", topics=("visits",)))
    assert of_an_outsider(stay, MAURITIUS, party_key)


def test_ships_the_sides_order_build_or_wait_for_and_a_reactors_vessel_stay_with_the_visit() -> None:
    assert not told_of_a_ship(
        "France and Indonesia on Wednesday signed a preliminary defence pact that could lead to new orders of military equipment"
        " from Paris, including Rafale fighter jets and Scorpene submarines"
    )
    assert not told_of_a_ship(
        "\"We're going to be buying ships from South Korea, but we're also going to have them make ships here,\" Trump said,"
    )
    assert not told_of_a_ship(
        "The President will leave shortly after the arrival of four Indian warships, the guided-missile destroyer INS Delhi"
    )
    assert not told_of_a_ship("The installation of the reactor pressure vessel marked the transition of the project to assembly")
    assert not told_of_a_ship("Modi visited the warship INS Imphal, which was docked at Port Louis.")
    assert not beside_the_visit("The two leaders held talks in Port Louis on Wednesday.")
