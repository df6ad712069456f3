"""Recalled in speech: a speaker's line said at a visit stays a part of it, whatever earlier time it names.

Real sentences of half A: theSun's line on Anwar Ibrahim's talks with Putin, May 2025, and
Viet Nam News's on Lula's state visit to Hanoi, March 2025 (tests/fixtures/intake_final124);
against them, a writer's line of the same history and Lusaka Times's curtain-raiser before
Hichilema's visit to China (intake_final74).  The visit's other lines are written for the test.
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.parties import party_key
from briefgen.corpus.recalled_speech import recalled_in_speech
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_month_pages import occasion_members

SIDES = frozenset(map(party_key, ("Malaysia", "Russia", "Anwar Ibrahim", "Vladimir Putin")))
TALKS = PartialDate.parse("2025-05-14")
FRIEND = "Anwar said Russia remains a great friend of Malaysia, with diplomatic ties between the two countries established in 1967."


def fact(fact_id: str, source: str, quote: str, date: str = "2025-05-14", kind: str = "statement") -> Fact:
    entities = ("Anwar Ibrahim", "Vladimir Putin", "Malaysia", "Russia")
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("visits",))


def report(source: str, *extra: Fact) -> list[Fact]:
    return [
        fact(
            f"{source}-talks",
            source,
            "Anwar Ibrahim held talks with Vladimir Putin in the Kremlin on his official visit to Russia.",
            kind="event",
        ),
        fact(f"{source}-arrived", source, "The Malaysian prime minister arrived in Moscow for a four-day official visit.", kind="event"),
        *extra,
    ]


def test_a_speakers_line_naming_the_year_it_recalls_is_said_there() -> None:
    assert recalled_in_speech(prepare(fact("friend", "thesun", FRIEND, date="1967")), SIDES, TALKS)
    welcoming = (
        "Welcoming the Brazilian guest, the Vietnamese State leader affirmed that the trip holds significant importance "
        "following the upgrade of bilateral relationship to a strategic partnership in November 2024"
    )
    vietnam = frozenset(map(party_key, ("Brazil", "Việt Nam", "Lương Cường", "Lula da Silva")))
    line = make_fact("welcome", "vnn", welcoming, "2024-11", entities=("Lương Cường", "Brazil", "Việt Nam"), kind="statement")
    assert recalled_in_speech(prepare(line), vietnam, PartialDate.parse("2025-03-28"))


def test_a_writers_line_and_a_saying_before_the_visit_are_not() -> None:
    writers = fact("ties", "thesun", "Diplomatic ties between Malaysia and Russia were established in 1967.", date="1967")
    assert not recalled_in_speech(prepare(writers), SIDES, TALKS)
    ahead = fact(
        "ahead",
        "thesun",
        "Mr. Kakubo says the visit will build on the previously held key discussions between the two leaders",
        date="2025-05-12",
    )
    assert not recalled_in_speech(prepare(ahead), SIDES, TALKS)


def test_the_speakers_line_joins_the_visit_another_report_tells() -> None:
    friend = fact("thesun-friend", "thesun", FRIEND, date="1967")
    found = occasion_members([*report("thesun", friend), *report("tass")])
    assert {"thesun-friend", "thesun-talks", "tass-talks"} <= found
    writers = fact("thesun-ties", "thesun", "Diplomatic ties between Malaysia and Russia were established in 1967.", date="1967")
    assert "thesun-ties" not in occasion_members([*report("thesun", writers), *report("tass")])
