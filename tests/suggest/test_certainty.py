"""The certainty gate: a number that is not clearly a quantity of its unit gives no value.

Every sentence here is made up (Norland and Sudmark are no real countries); each
class is one where reading the number as it stands would propose a wrong figure.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values


def _read(sentence: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(v.amount, v.low, v.high, v.unit) for v in find_values(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # A reference to what the story already named, not a count.
        "Leaders of Norland will take part in the two summits next week.",
        "Both sides praised these two initiatives as a model.",
        # A selection from a larger set, not the total.
        "The first three agreements concern energy.",
        "Sudmark is among the top 10 partners of Norland.",
        "The remaining four documents were signed later.",
        # Alternatives or an estimate given as two numbers.
        "Norland may open two or three consulates in Sudmark.",
        "Officials expect 5 or 6 projects, one of them said.",
        "Each leader made one or two visits a year.",
        # An identifier, not a quantity.
        "Work on the Phase 2 projects began in Sudmark.",
        "The No. 1 priorities of the talks were trade and transit.",
        # A forum's name with a number in it, not a count of its members.
        "Norland hosted the summit of the Group of 20 major economies in Tarvel.",
        # A rate, not an amount.
        "The airline will run two flights a week between the capitals.",
        "Income of $1,500 per capita makes Sudmark a middle-income country.",
        "Sudmark's per capita income reached $2,400 in 2030.",
        "About 300 trucks daily cross the border at Tarvel.",
        # A name written with a number word.
        "Norland courted the Big Four firms to audit the fund.",
        "Leaders of the 3 Seas Initiative countries met in Tarvel.",
        # A compound size or kind, not a count of the noun.
        "Norland will build five star hotels along the coast.",
        "The ministers endorsed 5 year plans for both railways.",
        "The two party talks ended without a deal.",
        # Page furniture and rhetorical enumerations.
        "(CONTINUED - 1349 WORDS)",
        "1 pages in this article",
        "The minister named three priorities for the partnership.",
        "There are two reasons for the rise in trade.",
        # A frequency, not a multiple.
        "The presidents have met 3 times since 2029.",
        # Another country's dollar, or a magnitude the reader does not know.
        "Sudmark pledged S$5 billion for the port.",
        "The fund holds HK$2 billion in bonds.",
        "The railway will cost Rs 500 crore.",
        # A reader appeal is page furniture.
        "You can help us with a monthly membership or a single donation for as little as $5.",
        "Subscribe now for $1 a week.",
        # Percentage points are not percent.
        "The central bank cut its rate by 2 percentage points.",
        # A distance, not a length of something named (read as a distance by suggest/distances.py).
        "The new post lies 80 km off the coast.",
        # A decimal written with a comma is not read as its first digits.
        "Trade reached $1,5 billion in 2030.",
        # "two billion-dollar projects" counts projects, not dollars.
        "Norland financed two billion-dollar projects in Sudmark.",
        # A selection by rank, and a magnitude a count does not read.
        "Norland is one of the 10 largest exporters of grain.",
        "The three busiest ports of Norland saw a decline in traffic.",
        "Norland wants to be among the highest three export markets of Sudmark by 2035.",
        "The largest two buyers of Sudmark's grain are in Norland.",
        "Sudmark has 130 mln people.",
        "Norland lent Sudmark $5 mio for the school.",
        "Exports to Sudmark amounted to nearly USD 97MM over seven months.",
        "The partners 3 and 4 were named.",
        # A number right after a name in capitals is part of the name.
        "As ACE 53 currently stands, few goods are covered.",
        "Norland sent its delegation to the COP 28 talks in Tarvel.",
        # "by" names a multiple only right before it.
        "The issue was discussed by the officers 20 times.",
    ],
)
def test_doubtful_readings_give_no_value(sentence: str) -> None:
    assert find_values(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The plain readings the gate keeps.
        ("Norland and Sudmark signed 12 agreements on Monday.", [("12", None, None, "agreements")]),
        ("The two republics opened three consulates.", [("3", None, None, "consulates")]),
        ("Trade grew 3 times over the decade.", [("3", None, None, "times")]),
        ("Trade is three times higher than in 2020, at 4 times more than forecast.", [("4", None, None, "times")]),
        ("Sudmark pledged US$5 billion for the port.", [("5000000000", None, None, "USD")]),
        ("Only 3 companies are active in Sudmark.", [("3", None, None, "companies")]),
        ("A group of 20 investors arrived in Tarvel.", [("20", None, None, "investors")]),  # a group counted, not named
        ("Trade stood at $4.3 bln in 2029.", [("4300000000", None, None, "USD")]),
        ("The turnover amounted to $500mln.", [("500000000", None, None, "USD")]),
        ("Trade was $1 bln-$1.2 bln.", [(None, "1000000000", "1200000000", "USD")]),
        ("Norland and Sudmark signed 12 Agreements on Monday.", [("12", None, None, "agreements")]),
        ("Another 20 agreements worth $2 billion were signed.", [("20", None, None, "agreements"), ("2000000000", None, None, "USD")]),
        ("The 80 km pipeline opens in May.", [("80", None, None, "km")]),
        ("They signed 20 agreements a day after the summit.", [("20", None, None, "agreements")]),
        ("Inflation rose to 7 percent.", [("7", None, None, "percent")]),
        ("This is his seventh state visit to Sudmark since 2021.", [("7", None, None, "visits")]),
        ("Vietnam And Norland Ink 36 Agreement Documents In Capital", [("36", None, None, "documents")]),
    ],
)
def test_certain_readings_keep_their_value(sentence: str, expected: list[tuple[str | None, ...]]) -> None:
    assert _read(sentence) == expected


def test_a_yearly_amount_says_its_period() -> None:
    (value,) = find_values("Norland buys gas worth $5 billion a year from Sudmark.")
    assert (value.amount, value.period) == ("5000000000", "annual")
    earlier = find_values("Exports reached $1.5 billion, against $1.2 billion a year earlier.")
    assert [(v.amount, v.period) for v in earlier] == [("1500000000", None), ("1200000000", None)]


def test_a_year_compared_against_is_no_figures_period() -> None:
    (value,) = find_values("Over 200 companies operate in Norland, up from 150 in 2029.")
    assert (value.low, value.period) == ("200", None)
    (same,) = find_values("Norland firms opened 200 offices in 2029.")
    assert same.period == "2029"


def test_a_change_from_one_amount_to_another_keeps_both() -> None:
    found = find_values("Trade rose from $2bn in 2020 to $5bn in 2024.")
    assert [v.amount for v in found] == ["2000000000", "5000000000"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trade is in the region of $3 billion.", ("3000000000", None, None, True)),
        ("Sudmark invested $3 billion or so in Norland.", ("3000000000", None, None, True)),
        ("Norland exported upward of $3 billion.", (None, "3000000000", None, False)),
        ("Trade came to just shy of $3 billion.", (None, None, "3000000000", False)),
    ],
)
def test_approximations_and_bounds_however_written(sentence: str, expected: tuple[str | None, str | None, str | None, bool]) -> None:
    (value,) = find_values(sentence)
    assert (value.amount, value.low, value.high, value.approximate) == expected


def test_a_long_run_of_digits_is_a_timestamp_not_a_count() -> None:
    # round 96's figure sample: a page opening on its timestamp, "1701986822 Mitsotakis and Erdogan want to …"
    assert _read("1701986822 Lundis and Arvo want to rebuild their relationship by signing") == []
    assert _read("1701986822 visitors Korvik tourism board") == []
    # written with separators, or as a sum of money, the same size is a figure
    assert _read("Some 1,701,986 voters went to the polls.") == [("1701986", None, None, "voters")]
    assert _read("Norland lent Rs 25000000 to the port.") == [("25000000", None, None, "PKR")]
