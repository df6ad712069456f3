"""A date a sentence only looks toward ("ahead of the opening on 3 July") dates the happening to come, not the sentence.

Real sentences of half A: Macron in Cairo on 7 April 2025 (intake_final84), Kishida and Scholz in
Tokyo on 18 March 2023 (intake_final52), Macron in Jakarta on 28 May 2025 (intake_final88), Carney
in Mexico City on 18 September 2025 (intake_final26).
"""

from __future__ import annotations

from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.times_due import when_due_dropped
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

CAIRO = PartialDate.parse("2025-04-07")
TOKYO = PartialDate.parse("2023-03-18")
MEXICO = PartialDate.parse("2025-09-18")

OPENING = "He visited areas already open to the public ahead of the museum's official opening on 3 July."
JAKARTA = PartialDate.parse("2025-05-28")
MEETING = (
    'France and Indonesia called Wednesday for progress to be made on "mutual recognition" between Israel and the '
    "Palestinians at a key meeting scheduled for next month, as Emmanuel Macron visited Jakarta,"
)
SUMMIT = "They also pledged cooperation for the upcoming G7 summit to be held in Hiroshima in May."
REVIEW = (
    "Mexican President Claudia Sheinbaum and Canadian Prime Minister Mark Carney vowed to strengthen their trade alliance "
    "with the United States, pledging to coordinate closely ahead of the scheduled 2026 review of the North American "
    "trade pact."
)


def dated_elsewhere(quote: str, date: PartialDate, kind: str = "event") -> bool:
    fact = make_fact("f", "page", quote, str(date), kind=kind)
    return elsewhen(when_due_dropped(fact, date), date)


def test_what_was_done_or_said_at_a_visit_with_an_eye_on_a_later_happening_is_of_the_visit() -> None:
    assert not dated_elsewhere(OPENING, CAIRO)
    assert not dated_elsewhere(MEETING, JAKARTA, "statement")
    assert not dated_elsewhere(SUMMIT, TOKYO)
    assert not dated_elsewhere(REVIEW, MEXICO, "statement")


def test_a_date_not_marked_as_to_come_still_dates_the_sentence_away() -> None:
    assert dated_elsewhere("Macron visited the museum in July.", CAIRO)
    assert dated_elsewhere("They last met in Istanbul in November.", TOKYO, "statement")
    # a participle of time to come that is the sentence's own verb tells a plan of another happening
    assert dated_elsewhere("Modi is scheduled to visit Paris in July.", CAIRO, "statement")
    assert dated_elsewhere("The museum, which Macron toured, is due to open in July.", CAIRO)
    # the word of something to come must govern the date within its clause
    assert dated_elsewhere("The summit was planned, and the two leaders met again in May.", TOKYO)


def test_a_date_to_come_that_lies_before_the_visit_still_dates_it_away() -> None:
    # what was "scheduled" for a month or year already gone is another happening
    assert dated_elsewhere("The leaders pledged cooperation ahead of the summit in January 2023.", TOKYO)
    assert dated_elsewhere("The two sides met ahead of the scheduled 2022 review of the pact.", MEXICO)
    # a bare month more than half a year on is as likely one gone ("ahead of the talks in February", beside March)
    assert dated_elsewhere("They spoke ahead of the talks in February.", TOKYO)


def fact(fact_id: str, source: str, quote: str, entities: tuple[str, ...]) -> Fact:
    return make_fact(fact_id, source, quote, "2025-04-07", entities=entities, topics=("visits",))


def test_the_visits_proposal_takes_in_a_tour_ahead_of_an_opening() -> None:
    facts = [
        fact("a-talks", "ahram", "Macron held talks with Sisi in Cairo on Monday.", ("Emmanuel Macron", "Sisi", "Egypt")),
        fact("a-tour", "ahram", "Macron's visit to Egypt began at the museum.", ("Emmanuel Macron", "Egypt")),
        fact(
            "a-museum",
            "ahram",
            "During his visit Macron and Sisi toured the museum ahead of its official opening on 3 July.",
            ("Emmanuel Macron", "Sisi"),
        ),
        fact("b-talks", "lbc", "Macron and Sisi held talks on Gaza during the visit.", ("Emmanuel Macron", "Sisi")),
        fact("b-walk", "lbc", "Sisi welcomed Macron to Egypt for a state visit.", ("Sisi", "Emmanuel Macron", "Egypt")),
    ]
    found = [set(p.fact_ids) for p in propose_links(facts, LinkDecisions()) if "one occasion" in p.evidence]
    assert found == [{"a-talks", "a-tour", "a-museum", "b-talks", "b-walk"}]
