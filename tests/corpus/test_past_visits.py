"""What was done on the visitor's last visit, set at the head of a sentence: another occasion than the one reported.

The sentences kept with the visit are from pages of relations no labelled set uses (round 108's own sample); those
left out are of invented leaders and countries (Oskaro of Sudmark visits Norland), in the shape of half A's.
"""

from __future__ import annotations

from briefgen.corpus.beside import beside_the_visit
from briefgen.corpus.past_visits import of_a_past_visit


def test_what_was_done_on_the_last_visit_is_of_that_visit() -> None:
    assert of_a_past_visit("During his last visit, both countries agreed to establish a joint commission.")
    assert of_a_past_visit("On his previous trip to Norland, Oskaro opened the Sudmark trade office.")
    assert beside_the_visit("During Oskaro's aforementioned visit to Vell, the Sudmark leader extended an invitation to the king.")


def test_the_visit_reported_and_a_last_visit_told_after_the_act_stay() -> None:
    # the rank of the visit reported, or the last day of its programme
    assert not of_a_past_visit(
        "During his four-day state visit to the US, first by a foreign leader under the 10-month old Obama Administration,"
        " Manmohan Singh met president Barack Obama at the White House."
    )
    assert not of_a_past_visit(
        "On the last day of the visiting programme, Turkish president will attend a business forum and participate in a"
        " gala dinner to be held in his honour at the Presidential Palace."
    )
    # told after the act, the last visit may be the one the gift answers (joined to the visit by half A's labels)
    assert not of_a_past_visit("Oskaro presented the king with a horse during his last visit to Vell, and the king gave him a car.")
