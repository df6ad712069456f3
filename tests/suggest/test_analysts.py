"""A named analyst's reading of a visit gets no draft; the sides' words, and an analyst's figure, keep theirs."""

from __future__ import annotations

from briefgen.suggest.analysts import analysts
from briefgen.suggest.sentences import split_sentences
from tests.suggest.drafting import spans_after_visit_lede as _drafted


def test_an_analysts_reading_is_not_drafted() -> None:
    drafted = _drafted(
        "Berg and Dahl signed an agreement on the expansion of the port of Alva.",
        "Such ties are a priority for Berg, who depends on Vestrian ports to reach world markets, "
        "said independent political scientist Jonas Lind.",
        "For Vestria, retaining Norland's goodwill is important for national security over tensions with neighbouring Ostland, "
        "says Mr Lind.",
    )
    assert "signed an agreement on the expansion" in drafted
    assert "a priority for Berg" not in drafted
    assert "retaining Norland's goodwill" not in drafted


def test_the_trade_after_the_name_and_a_quotation_that_runs_on() -> None:
    drafted = _drafted(
        "“Berg likely sees a strategic advantage in closer ties with Vestria,” said Mia Holm, "
        "lead Norland analyst at the advisory firm Northern Counsel.",
        "“From Norland's standpoint, the talks in Vestria may offer more concrete returns than the summit.”",
        "Dahl said Vestria would open a consulate in the Norland port of Sundby next year.",
    )
    assert "strategic advantage" not in drafted
    assert "From Norland's standpoint" not in drafted
    assert "open a consulate in the Norland port of Sundby" in drafted


def test_an_analysts_figure_is_kept() -> None:
    drafted = _drafted("Trade between the two countries reached $4 billion last year, said analyst Jonas Lind of the Nordic Institute.")
    assert "reached $4 billion last year" in drafted


def test_an_office_or_a_title_is_no_analysts_trade() -> None:
    sentences = split_sentences(
        "“What is needed now is leadership that shapes European policy,” said Eva Roth, head of the Berlin office "
        "of the Nordic Council.\n\nChief Adviser Professor Karl Moen met Dahl, and his fellow ministers joined them."
    )
    assert analysts(sentences) == frozenset()


def test_a_leader_of_the_headline_or_lede_is_no_analyst_by_a_shared_surname() -> None:
    drafted = _drafted(
        "Vestria can count on Norland's support in the talks on the canal, said Swedish analyst Peter Dahl of Nordic Watch.",
        "Dahl said Vestria would open a consulate in the Norland port of Sundby next year.",
    )
    assert "open a consulate in the Norland port of Sundby" in drafted
