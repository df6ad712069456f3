"""What a visit brings and what its programme holds: parts of its occasion, though they name no visit or talks.

Invented leaders and countries (the visit of :mod:`tests.corpus.test_occasion_proposals`):
a speech, an address, a session co-chaired, what is scheduled; a forum of one
side's business during the visit; a sum one side commits to the other on the
day; the year an anniversary marks.  And what stays out: a chairman (a title), a summit joining a side to
outsiders, a trade target, a sum dated another day or naming one side.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.evidence import prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.meetings import of_another_meeting, of_one_side
from briefgen.corpus.models import Fact
from briefgen.corpus.occasion_words import brings_to_both, speaks_of_occasion
from briefgen.corpus.parties import party_key
from briefgen.corpus.proposals import propose_links
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_proposals import GUEST, HOST, occasion, visit

SIDES = frozenset({party_key("Norland"), party_key("Sudmark")})


def fact(fact_id: str, quote: str, date: str, entities: tuple[str, ...], kind: str = "event", **value: Any) -> Fact:
    return make_fact(fact_id, "gazette", quote, date, entities=entities, kind=kind, topics=("visits",), **value)


def test_a_visits_programme_speaks_of_it() -> None:
    programme = [
        fact("s", "Oskaro gave a speech to both houses of Norland's assembly.", "2031-03-04", GUEST),
        fact("a", "Oskaro is due to address the assembly on Tuesday.", "2031-03-04", GUEST, "plan"),
        fact("c", "Marden and Oskaro will be co-chairing the third joint commission.", "2031-03-04", (HOST[0], GUEST[0]), "plan"),
        fact("h", "The commission was chaired by the two foreign ministers.", "2031-03-04", HOST),
        fact("d", "Oskaro is scheduled to travel to the port of Velt.", "2031-03-04", GUEST, "plan"),
        fact("e", "Oskaro is slated to open a river terminal.", "2031-03-04", GUEST, "plan"),
        fact("u", "Oskaro is expected to unveil a plan for river transport.", "2031-03-04", GUEST, "plan"),
        fact("p", "The two presidents pledged closer cooperation on grain.", "2031-03-04", (HOST[0], GUEST[0])),
    ]
    assert [f.id for f in programme if not speaks_of_occasion(prepare(f))] == []


def test_a_chairman_is_a_title_not_a_session_chaired() -> None:
    title = fact("t", "Oskaro praised the Chairman of Norland's assembly for his grain reforms.", "2031-03-04", GUEST)
    assert not speaks_of_occasion(prepare(title))


def test_a_meeting_named_for_one_side_is_a_part_of_the_programme_and_one_joining_a_side_to_outsiders_is_not() -> None:
    business = "Velt-Ostmark Conference of Sudmark Business"
    assert of_one_side(business, SIDES, party_key)
    opened = fact("b", f"Oskaro opened the {business}.", "2031-03-04", (GUEST[0], business))
    assert not of_another_meeting(prepare(opened), SIDES, party_key)
    summit = "Sudmark-Velt States Summit"
    assert not of_one_side(summit, SIDES, party_key)
    assert of_another_meeting(prepare(fact("m", f"Oskaro attended the {summit}.", "2031-03-04", (GUEST[0], summit))), SIDES, party_key)
    # a forum that names no side is another meeting, even when "forum" is a key some report made a party
    assert not of_one_side("Velt Forum for Ostmark", SIDES | {"forum"}, party_key)


def commitment(fact_id: str, quote: str, date: str, entities: tuple[str, ...] = ("Sudmark", "Norland")) -> Fact:
    return fact(fact_id, quote, date, entities, "plan", amount=3, unit="billion crowns")


INVEST = "Sudmark will invest 3 billion crowns in Norland's ports over five years, Marden said on Monday."


def test_a_sum_one_side_commits_to_the_other_on_the_visits_day_is_a_part_of_its_occasion() -> None:
    facts = [*visit(), commitment("a-invest", INVEST, "2031-03-03")]
    assert "a-invest" in occasion(propose_links(facts, LinkDecisions())).fact_ids


def test_a_trade_target_a_sum_of_another_day_or_of_one_side_stays_out_of_the_occasion() -> None:
    target = commitment("a-target", "Norland and Sudmark aim to raise trade to 3 billion crowns.", "2031-03-03")
    later = commitment("a-later", INVEST, "2031-03-20")
    one_side = commitment("a-one", "Sudmark will spend 3 billion crowns on its own ports.", "2031-03-03", ("Sudmark", "Ostmark"))
    film = "A film about Norland's founder is to be premiered in Sudmark tonight."
    no_sum = fact("a-film", film, "2031-03-03", ("Norland", "Sudmark"), "plan")
    assert not brings_to_both(prepare(target), SIDES, party_key)
    assert not brings_to_both(prepare(one_side), SIDES, party_key)
    assert not brings_to_both(prepare(no_sum), SIDES, party_key)
    assert brings_to_both(prepare(later), SIDES, party_key)  # its day is the caller's to ask
    # facts of background: the article reports the visit among other things (under a third of its facts, counting
    # the plans that would be agreed there), so its plans are not read as agreed there, and these must come in by
    # their own words or not at all
    background = [
        fact("a-dam", "Norland finished the Velt dam in 2029.", "2029-06-01", ("Norland",), "event"),
        *(
            fact(
                f"a-port{year}",
                f"Sudmark's ports handled {year - 2020} million tonnes of grain in {year}.",
                f"{year}-12-31",
                ("Sudmark",),
                "figure",
            )
            for year in range(2021, 2031)
        ),
    ]
    members = occasion(propose_links([*visit(), target, later, one_side, no_sum, *background], LinkDecisions())).fact_ids
    assert not {"a-target", "a-later", "a-one", "a-film"} & set(members)


def test_the_year_an_anniversary_marks_does_not_date_the_part_elsewhere() -> None:
    visit_day = PartialDate.parse("2031-03-03")
    marking = "Oskaro will arrive late on Monday to attend the 80th anniversary of the victory at the Velt river in 1951."
    assert not elsewhen(marking, visit_day)
    assert elsewhen("Oskaro and Marden last met at the Velt river in 1951.", visit_day)


def test_a_plan_agreed_at_the_visit_is_read_from_an_article_that_gives_a_third_of_its_facts_to_the_visit() -> None:
    plan = commitment("a-plan", "Norland and Sudmark will open a joint grain exchange in Velt next spring.", "2032-04")
    background = [
        fact(f"a-past-{year}", f"Norland and Sudmark held a grain fair in Velt in {year}.", str(year), ("Norland", "Sudmark"))
        for year in range(2021, 2029)
    ]
    assert "a-plan" in occasion(propose_links([*visit(), plan, *background[:2]], LinkDecisions())).fact_ids  # a third, under half
    assert "a-plan" not in occasion(propose_links([*visit(), plan, *background], LinkDecisions())).fact_ids  # a fifth
