"""A caption below the header, closed by a picture's credit, and a caption glued to the lede before its credit: neither
is drafted, while the report's sentences on the same page (and a lede sharing the caption's line) are.

Real lines of half A's pages (VietnamPlus, CPPCC, NZ Herald, Mid-day, Asia Today, Capital FM, Hindustan Times).
"""

from __future__ import annotations

import functools

from briefgen.suggest.caption_credits import credited_caption_line, glued_caption, lede_before_caption
from tests.suggest.drafting import spans_drafted

_REPORT = (
    "Hanoi (VNA) – France has always held an important position in Vietnam's foreign policy and is the first European "
    "Union country with which Vietnam has established a comprehensive strategic partnership, State President Luong "
    "Cuong said on May 26."
)


_drafted = functools.partial(spans_drafted, ref_year=2025)


def test_a_caption_closed_by_a_picture_credit_below_the_standfirst_is_not_drafted() -> None:
    standfirst = (
        "France pledged to support the early ratification of the EU – Vietnam Investment Protection Agreement (EVIPA), "
        'advocate for the European Commission to lift its "yellow card" warning on Vietnamese seafood.'
    )
    caption = "The talks between State President Luong Cuong and his French counterpart Emmanuel Macron in Hanoi on May 26 (Photo: VNA)"
    drafted = _drafted(f"{standfirst}\n\n{caption}\n{caption}\n\n{_REPORT}\n")
    assert not any("The talks between" in text for text in drafted)
    assert any("France has always held an important position" in text for text in drafted)


def test_every_shape_of_credit_marks_the_line_a_caption() -> None:
    for caption, line in (
        (
            "Xi held talks with Sisi at the Great Hall of the People in Beijing on Wednesday.",
            "Chinese President Xi Jinping shakes hands with Egyptian President Abdel Fattah El-Sisi in Beijing, capital of "
            "China, May 29, 2024. Xi held talks with Sisi at the Great Hall of the People in Beijing on Wednesday. [Photo/Xinhua]",
        ),
        (
            "Chris Hipkins and Baoshan District Mayor Gao Yiyi exchange gifts during the Kiwi delegation’s visit to the Baoshan Museum.",
            "Chris Hipkins and Baoshan District Mayor Gao Yiyi exchange gifts during the Kiwi delegation’s visit to the Baoshan "
            "Museum in Shanghai. Photo / RNZ",
        ),
        (
            "Prime Minister Narendra Modi participates in the third Forum of India-Pacific Islands Cooperation (FIPIC) Summit.",
            "Prime Minister Narendra Modi participates in the third Forum of India-Pacific Islands Cooperation (FIPIC) Summit, "
            "in Port Moresby, on May 22, Monday. ANI Photo",
        ),
        (
            "South Korean President Lee Jae-myung shares a laugh with U.S. President Donald Trump during their summit.",
            "South Korean President Lee Jae-myung shares a laugh with U.S. President Donald Trump during their summit in the "
            "Oval Office of the White House in Washington, D.C., on August 25. / Source: Yonhap |",
        ),
        (
            "President William Ruto was in the US in May 2024 on a State visit.",
            "President William Ruto was in the US in May 2024 on a State visit that underscores the strategic partnership "
            "between the two nations and aims to bolster economic ties and cooperation. /PCS.",
        ),
    ):
        assert credited_caption_line(caption, line), line


def test_a_captions_plan_and_a_paragraph_signed_by_its_wire_are_drafted() -> None:
    line = (
        "Sisi, who is in China on a state visit, will attend the opening ceremony of the 10th Ministerial Conference of "
        "the China-Arab States Cooperation Forum. [Photo/Xinhua]"
    )
    assert not credited_caption_line(line, line)
    paragraph = (
        "Pakistan and Uzbekistan enjoy close ties and the Uzbek President Shavkat Mirziyoyev visited Pakistan last year "
        "to further bolster bilateral ties and discuss connectivity projects. (PTI)"
    )
    assert not credited_caption_line(paragraph, paragraph)
    assert any("enjoy close ties" in text for text in _drafted(paragraph + "\n"))


