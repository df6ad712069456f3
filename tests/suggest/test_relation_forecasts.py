"""A forecast of the relationship in stock figures gets no draft; a target with an amount, and what a sentence opened on, keep theirs."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.relation_forecasts import relation_forecast
from briefgen.suggest.selection import drafted_spans
from briefgen.suggest.sentences import split_sentences

_TITLE = "Norland, Vesta sign rail and grain deals"


def test_stock_figures_of_a_forecast_are_read() -> None:
    assert relation_forecast("The agreements will give new momentum to trade between Norland and Vesta.")
    assert relation_forecast("President Oskaro said the visit would usher in a new era in the relationship.")
    assert relation_forecast("Closer ties meet the common expectations of the two peoples, Marden said.")
    assert relation_forecast("The treaty will energise our ties, the minister said.")


def test_a_forecast_with_an_amount_is_a_target_and_stays() -> None:
    assert not relation_forecast("The rail link will give new momentum to trade, taking it to $2 billion by 2030.")


def test_a_sentence_that_opened_on_something_else_stays() -> None:
    opened = "Oskaro thanked Marden for the invitation: the agreements signed today will give a new impetus to the ties."
    assert not relation_forecast(opened)


def test_a_plain_plan_is_no_forecast() -> None:
    assert not relation_forecast("Norland will open a consulate in the Vesta port of Kallby next year.")
    assert not relation_forecast("The two leaders opened a new chapter of the rail museum in Kallby.")


def test_the_drafts_leave_out_the_forecast_and_keep_the_deal() -> None:
    body = "\n\n".join(
        [
            "Norland and Vesta signed an agreement on a cross-border rail link in Kallby on Tuesday.",
            "Officials said the agreement will give fresh momentum to the relationship between the two countries.",
        ]
    )
    spans = drafted_spans(body, split_sentences(body), None, False, dt.date(2031, 3, 5), 2031, _TITLE)
    drafted = " ".join(span.text for _, span, _ in spans)
    assert "signed an agreement on a cross-border rail link" in drafted
    assert "fresh momentum" not in drafted


def test_a_signing_with_the_forecast_as_its_tail_stays() -> None:
    signing = (
        "He noted that today the parties are signing a treaty on allied relations, which will give a new impetus to "
        "the ties between Norland and Vesta."
    )
    assert not relation_forecast(signing)
    assert not relation_forecast("“Today we sign a treaty on the border — which will bring new momentum to trade,” Oskaro said.")
    # the signed texts as the forecast's subject: still a forecast
    assert relation_forecast("The agreements signed today will give new impetus to the ties between Norland and Vesta.")
    assert relation_forecast("The treaty, which the two sides negotiated for years, will give new momentum to the ties.")


def test_a_record_anchors_a_forecast_as_a_number_does() -> None:
    record = "The visit, which marks the first-ever visit by a Head of State from Norland to Vesta, will give further impetus to the ties."
    assert not relation_forecast(record)
    body = "Marden arrived in Kallby on Monday.\n\n" + record
    spans = drafted_spans(body, split_sentences(body), None, False, dt.date(2031, 3, 5), 2031, _TITLE)
    assert any("first-ever visit" in span.text for _, span, _ in spans)
