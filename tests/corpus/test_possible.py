"""Conflicts found with no link set: the rules that propose two facts for their disagreement, and what they leave alone.

The wording is that of real reports (the evaluation set and the project's
own sources), cut to the words that matter; the facts name no entities, as
drafts accepted unchanged do not.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.clash import figures_clash, text_names, visit_date
from briefgen.corpus.evidence import prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.possible import possible_conflicts, without_undated
from briefgen.corpus.proposals import LinkProposal, propose_links
from tests.corpus.builders import conflicts_found, make_fact


def fact(fact_id: str, source: str, quote: str, date: str, kind: str = "figure", **value: Any) -> Fact:
    return make_fact(fact_id, source, quote, date, kind=kind, **value)


SIXTY_FOUR = "India-Russia trade has seen a record jump of nearly 80%, with volumes reaching $64 billion last year, Putin noted"
SIXTY_EIGHT = "As a result, last year the Russian Indian trade volume reached $68 billion"


def test_one_years_trade_given_as_64_and_68_billion_by_two_outlets_conflicts() -> None:
    a = fact("bt", "businesstoday", SIXTY_FOUR, "2024", amount=64000000000, unit="USD")
    b = fact("ht", "hindustantimes", SIXTY_EIGHT, "2024", amount=68000000000, unit="USD")
    [found] = conflicts_found(a, b)
    assert found.kind == "figure" and set(found.fact_ids) == {"bt", "ht"}


def test_other_years_other_units_and_agreeing_figures_are_not_conflicts() -> None:
    a = fact("bt", "businesstoday", SIXTY_FOUR, "2024", amount=64000000000, unit="USD")
    year_before = fact("ht", "hindustantimes", SIXTY_EIGHT, "2023", amount=68000000000, unit="USD")
    assert conflicts_found(a, year_before) == []
    in_rupees = fact("ht", "hindustantimes", SIXTY_EIGHT, "2024", amount=68000000000, unit="INR")
    assert conflicts_found(a, in_rupees) == []
    inside = fact(
        "aa",
        "anadolu",
        "overall, trade volume last year amounts to around $64-$65 billion",
        "2024",
        low=64000000000,
        high=65000000000,
        unit="USD",
    )
    assert conflicts_found(a, inside) == []  # 64 lies in 64-65: both can be true


def test_a_target_is_not_the_figure_it_aims_at() -> None:
    actual = fact("ht", "hindustantimes", SIXTY_EIGHT, "2024", amount=68000000000, unit="USD")
    target = fact(
        "x", "other", "the two sides aim to raise the trade volume to $70 billion last year", "2024", amount=70000000000, unit="USD"
    )
    assert not figures_clash(actual, target, prepare(actual).word_set, prepare(target).word_set)


def test_an_ambassadors_annual_trade_ranges_that_do_not_meet_conflict_and_ranges_that_overlap_agree() -> None:
    first = fact(
        "a1",
        "daily-a",
        "Ambassador Andrei Metelitsa said annual bilateral trade was between $150 million and $200 million",
        "2024-03",
        low=150000000,
        high=200000000,
        unit="USD",
        period="annual",
    )
    second = fact(
        "a2",
        "daily-b",
        "Ambassador Andrei Metelitsa said annual bilateral trade stood at $250-300 million",
        "2025-01",
        low=250000000,
        high=300000000,
        unit="USD",
        period="annual",
    )
    [found] = conflicts_found(first, second)
    assert found.kind == "figure" and set(found.fact_ids) == {"a1", "a2"}
    overlapping = fact(
        "a3",
        "daily-c",
        "Ambassador Andrei Metelitsa said annual bilateral trade stood at $180-250 million",
        "2025-01",
        low=180000000,
        high=250000000,
        unit="USD",
        period="annual",
    )
    assert conflicts_found(first, overlapping) == []


ARRIVAL = "Lukashenko arrived in Islamabad on Monday evening as Pakistan seeks foreign investment"
DECEMBER = (
    "Minsk Tractor Plant will supply 2,700 Belarus tractors to Pakistan this year under an agreement reached during"
    " Belarusian President Aleksandr Lukashenko’s visit in December 2024"
)


def test_a_visit_dated_december_against_its_25_november_arrival_is_a_date_conflict() -> None:
    arrival = fact("arrival", "dawn", ARRIVAL, "2024-11-25", kind="event")
    december = fact("december", "tribune", DECEMBER, "2025", kind="plan")
    assert visit_date(DECEMBER, 2025) is not None and str(visit_date(DECEMBER, 2025)) == "2024-12"
    [found] = conflicts_found(arrival, december)
    assert found.kind == "date"
    assert dict(zip(found.fact_ids, found.statements, strict=True)) == {"arrival": "2024-11-25", "december": "2024-12"}


def test_undated_sources_filter_the_answer_worked_out_before_the_sources_were_read() -> None:
    """The linking child finds possible conflicts before it knows which sources are undated: filtered after, the same answer."""
    arrival = fact("arrival", "dawn", ARRIVAL, "2024-11-25", kind="event")
    december = fact("december", "tribune", DECEMBER, "2025", kind="plan")
    facts = [arrival, december]
    proposals = propose_links(facts, LinkDecisions())
    early = possible_conflicts(facts, proposals, set())
    assert [c.discrepancy.kind for c in early] == ["date"]
    for undated in (set(), {"tribune"}, {"dawn"}, {"dawn", "tribune"}):
        expected = [c.discrepancy.describe() for c in possible_conflicts(facts, proposals, undated)]
        assert [c.discrepancy.describe() for c in without_undated(early, facts, proposals, undated)] == expected
    assert without_undated(early, facts, proposals, {"tribune"}) == []  # an undated report dates no visit


def test_the_facts_by_id_give_the_same_conflicts_as_the_walk_over_them() -> None:
    """``written`` (the facts by id) spares the walk over every fact: the same conflicts, figures and dates alike."""
    facts = [
        fact("bt", "businesstoday", SIXTY_FOUR, "2024", amount=64000000000, unit="USD"),
        fact("ht", "hindustantimes", SIXTY_EIGHT, "2024", amount=68000000000, unit="USD"),
        fact("arrival", "dawn", ARRIVAL, "2024-11-25", kind="event"),
        fact("december", "tribune", DECEMBER, "2025", kind="plan"),
    ]
    proposals = propose_links(facts, LinkDecisions())
    walked = possible_conflicts(facts, proposals, set())
    assert sorted(c.discrepancy.kind for c in walked) == ["date", "figure"]
    assert possible_conflicts(facts, proposals, set(), written={f.id: f for f in facts}) == walked


def test_a_visit_dated_november_agrees_with_its_25_november_arrival() -> None:
    arrival = fact("arrival", "dawn", ARRIVAL, "2024-11-25", kind="event")
    november = fact("november", "tribune", DECEMBER.replace("December", "November"), "2025", kind="plan")
    assert [d for d in conflicts_found(arrival, november) if d.kind == "date"] == []


def test_names_stand_in_for_the_entities_a_draft_does_not_give() -> None:
    assert {"lukashenko", "islamabad", "pakistan"} <= text_names(ARRIVAL)
    assert "monday" not in text_names(ARRIVAL) and "as" not in text_names(ARRIVAL)


def test_exports_and_imports_of_one_year_are_not_one_figure() -> None:
    exports = fact(
        "x",
        "dawn",
        "Pakistan's exports to Belarus rose last year to $64 million, the commerce ministry said",
        "2024",
        amount=64000000,
        unit="USD",
    )
    imports = fact(
        "m",
        "tribune",
        "Pakistan's imports from Belarus rose last year to $68 million, the commerce ministry said",
        "2024",
        amount=68000000,
        unit="USD",
    )
    assert not figures_clash(exports, imports, prepare(exports).word_set, prepare(imports).word_set)
    assert conflicts_found(exports, imports) == []


def test_two_counts_of_tractors_supplied_in_one_year_conflict_though_far_apart() -> None:
    first = fact(
        "mtz", "dawn", "Minsk Tractor Plant will supply 2,700 Belarus tractors to Pakistan this year", "2025", amount=2700, unit="tractors"
    )
    second = fact(
        "ten", "nation", "Belarus will supply 1,500 tractors to Pakistan this year, the plant said", "2025", amount=1500, unit="tractors"
    )
    [found] = conflicts_found(first, second)
    assert found.kind == "figure" and set(found.fact_ids) == {"mtz", "ten"}
    next_year = fact(
        "ten", "nation", "Belarus will supply 1,500 tractors to Pakistan this year, the plant said", "2026", amount=1500, unit="tractors"
    )
    assert conflicts_found(first, next_year) == []


def test_an_ambassadors_yearly_ranges_of_one_metric_in_two_interviews_conflict_with_no_period_written() -> None:
    first = fact(
        "i1",
        "daily-a",
        "Ambassador Andrei Metelitsa said bilateral trade was between $150 million and $200 million a year",
        "2024-03",
        low=150000000,
        high=200000000,
        unit="USD",
    )
    second = fact(
        "i2",
        "daily-b",
        "Ambassador Andrei Metelitsa said bilateral trade stood at $250-300 million a year",
        "2025-01",
        low=250000000,
        high=300000000,
        unit="USD",
    )
    same_metric = [
        f.model_copy(update={"value": f.value.model_copy(update={"metric": "trade-volume"})}) for f in (first, second) if f.value
    ]
    [found] = conflicts_found(*same_metric)
    assert found.kind == "figure" and set(found.fact_ids) == {"i1", "i2"}


def test_a_figure_beyond_an_open_bound_of_one_year_conflicts_and_one_it_may_hold_does_not() -> None:
    exact = fact(
        "e",
        "daily-a",
        "In 2030, bilateral trade between Norland and Sudmark reached a record 157 billion dollars.",
        "2031-05",
        amount=157000000000,
        unit="USD",
        period="2030",
    )
    beyond = fact(
        "o",
        "daily-b",
        "Bilateral trade between Norland and Sudmark reached a record exceeding $160 billion in 2030.",
        "2031-05",
        low=160000000000,
        unit="USD",
        period="2030",
    )
    held = fact(
        "h",
        "daily-c",
        "Bilateral trade between Norland and Sudmark reached a record exceeding $150 billion in 2030.",
        "2031-05",
        low=150000000000,
        unit="USD",
        period="2030",
    )
    far = fact(
        "f",
        "daily-d",
        "Bilateral trade between Norland and Sudmark reached a record exceeding $300 billion in 2030.",
        "2031-05",
        low=300000000000,
        unit="USD",
        period="2030",
    )
    words = {f.id: prepare(f).word_set for f in (exact, beyond, held, far)}
    assert figures_clash(exact, beyond, words["e"], words["o"])
    assert not figures_clash(exact, held, words["e"], words["h"])  # "more than 150" holds 157
    assert not figures_clash(exact, far, words["e"], words["f"])  # twice the figure: another measure, not one stated differently


# intake_final42 (Lee Jae Myung at the White House, 2025-08-25) and intake_final38 (Meloni in China, from 2024-07-27)
CHO_HYUN = (
    "Foreign Minister Cho Hyun, who also visited Washington in late July to meet US Secretary of State Marco Rubio,"
    ' said the date for a summit between Lee and Trump was "being coordinated."'
)
SUMMIT = "President Lee Jae Myung on Aug. 25 held his first summit with U.S. President Donald Trump at the White House in Washington"
CONCLUDED = (
    "August 18, 2024_ Italian Prime Minister Giorgia Meloni recently concluded her first official visit to China,"
    " where she met with President Xi Jinping and other Chinese leaders"
)
BEGAN = "This four-day visit, which began on 27 July, marks Meloni’s first trip to China as head of the Italian government"


def date_conflicts_if_linked(a: Fact, b: Fact) -> list[set[str]]:
    """The date conflicts ``check`` reports if a link proposed for the two as one event is accepted."""
    proposal = LinkProposal((a.id, b.id), "event", "one-visit", 0.5, "one event")
    return [set(c.discrepancy.fact_ids) for c in possible_conflicts([a, b], [proposal]) if c.discrepancy.kind == "date"]


def test_a_month_in_a_clause_on_a_person_or_in_a_dateline_run_into_the_sentence_dates_no_side() -> None:
    summit = fact("summit", "koreanet", SUMMIT, "2025-08-25", kind="event")
    cho = fact("cho", "koreaherald", CHO_HYUN, "2025-07", kind="event")  # suggest dates it by "late July", his own trip
    assert date_conflicts_if_linked(cho, summit) == []
    told = fact("told", "koreaherald", "Foreign Minister Cho Hyun said in late July that the summit was being coordinated", "2025-07")
    assert date_conflicts_if_linked(told.model_copy(update={"kind": "event"}), summit) == [{"told", "summit"}]
    began = fact("began", "euromaidanpress", BEGAN, "2024-07-27", kind="event")
    concluded = fact("concluded", "adnkronos", CONCLUDED, "2024-08", kind="event")  # dated by its page, the dateline left out
    assert date_conflicts_if_linked(concluded, began) == []


def test_the_names_of_a_text_are_its_capitalised_words_not_inside_another() -> None:
    # the capital is found first and what stands before it looked at after: the same words as before
    assert text_names("Lukashenko met Sharif in Islamabad") == {"lukashenko", "sharif", "islamabad"}
    assert text_names("McDonald's O'Brien") == {"mcdonald", "o'brien"}
    assert text_names("x-Ray aBc 'Quote' ’Tis") == {"ray"}
    assert text_names("Aliyev’s visit") == {"aliyev"}


def test_what_a_visit_follows_is_dated_by_its_own_month_not_set_against_the_visits_day() -> None:
    # invented, after intake_final126: the visit "comes on the heels of" a pact signed the month before
    heels = fact(
        "heels",
        "gazette",
        "Lisova's visit comes close on the heels of a pact for a campus in Norland, signed at the summit last month",
        "2031-02",
        kind="event",
    )
    arrival = fact("arrival", "courier", "Lisova's four-day state visit to Tarsk, which started on Sunday, deepens ties", "2031-03-02")
    before = fact("before", "herald", "Lisova arrived in Tarsk in February for talks", "2031-02", kind="event")
    proposal = LinkProposal(("heels", "arrival", "before"), "event", "lisova-2031-03", 0.5, "one visit")
    found = possible_conflicts([heels, arrival, before], [proposal])
    assert [set(c.discrepancy.fact_ids) for c in found] == [{"arrival", "before"}]  # the pact's month is no side
    alone = possible_conflicts([heels, arrival], [LinkProposal(("heels", "arrival"), "event", "lisova-2031-03", 0.5, "one visit")])
    assert alone == []
