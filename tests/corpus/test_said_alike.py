"""Said alike: a line a speaker said at an occasion, told alike by two of its reports, joins it though it holds neither.

Real sentences of half A: Xi's words on the 40th anniversary at his talks with João Lourenço
in Beijing, March 2024, on People's Daily Online and Friends of Socialist China
(tests/fixtures/intake_final142); against them, a writer's line on Jordan's fertilisers and
Modi's words on King Abdullah II's visit of 2018, both told twice beside Modi's visit to
Amman (intake_final106).  The occasion's own lines are those of the two reports of the talks.
"""

from __future__ import annotations

from briefgen.corpus.evidence import Prepared, prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.said_alike import said_alike
from tests.corpus.builders import make_fact

XI_WORDS = (
    "Noting that China and Angola jointly celebrated the 40th anniversary of the establishment of diplomatic relations "
    "last year, Xi said relations between the two countries have stood the test of international vicissitudes and "
    "benefitted the two peoples."
)


def line(fact_id: str, source: str, quote: str, date: str = "2024-03-15", kind: str = "statement") -> Fact:
    entities = ("Xi Jinping", "João Lourenço", "China", "Angola")
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("diplomacy",))


def talks() -> list[Fact]:
    """The talks as the occasion takes them: one line of each report."""
    return [
        line(
            "peoplesdaily-talks",
            "peoplesdaily",
            "Chinese President Xi Jinping held talks with President of the Republic of Angola Joao Lourenco, who is on a "
            "state visit to China, in Beijing on Friday.",
            kind="event",
        ),
        line(
            "socialistchina-talks",
            "socialistchina",
            "Meeting President Xi on March 15, the two heads of state announced the elevation of bilateral ties to a "
            "comprehensive strategic cooperative partnership.",
            kind="event",
        ),
    ]


def reports(facts: list[Fact]) -> dict[str, list[Prepared]]:
    found: dict[str, list[Prepared]] = {}
    for fact in facts:
        found.setdefault(fact.source, []).append(prepare(fact))
    return found


def joined(beside: list[Fact], occasion: list[Fact] | None = None) -> list[str]:
    """The ids of the one occasion's facts once the small proposal ``beside`` is read."""
    members = talks() if occasion is None else occasion
    ((facts, _),) = said_alike([(members, "one occasion")], [beside], reports(members + beside))
    return [fact.id for fact in facts]


def test_a_speakers_words_told_alike_by_two_of_its_reports_join_the_occasion() -> None:
    twins = [line("peoplesdaily-xi", "peoplesdaily", XI_WORDS), line("socialistchina-xi", "socialistchina", XI_WORDS)]
    members = talks()
    ((facts, why),) = said_alike([(members, "one occasion")], [twins], reports(members + twins))
    assert {"peoplesdaily-xi", "socialistchina-xi"} <= {fact.id for fact in facts}
    assert why == "one occasion; with 2 statement(s) a speaker made there, told alike by its reports alone"


def test_a_writers_line_told_twice_tells_no_one_speaking_and_stays_beside() -> None:
    twins = [
        line(
            "peoplesdaily-fertiliser",
            "peoplesdaily",
            "Jordan is also a leading supplier of fertilisers to India, particularly phosphates and potash.",
        ),
        line(
            "socialistchina-fertiliser",
            "socialistchina",
            "Jordan is also a leading supplier of phosphates and potash fertilizers for India.",
        ),
    ]
    assert joined(twins) == ["peoplesdaily-talks", "socialistchina-talks"]


def test_a_speakers_words_on_an_earlier_visit_stay_beside() -> None:
    twins = [
        line(
            "peoplesdaily-2018",
            "peoplesdaily",
            "Modi recalled that during King Abdullah II's visit to India in 2018, they participated in a conference on Islamic heritage.",
        ),
        line(
            "socialistchina-2018",
            "socialistchina",
            "During your visit to India in 2018, we participated in a conference on Islamic heritage.",
        ),
    ]
    assert joined(twins) == ["peoplesdaily-talks", "socialistchina-talks"]


def test_words_of_another_report_or_another_day_stay_beside() -> None:
    elsewhere = [line("peoplesdaily-xi", "peoplesdaily", XI_WORDS), line("xinhua-xi", "xinhua", XI_WORDS)]
    assert "peoplesdaily-xi" not in joined(elsewhere)
    months_later = [
        line("peoplesdaily-xi", "peoplesdaily", XI_WORDS, date="2024-06-20"),
        line("socialistchina-xi", "socialistchina", XI_WORDS, date="2024-06-20"),
    ]
    assert "peoplesdaily-xi" not in joined(months_later)


def test_words_two_occasions_report_alike_stay_beside() -> None:
    twins = [line("peoplesdaily-xi", "peoplesdaily", XI_WORDS), line("socialistchina-xi", "socialistchina", XI_WORDS)]
    first, second = (
        talks(),
        [
            line("peoplesdaily-forum", "peoplesdaily", "Lourenco attended a business forum in Beijing on Friday.", kind="event"),
            line("socialistchina-forum", "socialistchina", "Lourenco attended the business forum in Beijing.", kind="event"),
        ],
    )
    found = said_alike([(first, "one occasion"), (second, "another")], [twins], reports(first + second + twins))
    assert [[fact.id for fact in facts] for facts, _ in found] == [[f.id for f in first], [f.id for f in second]]
