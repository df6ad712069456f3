"""A subheading set between the paragraphs of a report: not drafted, since the section under it states the claim.

Invented pages (people, places and bodies), so that the rule is tested as a class.
"""

from __future__ import annotations

import functools

from tests.suggest.drafting import spans_drafted

_drafted = functools.partial(spans_drafted, ref_year=2031)


_LEDE = (
    "Norland's Prime Minister Lena Osei arrived in Kallby on Tuesday for a two-day official visit to Vesta, "
    "her first trip abroad since taking office."
)
_SECTION = (
    "President Erik Lindqvist announced a grant of 300 million crowns for the Kallby rail link, "
    "the Vestan foreign ministry said in a statement."
)


def test_a_subheading_between_paragraphs_is_not_drafted() -> None:
    body = f"{_LEDE}\n\nVesta announces grant of 300 million crowns for rail link\n\n{_SECTION}"
    drafted = _drafted(body)
    assert not any(text.startswith("Vesta announces grant") for text in drafted)
    assert any(text.startswith("President Erik Lindqvist announced a grant") for text in drafted)


def test_a_related_story_headline_set_between_paragraphs_is_not_drafted() -> None:
    body = f"{_LEDE}\n\nNorland premier to meet Vestan investors in Kallby port\n\n{_SECTION}"
    assert not any("to meet Vestan investors" in text for text in _drafted(body))


def test_the_same_line_at_the_top_of_the_page_stays_a_draft() -> None:
    body = f"Vesta announces grant of 300 million crowns for rail link\n\n{_LEDE}\n\n{_SECTION}"
    assert any(text.startswith("Vesta announces grant") for text in _drafted(body))


def test_a_line_announced_by_a_colon_stays_a_draft() -> None:
    body = f"{_LEDE} The ministry added:\n\nThe leaders also discussed the Kallby port dues\n\n{_SECTION}"
    assert any("discussed the Kallby port dues" in text for text in _drafted(body))


def test_an_item_of_a_list_stays_a_draft() -> None:
    body = f"{_LEDE}\n\n- Vesta announces grant of 300 million crowns for rail link\n\n{_SECTION}"
    assert any("Vesta announces grant" in text for text in _drafted(body))


def test_the_last_line_of_an_excerpt_cut_short_stays_a_draft() -> None:
    body = f"{_LEDE}\n\n{_SECTION}\n\nThe two leaders also agreed to open a joint port authority in"
    assert any("joint port authority" in text for text in _drafted(body))
