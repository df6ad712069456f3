"""Meetings held beside a bilateral visit that are occasions of their own: a regional format, three or more leaders, preparations.

Invented leaders and countries (the visit of Norland and Sudmark): a "group +
one" summit in the same city and week, a consultative meeting of a region's
heads of state, a quote naming the leaders of three countries, and the
meetings "held in preparation for the visit" are not parts of the visit; the
visit's own talks, with one or two leaders named, stay in.
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.meetings import of_another_meeting
from briefgen.corpus.models import Fact
from briefgen.corpus.parties import party_key
from tests.corpus.builders import make_fact

SIDES = frozenset({party_key("Norland"), party_key("Sudmark")})


def fact(fact_id: str, quote: str, entities: tuple[str, ...] = ()) -> Fact:
    return make_fact(fact_id, "gazette", quote, "2031-03-04", entities=entities, topics=("visits",))


def other(quote: str, entities: tuple[str, ...] = ()) -> bool:
    return of_another_meeting(prepare(fact("f", quote, entities)), SIDES, party_key)


def test_a_group_plus_one_format_is_a_meeting_of_many() -> None:
    assert other('The same week, Velt will also host the "Inner Seas + Oskaria" summit.')
    assert other("Ministers of the C7+1 format met on the eve of the visit.")
    assert not other("Trade rose 5 percent in 2030, officials said.")


def test_a_consultative_meeting_of_a_regions_heads_of_state_is_another_meeting() -> None:
    assert other("The fourth consultative meeting of the heads of state of the Inner Seas will take place in Velt on Friday.")
    assert other("On Friday he will attend the meeting of the leaders of the Inner Seas countries.")
    assert not other("The talks of the two heads of state were held in Velt on Tuesday.")


def test_a_quote_naming_the_leaders_of_three_countries_is_of_another_meeting() -> None:
    three = "President of Norland Oskaro, President of Sudmark Marden and President of Ostria Vell are expected to attend."
    assert other(three)
    assert not other("President of Norland Oskaro held talks with President of Sudmark Marden in Velt.")
    # one leader's title said three times names one country, not three
    assert not other("President of Norland Oskaro thanked the President of Sudmark; the President of Sudmark replied.")


def test_meetings_held_in_preparation_for_the_visit_are_before_it() -> None:
    assert other("In preparation for the visit, meetings of the joint commission and a business council were held.")
    assert not other("During the visit, the joint commission met in Velt.")


def test_the_leader_of_a_third_country_attending_names_another_meeting() -> None:
    assert other("President of Ostria Vell will also take part in the meeting.")
    # the visit's own leaders attending are the visit
    assert not other("President of Sudmark Marden will attend the state dinner.")
    # a third leader named but not attending is no meeting of his
    assert not other("President of Norland Oskaro recalled the visit of the King of Ostria.")
