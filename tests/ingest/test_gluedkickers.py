"""A kicker of a few words glued to the headline ("The 'door to Europe'Benelux leaders meet …") is cut where the
address's page name begins, and a headline taken from a paragraph drops its second copy printed just below (round-109
sample: RTL Today's Benelux summit, Sputnik's runoff report)."""

from __future__ import annotations

from briefgen.ingest.headline_moves import with_headline
from briefgen.ingest.text import Part
from briefgen.ingest.titling import without_glued_label

_RTL = "https://today.rtl.lu/news/luxembourg/benelux-leaders-meet-in-luxembourg-to-strengthen-regional-cooperation-2284436"


def test_a_glued_kicker_is_cut_where_the_address_begins() -> None:
    headline = "The 'door to Europe'Benelux leaders meet in Luxembourg to strengthen regional cooperation"
    assert without_glued_label(headline, _RTL) == "Benelux leaders meet in Luxembourg to strengthen regional cooperation"


def test_a_headline_the_address_opens_with_stays_whole() -> None:
    headline = "Benelux leaders meet in Luxembourg to strengthen regional cooperation"
    assert without_glued_label(headline, _RTL) == headline


def test_a_glue_far_into_the_line_is_no_kicker() -> None:
    headline = "Prime ministers of three neighbouring countries said on Tuesday thatBenelux leaders meet"
    assert without_glued_label(headline, _RTL) == headline


_TITLE = "Ex-Finnish Prime Minister Stubb Pulls Ahead in Presidential Runoff"
_STANDFIRST = (
    "Finland's center-right former prime minister, Alexander Stubb, pulled ahead in the presidential runoff on Sunday,"
    " polling at 51.9% after 90% of the ballots were counted."
)
_LEDE = "MOSCOW (Sputnik) - " + _STANDFIRST


def test_the_second_copy_below_the_standfirst_is_the_repeat() -> None:
    part = with_headline(Part(paragraphs=["International", _TITLE, _STANDFIRST, _TITLE, _LEDE]), 1)
    assert part.headline == _TITLE
    assert part.paragraphs == ["International", _STANDFIRST, _LEDE]
    assert [r.kind for r in part.removed] == ["headline", "repeated headline"]


def test_a_copy_far_below_stays_in_the_text() -> None:
    paragraphs = ["International", _TITLE, _STANDFIRST, _LEDE, "Haavisto conceded.", "Stubb thanked voters.", _TITLE]
    part = with_headline(Part(paragraphs=paragraphs), 1)
    assert part.paragraphs[-1] == _TITLE
