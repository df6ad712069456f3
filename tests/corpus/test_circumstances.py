"""What a visit comes as, or after, when that is not a part of it: the circumstance around it.

The sentences of the first tests are from pages of relations no labelled set uses (round 107's own sample); the
proposals below are of invented leaders and countries (Oskaro of Sudmark visits Norland).
"""

from __future__ import annotations

from briefgen.corpus.beside import beside_the_visit
from briefgen.corpus.circumstances import comes_as_circumstance
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from tests.corpus.builders import make_fact


def test_what_the_visit_comes_as_or_after_is_the_circumstance_around_it() -> None:
    assert comes_as_circumstance(
        "This visit comes shortly after US President Donald Trump expressed potential opposition to any agreements"
        " between the UK and China."
    )
    assert comes_as_circumstance(
        "The visit comes hours after Mr Trump addressed South Korea's National Assembly and pressured China to stop supporting North Korea."
    )
    assert comes_as_circumstance(
        "Khurshid's trip came after Sunday's end to a three-week stand-off over a disputed area in the Himalayas,"
        " with both sides pulling back troops."
    )
    assert beside_the_visit("Oskaro's visit comes as Norland finds itself in the middle of a trade war with Vell.")
    assert beside_the_visit("The agreement comes as Sudmark faces severe labour shortages in key industries.")


def test_what_the_visit_comes_as_stays_when_it_is_the_visits_own() -> None:
    # a welcome told in the clause, the visit's own act
    assert not comes_as_circumstance(
        "Confirmation of the business deals came as President Trump was welcomed to China with pomp and pageantry."
    )
    # another visit the sentence names, an anniversary marked, a meeting's own arrangement
    assert not comes_as_circumstance(
        "His three-nation tour comes less than a month after his visit to France, Germany and Canada last month."
    )
    assert not comes_as_circumstance("The visit comes as the two countries prepare to celebrate 10 years of their strategic partnership.")
    assert not comes_as_circumstance("The meeting comes at the request of the Russian side, Reuters reported citing a senior official.")
    assert not beside_the_visit("The visit comes at the invitation of the President of Norland.")
    # not the visit as the subject: another happening that comes as something else
    assert not comes_as_circumstance(
        "This caution came as Germany's economy minister arrived in Beijing with proposed tariffs on his agenda."
    )


def fact(fact_id: str, source: str, quote: str, entities: tuple[str, ...]) -> Fact:
    return make_fact(fact_id, source, quote, "2031-03-03", entities=entities, topics=("visits",))


def test_the_visits_proposal_leaves_out_the_trade_war_it_comes_as() -> None:
    facts = [
        fact("a-arrive", "gazette", "Tal Oskaro landed at Brenn airport for a state visit to Norland.", ("Tal Oskaro", "Norland")),
        fact("a-talks", "gazette", "Oskaro held talks with Ivo Marden about grain.", ("Tal Oskaro", "Ivo Marden", "Norland")),
        fact(
            "a-circumstance",
            "gazette",
            "Oskaro's visit comes as Norland finds itself in the middle of a trade war with Sudmark's neighbours.",
            ("Tal Oskaro", "Norland", "Sudmark"),
        ),
        fact("b-sign", "courier", "Marden and Oskaro signed nine memorandums at the palace.", ("Ivo Marden", "Tal Oskaro")),
        fact("b-leave", "courier", "Norland bade farewell to Oskaro at the end of his visit.", ("Norland", "Tal Oskaro")),
    ]
    found = [set(p.fact_ids) for p in propose_links(facts, LinkDecisions()) if "one occasion" in p.evidence]
    assert found == [{"a-arrive", "a-talks", "b-sign", "b-leave"}]
