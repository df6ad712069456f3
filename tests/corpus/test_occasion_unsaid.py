"""A participant's word at a visit given with no verb of saying is a part of its occasion.

Invented leaders and countries (the visit of :mod:`tests.corpus.test_occasion_proposals`,
Oskaro of Sudmark in Norland on 3-4 March 2031).  Outlets quote it bare,
attribute it ("according to"), give the two sides as its speaker, place it in
the talks, or name the act with a verb such as "pledging" or "confirmed"
(see :mod:`briefgen.corpus.unsaid`).  A writer's own line with none of these
marks stays out, and so does the same word on another day.
"""

from __future__ import annotations

from briefgen.corpus.unsaid import marks_speech
from tests.corpus.test_occasion_speech_acts import members, statement


def test_a_word_at_the_visit_with_no_verb_of_saying_joins_it() -> None:
    found = members(
        statement("c-quoted", "“Marden's pilots and Oskaro's crews keep the river open together.”"),
        statement("c-according", "According to Oskaro, Sudmark and Marden's Norland act as close partners."),
        statement("c-sides", "The sides confirmed their interest in Oskaro's barges sailing to Marden's ports."),
        statement("c-talks", "In the meetings, Oskaro's side showed keen interest in Marden's ferry plans."),
        statement("c-pledging", "with Marden and Oskaro pledging to work together on the upper locks."),
    )
    assert {"c-quoted", "c-according", "c-sides", "c-talks", "c-pledging", "a-arrive"} <= found


def test_the_same_word_on_another_day_stays_out() -> None:
    found = members(statement("c-june", "According to Oskaro, Sudmark and Marden's Norland act as close partners.", "2031-06-20"))
    assert "c-june" not in found and "a-arrive" in found


def test_a_writers_line_without_a_mark_of_speech_stays_out() -> None:
    found = members(statement("c-line", "Marden's pilots know the river better than Oskaro's crews."))
    assert "c-line" not in found and "a-arrive" in found


def test_so_called_is_no_verb_of_calling() -> None:
    assert not marks_speech("Norland's river tolls have drawn criticism as so-called “toll coercion.”")
    assert marks_speech("Oskaro flattered his host, calling him a “very respected man.”")
