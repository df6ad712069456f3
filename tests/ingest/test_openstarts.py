"""A line that opens in lower case with a word that continues a sentence is the tail of a cut sentence, never a
headline; a logo's text is the site's furniture (made-up lines)."""

from __future__ import annotations

import pytest

from briefgen.ingest.header import headline_like
from briefgen.ingest.text import furniture_kind


@pytest.mark.parametrize(
    ("line", "like"),
    [
        ("and what did the presidents of Westmark agree on in Port Avel?", False),
        ("but the talks in Port Avel went on into the night", False),
        ("of the two presidents' talks in Port Avel", False),
        ("What did the presidents of Westmark agree on in Port Avel?", True),
        ("iPhone maker to open plant in Westmark", True),  # a lower-case brand is no cut sentence
    ],
)
def test_a_line_opening_on_a_sentences_tail_is_no_headline(line: str, like: bool) -> None:
    assert headline_like(line) is like


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Logo Central America Link", "menu"),
        ("Logo Westmark Times", "menu"),
        ("Logo unveiled for Westmark summit", None),
        ("Error message", "error message"),
        ("User warning: The following module is missing (line 1128 of /var/www/un/includes/", "error message"),
        ("Warning: the minister said the talks would go on", None),
    ],
)
def test_a_logos_text_and_a_cms_error_are_furniture(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind
