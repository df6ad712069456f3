"""A benefit foretold of the sentence before, in general words, gets no draft; the act it follows, and effects with figures, keep theirs."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.foretold_effects import foretold_effect
from briefgen.suggest.selection import drafted_spans
from briefgen.suggest.sentences import split_sentences

_TITLE = "Norland and Vesta sign port investment deal"


def test_a_benefit_told_of_what_points_back_is_read() -> None:
    assert foretold_effect("This will help bring investments to Norland from Vesta.")
    assert foretold_effect("This move aims to draw further investments.")
    assert foretold_effect("These investments are expected to contribute to the nation’s economic growth and development.")
    assert foretold_effect("It will also help build a new trade corridor with Kallby as its starting point.")
    assert foretold_effect('It will "take our bilateral ties to a fundamentally new level," Oskaro told a newspaper.')
    assert foretold_effect("This (agreement) will further enhance the capacities of our countries.")


def test_an_effect_with_a_figure_is_a_claim_and_stays() -> None:
    assert not foretold_effect("It is expected to generate $4.5 billion in yearly revenues for Norland.")
    assert not foretold_effect("That will bring the agency's portfolio in Vesta to over $1 billion.")


def test_what_the_thing_is_or_does_stays() -> None:
    assert not foretold_effect("This will be the first visit by a Norland president to Vesta.")
    assert not foretold_effect("It will include a joint exercise of the two navies.")
    assert not foretold_effect("It will take place in Kallby next week.")
    assert not foretold_effect("It will build a grain terminal in Kallby.")


def test_a_named_subject_is_left_to_the_other_rules() -> None:
    assert not foretold_effect("The visit will strengthen our shared commitment to advance peace and security.")


def test_the_drafts_keep_the_deal_and_leave_out_its_foretold_benefit() -> None:
    body = "\n\n".join(
        [
            "Norland and Vesta signed an agreement on Tuesday to expand the port of Kallby with Vestan funds.",
            "This will help bring investments to Norland from Vesta.",
        ]
    )
    spans = drafted_spans(body, split_sentences(body), None, False, dt.date(2031, 3, 5), 2031, _TITLE)
    drafted = [span.text for _, span, _ in spans]
    assert any("signed an agreement on Tuesday to expand the port of Kallby" in text for text in drafted)
    assert not any("help bring investments" in text for text in drafted)
