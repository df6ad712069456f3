"""Occasion words in another sense (meeting a need, hosting a population, a standing council) make no occasion fact."""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.occasion_words import speaks_of_occasion
from briefgen.corpus.other_senses import without_other_senses
from tests.corpus.builders import make_fact


def speaks(quote: str, kind: str = "event") -> bool:
    fact = make_fact("f", "s", quote, "2024-12-22", entities=("India", "Kuwait"), kind=kind)
    return speaks_of_occasion(prepare(fact))


def test_a_need_met_is_no_meeting() -> None:
    assert not speaks("Kuwait is India's sixth largest crude supplier, meeting 3% of the country's energy needs.")
    assert not speaks("The new terminal will meet the growing demand for gas in the region.")
    # a meeting told beside a need is still a meeting
    assert speaks("The two leaders will meet on Friday over energy needs.")
    assert speaks("Modi will meet the emir, and the deal is meeting 3% of the country's energy needs.")


def test_a_population_hosted_is_no_visit_hosted() -> None:
    assert not speaks("Brazil arguably hosts the largest Japanese-descendant population outside Japan.")
    assert speaks("Modi hosted members of the Indian diaspora at a reception.")
    assert speaks("Erdogan hosts the Qatari emir in Ankara.")


def test_a_standing_council_is_no_sitting() -> None:
    assert not speaks("The UK's trade relationship with the Gulf Cooperation Council (GCC) is worth 57bn pounds.")
    assert not speaks("Merz also wants to establish a national security council in the chancellery.")
    # a council that sits keeps its sense, and another occasion word is read as before
    assert speaks("The council considered issues of rational use of water resources of the transboundary rivers.")
    assert speaks("The High-Level Strategic Cooperation Council convened in Ankara.")
    assert speaks("Both leaders will attend a session of the France-Nigeria Business Council.")


def test_a_text_with_no_other_sense_is_left_as_it_is() -> None:
    assert without_other_senses("The two leaders met in Riyadh.") is None
    assert without_other_senses("to meet the needs of the people") == "to   of the people"
