"""What a participant did in words at a visit, with no verb of saying, is a part of its occasion.

Invented leaders and countries (the visit of :mod:`tests.corpus.test_occasion_proposals`,
Oskaro of Sudmark in Norland on 3-4 March 2031).  Outlets report much of what
was said at a visit by its act of speech ("Oskaro praised", "they reaffirmed",
"Marden invited") or remark on the visit itself ("the visit aims to"): under
the reading of record these are parts of the occasion.  A writer's own line on
the two sides, with neither, is not; nor is an act of speech on another day.
"""

from __future__ import annotations

from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_proposals import GUEST, HOST, ended, occasion, visit

BOTH = (HOST[0], GUEST[0])


def statement(fact_id: str, quote: str, date: str = "2031-03-04", entities: tuple[str, ...] = BOTH) -> Fact:
    return make_fact(fact_id, "herald", quote, date, entities=entities, kind="statement", topics=("visits",))


def members(*extra: Fact) -> set[str]:
    return set(occasion(propose_links([*visit(), ended(), *extra], LinkDecisions())).fact_ids)


def test_an_act_of_speech_at_the_visit_joins_the_arrival_reported_by_another_outlet() -> None:
    found = members(
        statement("c-praised", "Oskaro praised Marden's care for the river pilots."),
        statement("c-reaffirmed", "Marden and Oskaro reaffirmed their support for the river treaty."),
        statement("c-invited", "Marden invited Oskaro's shipyards to build barges in Velt."),
    )
    assert {"c-praised", "c-reaffirmed", "c-invited", "a-arrive"} <= found


def test_a_remark_on_the_visit_itself_joins_it() -> None:
    aims = statement("c-aims", "The visit of Oskaro aims to strengthen the friendship with Norland.", entities=(GUEST[0], "Norland"))
    assert "c-aims" in members(aims)


def test_a_writers_line_on_the_two_sides_stays_out() -> None:
    found = members(statement("c-line", "Marden's barges outnumber Oskaro's on the shared river."))
    assert "c-line" not in found and "a-arrive" in found


def test_an_act_of_speech_on_another_day_stays_out() -> None:
    found = members(statement("c-june", "Oskaro praised Marden's care for the river pilots.", "2031-06-20"))
    assert "c-june" not in found and "a-arrive" in found


def test_one_leader_speaking_of_the_two_countries_joins_the_visit() -> None:
    found = members(
        statement("c-two", "Oskaro said close cooperation between the two countries keeps the river open.", entities=(GUEST[0],)),
    )
    assert "c-two" in found and "a-arrive" in found  # one side speaking of its own affairs joins too: test_occasion_one_side


def test_a_saying_with_its_calendar_date_or_a_numbered_name_joins_the_visit() -> None:
    found = members(
        statement("c-dated", "On Tuesday, March 4, 2031, Oskaro praised Marden's care for the river pilots."),
        statement("c-ordinal", "Marden said on the 4th that Oskaro's shipyards are welcome in Velt."),
        statement("c-named", "Oskaro and Marden discussed the R-7 canal and the upcoming V20 summit."),
        statement("c-figure", "14 barges of Marden's fleet sail under his flag, Oskaro said."),  # speaker first, it joins
    )
    assert {"c-dated", "c-ordinal", "c-named", "a-arrive"} <= found
    assert "c-figure" not in found  # a figure said at the visit is left to the figures' own rules


def test_an_act_of_speech_named_by_what_it_did_with_words_joins_the_visit() -> None:
    found = members(
        statement("c-acknowledged", "Marden acknowledged the work of Oskaro's river pilots in Velt."),
        statement("c-wished", "Oskaro wished Marden's people well on the coming harvest feast."),
        statement("c-message", "In Velt, Oskaro extended a message of friendship to Marden and the people of Norland."),
        statement("c-stance", "Marden and Oskaro shared a positive stance on reopening the river ferries."),
        statement("c-urge", "Oskaro took the opportunity to urge Marden to reopen the ferries."),
    )
    assert {"c-acknowledged", "c-wished", "c-message", "c-stance", "c-urge", "a-arrive"} <= found


def test_a_verb_that_also_names_an_act_needs_an_object_that_is_speech() -> None:
    found = members(
        statement("c-contract", "Oskaro extended the barge contract with Marden's shipyards."),
        statement("c-borders", "Marden's Norland shares borders with Oskaro's Sudmark along the river."),
    )
    assert "c-contract" not in found and "c-borders" not in found and "a-arrive" in found


def test_a_participants_words_in_the_first_person_join_the_visit() -> None:
    found = members(
        statement("c-we", "We have decided to open a second ferry line between Marden's Norland and Oskaro's Sudmark."),
        statement("c-they", "Ferries have decided the fate of Marden's Norland and Oskaro's Sudmark."),
    )
    assert "c-we" in found and "a-arrive" in found
    assert "c-they" not in found  # the same line without a speaker in it: a writer's own
