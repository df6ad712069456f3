"""A sentence that says only what the reporter could not learn gets no draft; a gap beside a claim keeps its draft."""

from __future__ import annotations

from tests.suggest.drafting import spans_after_visit_lede as _drafted


def test_what_was_not_known_or_told_is_not_drafted() -> None:
    drafted = _drafted(
        "Berg and Dahl signed an agreement on the expansion of the port of Alva. Details of the deal were not immediately available.",
        "It was not immediately clear why the Vestrian deputy prime minister was not at the airport to welcome the guest.",
        "Spokesman Erik Sand did not disclose which invitation had arrived first when asked by reporters.",
        "It was unclear, however, whether the agreement would have a big impact.",
    )
    assert "signed an agreement on the expansion" in drafted
    assert "not immediately available" not in drafted
    assert "not at the airport" not in drafted
    assert "did not disclose" not in drafted
    assert "big impact" not in drafted


def test_a_gap_beside_words_an_act_or_a_figure_is_drafted() -> None:
    drafted = _drafted(
        "Details of the signed documents remain unclear, but Dahl said the two countries will also increase cooperation in defence.",
        "No details have been given about the ferry pilot, but officials had indicated it could carry about 50 passengers a week.",
        "Vestria's foreign ministry spokesman said the talks would take place soon, but did not disclose any dates.",
    )
    assert "Dahl said the two countries will also increase cooperation" in drafted
    assert "about 50 passengers a week" in drafted
    assert "the talks would take place soon" in drafted


def test_a_guess_after_the_gap_does_not_save_it() -> None:
    drafted = _drafted(
        "It was not immediately clear what a “shared future” meant, but it is unlikely to be met with approval from Ostland."
    )
    assert "shared future" not in drafted