def test_a_caption_glued_to_the_lede_is_split_off_and_the_lede_drafted_alone() -> None:
    lede = (
        "New Delhi: India and Kuwait on Sunday elevated their relationship to a strategic partnership as Prime Minister "
        "Narendra Modi and the Kuwaiti leadership focused on a roadmap to expand cooperation in areas such as defence, "
        "energy, trade, investment and technology."
    )
    caption = (
        "Prime Minister Narendra Modi with his Kuwaiti counterpart Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah during a meeting, "
        "in Kuwait, Sunday."
    )
    line = f"{lede} {caption} (PTI)"
    assert glued_caption(caption, line)
    assert not glued_caption(lede, line)
    drafted = _drafted(line + "\n")
    assert not any(text.startswith("Prime Minister Narendra Modi with his Kuwaiti counterpart") for text in drafted)
    assert any(text.startswith("India and Kuwait on Sunday elevated their relationship") for text in drafted)


def test_a_lede_run_on_after_a_captions_credit_is_drafted_without_it() -> None:
    # IOL runs the caption, its credit and the next sentence together in one paragraph.
    paragraph = (
        "Total bilateral trade grew from R614 billion in 2022 to R692 billion in 2023, said Vincent Magwenya, spokesperson "
        "for the Presidency in Tshwane. Chinese President Xi Jinping and President Cyril Ramaphosa. (Xinhua/Xie Huanchi) On "
        "Monday, Ramaphosa’s State Visit to China officially commences with a welcome ceremony at the Great Hall of the People."
    )
    lede = "On Monday, Ramaphosa’s State Visit to China officially commences with a welcome ceremony at the Great Hall of the People"
    drafted = _drafted(paragraph + "\n")
    assert lede in drafted
    assert not any("Xinhua/Xie Huanchi" in text for text in drafted)


def test_a_lede_run_into_a_captions_credit_with_no_space_is_drafted_and_the_caption_is_not() -> None:
    # VietnamPlus (intake_final153): "… at Noi Bai airport in Hanoi (Photo: VNA)Hanoi (VNA) – Dutch Prime Minister …".
    paragraph = (
        "The visiting prime minister is welcomed at the airport in Hanoi (Photo: VNA)Hanoi (VNA) – The visiting prime "
        "minister arrived in Hanoi on November 1 evening, beginning his two-day official visit to Vietnam.\n"
    )
    drafted = _drafted(paragraph)
    lede = "The visiting prime minister arrived in Hanoi on November 1 evening, beginning his two-day official visit to Vietnam"
    assert any(text.endswith(lede) for text in drafted)
    assert not any("welcomed at the airport" in text for text in drafted)


def test_a_lede_on_its_dateline_before_a_caption_closed_by_its_credit_is_drafted_and_the_caption_is_not() -> None:
    # Hindustan Times sets the credit without a stop before it, so the whole line closes on a credit.
    lede = (
        "NEW DELHI: Greece on Friday conferred the Grand Cross of the Order of Honour, the country’s highest civilian order "
        "that can be awarded to a premier, on Prime Minister Narendra Modi."
    )
    caption = (
        "Prime Minister Narendra Modi being conferred with the Grand Cross of the Order of Honour by the President of Greece "
        "Katerina Sakellaropoulou in Athens on Friday (PTI/Via PIB)"
    )
    line = f"{lede} {caption}"
    assert lede_before_caption(lede, line)
    assert not credited_caption_line(lede, line)
    assert credited_caption_line(caption, line)
    assert not lede_before_caption(caption, line)
    drafted = _drafted(line + "\n")
    assert any(text.startswith("Greece on Friday conferred the Grand Cross") for text in drafted)
    assert not any(text.startswith("Prime Minister Narendra Modi being conferred") for text in drafted)


def test_a_caption_alone_on_its_line_is_no_lede_even_after_a_dateline() -> None:
    caption = "NEW DELHI: Prime Minister Narendra Modi with Sultan Haitham bin Tarik in Muscat on Thursday. (PTI)"
    assert not lede_before_caption(caption, caption)
