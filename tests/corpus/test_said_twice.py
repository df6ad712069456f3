"""Said twice: a figure a speaker gave, told by two reports of one occasion, is folded into it though it holds neither.

Real sentences of half A: Daily8's and Malay Mail's lines on Anwar Ibrahim's talks with
Putin in the Kremlin, May 2025 (tests/fixtures/intake_final124); against them, a writer's
trade figure of the year before Prabowo's visit to Ankara (intake_final82).  The visit's
own lines are written for the test around them.
"""

from __future__ import annotations

from briefgen.corpus.folded import folded
from briefgen.corpus.models import Fact
from briefgen.corpus.said_twice import occasion_of_a_figure_said
from tests.corpus.builders import make_fact

VISIT = "anwar-ibrahim-2025-05"


def said(fact_id: str, source: str, quote: str, kind: str = "statement", **value: str) -> Fact:
    entities = ("Vladimir Putin", "Anwar Ibrahim", "Malaysia", "Russia")
    return make_fact(fact_id, source, quote, "2025-05-15", entities=entities, kind=kind, topics=("education",), **value)


DAILY8 = said(
    "daily8-students",
    "daily8",
    "Meanwhile, Putin said around 700 Malaysian citizens are currently studying in Russia under the Russian government's "
    "university quota programme involving both countries.",
    amount="700",
    unit="students",
)
MALAYMAIL = said(
    "malaymail-students",
    "malaymail",
    "Meanwhile, Putin said there are around 700 Malaysian citizens now studying in Russia at the same time, through the "
    "quotas of the government of the Russian Federation between the universities",
    amount="700",
    unit="students",
)
TRADE = said(
    "antara-trade",
    "malaymail",
    "Government data shows Indonesia-Turkiye trade amounted to almost $2.4 billion throughout 2024, up from $2.1 billion "
    "recorded in the previous year.",
    amount="2.4",
    unit="billion USD",
)


def visit() -> list[Fact]:
    """The talks as the occasion takes them: one line of each report."""
    return [
        said("daily8-talks", "daily8", "Putin held talks with Anwar Ibrahim in the Kremlin.", kind="event"),
        said("malaymail-talks", "malaymail", "Anwar met Putin at the Kremlin on Wednesday.", kind="event"),
    ]


def members(found: list[tuple[list[Fact], str]]) -> list[list[str]]:
    return [[f.id for f in facts] for facts, _ in found]


def test_a_figure_a_speaker_gave_told_by_two_reports_joins_their_occasion() -> None:
    found = folded([(visit(), "one occasion")], [VISIT], [([DAILY8, MALAYMAIL], "m-students")])
    assert {"daily8-students", "malaymail-students"} <= set(members(found)[0])
    assert found[0][1] == "one occasion; with 2 statement(s) proposed beside it with what it holds"


def test_the_occasion_is_the_one_whose_reports_alone_tell_it() -> None:
    assert occasion_of_a_figure_said([DAILY8, MALAYMAIL], [{"tass"}, {"daily8", "malaymail"}]) == 1
    # a report of another occasion: not this occasion's figure
    assert occasion_of_a_figure_said([DAILY8, MALAYMAIL], [{"daily8"}, {"malaymail"}]) is None
    # two occasions with both reports: neither can be told
    assert occasion_of_a_figure_said([DAILY8, MALAYMAIL], [{"daily8", "malaymail"}, {"daily8", "malaymail", "tass"}]) is None


def test_a_writers_figure_and_what_is_no_figure_stay_beside() -> None:
    reports = [{"daily8", "malaymail"}]
    assert occasion_of_a_figure_said([DAILY8, TRADE], reports) is None
    words = said("daily8-words", "daily8", "Meanwhile, Putin said Malaysian students are welcome in Russia.")
    assert occasion_of_a_figure_said([words, MALAYMAIL], reports) is None
    found = folded([(visit(), "one occasion")], [VISIT], [([DAILY8, TRADE], "m-trade")])
    assert members(found) == [["daily8-talks", "malaymail-talks"]]
