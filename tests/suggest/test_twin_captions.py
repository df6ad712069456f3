"""A picture's caption printed twice in a row, the second copy closed by its credit: neither copy is drafted.

Invented page (people, places and agencies), so that the rule is tested as a class.
"""

from __future__ import annotations

import functools

from briefgen.suggest.twin_captions import twin_caption_lines
from tests.suggest.drafting import spans_drafted

_REPORT = "Norland and Vantaa signed a port agreement in Vantaa City on Tuesday, officials said."
_CAPTION = "President Erik Lindqvist has given Premier Lena Osei a tour of the harbour as the pair met for talks."


_drafted = functools.partial(spans_drafted, ref_year=2024)


def test_a_caption_printed_again_with_its_credit_is_not_drafted_from_either_copy() -> None:
    for credited in (
        f"Picture Icon{_CAPTION} Credit: Jon Berg/Agency",
        f"{_CAPTION} (Source: Norland News)",
        f"{_CAPTION} | Photo Credit: J. Berg",
    ):
        body = f"{_CAPTION}\n\n{credited}\n\n{_REPORT}\n"
        assert _drafted(body) == ["Norland and Vantaa signed a port agreement in Vantaa City on Tuesday"]


def test_a_sentence_the_report_says_once_is_drafted() -> None:
    body = f"{_REPORT}\n\n{_CAPTION}\n"
    assert _CAPTION not in twin_caption_lines(body)
    assert len(_drafted(body)) == 2


def test_a_line_printed_twice_with_nothing_added_is_left_to_the_other_rules() -> None:
    # The page does not say which copy is furniture: a labeller may take the line as the report's own.
    body = f"{_CAPTION}\n\n{_CAPTION}\n\n{_REPORT}\n"
    assert _CAPTION not in twin_caption_lines(body)


def test_a_paragraph_that_goes_on_after_the_repeated_words_is_no_credit() -> None:
    longer = _CAPTION[:-1] + ", and the two then signed a port agreement on Tuesday."
    body = f"{_CAPTION}\n\n{longer}\n"
    assert _CAPTION not in twin_caption_lines(body)
    assert longer not in twin_caption_lines(body)


def test_a_copy_closed_by_a_photographer_and_agencies_joined_by_slashes_is_a_twin() -> None:
    # The Tribune prints the Charlemagne Prize caption twice, the second copy with its credit and no label.
    caption = (
        "GERMAN Chancellor Friedrich Merz attends the International Charlemagne Prize ceremony on 29 May 2025 in Aachen, "
        "Germany. The prize, awarded for efforts toward European unification, goes to European Commission President Ursula "
        "von der Leyen."
    )
    body = f"{caption}\n{caption} Thilo Schmuelgen / POOL / AFP\n\n{_REPORT}\n"
    assert caption in twin_caption_lines(body)
    assert _drafted(body) == ["Norland and Vantaa signed a port agreement in Vantaa City on Tuesday"]
