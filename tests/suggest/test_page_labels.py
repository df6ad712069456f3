"""Round 70's page labels and late captions: real lines of half A's pages, each beside a claim of the same page that
stays drafted (`intake_final48`, `52`, `74`, `86`, `88`, `108`, `112`)."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.furniture import is_late_caption
from briefgen.suggest.page_labels import is_page_label
from briefgen.suggest.selection import drafted_spans
from briefgen.suggest.sentences import split_sentences


def _drafted(*paragraphs: str) -> list[str]:
    """The sentences of a page of ``paragraphs`` that the selection drafts (no headline)."""
    body = "\n\n".join(paragraphs)
    return [span.text for _, span, _ in drafted_spans(body, split_sentences(body), None, False, dt.date(2024, 7, 10), 2024, "")]


def test_a_videos_title_is_not_drafted_and_the_report_is() -> None:
    video = "Video: Modi was received in Vienna on Wednesday"
    report = (
        "The Hindu nationalist Modi, who has been in office for ten years, landed at Vienna’s Schwechat airport on "
        "Tuesday evening from Moscow."
    )
    assert is_page_label(video)
    assert _drafted(report, video, "This video is disabled") == [report.rstrip(".")]


def test_a_box_of_highlights_is_not_drafted_but_the_sentences_after_it_are() -> None:
    line = (
        "Highlights: President Xi Jinping and Zambian President Hichilema held talks at the Great Hall of the People. "
        "The two heads of state announced that China-Zambia relations will be upgraded to a comprehensive strategic "
        "cooperative partnership."
    )
    assert _drafted(line) == [
        "The two heads of state announced that China-Zambia relations will be upgraded to a comprehensive strategic cooperative partnership"
    ]


def test_a_blogs_comment_counter_over_its_title_is_not_drafted() -> None:
    counter = (
        "Asia-Pacific, Europe, News No Comments on French President Macron visits Kazakhstan and Uzbekistan, aiming "
        "to secure uranium supply"
    )
    report = "Macron started his Central Asian tour from Kazakhstan on November 1, 2023, where he met with President Kassym-Jomart Tokayev."
    assert is_page_label(counter)
    assert _drafted(counter, report) == [report.rstrip(".")]


def test_a_lead_in_cut_at_its_comma_is_not_drafted_and_what_it_brings_in_is() -> None:
    lead_in = "According to a release issued on Monday by presidential spokesperson, Bayo Onanuga,"
    report = "King Charles will host President Tinubu and his wife at Windsor Castle from Wednesday, March 18, to Thursday, March 19."
    assert is_page_label(lead_in)
    assert _drafted(lead_in, report) == [report.rstrip(".")]


def test_a_lead_in_that_goes_on_to_what_was_said_is_no_label() -> None:
    assert not is_page_label("According to a release issued on Monday, King Charles will host President Tinubu at Windsor Castle.")


def test_captions_closing_on_a_weekday_or_a_month_are_not_drafted_and_the_reports_under_them_are() -> None:
    handshake = (
        "Prime Minister Sanae Takaichi and her Italian counterpart Giorgia Meloni shake hands ahead of their meeting at "
        "the Prime Minister’s Office on Friday."
    )
    file_photo = "German Chancellor Olaf Scholz speaks at a press conference in Tokyo in April 2022."
    smiles = (
        "Brazilian President Luiz Inacio Lula da Silva, left, and Prime Minister Shigeru Ishiba smile after a joint "
        "press conference at the State Guest House in Tokyo on Wednesday."
    )
    report = (
        "Prime Minister Shigeru Ishiba and Brazilian President Luiz Inacio Lula da Silva have agreed that their "
        "nations’ leaders will meet in Brazil or Japan every two years."
    )
    assert all(is_late_caption(line) for line in (handshake, file_photo, smiles))
    assert _drafted(handshake, file_photo, smiles, report) == [report.rstrip(".")]


def test_a_schedules_present_a_plan_and_a_signing_are_no_late_captions() -> None:
    assert not is_late_caption("Prime Minister Narendra Modi arrives in Vienna on Tuesday.")
    assert not is_late_caption("Takaichi and Meloni will shake hands before their talks at the Prime Minister’s Office on Friday.")
    assert not is_late_caption("Ishiba and Lula smile as they sign an action plan at the State Guest House on Wednesday.")
    assert not is_late_caption("Prime Minister Narendra Modi received a rousing welcome from the Indian community in Zagreb on Wednesday.")
