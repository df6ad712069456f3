"""A lede with a photo caption glued to its end (gluedledes): kept as the lede, with its dateline's place."""

from __future__ import annotations

from briefgen.ingest.meta import find_dateline
from briefgen.ingest.text import clean_page

_LEDE = (
    "New Delhi: India and Kuwait on Sunday elevated their relationship to a strategic partnership as Prime Minister "
    "Narendra Modi and the Kuwaiti leadership focused on a roadmap to expand cooperation in areas such as defence, "
    "energy, trade, investment and technology. Prime Minister Narendra Modi with his Kuwaiti counterpart Sheikh Ahmad "
    "Abdullah Al-Ahmad Al-Sabah during a meeting, in Kuwait, Sunday. (PTI)"
)
_NEXT = (
    "The two sides signed a memorandum of understanding (MoU) on defence that will lead to an increase in cooperation "
    "in training, joint exercises, defence industry and supply of defence equipment during Modi’s visit."
)
_MORE = "The two countries have close energy and business ties and India is among Kuwait’s top trading partners."


def test_the_lede_with_a_glued_caption_stays_the_lede() -> None:
    part = clean_page(f"{_LEDE}\n\n{_NEXT}\n\n{_MORE}\n").parts[0]
    assert part.paragraphs[0] == _LEDE
    assert find_dateline(part.paragraphs)["place"].value == "New Delhi"


def test_a_caption_alone_is_still_taken_off() -> None:
    caption = "Prime Minister Narendra Modi with his Kuwaiti counterpart during a meeting, in Kuwait, Sunday. (PTI)"
    part = clean_page(f"{caption}\n\n{_NEXT}\n\n{_MORE}\n").parts[0]
    assert part.paragraphs[0] == _NEXT
    assert [r.kind for r in part.removed] == ["photo caption"]
