"""What the sides of a visit said and agreed are parts of its occasion; what a report recalls beside it is not.

Invented leaders and countries (the visit of :mod:`tests.corpus.test_occasion_proposals`,
Oskaro of Sudmark in Norland on 3-4 March 2031).  In: what the two sides agreed,
what was said at the joint press conference, what "the two leaders" stressed,
what the leaders said in a readout that names the talks once.  Out: a remark of
one side alone that gives a figure (background; :func:`said_of_occasion` reads no
remark of one side alone), a comment on the agreement, a meeting recalled
with its month cut short ("on Aug. 8") or placed "previously", a count of many
meetings, a target for the volume of trade.  And a joint committee named by
the reports is no side of the visit.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.evidence import prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.occasion_words import brings_to_both, said_of_occasion, speaks_of_occasion
from briefgen.corpus.parties import party_key
from briefgen.corpus.proposals import propose_links
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_proposals import GUEST, HOST, ended, occasion, visit

SIDES = frozenset({party_key("Norland"), party_key("Sudmark")})
MARCH = PartialDate.parse("2031-03-03")


def fact(fact_id: str, source: str, quote: str, date: str, entities: tuple[str, ...], kind: str = "statement", **value: Any) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("visits",), **value)


def said(quote: str, entities: tuple[str, ...] = (HOST[0], GUEST[0])) -> bool:
    return said_of_occasion(prepare(fact("s", "gazette", quote, "2031-03-04", entities)), frozenset(map(party_key, entities)))


def test_what_the_two_sides_agreed_or_said_to_the_press_is_said_of_the_occasion() -> None:
    assert said("Marden and Oskaro on Tuesday agreed that barges may carry grain on the river.")
    assert said("Both agreed on the need to dredge the Velt river.")
    assert said("Marden said at the joint press conference that the river topped the agenda.")
    assert said("The two leaders stressed that the river must stay open.")
    assert said("Both Marden and Oskaro said the ties have entered a new era.")


def test_a_remark_of_one_side_or_a_comment_on_an_agreement_is_not_said_of_the_occasion() -> None:
    assert not said("Oskaro said Sudmark builds twenty ports abroad.", (GUEST[0],))
    assert not said("The agreement is expected to ease the trade in grain between the two countries.")
    assert not said("The leaders emphasized the need to build a railway.")  # a point of a text as often as a word said
    assert not said("Oskaro said the visit opens a new chapter for Norland.")
    plan = prepare(fact("p", "gazette", "Marden and Oskaro agreed to meet again.", "2031-03-04", (HOST[0], GUEST[0]), kind="plan"))
    assert not said_of_occasion(plan, SIDES)  # a plan is a part by its own words, not as something said


def test_what_the_two_leaders_agreed_reported_by_another_outlet_joins_the_visit() -> None:
    agreed = fact(
        "c-agreed", "herald", "Marden and Oskaro agreed on Tuesday to reopen the river to barges.", "2031-03-04", (HOST[0], GUEST[0])
    )
    remark = fact(
        "c-remark", "herald", "Sudmark builds 20 ports abroad, Oskaro said.", "2031-03-04", GUEST
    )  # a figure told before its speaker
    members = set(occasion(propose_links([*visit(), agreed, remark, ended()], LinkDecisions())).fact_ids)
    assert "c-agreed" in members and "a-arrive" in members
    assert "c-remark" not in members


def test_a_meeting_recalled_with_its_month_cut_short_or_placed_before_is_dated_elsewhere() -> None:
    november = PartialDate.parse("2031-11-14")
    assert elsewhen("Marden previously welcomed Oskaro in Velt to discuss the river.", november)
    assert elsewhen("Marden welcomed Oskaro in the capital on Aug. 8 to discuss the river.", november)
    assert elsewhen("Oskaro arrived on Sept 3 for talks.", november)
    assert not elsewhen("Oskaro arrived in Norland on Nov. 14 for talks with Marden.", november)
    assert not elsewhen("Oskaro visited the Mar Velt shipyard.", MARCH)  # a cut month needs its full stop or a day
    assert elsewhen("Earlier this year, Norland secured loans of 5 billion crowns.", MARCH)


def test_a_count_of_many_meetings_is_not_a_part_of_this_one() -> None:
    assert elsewhen("Over nine meetings, the two nations have signed over 110 agreements.", MARCH)
    assert elsewhen("These meetings resulted in the signing of more than 110 agreements.", MARCH)
    assert not elsewhen("Oskaro and Marden held a meeting at the palace.", MARCH)
    assert not elsewhen("The tenth session of the committee was held on Tuesday.", MARCH)


def test_a_target_for_the_volume_of_trade_is_no_commitment_of_the_visit() -> None:
    target = fact(
        "t",
        "gazette",
        "Both countries aim to increase this volume to 5 billion crowns.",
        "2031-03-03",
        ("Norland", "Sudmark"),
        "plan",
        amount=5,
        unit="billion crowns",
    )
    invest = fact(
        "i",
        "gazette",
        "Sudmark will invest 3 billion crowns in Norland.",
        "2031-03-03",
        ("Norland", "Sudmark"),
        "plan",
        amount=3,
        unit="billion crowns",
    )
    assert not brings_to_both(prepare(target), SIDES, party_key)
    assert brings_to_both(prepare(invest), SIDES, party_key)


def test_a_joint_committee_is_no_side_of_an_occasion() -> None:
    assert party_key("Norland-Sudmark Supreme Strategic Committee") == ""
    assert party_key("the Joint Coordination Council") == ""
    assert party_key("Sudmark") == "sudma"


def test_a_figure_of_one_side_and_an_outsider_is_not_a_part_of_the_visit() -> None:
    pledge = fact(
        "a-pledge",
        "gazette",
        "Ostmark alone pledged 35 billion crowns for a port on Norland's coast.",
        "2031-03-03",
        ("Ostmark", "Norland"),
        "figure",
        amount=35,
        unit="billion crowns",
    )
    signed = fact(
        "a-count",
        "gazette",
        "Norland and Sudmark signed nine memorandums.",
        "2031-03-03",
        ("Norland", "Sudmark"),
        "figure",
        amount=9,
        unit="memorandums",
    )
    members = set(occasion(propose_links([*visit(), pledge, signed], LinkDecisions())).fact_ids)
    assert "a-count" in members
    assert "a-pledge" not in members


def test_what_the_talks_take_up_speaks_of_the_occasion_and_a_project_on_one_sides_agenda_does_not() -> None:
    def speaks(quote: str) -> bool:
        return speaks_of_occasion(prepare(fact("p", "gazette", quote, "2031-03-03", ("Norland", "Sudmark"), "plan")))

    assert speaks("River transport will be high on the agenda, including a new lock at Velt.")
    assert speaks("Grain topped the agenda of their talks.")
    assert not speaks("Two dams built by Sudmark engineers are also on the agenda.")
    assert speaks("The Sudmark president will be in Norland until March 4.")  # the span of the stay
    assert not speaks("Prices in Norland will be high until March.")


def test_a_level_of_trade_stated_at_the_talks_measures_the_relation() -> None:
    def speaks(quote: str) -> bool:
        item = fact("f", "gazette", quote, "2031-03-03", ("Norland", "Sudmark"), "figure", amount=7, unit="billion crowns")
        return speaks_of_occasion(prepare(item))

    assert not speaks("Trade between the two countries stood at 7 billion crowns, Marden said at the talks.")
    assert not speaks("During the talks, Oskaro noted that trade volume reached 7 billion crowns.")
    assert speaks("Norland and Sudmark signed 7 memorandums at the talks.")


def test_a_short_report_of_what_the_two_leaders_agreed_joins_the_visit() -> None:
    agreed = fact(
        "c-agreed", "herald", "Marden and Oskaro agreed on Tuesday to reopen the river to barges.", "2031-03-04", (HOST[0], GUEST[0])
    )
    remark = fact(
        "c-remark", "herald", "Sudmark builds 20 ports abroad, Oskaro said.", "2031-03-04", GUEST
    )  # a figure told before its speaker
    members = set(occasion(propose_links([*visit(), agreed, remark], LinkDecisions())).fact_ids)
    assert "c-agreed" in members and "c-remark" not in members


def _other_news(filler: int) -> list[Fact]:
    """``filler`` lines of a third outlet's other news, printed beside its report of the visit."""
    return [
        fact(f"c-news{n}", "herald", f"Floods closed road {'ABCDEFG'[n]} in the north of Norland.", "2031-03-03", ("Norland",), "event")
        for n in range(filler)
    ]


