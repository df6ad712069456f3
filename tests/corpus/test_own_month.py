"""Beside an occasion dated only by its month, a sentence that names another month on its own is about another time.

Real sentences of half A: Orbán at the White House in November 2025 (intake_final94, pages with
no date of their own), Merz in London in July 2025 (intake_final66), Macron's state visit to
Germany in May 2024 (intake_final48), Modi in Cyprus in June 2025 (intake_final58), Mirziyoyev
in Astana in August 2024 (intake_final14), the Pakistan–Uzbekistan trade talks of December 2022
(intake_eval), Abiy in the UAE (intake_final12) and the G7 summit looked ahead to from Tokyo
(intake_final52).
"""

from __future__ import annotations

from briefgen.corpus.counted import without_count
from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.own_month import of_another_month
from briefgen.corpus.past_clauses import without_past_dates
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.times_due import when_due_dropped
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

NOVEMBER = PartialDate.parse("2025-11")
SANCTIONS = (
    "Trump slapped sanctions on Moscow's two largest oil companies in October after losing patience with Russian "
    "President Vladimir Putin over his refusal to end the nearly four-year-old invasion of Ukraine."
)
GROUNDWORK = (
    "Starmer and Merz’s predecessor, Social Democrat Olaf Scholz, laid the groundwork for the pact at a meeting last August in Berlin,"
)
REITERATED = (
    '"Our Europe could perish if we make the wrong choices," he reiterated a statement he made in April at the Paris Sorbonne University.'
)
SINDOOR = "This is his first foreign visit after India launched Operation Sindoor in May."


def dated_elsewhere(quote: str, date: str, kind: str = "event") -> bool:
    when = PartialDate.parse(date)
    return elsewhen(when_due_dropped(make_fact("f", "page", quote, date, kind=kind), when), when)


def test_a_month_before_the_occasions_month_dates_the_sentence_away() -> None:
    assert dated_elsewhere(SANCTIONS, "2025-11")
    assert dated_elsewhere(GROUNDWORK, "2025-07")


def test_the_occasions_own_month_keeps_the_sentence() -> None:
    assert not dated_elsewhere(SANCTIONS, "2025-10")
    assert not of_another_month("The visit took place in November, weeks after the sanctions.", NOVEMBER)


def test_an_occasion_dated_to_its_day_is_left_to_the_margin() -> None:
    # a visit of the first days of a month may be told with the last days of the month before
    assert not of_another_month(SANCTIONS, PartialDate.parse("2025-11-07"))


def test_a_month_with_its_day_is_no_bare_month() -> None:
    assert not of_another_month("The talks ended on October 31 with a joint statement.", NOVEMBER)
    assert not of_another_month("The talks ended on the 31st of October with a joint statement.", NOVEMBER)


def test_a_span_or_a_deadline_is_not_the_time_of_the_happening() -> None:
    assert not of_another_month("Hungary has imported Russian oil since October.", NOVEMBER)
    assert not of_another_month("The exemption will be reviewed by December.", NOVEMBER)


def test_over_the_turn_of_the_year_another_month_is_another_time() -> None:
    # beside a December occasion, January is a month gone or to come, never this one
    abiy = (
        "During Abiy’s state visit to the UAE in January this year, the two countries signed agreements, among "
        "others, to develop solar power projects with a total capacity of 500 megawatts as a first phase,"
    )
    assert dated_elsewhere(abiy, "2022-12")
    assert not dated_elsewhere(abiy, "2023-01")


def test_a_plan_due_in_the_next_years_january_keeps_its_part() -> None:
    formalities = "the Uzbekistan side will complete internal formalities in January 2023"
    assert not dated_elsewhere(formalities, "2022-12", kind="plan")


def test_a_month_only_looked_toward_does_not_date_the_sentence() -> None:
    summit = "They also pledged cooperation for the upcoming G7 summit to be held in Hiroshima in May."
    assert not dated_elsewhere(summit, "2023-04")
    assert not dated_elsewhere(summit.replace("May", "January"), "2022-12")


def test_may_the_verb_and_may_the_name_are_no_months() -> None:
    wish = "May the unshakable friendship of Kazakhstan and Uzbekistan be eternal, Kassym-Jomart Tokayev said."
    assert not of_another_month(wish, PartialDate.parse("2024-08"))
    assert not of_another_month("Sunak's predecessors Theresa May and Boris Johnson also visited.", NOVEMBER)
    assert not of_another_month("The two sides may march ahead with the project.", NOVEMBER)


def test_a_statement_reiterated_is_dated_by_its_reiteration() -> None:
    assert without_past_dates(REITERATED).endswith("he reiterated a statement   at the Paris Sorbonne University.")
    assert not dated_elsewhere(REITERATED, "2024-05", kind="statement")


def test_what_a_count_of_the_visit_runs_from_after_does_not_date_it() -> None:
    assert without_count(SINDOOR) == "This  ."
    assert not dated_elsewhere(SINDOOR, "2025-06")


ORBAN = ("Viktor Orbán", "Hungary", "Donald Trump", "United States")


def fact(fact_id: str, source: str, quote: str) -> Fact:
    return make_fact(fact_id, source, quote, "2025-11", entities=ORBAN, topics=("visits",))


def test_a_sentence_of_the_month_before_leaves_the_occasion_of_pages_dated_by_their_month() -> None:
    facts = [
        fact(
            "n-visit",
            "newser",
            "Hungarian Prime Minister Viktor Orban said after a visit to the White House on Friday that President Trump "
            "has granted his country an exemption from US sanctions on Russian energy.",
        ),
        fact(
            "n-briefing",
            "newser",
            "During a press briefing with Hungarian media following his talks with Trump, Orbán said Hungary had "
            '"been granted a complete exemption from sanctions" affecting Russian gas delivered to Hungary from the '
            "TurkStream pipeline, and oil from the Druzhba pipeline.",
        ),
        fact(
            "m-meeting",
            "menafn",
            "US President Donald Trump handed Hungarian Prime Minister Viktor Orban a one-year exemption from sanctions "
            "for buying Russian oil and gas after the close right-wing allies held a chummy White House meeting on Friday.",
        ),
        fact("m-sanctions", "menafn", SANCTIONS),
        fact(
            "m-szijjarto",
            "menafn",
            "Hungarian Foreign Minister Peter Szijjarto said after the meeting that Washington had granted a "
            '"full and unlimited exemption from sanctions on oil and gas."',
        ),
    ]
    occasions = [p for p in propose_links(facts, LinkDecisions()) if p.kind == "event" and "one occasion" in p.evidence]
    members = set().union(*(p.fact_ids for p in occasions))
    assert {"n-visit", "m-meeting"} <= members
    assert "m-sanctions" not in members
