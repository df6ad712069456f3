"""The name a figure is written before: two plants' capacities are not one capacity stated differently.

Real sentences of intake_final68 (Prachanda's visit to India, June 2023), each a fact as a draft accepted
unchanged is: no entities, a metric of its own.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.discrepancies import Discrepancy
from briefgen.corpus.figure_names import name_after_figure, named_apart
from briefgen.corpus.models import Fact
from briefgen.corpus.sides import near_sides
from tests.corpus.builders import make_fact

PHUKOT = (
    "As regards our generation, an MoU was signed for the development of 480 MW Phukot Karnali hydropower project"
    " in Western Nepal by NHPC India"
)
ARUN_4 = (
    "India is also developing the mega 900 MW Arun-III hydroelectric project in the neighbouring country,"
    " and has a 490 MW Arun-4 hydro electric project in the pipeline as well"
)
LOWER_ARUN_679 = (
    "Further, the signing of the project development agreement for the 679 megawatt Lower Arun Project by India’s"
    " Satluj Jal Vidyut Nigam (SJVN) was welcomed by the two Prime Ministers"
)
LOWER_ARUN_669 = (
    "One of the key agreements signed by the two leaders is a project development agreement for the 669 MW Lower Arun Hydro Project,"
    " which received approval from Nepal’s Investment Board days before Prachanda’s visit to India"
)
FUKOT = "signing of an MoU relating to 480 MW Fukot-Karnali Hydropower development project"
AGREEMENTS = "Pakistan and Uzbekistan on Thursday signed 28 agreements and Memoranda of Understanding"


def power(fact_id: str, source: str, quote: str, amount: int) -> Fact:
    return make_fact(fact_id, source, quote, "2023-06", topics=("energy",), amount=amount, unit="megawatts", metric="power")


def test_the_name_after_the_figure_and_its_unit_is_what_it_measures() -> None:
    assert name_after_figure(power("p", "bharatexpress", PHUKOT, 480)) == {"phukot", "karnali"}
    assert {"arun-4", "arun"} <= name_after_figure(power("a", "eqmagpro", ARUN_4, 490))  # not the 900 MW Arun-III before it
    assert name_after_figure(power("l", "bharatexpress", LOWER_ARUN_679, 679)) == {"lower", "arun", "project"}
    assert name_after_figure(power("f", "businessstandard", FUKOT, 480)) == {"fukot-karnali", "fukot", "karnali", "hydropower"}
    count = make_fact("c", "pti", AGREEMENTS, "2026-02-05", amount=28, unit="agreements")
    assert name_after_figure(count) == frozenset()  # a count followed by its unit and no name


def test_two_plants_capacities_are_no_conflict_and_one_plants_two_capacities_are() -> None:
    phukot, arun_4 = power("phukot", "bharatexpress", PHUKOT, 480), power("arun4", "eqmagpro", ARUN_4, 490)
    assert named_apart(phukot, arun_4)
    apart = Discrepancy(kind="figure", key="power", fact_ids=("phukot", "arun4"), statements=("480", "490"))
    assert near_sides(apart, {"phukot": phukot, "arun4": arun_4}) is None
    lower_679, lower_669 = power("l679", "bharatexpress", LOWER_ARUN_679, 679), power("l669", "eqmagpro", LOWER_ARUN_669, 669)
    assert not named_apart(lower_679, lower_669)
    one = Discrepancy(kind="figure", key="power", fact_ids=("l679", "l669"), statements=("679", "669"))
    assert near_sides(one, {"l679": lower_679, "l669": lower_669}) == one
    # a name spelled two ways shares a word: "Phukot Karnali" and "Fukot-Karnali" are one plant
    assert not named_apart(phukot, power("fukot", "businessstandard", FUKOT, 480))


def test_a_figure_before_no_name_is_told_apart_from_nothing_without_reading_the_other_quote(monkeypatch: Any) -> None:
    from briefgen.corpus import figure_names

    read: list[str] = []
    real = figure_names.name_after_figure

    def reading(fact: Fact) -> frozenset[str]:
        read.append(fact.id)
        return real(fact)

    monkeypatch.setattr(figure_names, "name_after_figure", reading)
    count = make_fact("c", "pti", AGREEMENTS, "2026-02-05", amount=28, unit="agreements")
    assert not named_apart(count, power("phukot", "bharatexpress", PHUKOT, 480))
    assert read == ["c"]
    assert named_apart(power("phukot", "bharatexpress", PHUKOT, 480), power("arun4", "eqmagpro", ARUN_4, 490))
    assert read == ["c", "phukot", "arun4"]
