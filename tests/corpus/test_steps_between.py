"""Steps between: an event told right between two parts of an occasion, on the day of one, in no proposal, joins it.

Real sentences of The Sun Daily's report of Anwar Ibrahim's first day in Saudi Arabia, 22 March 2023
(tests/fixtures/intake_final110), one step a sentence; the second report's lines and the recalled visit are invented.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.corpus.evidence import Prepared, prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.steps_between import steps_between
from tests.corpus.builders import make_fact

ANWAR = "Anwar Ibrahim"


def fact(fact_id: str, quote: str, *entities: str, kind: str = "event", date: str = "2023-03-22") -> Fact:
    return make_fact(fact_id, fact_id.rsplit("-", 1)[0], quote, date, entities=entities or (ANWAR,), kind=kind, topics=("visits",))


ARRIVAL = fact(
    "thesun-d02",
    "Anwar, accompanied by his wife Datuk Seri Wan Azizah Wan Ismail, Foreign Minister Datuk Seri Zambry Abdul Kadir and "
    "Communications and Digital Minister Fahmi Fadzil arrived at the King Abdulaziz International Airport at 6.40 am local time",
    ANWAR,
    "Wan Azizah Wan Ismail",
)
UMRAH = fact("thesun-d03", "The delegation then proceeded to Mekah to perform umrah, completing the worship at about 11 am local time.")
CALL = fact(
    "thesun-d04",
    "He is expected to receive a courtesy call from the Organisation of Islamic Cooperation (OIC) secretary-general Hissein "
    "Brahim Taha and the Muslim World League (MWL) secretary-general Sheikh Dr Mohammad bin Abdulkarim Al-Issa today.",
    ANWAR,
    "Hissein Brahim Taha",
    kind="plan",
)
OTHER = fact("bernama-d01", "Anwar arrived in Jeddah on Wednesday for a three-day official visit to Saudi Arabia.", ANWAR, "Saudi Arabia")
VISIT = [ARRIVAL, CALL, OTHER]


def reports(*pages: Sequence[Fact]) -> dict[str, list[Prepared]]:
    """Each page's facts as linking holds them: in date order, not the page's."""
    return {page[0].source: [prepare(f) for f in sorted(page, key=lambda f: (f.date.sort_key(), f.id))] for page in pages}


def joined(found: list[tuple[list[Fact], str]]) -> list[list[str]]:
    return [sorted(f.id for f in members) for members, _ in found]


def test_an_event_between_two_parts_on_their_day_joins_the_occasion() -> None:
    found = steps_between([(VISIT, "one occasion")], set(), reports([ARRIVAL, UMRAH, CALL]))
    assert joined(found) == [["bernama-d01", "thesun-d02", "thesun-d03", "thesun-d04"]]
    assert found[0][1] == "one occasion; with 1 event(s) its reports tell between two of its parts, on the day of one"


def test_the_day_of_one_neighbour_is_enough() -> None:
    call = fact("thesun-d04", CALL.quote, ANWAR, kind="plan", date="2023-03-23")
    found = steps_between([([ARRIVAL, call, OTHER], "one occasion")], set(), reports([ARRIVAL, UMRAH, call]))
    assert "thesun-d03" in joined(found)[0]


def test_an_event_of_another_day_or_dated_only_to_its_month_stays_out() -> None:
    for date in ("2022-11-24", "2023-03"):
        umrah = fact("thesun-d03", UMRAH.quote, date=date)
        found = steps_between([(VISIT, "one occasion")], set(), reports([ARRIVAL, umrah, CALL]))
        assert joined(found) == [["bernama-d01", "thesun-d02", "thesun-d04"]]


def test_an_event_next_to_one_part_only_or_proposed_elsewhere_stays_out() -> None:
    found = steps_between([([ARRIVAL, OTHER], "one occasion")], set(), reports([ARRIVAL, UMRAH, CALL]))
    assert joined(found) == [["bernama-d01", "thesun-d02"]]
    found = steps_between([(VISIT, "one occasion")], {"thesun-d03"}, reports([ARRIVAL, UMRAH, CALL]))
    assert joined(found) == [["bernama-d01", "thesun-d02", "thesun-d04"]]


def test_a_statement_between_two_parts_on_their_day_stays_out() -> None:
    said = fact("thesun-d03", "Saudi Arabia is Malaysia's largest trading partner in West Asia.", "Saudi Arabia", kind="statement")
    found = steps_between([(VISIT, "one occasion")], set(), reports([ARRIVAL, said, CALL]))
    assert joined(found) == [["bernama-d01", "thesun-d02", "thesun-d04"]]


def test_facts_named_by_hand_are_in_no_order_known() -> None:
    arrival, umrah, call = (
        fact(f"thesun-{name}", f.quote, kind=f.kind) for name, f in zip(("arrival", "umrah", "call"), (ARRIVAL, UMRAH, CALL), strict=True)
    )
    found = steps_between([([arrival, call, OTHER], "one occasion")], set(), reports([arrival, umrah, call]))
    assert joined(found) == [["bernama-d01", "thesun-arrival", "thesun-call"]]
