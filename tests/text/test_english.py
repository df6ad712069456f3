"""The shared reading of English news text: whether a place stands inside a quotation."""

from __future__ import annotations

import pytest

from briefgen.text.english import inside_quotation, sentence_spans

LEDE = 'Erdogan said: "We met on Monday in Ankara," and the talks went on on Tuesday.'


@pytest.mark.parametrize(
    ("text", "word", "quoted"),
    [
        (LEDE, "Monday", True),
        (LEDE, "Tuesday", False),
        ("\u201cWe signed it on Friday,\u201d the minister said on Saturday.", "Friday", True),
        ("\u201cWe signed it on Friday,\u201d the minister said on Saturday.", "Saturday", False),
        ("The minister arrived on Sunday.", "Sunday", False),
    ],
)
def test_a_day_inside_a_quotation_is_the_speakers(text: str, word: str, quoted: bool) -> None:
    assert inside_quotation(text, text.index(word)) is quoted


def test_a_full_stop_that_lost_its_space_ends_a_sentence_when_asked() -> None:
    text = "The ministers signed four agreements on trade and security.The two leaders then spoke to reporters."
    glued = [text[start:end] for start, end in sentence_spans(text, glued=True)]
    assert glued == [
        "The ministers signed four agreements on trade and security.",
        "The two leaders then spoke to reporters.",
    ]
    assert [text[start:end] for start, end in sentence_spans(text)] == [text]


def test_a_year_before_a_full_stop_that_lost_its_space_ends_the_sentence() -> None:
    """ABP Live (intake_final136): "… for one year starting January 1, 2026.Dalela said that …"."""
    text = "India will chair the grouping from January 1, 2026.Dalela said the Prime Minister would address Parliament."
    glued = [text[start:end] for start, end in sentence_spans(text, glued=True)]
    assert glued == [
        "India will chair the grouping from January 1, 2026.",
        "Dalela said the Prime Minister would address Parliament.",
    ]
    # Figures with decimals run on: only four digits and a capitalised word make a year that ended a sentence.
    for text in ("Trade grew by 2.5 percent to $1.2 billion in 2024.", "Exports reached 2024.5 tonnes, Oman said."):
        assert len(sentence_spans(text, glued=True)) == 1, text


def test_a_picture_credit_run_into_the_next_sentence_ends_the_caption_when_asked() -> None:
    """VietnamPlus (intake_final153): the caption's credit, then the lede's dateline, no space between."""
    text = "The prime minister is welcomed at the airport (Photo: VNA)Hanoi (VNA) – The prime minister arrived on Monday."
    glued = [text[start:end] for start, end in sentence_spans(text, glued=True)]
    assert glued == ["The prime minister is welcomed at the airport (Photo: VNA)", "Hanoi (VNA) – The prime minister arrived on Monday."]
    assert len(sentence_spans(text)) == 1
    assert len(sentence_spans("Trade (in dollars)Grew on Monday.", glued=True)) == 1  # only a picture's credit


def test_a_glued_stop_after_an_abbreviation_or_inside_a_name_stays_inside_the_sentence() -> None:
    for text in (
        "Talks covered ports, rail, grain etc.The rest was left to officials.",
        "Mr.Tanaka met the envoy of the U.S.Navy in Yokohama.",
        "The ministry posted the text on VOV.VN on Monday.",
        "Aliyev met the envoy in Baku on Thursday, News.Az reports, citing the ministry.",
    ):
        assert len(sentence_spans(text, glued=True)) == 1, text
