"""The pieces of ``suggest``: sentences, dates, figures, kinds and topics, case by case."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.corpus.loader import load_corpus
from briefgen.suggest.dates import find_date, resolve_date
from briefgen.suggest.kinds import classify
from briefgen.suggest.sentences import quotable_span, split_sentences
from briefgen.suggest.topics import TopicMatcher, stem
from briefgen.suggest.values import find_values
from briefgen.suggest.worth import check_worthy
from tests.conftest import REPO

NOV_26 = dt.date(2024, 11, 26)  # a Tuesday
NOV_16 = dt.date(2024, 11, 16)
JAN_31 = dt.date(2025, 1, 31)
APR_10 = dt.date(2025, 4, 10)


def test_sentences_are_spans_of_the_body() -> None:
    body = (
        "The three-day ITCN Asia exhibition begins Jan. 17 at the Lahore Expo Center. It runs until Jan. 19.\n\n"
        "Cooperation has evolved significantly since the early 1990s. High-level visits followed.\n\n"
        "“These MoUs pave the way, among others … Together, we are forging pathways.” Sharif said so."
    )
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == [
        "The three-day ITCN Asia exhibition begins Jan. 17 at the Lahore Expo Center.",
        "It runs until Jan. 19.",
        "Cooperation has evolved significantly since the early 1990s.",
        "High-level visits followed.",
        "“These MoUs pave the way, among others …",
        "Together, we are forging pathways.”",
        "Sharif said so.",
    ]
    assert all(body[s.start : s.end] == s.text for s in sentences)


def test_quotable_span_trims_only_the_ends() -> None:
    body = (
        "ISLAMABAD: Lukashenko is set to visit Pakistan in last week of this month, "
        "a source in Foreign Office told Business Recorder on Friday.\n\n"
        "“Witnessed the signing of 15 pivotal MoUs today,” Sharif said on X."
    )
    first, second = (quotable_span(s) for s in split_sentences(body))
    assert first.text == "Lukashenko is set to visit Pakistan in last week of this month"
    assert first.trimmed_tail == "a source in Foreign Office told Business Recorder on Friday"
    assert second.text == "Witnessed the signing of 15 pivotal MoUs today,” Sharif said on X"
    assert body[first.start : first.end] == first.text and body[second.start : second.end] == second.text


@pytest.mark.parametrize(
    ("sentence", "worthy"),
    [
        ("Minsk Tractor Plant will supply 2,700 Belarus tractors to Pakistan this year.", True),
        ("Pakistan is particularly interested in leveraging Belarus’s vast forestry resources.", True),
        ("This visit is seen as a significant step in enhancing relations between Pakistan and Belarus.", False),
        ("“This shows the interest from both sides in promoting trade.”", False),
        ("He was pleased.", False),
    ],
)
def test_check_worthy(sentence: str, worthy: bool) -> None:
    assert check_worthy(sentence) is worthy


@pytest.mark.parametrize(
    ("text", "published", "future", "expected", "phrase"),
    [
        ("celebrated thirty years of diplomatic relations this year", NOV_26, False, "2024", "this year"),
        ("The prime minister of Belarus was in Islamabad earlier this year", NOV_26, False, "2024", "earlier this year"),
        ("a business delegation will visit Belarus next month", JAN_31, True, "2025-02", "next month"),
        ("Lukashenko is set to visit Pakistan in last week of this month", NOV_16, True, "2024-11", "last week of this month"),
        ("In September, Pakistan and Belarus discussed options", NOV_26, False, "2024-09", "In September"),
        ("the delegation will return in September", NOV_26, True, "2025-09", "in September"),
        ("the second in Belarus this February", APR_10, False, "2025-02", "this February"),
        ("Lukashenko arrived in Islamabad on Monday evening", NOV_26, False, "2024-11-25", "on Monday"),
        ("the leaders on Tuesday witnessed the signing", NOV_26, False, "2024-11-26", "on Tuesday"),
        ("at delegation-level talks in Islamabad later today, Tuesday", NOV_26, True, "2024-11-26", "later today"),
        ("they will meet again in two weeks’ time in Minsk", NOV_26, True, "2024-12", "in two weeks’ time"),
        ("Previously, on 9 May the Federal Minister emphasized", dt.date(2024, 6, 12), False, "2024-05-09", "9 May"),
        ("likely to arrive on a three-day visit from November 25-27", NOV_16, True, "2024-11-25", "November 25-27"),
        ("The 30th anniversary, on 3 February 2024, marks a milestone", NOV_16, False, "2024-02-03", "3 February 2024"),
        ("incentives until June 30, 2035", None, False, "2035-06-30", "June 30, 2035"),
        ("visit of the Foreign Minister to Pakistan in May 2023", NOV_16, False, "2023-05", "May 2023"),
        ("the trade volume, as of 2019, stood at US$50.2 million", NOV_16, False, "2019", "2019"),
        ("Pakistan and Belarus may revive the trade target", NOV_16, True, None, None),
    ],
)
def test_dates_resolved_against_publication(
    text: str, published: dt.date | None, future: bool, expected: str | None, phrase: str | None
) -> None:
    found = find_date(text, published, future=future)
    assert (str(found[0]) if found else None) == expected
    assert (found[1] if found else None) == phrase


def test_undated_statements_fall_back_to_publication() -> None:
    said = resolve_date("The minister said trade was growing", APR_10, future=False, kind="statement", ref_year=2025)
    happened = resolve_date("Both sides identified key areas", APR_10, future=False, kind="event", ref_year=2025)
    undated = resolve_date("The exhibition begins Jan. 17 in Lahore", None, future=True, kind="plan", ref_year=2026)
    assert said is not None and str(said.date) == "2025-04-10" and said.phrase is None
    assert happened is not None and str(happened.date) == "2025-04"
    assert undated is not None and str(undated.date) == "2026-01-17"


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("the trade volume, as of 2019, stood at US$50.2 million", [("trade-volume", "50200000", "USD", "2019")]),
        ("may revive already pledged $1billion bilateral annual trade target in 2017", [("trade-target", "1000000000", "USD", "2017")]),
        ("to shore up its $350 billion economy", [("economy-size", "350000000000", "USD", None)]),
        (
            "the first five months of 2023 saw a 30 per cent increase in mutual trade, with Belarusian exports surging by 1.5 times",
            [("trade-growth", "30", "percent", "2023-01/2023-05"), ("exports-growth-multiple", "1.5", "times", "2023-01/2023-05")],
        ),
        ("MTZ will supply 2,700 Belarus tractors to Pakistan this year", [("belarus-tractors", "2700", "tractors", None)]),
        ("witnessed the signing of 15 memorandums of agreements", [("memorandums", "15", "memorandums", None)]),
        (
            "the sides signed 28 agreements and Memoranda of Understanding (MoU) on trade",
            [("agreements", "28", "agreements and MoUs", None)],
        ),
        ("signing 29 memoranda of understanding (MoUs) and agreements", [("mous", "29", "MoUs and agreements", None)]),
        ("In 2031, trade between Norland and Sudmark reached 157 billion dollars", [("trade-value", "157000000000", "USD", "2031")]),
        ("As of 2031, exports stood at $5 million", [("exports-value", "5000000", "USD", "2031")]),
        ("the sides signed 26 agreements and three accords", [("agreements", "26", "agreements", None), ("accords", "3", "accords", None)]),
        ("the fourth-largest dairy producer in the world", [("dairy-producer-rank", "4", "rank", None)]),
        ("hosting of two Joint Ministerial Commission (JMC) sessions", [("ministerial-commission-sessions", "2", "sessions", None)]),
        (
            "three consecutive business-to-business (B2B) engagements",
            [("consecutive-business-to-business-engagements", "3", "engagements", None)],
        ),
        ("between the two countries on a three-day official visit", [("visit-length", "3", "days", None)]),  # a visit's length
        ("12- to 18-meter electric buses and Sky47 and Tech7 zones", []),
        ("on 3 February 2024 and Jan. 17 and in 2015 and 2016", []),
    ],
)
def test_values(sentence: str, values: list[tuple[str, str, str, str | None]]) -> None:
    assert [(v.metric, v.amount, v.unit, v.period) for v in find_values(sentence)] == values


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Several agreements are expected to be signed between the two countries", "plan"),
        ("MTZ will supply 2,700 Belarus tractors to Pakistan this year", "plan"),
        ("the trade volume stood at US$50.2 million", "figure"),
        ("In September, Pakistan and Belarus discussed options for a joint venture", "event"),
        ("Sharif said he was encouraged by Lukashenko’s statements", "statement"),
        ("Previously, on 9 May the minister emphasized enhancing trade", "statement"),
        ("Belarus also wants to set up a veterinary medicine plant in Pakistan", "statement"),
        ("visits to the port of Gwadar were also being considered", "plan"),
        ("A second shipment of harvesters is under consideration", "plan"),
        # Acts of office are past acts: dated as events, never the printing day by default.
        ("The Prime Minister directed the appointment of trade officers in Sudmark", "event"),
        ("The minister inaugurated the new terminal at Tarvel", "event"),
    ],
)
def test_kinds(sentence: str, kind: str) -> None:
    assert classify(sentence, find_values(sentence)) == kind


def test_stems_meet() -> None:
    assert stem("agreements") == stem("agreed") == stem("agree")
    assert stem("defense") == stem("defence")
    assert stem("mechanization") == stem("mechanisation")
    assert stem("imports") != stem("important")


@pytest.mark.parametrize(
    ("sentence", "must_include"),
    [
        ("Minsk Tractor Plant will supply 2,700 Belarus tractors to Pakistan", "tractors"),
        ("witnessed the signing of 15 memorandums of agreements", "agreements"),
        ("reached a consensus on collaborating on a foot-and-mouth disease vaccine to protect cattle", "veterinary"),
        ("the fourth-largest dairy producer in the world", "dairy"),
        ("investments in data centers and computing capacity", "digital-infrastructure"),
        ("cooperation in the field of defense production came under discussion", "defence"),
    ],
)
def test_topics_from_the_vocabulary(sentence: str, must_include: str) -> None:
    vocabulary = load_corpus(Path(REPO)).vocabulary.topics
    assert must_include in TopicMatcher(vocabulary).propose(sentence)


def test_a_willingness_to_visit_is_a_plan() -> None:
    """ "expressed his willingness to visit … this April": the visit in April is what the sentence reports."""
    assert classify("The president on Monday expressed his willingness to visit Tashkent this June", []) == "plan"
    assert classify("Both governments are willing to open a consulate in Samarkand", []) == "plan"
