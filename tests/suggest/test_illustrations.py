"""An example, a precedent or a gloss opened as one gets no draft; the claim before it, and the same words mid-sentence, keep theirs."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.illustrations import is_illustration
from briefgen.suggest.selection import drafted_spans
from briefgen.suggest.sentences import split_sentences


def test_an_example_or_a_precedent_opened_as_one_is_read() -> None:
    assert is_illustration(
        "For example, at a meeting in July, the Russian leader positively commented on the trade and economic relations "
        "between the countries and noted the prospects."
    )
    assert is_illustration(
        "For example, this year marks the 70th anniversary of the Ulaanbaatar Railway interstate joint venture, while the "
        "development of Mongolia’s virgin lands began with Soviet assistance 60 years ago."
    )
    assert is_illustration(
        "In the past, during visits from abroad, there have been press encounters in the Chancellery without the "
        "opportunity to ask questions, which has been criticized by capital city journalists."
    )


def test_a_gloss_of_aim_or_effect_is_read() -> None:
    assert is_illustration(
        "In doing so, they look to leave behind years of animosity sparked by Japan’s 1910-1945 occupation of the Korean peninsula."
    )
    assert is_illustration(
        "In doing so, it will rapidly scale up Australia’s critical minerals production and processing as it challenges "
        "China’s global dominance."
    )


def test_a_gloss_that_reports_an_act_and_examples_inside_a_claim_stay() -> None:
    assert not is_illustration("In doing so, he became the first Indian prime minister to address the Fijian Parliament.")
    assert not is_illustration("The two sides signed agreements on, for example, energy, ports and railways.")


def test_openings_that_date_an_earlier_act_are_left_alone() -> None:
    assert not is_illustration("Previously, the two leaders met on the sidelines of the G20 summit in Bali.")
    assert not is_illustration("At that time, the two sides signed a memorandum on energy cooperation.")


def test_the_drafts_keep_the_press_conference_and_leave_out_the_precedent() -> None:
    body = "\n\n".join(
        [
            "Chancellor Olaf Scholz and President Recep Tayyip Erdogan will hold a joint press conference at the "
            "Chancellery on Friday evening.",
            "In the past, during visits from abroad, there have been press encounters in the Chancellery without the "
            "opportunity to ask questions, which has been criticized by capital city journalists.",
        ]
    )
    spans = drafted_spans(body, split_sentences(body), None, False, dt.date(2023, 11, 15), 2023, "Erdogan visits Berlin")
    drafted = [span.text for _, span, _ in spans]
    assert any("will hold a joint press conference" in text for text in drafted)
    assert not any("In the past" in text for text in drafted)
