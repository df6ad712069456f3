"""Sentences beside a visit: the tour it belongs to, its eve, its background, a summit of many that week.

Invented leaders and countries (Oskaro of Sudmark visits Norland).  Each such
sentence carries the visit's parties and words, and a report of the visit
carries it, yet it reports another occasion: it is left out of the visit's
proposal, while the visit's own parts stay in.
"""

from __future__ import annotations

from briefgen.corpus.beside import beside_the_visit
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from tests.corpus.builders import make_fact


def test_the_tour_as_a_whole_and_its_other_legs_are_beside_the_visit() -> None:
    assert beside_the_visit("Oskaro has wrapped up his three-nation Inner Seas tour by visiting Norland.")
    assert beside_the_visit("Norland is the last stop of the tour, which included Ostria and Vell.")
    assert beside_the_visit("Oskaro will then head to Ostria for his second state visit there.")
    assert beside_the_visit("He then opted to visit Ostria, breaking with the tradition of touring Norland first.")
    # the visit's own end, and its arrival, are parts of it
    assert not beside_the_visit("Oskaro met the prime minister today and will end his trip after meeting students.")
    assert not beside_the_visit("Oskaro arrived in Brenn on Tuesday for a state visit to Norland.")


def test_the_eve_the_preparations_and_the_background_are_beside_the_visit() -> None:
    assert beside_the_visit("The prime minister, on the eve of the visit, noted that Sudmark is a reliable partner.")
    assert beside_the_visit('Marden spoke of "final preparations for the visit" after meeting the ambassador.')
    assert beside_the_visit("This visit comes on the heels of the third regional trade forum in Brenn.")
    assert beside_the_visit("The visit comes on the 25th anniversary of the bombing of the embassy.")
    assert beside_the_visit("Oskaro accepted the invitation to make another official visit to Brenn at a later date.")
    assert beside_the_visit("Oskaro's official visit precedes his participation in the Inner Seas Forum summit.")
    assert beside_the_visit("The meeting comes ahead of the Inner Seas Forum, which will be held in Brenn.")
    assert not beside_the_visit("The visit comes at the invitation of the President of Norland.")
    assert not beside_the_visit("The talks were preceded by a ceremonial welcome at the palace.")


def test_a_summit_of_many_that_week_is_beside_the_visit_unless_the_sentence_names_the_visit() -> None:
    assert beside_the_visit("The Inner Seas summit in Brenn will be held from 3 to 4 July.")
    assert beside_the_visit("Three cities raised their alert level to ensure the safety of all attendees.")
    assert beside_the_visit("He will also be attending the 9th Inner Seas Forum summit in Brenn.")
    assert beside_the_visit("Oskaro and Marden will co-chair the founding conference of the Tidal Power Alliance tomorrow.")
    assert not beside_the_visit("Oskaro will pay a state visit to Norland and take part in the organisation's summit.")
    assert not beside_the_visit("Oskaro and Marden will hold a joint press conference after the talks.")


def fact(fact_id: str, source: str, quote: str, entities: tuple[str, ...]) -> Fact:
    return make_fact(fact_id, source, quote, "2031-03-03", entities=entities, topics=("visits",))


def test_the_visits_proposal_leaves_out_what_was_said_on_its_eve() -> None:
    facts = [
        fact("a-arrive", "gazette", "Tal Oskaro landed at Brenn airport for a state visit to Norland.", ("Tal Oskaro", "Norland")),
        fact("a-talks", "gazette", "Oskaro held talks with Ivo Marden about grain.", ("Tal Oskaro", "Ivo Marden", "Norland")),
        fact(
            "a-eve",
            "gazette",
            "On the eve of the visit, Marden noted that Sudmark is a reliable partner of Norland.",
            ("Ivo Marden", "Sudmark", "Norland"),
        ),
        fact("b-sign", "courier", "Marden and Oskaro signed nine memorandums at the palace.", ("Ivo Marden", "Tal Oskaro")),
        fact("b-leave", "courier", "Norland bade farewell to Oskaro at the end of his visit.", ("Norland", "Tal Oskaro")),
    ]
    found = [set(p.fact_ids) for p in propose_links(facts, LinkDecisions()) if "one occasion" in p.evidence]
    assert found == [{"a-arrive", "a-talks", "b-sign", "b-leave"}]


