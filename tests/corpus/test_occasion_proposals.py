"""One proposal per occasion: the parts of one visit, reported by several outlets, proposed together.

Invented leaders and countries.  The parts of the visit (the arrival, the
talks, the signing) are worded so that no two share a rare word: only the
parties, the occasion words and the dates bring them together.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.evidence import prepare
from briefgen.corpus.links import Link, LinkDecisions, LinkEntry
from briefgen.corpus.models import Fact
from briefgen.corpus.occasions import of_another_meeting
from briefgen.corpus.parties import party_key
from briefgen.corpus.proposals import propose_links
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact


def fact(fact_id: str, source: str, quote: str, date: str, entities: tuple[str, ...], kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("visits",))


HOST = ("President Ivo Marden", "Norland")
GUEST = ("President Tal Oskaro", "Sudmark")


def visit() -> list[Fact]:
    """Two outlets' reports of Oskaro's visit to Norland on 3-4 March 2031, and what else their articles say."""
    return [
        fact("a-arrive", "gazette", "President Tal Oskaro arrived in Norland on Monday for a two-day state visit.", "2031-03-03", GUEST),
        fact(
            "a-talks",
            "gazette",
            "Oskaro and President Ivo Marden held talks on grain and river transport.",
            "2031-03-03",
            (GUEST[0], HOST[0]),
        ),
        fact(
            "a-trade", "gazette", "Trade between Norland and Sudmark fell by a tenth.", "2031-03-03", ("Norland", "Sudmark"), kind="figure"
        ),
        fact("a-past", "gazette", "Marden and Oskaro last met in Velt in November.", "2031-03-03", (HOST[0], GUEST[0])),
        fact(
            "b-sign",
            "courier",
            "Norland and Sudmark signed nine memorandums at the palace on Tuesday.",
            "2031-03-04",
            ("Norland", "Sudmark"),
        ),
        fact(
            "b-welcome",
            "courier",
            "Marden welcomed his Sudmark counterpart Oskaro with an honour guard.",
            "2031-03-03",
            (HOST[0], GUEST[0]),
        ),
        fact(
            "b-view",
            "courier",
            "Oskaro said the visit opens a new chapter for Norland.",
            "2031-03-04",
            (GUEST[0], "Norland"),
            kind="statement",
        ),
    ]


def ended() -> Fact:
    """The Herald's line that Oskaro's visit ended: it puts the Herald's article on the visit's last day."""
    return fact("c-ended", "herald", "Oskaro ended his visit to Norland on Tuesday.", "2031-03-04", (GUEST[0], "Norland"))


def occasion(proposals: list[Any]) -> Any:
    found = [p for p in proposals if p.kind == "event" and "one occasion" in p.evidence]
    assert len(found) == 1, [p.describe() for p in proposals]
    return found[0]


def test_the_parts_of_one_visit_in_two_outlets_are_one_proposal_with_its_evidence() -> None:
    proposal = occasion(propose_links(visit(), LinkDecisions()))
    # what a participant said there is a part of it (the reading of record); a trade figure and a past meeting are not
    assert set(proposal.fact_ids) == {"a-arrive", "a-talks", "b-sign", "b-welcome", "b-view"}
    # the evidence names the parties, the occasion words and the dates
    assert "Oskaro" in proposal.evidence and "Marden" in proposal.evidence
    assert "arriv" in proposal.evidence and "signe" in proposal.evidence
    assert "2031-03-03 to 2031-03-04" in proposal.evidence
    assert proposal.entry_yaml().startswith("- {facts: [a-arrive, a-talks, b-welcome, b-sign, b-view], event: ")


def test_a_statement_at_the_visit_of_one_side_alone_or_with_a_figure_stays_out() -> None:
    facts = visit()
    said = "Sudmark grows 9 million tonnes of grain, Oskaro said."  # opening on its speaker, it joins (test_speaker_first)
    facts[-1] = fact("b-view", "courier", said, "2031-03-04", (GUEST[0], "Sudmark"), kind="statement")
    assert "b-view" not in occasion(propose_links(facts, LinkDecisions())).fact_ids


def test_another_visit_months_later_is_another_occasion() -> None:
    later = [
        fact("c-arrive", "herald", "President Tal Oskaro arrived in Norland for talks with Marden.", "2031-09-14", (GUEST[0], HOST[0])),
        fact("c-sign", "herald", "Oskaro and Marden signed a river treaty.", "2031-09-15", (GUEST[0], HOST[0])),
    ]
    proposals = propose_links(visit() + later, LinkDecisions())
    assert not any({"c-arrive", "a-arrive"} <= set(p.fact_ids) for p in proposals)
    assert not any({"c-sign", "b-sign"} <= set(p.fact_ids) for p in proposals)


def test_a_report_weeks_later_of_that_visit_joins_it() -> None:
    recalled = [
        fact("d-recall", "review", "Oskaro and Marden signed a grain accord during the visit.", "2031-03-04", (GUEST[0], HOST[0])),
        fact("d-arrive", "review", "Oskaro arrived in Norland on 3 March for the state visit.", "2031-03-03", (GUEST[0], "Norland")),
        fact("d-host", "review", "Marden hosted a dinner for his guest in Norland.", "2031-03-03", (HOST[0], "Norland")),
    ]
    assert {"d-recall", "d-arrive", "a-arrive", "b-sign"} <= set(occasion(propose_links(visit() + recalled, LinkDecisions())).fact_ids)


def test_an_occasion_decided_once_is_not_proposed_again_and_a_new_report_of_it_is() -> None:
    facts = visit()
    first = occasion(propose_links(facts, LinkDecisions()))
    decided = LinkDecisions([Link(LinkEntry(facts=list(first.fact_ids), event=first.name, decision="accepted"), 1)])
    assert not any("one occasion" in p.evidence for p in propose_links(facts, decided))
    newcomer = fact(
        "e-arrive", "wire", "Sudmark's Oskaro arrived in Norland, welcomed by Marden.", "2031-03-03", (GUEST[0], HOST[0], "Norland")
    )
    more = fact("e-sign", "wire", "Marden and Oskaro signed nine memorandums.", "2031-03-04", (GUEST[0], HOST[0]))
    again = occasion(propose_links([*facts, newcomer, more], decided))
    assert {"e-arrive", "e-sign"} <= set(again.fact_ids)


def test_reports_of_one_party_only_are_not_an_occasion() -> None:
    facts = [
        fact("x1", "gazette", "Oskaro arrived in Velt on Monday.", "2031-03-03", (GUEST[0], "Velt")),
        fact("x2", "gazette", "Oskaro held talks in Velt.", "2031-03-03", (GUEST[0], "Velt")),
        fact("y1", "courier", "Oskaro arrived in Norland on Monday.", "2031-03-03", (GUEST[0], "Norland")),
        fact("y2", "courier", "Oskaro held talks in Norland.", "2031-03-03", (GUEST[0], "Norland")),
    ]
    assert not any("one occasion" in p.evidence for p in propose_links(facts, LinkDecisions()))


def test_a_quote_dated_elsewhere_or_about_visits_is_not_a_part_of_the_occasion() -> None:
    march = PartialDate.parse("2031-03-03")
    assert elsewhen("They last met in Velt in November.", march)
    assert elsewhen("Oskaro visited Velt a year ago.", march)
    assert elsewhen("the rift that followed the 2019 coup", march)
    # a count of the visit at hand is the visit (round 48, :mod:`briefgen.corpus.counted`); a count of another one is not
    assert not elsewhen("It is his third overseas visit this year.", march)
    assert elsewhen("Oskaro will fly on to Velt on his third overseas visit this year.", march)
    assert elsewhen("The council will meet alternately every two years.", march)
    assert not elsewhen("Oskaro landed on 3 March, his first time in Norland since 2019.", march)
    assert not elsewhen("He will leave on 1 April.", PartialDate.parse("2031-03-28"))  # a few days on, in the next month


def test_a_summit_of_many_parties_is_another_meeting() -> None:
    summit = fact("s", "gazette", "Oskaro will attend the Northern Rim Summit.", "2031-03-04", (GUEST[0], "Northern Rim Summit"))
    bloc = fact("g", "gazette", "He will hold talks with the nine-member River Council.", "2031-03-04", (GUEST[0], "River Council"))
    assert of_another_meeting(prepare(summit)) and of_another_meeting(prepare(bloc))
    assert not of_another_meeting(prepare(visit()[0]))


def test_parties_are_compared_by_their_last_name() -> None:
    assert party_key("Recep Tayyip Erdoğan") == party_key("Erdogan") == "erdog"
    assert party_key("Mohammed Shia' al-Sudani") == party_key("Mohammad Al-Sudani")


def test_a_page_on_a_later_visit_that_recalls_the_earlier_one_gives_its_recalled_parts_to_that_visit() -> None:
    september = [
        fact("f-arrive", "monthly", "Marden arrived in Sudmark on Wednesday for talks with Oskaro.", "2031-09-10", (HOST[0], GUEST[0])),
        fact("f-sign", "monthly", "Marden and Oskaro signed a customs accord.", "2031-09-10", (HOST[0], GUEST[0])),
        fact(
            "f-recall",
            "monthly",
            "Oskaro and Marden signed the grain accord during the visit to Norland.",
            "2031-03-04",
            (GUEST[0], HOST[0]),
        ),
    ]
    proposals = propose_links(visit() + september, LinkDecisions())
    march = occasion([p for p in proposals if "a-arrive" in p.fact_ids])
    assert "f-recall" in march.fact_ids
    assert not {"f-arrive", "f-sign"} & set(march.fact_ids)
    assert elsewhen("the meetings of the Joint Planning Group will be held in Velt", PartialDate.parse("2031-03-04"))
    assert not elsewhen("a declaration on the restructuring of the meetings of the council", PartialDate.parse("2031-03-04"))
    assert not elsewhen("Oskaro arrived, his first visit since taking office in 2024.", PartialDate.parse("2031-03-04"))


def test_short_articles_that_name_each_party_once_still_report_an_occasion() -> None:
    facts = [
        fact("s1", "wire", "Oskaro and Marden put their signatures on nine memorandums on Monday.", "2031-03-03", (GUEST[0], HOST[0])),
        fact("s2", "wire", "Sudmark and Norland also sealed a framework agreement.", "2031-03-03", ("Sudmark", "Norland")),
        fact("t1", "daily", "Marden welcomed Oskaro at the palace.", "2031-03-03", (HOST[0], GUEST[0])),
        fact("t2", "daily", "The two leaders held talks on grain.", "2031-03-03", ("Norland", "Sudmark")),
    ]
    assert set(occasion(propose_links(facts, LinkDecisions())).fact_ids) == {"s1", "s2", "t1", "t2"}


def test_a_plans_deadline_year_does_not_date_it_away_from_the_visit() -> None:
    march = PartialDate.parse("2031-03-03")
    assert not elsewhen("The two leaders aim to lift trade to $90 billion by 2040.", march)
    assert not elsewhen("They will double the quota by the end of 2035.", march)
    assert elsewhen("The two leaders first set the goal in 2027.", march)  # a year the plan was made in: another occasion


def test_a_clause_that_places_a_part_after_another_happening_does_not_set_it_apart() -> None:
    march = PartialDate.parse("2031-03-03")
    after_summits = fact(
        "x",
        "gazette",
        "Oskaro arrived in Norland on 3 March for a state visit, following his part in the Rim and Delta summits.",
        "2031-03-03",
        (GUEST[0], "Norland", "Delta Summit"),
    )
    assert not of_another_meeting(prepare(after_summits))
    assert not elsewhen("Following visits to Velt and Osk, Oskaro travelled to Norland.", march)
    assert not elsewhen("They agreed to join the canal scheme, after Marden declined last year to sign it.", march)
    # the clause is taken out only after a comma or at the start: inside the sentence it still dates the part
    assert elsewhen("The memorandum was signed after talks in November.", march)


def test_a_visit_placed_months_before_a_later_summit_is_not_a_part_of_that_summit() -> None:
    later = fact("q", "courier", "Aides said the visit comes months before Velt hosts the Rim summit.", "2031-03-04", ("Velt", "Rim"))
    assert of_another_meeting(prepare(later))
    assert not of_another_meeting(prepare(fact("h", "courier", "The visit was held at the annual summit.", "2031-03-04", ("Velt",))))


def test_a_time_counted_from_since_does_not_date_the_part_elsewhere() -> None:
    march = PartialDate.parse("2031-03-03")
    assert not elsewhen("It is his first meeting with Marden since he took office last year.", march)
    assert elsewhen("He met Marden last year.", march)
    long_clause = "Norland and Sudmark on Tuesday signed a river pact, the first such pact since the signing of the Velt treaty in 2011."
    assert not elsewhen(long_clause, march)
    assert elsewhen("Norland and Sudmark signed a river pact in 2011.", march)


def test_a_year_that_is_part_of_a_name_dates_nothing_and_a_month_and_year_still_do() -> None:
    march = PartialDate.parse("2031-03-03")
    assert not elsewhen("During the visit the two sides will sign a plan to align Norland Vision 2040 with the Velt Initiative.", march)
    assert elsewhen("The two sides signed a plan in March 2029.", march)
    assert elsewhen("The plan was first drafted in 2029.", march)


def test_a_later_year_dates_a_plan_away_from_the_visit() -> None:
    assert elsewhen("Norland's role will grow when it becomes a transit country next year.", PartialDate.parse("2031-03-03"))


def figure_fact(fact_id: str, quote: str, value: dict[str, Any]) -> Fact:
    return make_fact(fact_id, "gazette", quote, "2031-03-03", entities=GUEST + HOST, metric="m", **value)


def test_a_share_or_a_figure_over_a_period_is_not_a_part_of_the_visit_and_a_count_of_its_signings_is() -> None:
    from briefgen.corpus.occasions import speaks_of_occasion

    share = figure_fact(
        "s", "The surplus is more than half of the balance, Oskaro said at the signing ceremony.", {"low": 50, "unit": "percent"}
    )
    year = figure_fact(
        "y", "Oskaro noted that 40 joint projects were signed in 2031.", {"amount": 40, "unit": "projects", "period": "2031"}
    )
    count = figure_fact("c", "The visit saw 26 memorandums signed.", {"amount": 26, "unit": "memorandums"})
    assert not speaks_of_occasion(prepare(share)) and not speaks_of_occasion(prepare(year))
    assert speaks_of_occasion(prepare(count))


def test_a_forum_named_for_the_two_sides_of_the_visit_is_a_part_of_it_and_one_of_many_is_not() -> None:
    sides = frozenset({party_key("Norland"), party_key("Sudmark")})
    forum = fact("f", "courier", "Oskaro addressed the Norland-Sudmark Business Forum.", "2031-03-04", ("Norland-Sudmark Business Forum",))
    assert not of_another_meeting(prepare(forum), sides, party_key)
    assert of_another_meeting(prepare(forum))  # without the occasion's parties, a forum is a meeting of many
    regional = fact("r", "courier", "Oskaro attended the Norland-Velt Regional Forum.", "2031-03-04", ("Norland-Velt Regional Forum",))
    assert of_another_meeting(prepare(regional), sides, party_key)


def test_the_visits_own_forum_joins_its_occasion() -> None:
    facts = [
        *visit(),
        fact(
            "b-forum",
            "courier",
            "Oskaro is now attending the Norland–Sudmark Business Forum.",
            "2031-03-04",
            ("Tal Oskaro", "Norland–Sudmark Business Forum"),
        ),
    ]
    assert "b-forum" in occasion(propose_links(facts, LinkDecisions())).fact_ids


def test_the_ceremonial_parts_of_a_state_visit_speak_of_it() -> None:
    from briefgen.corpus.occasions import speaks_of_occasion

    tribute = fact("t", "courier", "On Tuesday Oskaro will pay tribute at the mausoleum of Norland's founder.", "2031-03-04", GUEST, "plan")
    wreath = fact("w", "courier", "Oskaro laid a wreath at the Velt memorial.", "2031-03-04", GUEST)
    banquet = fact("b", "courier", "Marden gave a banquet in honour of Oskaro.", "2031-03-04", (HOST[0], GUEST[0]))
    assert speaks_of_occasion(prepare(tribute)) and speaks_of_occasion(prepare(wreath)) and speaks_of_occasion(prepare(banquet))
    assert not speaks_of_occasion(prepare(fact("r", "courier", "Oskaro praised the river port.", "2031-03-04", GUEST)))


def test_a_courtesy_call_in_the_programme_speaks_of_the_visit_and_a_call_for_something_does_not() -> None:
    from briefgen.corpus.occasions import speaks_of_occasion

    will_call = fact("c", "courier", "Oskaro will call on President Ivo Marden on Tuesday.", "2031-03-04", (GUEST[0], HOST[0]), "plan")
    to_call = fact(
        "d", "courier", "Oskaro is also to call on the Speaker of Norland's assembly.", "2031-03-04", (GUEST[0], "Norland"), "plan"
    )
    appeal = fact("e", "courier", "Oskaro will call for lower grain tariffs in Norland.", "2031-03-04", (GUEST[0], "Norland"), "plan")
    assert speaks_of_occasion(prepare(will_call)) and speaks_of_occasion(prepare(to_call))
    assert not speaks_of_occasion(prepare(appeal))
