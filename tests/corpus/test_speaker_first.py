"""A readout's line that opens on its speaker and a verb of saying is said at the occasion, whatever it tells.

Real sentences of half A: what leaders said at their visits as their reports tell it
(intake_final24, intake_final20, intake_final78, intake_final118, intake_final120,
intake_final56, intake_final124), and, against them, lines whose speaker comes last, a history told by
"recalled", a saying dated by its own weekday and a writer's own context
(intake_final30, intake_final10, intake_final48, intake_final4, intake_final110).  The two
reports of the Berlin visit the Kenyan line joins are written for the test around it.
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.speaker_first import opens_on_speaker, recalled, said_by_speaker_first
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_month_pages import occasion_members

OPENING_ON_SPEAKER = [
    "Xi noted that, 68 years ago, Egypt was the first Arab and African state to establish diplomatic relations with China.",
    "Vucic said that since 2020 China had been the single-largest investor in Serbia, and that its investment was up 30-fold "
    "over the past decade.",
    'Aliyev noted that "since September of last year, a completely new situation has emerged in the region."',
    "Prime Minister Wong and President Prabowo noted that all three agreements under the Expanded Framework Agreements were in "
    "effect, one year since they entered into force on 21 March 2024.",
    "He noted that Kenya has a large population of young people, with a median age of about 20, and expressed no concern that "
    "the departure of some Kenyans could harm the development of his own country.",
    "On defense matters, Merz underscored the need for Europe to reduce the number of disparate weapons systems",
    "The Brazilian leader said he is delighted and moved to return to Việt Nam after 17 years.",
    "Welcoming the Brazilian guest, the Vietnamese State leader affirmed that the trip holds significant importance",
]
NOT_OPENING_ON_SPEAKER = [
    "“There is an increasing need for (South) Korea and Japan to co-operate in this time,” Mr Yoon said in a written interview "
    "with international media on Wednesday",
    "Sanchez recalled that Spain is the third foreign investor in Morocco",
    "Additionally, Brazil's agribusiness sector plays a vital role in ensuring China's food security, as the country has been "
    "China's largest food supplier since 2017,” President Lula added.",
    "China-Maldives relations have achieved in-depth development over the past decade, Wang said",
    "Beijing, the capital, said farewell to the guests with a banquet",
]
KENYA = "He noted that Kenya has a large population of young people, with a median age of about 20."
VISIT = PartialDate.parse("2024-09-13")
SIDES = frozenset({"kenya", "germany"})


def said(quote: str, date: str, fact_id: str = "x", source: str = "first", entities: tuple[str, ...] = ("Kenya",)) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind="statement", topics=("labour",))


def test_a_line_opening_on_its_speaker_and_verb_is_told_apart_from_others() -> None:
    assert all(opens_on_speaker(quote) for quote in OPENING_ON_SPEAKER)
    assert not any(opens_on_speaker(quote) for quote in NOT_OPENING_ON_SPEAKER)


def test_said_on_the_occasions_days_whatever_background_it_tells() -> None:
    assert said_by_speaker_first(prepare(said(KENYA, "2024-09-13")), SIDES, SIDES, VISIT)
    # a side must be named, and a line that does not open on its speaker is not this rule's
    assert not said_by_speaker_first(prepare(said(KENYA, "2024-09-13")), frozenset({"japan"}), SIDES, VISIT)
    assert not said_by_speaker_first(prepare(said("Kenya has a median age of about 20, he noted.", "2024-09-13")), SIDES, SIDES, VISIT)


def test_a_line_dated_by_what_it_recalls_is_said_there_but_not_one_said_before_or_on_its_own_weekday() -> None:
    vucic = OPENING_ON_SPEAKER[1]
    assert recalled(PartialDate.parse("2020"), vucic, PartialDate.parse("2024-05-08"))
    # dated far back, but its quote names no such year or month: the page's day of another occasion
    assert not recalled(PartialDate.parse("2024-07-11"), KENYA, PartialDate.parse("2024-11"))
    # dated a few days before: said ahead of the occasion by those who announced it
    before = said("Mr. Kakubo says the visit will build on the previously held key discussions between the two leaders", "2024-09-11")
    assert not said_by_speaker_first(prepare(before), SIDES, SIDES, VISIT)
    ministry = said(
        "On Friday, the Nigerian Ministry of Defence said the two countries intended to strengthen their defence cooperation", "2024-08"
    )
    assert not said_by_speaker_first(prepare(ministry), SIDES, SIDES, VISIT)


def report(source: str, *extra: Fact) -> list[Fact]:
    return [
        make_fact(
            f"{source}-signed",
            source,
            "Germany and Kenya signed a migration and mobility agreement during President William Ruto's visit to Berlin.",
            "2024-09-13",
            entities=("Germany", "Kenya", "William Ruto", "Berlin"),
            kind="event",
            topics=("labour",),
        ),
        make_fact(
            f"{source}-talks",
            source,
            "Chancellor Olaf Scholz held talks with Ruto in Berlin on Friday, the two leaders meeting at the chancellery.",
            "2024-09-13",
            entities=("Germany", "Kenya", "Olaf Scholz", "William Ruto", "Berlin"),
            kind="event",
            topics=("labour",),
        ),
        *extra,
    ]


def test_the_speakers_figure_joins_the_visit_another_report_tells() -> None:
    ruto = said(KENYA, "2024-09-13", "first-age", "first", ("Kenya", "William Ruto"))
    found = occasion_members([*report("first", ruto), *report("second")])
    assert {"first-age", "first-signed", "second-talks"} <= found
