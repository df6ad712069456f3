"""A readout varies its verbs of saying: "remarked", "voiced", "spoke of", "cautioned", "paid tribute to".

Invented leaders and countries (the visit of :mod:`tests.corpus.test_occasion_proposals`,
Oskaro of Sudmark in Norland on 3-4 March 2031).  Each of these verbs says a
participant spoke at the visit as plainly as "said" does, so the statement is
a part of its occasion; a writer's own line with none of them is not, and the
same words on another day are of another occasion.
"""

from __future__ import annotations

from briefgen.corpus.spoken import _SAYING_BRANCHES
from briefgen.text.english import first_letter_alternation
from tests.corpus.test_occasion_speech_acts import members, statement


def test_statements_with_the_verbs_a_readout_varies_join_the_visit() -> None:
    found = members(
        statement("c-remarked", "Oskaro remarked that Marden's pilots know the river best."),
        statement("c-voiced", "Marden voiced hope of closer ferry links with Oskaro's Sudmark."),
        statement("c-spoke", "Oskaro spoke of the deepening friendship with Marden's Norland."),
        statement("c-cautioned", "Marden cautioned Oskaro against closing the upper locks."),
        statement("c-tribute", "Oskaro paid tribute to Marden's care for the river pilots."),
        statement("c-saying", "Marden opened his remarks by saying Oskaro's shipyards are welcome in Velt."),
    )
    assert {"c-remarked", "c-voiced", "c-spoke", "c-cautioned", "c-tribute", "c-saying", "a-arrive"} <= found


def test_the_same_verbs_on_another_day_stay_out() -> None:
    found = members(statement("c-june", "Oskaro remarked that Marden's pilots know the river best.", "2031-06-20"))
    assert "c-june" not in found and "a-arrive" in found


def test_a_writers_line_without_a_verb_of_saying_stays_out() -> None:
    found = members(statement("c-line", "Marden's pilots know the river better than Oskaro's crews."))
    assert "c-line" not in found and "a-arrive" in found


def test_the_verbs_of_saying_stay_one_alternation_grouped_by_first_letter() -> None:
    """The pattern is tried on the quote of every statement of an occasion's article: a branch that opens with a group
    instead of a letter ("(?:made|issued) ... statement") left all 75 verbs one flat caseless alternation, tried verb by
    verb at every place, three times as slow."""
    assert first_letter_alternation(_SAYING_BRANCHES) != "|".join(_SAYING_BRANCHES)
    found = members(
        statement("c-issued", "Oskaro issued a joint statement with Marden on the upper locks."),
        statement("c-delivered", "Marden delivered a speech praising Oskaro's shipyards."),
    )
    assert {"c-issued", "c-delivered", "a-arrive"} <= found
