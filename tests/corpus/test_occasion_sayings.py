"""What one leader said during the talks of a visit is a part of its occasion, and so is a fact that names an older text by its year.

Invented leaders and countries (the visit of :mod:`tests.corpus.test_occasion_proposals`,
Oskaro of Sudmark in Norland on 3-4 March 2031).  Outlets quote one side's
words at the meeting ("Oskaro said during his meeting with Marden", "during my
talks with my brother Marden today, I reaffirmed"): the saying is placed at
the occasion by its own words, though it names no visit or signing as its deed.
"""

from __future__ import annotations

from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.evidence import prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.occasion_words import said_of_occasion
from briefgen.corpus.parties import party_key
from briefgen.corpus.proposals import propose_links
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_proposals import GUEST, HOST, ended, occasion, visit

BOTH = (HOST[0], GUEST[0])


def said(quote: str, entities: tuple[str, ...] = BOTH) -> bool:
    item = prepare(make_fact("s", "gazette", quote, "2031-03-04", entities=entities, kind="statement", topics=("visits",)))
    return said_of_occasion(item, frozenset(map(party_key, entities)))


def test_a_saying_placed_during_the_meeting_or_talks_is_said_of_the_occasion() -> None:
    assert said('"Sudmark is our oldest friend," Oskaro said during his meeting with Marden in Velt.')
    assert said("During my talks with my brother Marden today, I reaffirmed our commitment to the river.")
    assert said("Oskaro told reporters during the state visit that the river must stay open to Norland's barges.")
    assert said("Marden said on the sidelines of the summit that Oskaro would be welcome again.")


def test_a_remark_after_the_talks_or_of_one_side_alone_is_not_said_of_the_occasion() -> None:
    assert not said("Oskaro hailed the port as vital in a statement relayed after the talks.")
    assert not said("At the meeting, attention was paid to the river.")  # a meeting, not a saying placed at it
    assert not said("Oskaro said during his meeting with the press that Sudmark builds ports.", (GUEST[0],))
    assert not said("Oskaro said the river must stay open.")


def test_one_leaders_words_during_the_meeting_join_the_visit_reported_by_another_outlet() -> None:
    words = make_fact(
        "c-words",
        "herald",
        "Norland is our faithful partner, Oskaro said during his meeting with Marden in Velt.",
        "2031-03-04",
        entities=BOTH,
        kind="statement",
        topics=("visits",),
    )
    line = make_fact(  # the writer's own line on the two sides: no one speaks, nothing of the visit
        "c-line",
        "herald",
        "Marden's barges outnumber Oskaro's on the shared river.",
        "2031-03-04",
        entities=BOTH,
        kind="statement",
        topics=("visits",),
    )
    members = set(occasion(propose_links([*visit(), words, line, ended()], LinkDecisions())).fact_ids)
    assert "c-words" in members and "a-arrive" in members
    assert "c-line" not in members


def test_an_earlier_text_named_by_its_year_does_not_date_the_fact_elsewhere() -> None:
    march = PartialDate.parse("2031-03-04")
    assert not elsewhen("The new treaty, based on the 1993 Treaty of Friendship, will have no expiry date.", march)
    assert not elsewhen("Protocols were signed restoring a 2004 deal on the supply of grain.", march)
    assert not elsewhen("The pact builds on their 2019 river agreement.", march)
    assert elsewhen("Norland and Sudmark signed the river treaty in 1993.", march)  # the year the text was signed
    assert elsewhen("the rift that followed the 2019 coup", march)  # a happening, not a text


def test_a_remark_that_names_the_occasion_at_hand_is_said_of_it() -> None:
    assert said('Oskaro noted that the results of this bilateral meeting are "the outcome of many months of joint work".')
    assert said("Today's summit has opened a new stage for Norland and Sudmark, Marden told parliament.")


def test_a_remark_on_another_or_a_coming_occasion_is_not_said_of_the_one_at_hand() -> None:
    assert not said("Oskaro hoped this coming visit would open the river to Norland's barges.")
    assert not said("Marden recalled that this year's meetings of the two navies went well.")
    assert not said("Oskaro noted that the results of this bilateral meeting are good.", (GUEST[0],))  # one side alone
