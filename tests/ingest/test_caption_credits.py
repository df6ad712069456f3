"""A photo's caption closed by a bracketed credit ("(Photo: VNA)") is never the headline of a second article."""

from __future__ import annotations

import pytest

from briefgen.ingest.text import clean_page

_BODY = [
    "Hanoi (VNA) - The two presidents held talks on Monday on trade, energy and education, the ministry said.",
    "They agreed to raise two-way trade and to open a new direct flight between the two capitals next year.",
    "The visiting president also met students at the university and laid a wreath at the monument.",
]


@pytest.mark.parametrize("credit", ["(Photo: VNA)", "(Photo: Reuters)", "(Image: AFP)", "(Photos: Jane Doe)"])
def test_captioned_photo_line_is_no_part_start(credit: str) -> None:
    caption = f"The talks between the two presidents in Hanoi on May 26 {credit}"
    page = clean_page("\n\n".join(["Two presidents hold talks in Hanoi", caption, *_BODY]) + "\n")
    assert len(page.parts) == 1
    part = page.parts[0]
    assert part.headline == "Two presidents hold talks in Hanoi"
    assert part.paragraphs == _BODY
    assert ("photo caption", caption) in [(r.kind, r.text) for r in part.removed]


def test_headline_without_credit_still_heads_its_article() -> None:
    page = clean_page("\n\n".join(["Two presidents hold talks in Hanoi (update)", *_BODY]) + "\n")
    assert [p.headline for p in page.parts] == ["Two presidents hold talks in Hanoi (update)"]
