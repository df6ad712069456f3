"""A quotation of a few sentences, as short as a claim, is one draft however the writer tells who spoke.

Invented sentences (people, places and bodies), so that the rules are tested as classes.
"""

from __future__ import annotations

from briefgen.suggest.short_quotations import MAX_QUOTED_WORDS, cited_whole
from tests.suggest.drafted_quotes import drafted_quotes

CONSULATES = "We are opening three new consulates in Vantaa this year."
TRADE = "Our trade with Vantaa will double by 2030."
FERRY = "A ferry line between the two ports opens in the spring."


def test_a_quotation_whose_speakers_clause_goes_on_is_one_draft() -> None:
    body = (
        f"“{CONSULATES} {TRADE[:-1]},” Minister Aldo Renn said during a press briefing with the Vantaa delegation in "
        "Norhaven, referring in part to the two ports."
    )
    assert drafted_quotes(body) == [body.rstrip(".")]


def test_a_paragraph_that_is_the_quotation_alone_is_one_draft() -> None:
    body = f"Minister Aldo Renn spoke after the talks.\n\n“{CONSULATES} {TRADE} {FERRY}”"
    assert f"{CONSULATES} {TRADE} {FERRY[:-1]}" in drafted_quotes(body)


def test_a_quotation_the_writers_clause_opens_is_left_to_the_openers_rule() -> None:
    # "The statement said:" brings in a document's words, which are cited sentence by sentence (see .run_openers)
    body = f"The statement said: “{CONSULATES} {TRADE}”"
    assert not any("consulates" in quote and "trade" in quote for quote in drafted_quotes(body))


def test_a_quotation_longer_than_a_claim_keeps_one_draft_per_sentence() -> None:
    body = f"“{CONSULATES} {TRADE} {FERRY} {CONSULATES[:-1]},” Minister Aldo Renn said at a briefing, referring to the treaty."
    assert not any("consulates" in quote and "trade" in quote for quote in drafted_quotes(body))


def test_what_the_rule_reads_as_a_short_quotation() -> None:
    assert cited_whole(["“We are ready.", "We will sign,” he said in Vantaa, adding nothing."], "“")
    assert cited_whole(['"We are ready.', 'We will sign."'], '"')
    assert not cited_whole(["“We are ready.", "We will sign.” He left."], "“")  # a full stop, then the writer goes on
    assert not cited_whole(["“We are ready.", "We will sign,” he said, and “soon”."], "“")  # another quotation after
    assert not cited_whole(["“We are ready.", "“We will sign,” he said."], "“")  # a mark opens the second sentence
    assert not cited_whole(["He said: “We are ready.", "We will sign.”"], "“")  # the writer's clause opens it
    words = " ".join(["word"] * MAX_QUOTED_WORDS)
    assert not cited_whole([f"“{words}.", "More,” he said."], "“")
