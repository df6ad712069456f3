"""A sentence closed inside its quotation marks ends with its full stop (quotedends): body text, not a headline's shape."""

from __future__ import annotations

import pytest

from briefgen.ingest.header import headline_like, is_body
from briefgen.ingest.quotedends import ends_with
from briefgen.ingest.text import clean_page

# NewsBytes on Macron in India: the article's last paragraphs, two of them closed inside a quotation.
_HEADLINE = "French President Macron in India: France best partner for India"
_EARLIER = (
    "As part of the joint statement, Modi spoke about how they've signed two agreements for education and "
    "migration-mobility to improve youth interaction."
)
_CLASSIFIED = 'He added that agreement was also signed for protecting "classified information."'
_MAKE_IN_INDIA = "Further, Modi welcomed French investment in defense under 'Make in India.'"
_VISION = "Considering the significance of peace and stability in the Indian Ocean region, the two released a 'Joint strategic vision.'"
_SUBHEAD = "Modi: 'Liberty, equality and fraternity embedded in Indian constitution also'"


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (_CLASSIFIED, True),
        (_MAKE_IN_INDIA, True),
        ("The two leaders called it a “historic” decision.”", True),
        ("The talks, he said, were “productive,’", True),
        (_SUBHEAD, False),
        ("Modi, Macron hold talks as India, France ink 14 pacts", False),
    ],
)
def test_the_full_stop_before_the_closing_quotation_mark_counts(text: str, ends: bool) -> None:
    assert ends_with(text, (".", ",", ";", ":")) is ends


def test_a_sentence_closed_inside_its_quotation_is_body_text() -> None:
    for line in (_CLASSIFIED, _MAKE_IN_INDIA, _VISION):
        assert not headline_like(line)
        assert is_body(line)
    assert headline_like(_SUBHEAD)  # a quotation that closes no sentence still reads as a subheading


def test_the_article_s_last_paragraphs_are_not_cut_off_as_a_teaser_list() -> None:
    page = clean_page(f"{_HEADLINE}\n{_EARLIER}\n{_CLASSIFIED}\n{_MAKE_IN_INDIA}\n{_VISION}\nDo you know?\n")
    part = page.parts[0]
    assert part.paragraphs == [_EARLIER, _CLASSIFIED, _MAKE_IN_INDIA, _VISION, "Do you know?"]
    assert [r.kind for r in part.removed] == ["headline"]


def test_a_list_of_other_stories_titles_is_still_cut_off() -> None:
    titles = ["Mali parliament grants interim president a new term", "US cuts foreign aid budgets", "Rupee closes flat"]
    page = clean_page(f"{_HEADLINE}\n{_EARLIER}\n{_CLASSIFIED}\n" + "\n".join(titles) + "\n")
    part = page.parts[0]
    assert part.paragraphs == [_EARLIER, _CLASSIFIED]
    assert [r.text for r in part.removed if r.kind == "teaser"] == titles