def _third_outlet_arrival() -> Fact:
    return fact(
        "c-arrive", "herald", "Oskaro arrived in Norland on Monday for talks with Marden.", "2031-03-03", (GUEST[0], HOST[0]), "event"
    )


def _report_in_passing(filler: int) -> list[Fact]:
    """A third outlet's page: Oskaro's arrival, what Marden said to him, and ``filler`` lines of other news."""
    return [
        _third_outlet_arrival(),
        fact(
            "c-words",
            "herald",
            "Marden told Oskaro that Norland would keep the river open to Sudmark barges.",
            "2031-03-03",
            (HOST[0], GUEST[0]),
        ),
        *_other_news(filler),
    ]


def test_what_a_leader_said_at_the_visit_joins_it_from_a_page_that_also_carries_other_news() -> None:
    members = set(occasion(propose_links([*visit(), *_report_in_passing(2)], LinkDecisions())).fact_ids)
    assert {"c-arrive", "c-words", "a-arrive"} <= members
    assert not any(m.startswith("c-news") for m in members)


def test_a_page_that_mentions_the_visit_only_in_passing_lends_it_no_words() -> None:
    members = set(occasion(propose_links([*visit(), *_report_in_passing(6)], LinkDecisions())).fact_ids)
    assert "c-arrive" in members and "c-words" not in members


def _readout(filler: int) -> list[Fact]:
    """A third outlet's readout of the talks: Oskaro's arrival, three things the leaders said there, ``filler`` lines of other news."""
    words = [
        "Marden told Oskaro that Norland would keep the river open to Sudmark barges.",
        "Oskaro praised Norland for its help in clearing the Velt after the storm, Marden said.",
        "Marden urged Sudmark and Norland to lead their friendship forward with mutual trust, Oskaro said.",
    ]
    return [
        _third_outlet_arrival(),
        *(fact(f"c-words{n}", "herald", quote, "2031-03-03", (HOST[0], GUEST[0])) for n, quote in enumerate(words)),
        *_other_news(filler),
    ]


def test_a_readout_that_tells_the_talks_by_what_the_leaders_said_there_lends_the_visit_its_words() -> None:
    # one fact of eight names the talks; the three statements said at them count toward the page's share
    members = set(occasion(propose_links([*visit(), *_readout(4)], LinkDecisions())).fact_ids)
    assert {"c-arrive", "c-words0", "c-words1", "c-words2", "a-arrive"} <= members
    assert not any(m.startswith("c-news") for m in members)