def test_the_visits_proposal_leaves_out_the_conference_its_two_leaders_co_chair_next_day() -> None:
    facts = [
        fact("a-arrive", "gazette", "Tal Oskaro landed at Brenn airport for a state visit to Norland.", ("Tal Oskaro", "Norland")),
        fact("a-talks", "gazette", "Oskaro held talks with Ivo Marden about grain.", ("Tal Oskaro", "Ivo Marden", "Norland")),
        fact(
            "a-conference",
            "gazette",
            "Marden and Oskaro will co-chair the founding conference of the Tidal Power Alliance tomorrow.",
            ("Ivo Marden", "Tal Oskaro", "Tidal Power Alliance"),
        ),
        fact("b-sign", "courier", "Marden and Oskaro signed nine memorandums at the palace.", ("Ivo Marden", "Tal Oskaro")),
        fact("b-leave", "courier", "Norland bade farewell to Oskaro at the end of his visit.", ("Norland", "Tal Oskaro")),
    ]
    found = [set(p.fact_ids) for p in propose_links(facts, LinkDecisions()) if "one occasion" in p.evidence]
    assert found == [{"a-arrive", "a-talks", "b-sign", "b-leave"}]


def test_what_others_did_or_said_before_the_visit_and_another_leg_are_beside_it() -> None:
    assert beside_the_visit("Hours ahead of the Sudmark-Norland summit, Vell launched a rocket toward the Inner Sea.")
    assert beside_the_visit("Shortly before Oskaro's departure, Vell fired a missile into the sea.")
    assert beside_the_visit("The danger was underscored in the hours before Mr Oskaro's arrival, when Vell fired a missile.")
    assert beside_the_visit("The ministry declared on Monday, just days before the official visit of Oskaro, that ties are strong.")
    assert beside_the_visit("Ostria very much welcomes the upcoming meeting between Oskaro and Marden, its spokesman said.")
    assert beside_the_visit("Oskaro spoke after meeting leaders in Vellport, where he signed deals ahead of his visit to Brenn.")
    assert beside_the_visit("His visit to Norland follows a trip to Vell, where he signed a joint declaration.")
    assert beside_the_visit('"Sudmark is a partner of Norland," declared spokesperson Lin Oda during his daily press conference.')
    assert beside_the_visit("Marden will visit Vell, Ostria and Tarn next week, his ministry said on Friday.")
    # the visitor's own statement on arriving, and the visit's own order, are parts of it
    assert not beside_the_visit("In a statement ahead of his arrival in Brenn, Oskaro called for closer ties.")
    assert not beside_the_visit("Oskaro will visit Brenn and meet Marden on Tuesday.")
    assert not beside_the_visit("The talks were followed by a state banquet at the palace.")


def test_the_visits_proposal_leaves_out_a_third_partys_launch_hours_before_it() -> None:
    facts = [
        fact("a-arrive", "gazette", "Tal Oskaro landed at Brenn airport for a state visit to Norland.", ("Tal Oskaro", "Norland")),
        fact("a-talks", "gazette", "Oskaro held talks with Ivo Marden about grain.", ("Tal Oskaro", "Ivo Marden", "Norland")),
        fact(
            "a-launch",
            "gazette",
            "Hours ahead of the summit of Oskaro and Marden, Vell launched a rocket toward Norland.",
            ("Vell", "Tal Oskaro", "Ivo Marden", "Norland"),
        ),
        fact("b-sign", "courier", "Marden and Oskaro signed nine memorandums at the palace.", ("Ivo Marden", "Tal Oskaro")),
        fact("b-leave", "courier", "Norland bade farewell to Oskaro at the end of his visit.", ("Norland", "Tal Oskaro")),
    ]
    found = [set(p.fact_ids) for p in propose_links(facts, LinkDecisions()) if "one occasion" in p.evidence]
    assert found == [{"a-arrive", "a-talks", "b-sign", "b-leave"}]


def test_the_circumstance_a_visit_comes_amid_is_beside_it_but_not_another_visit_it_comes_amid() -> None:
    assert beside_the_visit("Oskaro's visit comes amid growing tensions with Ostria over fishing rights.")
    assert beside_the_visit("The talks come amid speculation about a Sudmark loan to Norland's central bank.")
    # another visit the talks fall beside is told with them; a visit that comes amid nothing stays in
    assert not beside_the_visit("The talks come amid a visit by Ostria's president to Brenn, where he met the king.")
    assert not beside_the_visit("Oskaro's visit comes a year after the two countries signed a trade pact.")


def test_a_happening_a_visit_comes_days_after_is_beside_it_but_not_another_visit() -> None:
    assert beside_the_visit("The trip comes only a day after Oskaro was sworn in for a second term.")
    assert beside_the_visit("The state visit comes three weeks after Sudmark's parliament approved the budget.")
    # another visit it comes after is told with it (the labelled sets join such sentences to the visit)
    assert not beside_the_visit("Oskaro's trip comes a week after a state visit to Norland by Ostria's king.")
