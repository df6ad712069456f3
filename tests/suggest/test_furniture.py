"""Round 52's page furniture: a byline's day, the outlet's notes to its reader, a count of points announced.

Real paragraphs of half A's pages (`intake_final48`, `intake_final64`, `intake_final66`, `intake_final84`),
each beside a claim of the same page that stays drafted.
"""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.furniture import is_byline_day, is_list_lead_in, is_newsroom_note
from briefgen.suggest.selection import drafted_spans
from briefgen.suggest.sentences import split_sentences
from briefgen.suggest.worth import check_worthy


def _drafted(*paragraphs: str) -> list[str]:
    """The sentences of a page of ``paragraphs`` that the selection drafts (no headline)."""
    body = "\n\n".join(paragraphs)
    return [span.text for _, span, _ in drafted_spans(body, split_sentences(body), None, False, dt.date(2025, 4, 7), 2025, "")]


def test_a_byline_with_the_pages_day_is_not_drafted() -> None:
    byline = "Ahram Online , Monday 7 Apr 2025"
    lede = (
        "Egyptian President Abdel-Fattah El-Sisi accompanied his French counterpart, President Emmanuel Macron, to Old "
        "Cairo's Khan El-Khalili market on Sunday evening, marking the start of Macron's three-day visit to Egypt."
    )
    assert is_byline_day(byline)
    assert _drafted(byline, lede) == [lede.rstrip(".")]


def test_a_sentence_that_ends_on_its_day_is_no_byline() -> None:
    assert not is_byline_day("Lula met Ishiba in Tokyo on March 26, 2025")
    assert not is_byline_day("The Joint Vision 2050 for advancing the Indonesia–France Strategic Partnership")


def test_the_outlets_invitation_to_its_group_and_its_number_are_not_drafted() -> None:
    foot = (
        "Check out the latest news here and you are welcome to join our super exclusive Mpasho WhatsApp group for all "
        "the latest and breaking news in entertainment. We would also like to hear from you, WhatsApp us on +254 736 944935."
    )
    departure = "President William Ruto left the US for Kenya on Friday at the end of his historic four-day state visit."
    assert _drafted(departure, foot) == [departure.rstrip(".")]


def test_the_papers_request_for_comment_is_no_claim() -> None:
    note = (
        "The Almanac has reached out to Filoli for comment on hosting the bilateral summit between the two world leaders, "
        "but did not get a response by its Wednesday afternoon press deadline"
    )
    assert is_newsroom_note(note)
    assert not check_worthy(note)


def test_the_outlets_take_and_what_to_watch_for_are_not_drafted() -> None:
    take = (
        "Echotitbits take: This visit represents a major diplomatic win for the Tinubu administration, signaling Western "
        "confidence despite domestic security hurdles. Watch for specific announcements regarding defense hardware and "
        "tech-sector investment during the Windsor summits."
    )
    trade = (
        "Economic data indicates that trade between the two nations has flourished, reaching approximately £8.1 billion "
        "in the year ending September 2025."
    )
    assert _drafted(trade, take) == [trade.rstrip(".")]


def test_a_count_of_points_announced_is_a_lead_in_and_its_items_are_drafted() -> None:
    assert is_list_lead_in("He made two further points")
    assert is_list_lead_in("The UK has drifted away from Europe since 2016, and he offered two examples relating to Germany:")
    drafted = _drafted(
        "However, part of the context provided by von Ondarza makes depressing reading. The UK has drifted away from Europe on "
        "many levels since 2016, and he offered two examples relating to Germany:",
        "  • The UK dropped from Germany’s third most important trading partner in 2016 to ninth in 2024",
    )
    assert drafted == ["The UK dropped from Germany’s third most important trading partner in 2016 to ninth in 2024"]


def test_a_named_speakers_reasons_stated_in_full_are_no_lead_in() -> None:
    assert not is_list_lead_in("Merz said Germany and Poland would build two new rail links by 2030.")


def test_a_sentence_opened_by_a_preposition_is_no_caption() -> None:
    # intake_final56 (Khaleej Times): labelled, and read as a caption "being constrained" after a name "Despite".
    sentence = (
        "Despite being constrained by its own economic crisis, Turkey is offering to help with Syria's recovery after a "
        "devastating 13-year civil war."
    )
    caption = "President Prabowo Subianto being welcomed by Prime Minister Lawrence Wong at the Istana."
    assert check_worthy(sentence)
    assert _drafted(sentence) == [sentence.rstrip(".")]
    assert not check_worthy(caption)


def test_a_caption_without_a_verb_that_dates_its_act_is_drafted() -> None:
    # intake_final44 (The News) and intake_final46 (Hindustan Times): labelled, the arrival's and the honour's record.
    dated = [
        "PM Shehbaz being presented with the guard of honour upon his arrival in Beijing on November 1, 2022.",
        "Prime Minister Narendra Modi being conferred with Oman’s highest honour, 'Order of Oman' by Sultan of Oman "
        "Haitham bin Tarik , in Muscat on Thursday.",
    ]
    # intake_final24 (The Hindu): judged a caption, and it tells no day.
    undated = (
        "Kenyan President William Samoei Ruto being welcomed by Prime Minister Narendra Modi during a meeting at the "
        "Hyderabad house in New Delhi."
    )
    assert all(check_worthy(sentence) for sentence in dated)
    assert _drafted(dated[0]) == [dated[0].rstrip(".")]
    assert not check_worthy(undated)
