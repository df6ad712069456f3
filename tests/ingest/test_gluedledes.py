"""A lede with a photo caption glued to its end (gluedledes): kept as the lede, with its dateline's place."""

from __future__ import annotations

from briefgen.ingest.gluedledes import is_glued_lede
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


# Hindustan Times runs the caption on after a lede that has no dateline.
_BRUNEI = (
    "India and Brunei on Wednesday expanded their long-standing cooperation in space to satellite development and "
    "discussed the potential for long-term LNG supplies, with Prime Minister Narendra Modi describing the Southeast "
    "Asian state as an important partner in New Delhi’s vision for the Indo-Pacific. Prime Minister Narendra Modi with "
    "Sultan of Brunei Hassanal Bolkiah in Brunei on Wednesday. (PTI)"
)
_OMAN = (
    "India and Oman on Thursday signed a free trade agreement that allows duty-free access of almost all Indian goods "
    "in the West Asian country, a comprehensive services package spanning 127 sectors, and a liberalised mobility "
    "framework for Indian professionals including accountants, architects, doctors and practitioners of traditional "
    "medicine. Prime Minister Narendra Modi being conferred with Oman’s highest honour, 'Order of Oman' by Sultan of "
    "Oman Haitham bin Tarik , in Muscat on Thursday. (ANI)"
)
_BRUNEI_NEXT = (
    "Modi, the first Indian premier to make a bilateral visit to Brunei, and Sultan Hassanal Bolkiah, agreed to elevate "
    "four-decade-old diplomatic ties to an enhanced partnership and discussed collaboration in emerging areas such as "
    "fintech and cyber-security."
)


def test_a_lede_with_no_dateline_keeps_the_caption_run_on_after_it() -> None:
    for lede in (_BRUNEI, _OMAN):
        part = clean_page(f"{lede}\n\n{_BRUNEI_NEXT}\n\n{_MORE}\n").parts[0]
        assert part.paragraphs[0] == lede
        assert not [r for r in part.removed if r.kind == "photo caption"]


def test_a_caption_that_shows_its_picture_first_is_taken_off_whole() -> None:
    # Two sentences of a caption: the picture first, then more about the day; the credit closes both.
    caption = (
        "Cambodian King Norodom Sihamoni presents the National Order of Independence – Grand Collar to Chinese "
        "President Xi Jinping at the Royal Palace in Phnom Penh, Cambodia, April 17, 2025. XI met Cambodian King "
        "Norodom Sihamoni on Thursday at the Royal Palace in Phnom Penh. (Photo: Xinhua)"
    )
    part = clean_page(f"{caption}\n\n{_BRUNEI_NEXT}\n\n{_MORE}\n").parts[0]
    assert part.paragraphs[0] == _BRUNEI_NEXT
    assert [r.kind for r in part.removed] == ["photo caption"]


def test_a_caption_of_one_sentence_is_taken_off_however_long() -> None:
    caption = (
        "Iranian President Masoud Pezeshkian attends his first press conference after taking office in July on Sept. 16, "
        "2024 in Tehran, Iran. (Majid Saeedi/Getty Images)"
    )
    assert not is_glued_lede(caption)
    part = clean_page(f"{caption}\n\n{_BRUNEI_NEXT}\n\n{_MORE}\n").parts[0]
    assert part.paragraphs[0] == _BRUNEI_NEXT
    assert [r.kind for r in part.removed] == ["photo caption"]


def test_a_first_sentence_written_as_a_caption_is_no_lede() -> None:
    # Where a person stands in the picture, or the moment it shows, makes the first sentence a caption's too.
    standing = (
        "Indian Prime Minister Narendra Modi, left, hugs visiting New Zealand Prime Minister Christopher Luxon before "
        "their meeting in New Delhi, India, on Monday morning. Modi with Luxon in New Delhi. (AP)"
    )
    moment = (
        "Prime Minister Narendra Modi being welcomed by the Sultan of Brunei Hassanal Bolkiah at the Istana Nurul Iman "
        "palace in Bandar Seri Begawan on Wednesday. Modi with the Sultan. (PTI)"
    )
    assert not is_glued_lede(standing)
    assert not is_glued_lede(moment)
    assert is_glued_lede(_BRUNEI)
    assert is_glued_lede(_OMAN)
