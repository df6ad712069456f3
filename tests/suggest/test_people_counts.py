"""Counts of people ("21,000 people", "one million Indians") and decimal counts ("1.26 million passengers") are figures."""

from __future__ import annotations

import pytest

from briefgen.suggest.people_counts import people_counts
from briefgen.suggest.values import find_values


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (  # intake_final60, dailythebusiness
            "More than 21,000 people have arrived on small boats so far in 2025, a record number for this stage of the year.",
            {"metric": "people", "low": "21000", "unit": "people"},
        ),
        (  # intake_final50, thehansindia
            "Modi thanked the Emir for ensuring the well-being of over one million Indians in Kuwait while the Kuwaiti leader "
            "expressed appreciation",
            {"metric": "indians", "low": "1000000", "unit": "people"},
        ),
        (  # intake_final32, nowhyderabad
            "Saudi Arabia is also home to 2.6 million Indians, one of the largest concentrations of expatriates in the region.",
            {"metric": "indians", "amount": "2600000", "unit": "people"},
        ),
        (  # intake_final70, nationthailand
            "On the same day, they will offer flowers at the cenotaph for some 1,700 Japanese who were detained by the former "
            "Soviet Union after World War II and died in Mongolia.",
            {"metric": "japanese", "amount": "1700", "approximate": "true", "unit": "people"},
        ),
    ],
)
def test_a_count_of_people_is_read_with_its_qualifier(sentence: str, fields: dict[str, str]) -> None:
    assert [v.as_fields() for v in find_values(sentence)] == [fields]


def test_women_and_children_are_a_count_of_people() -> None:
    sentence = (  # intake_final76, thestatesman: the people who found refuge, a nation's adjective before them
        "During his visit, Mr Modi is scheduled to visit memorials in Warsaw commemorating the time in the 1940s during "
        "the World War II, when more than 6,000 Polish women and children found refuge in two princely states in India, "
        "Jamnagar and Kolhapur."
    )
    assert [v.as_fields() for v in people_counts(sentence)] == [{"metric": "people", "low": "6000", "unit": "people"}]
    assert [v.as_fields() for v in people_counts("About 300 men and 20 women were freed.")] == [
        {"metric": "people", "amount": "300", "approximate": "true", "unit": "people"},
        {"metric": "people", "amount": "20", "unit": "people"},
    ]


def test_a_decimal_count_is_read_at_full_magnitude() -> None:
    sentence = (  # intake_final72, 14news: the tonnes are read as a weight, the passengers as a count
        "so far, the Lao section of the China-Laos Railway has shipped a total of around 2 million tonnes of goods, most of "
        "which are cross-border goods, and has carried 1.26 million passengers."
    )
    assert [v.as_fields() for v in people_counts(sentence)] == [{"metric": "passengers", "amount": "1260000", "unit": "passengers"}]


@pytest.mark.parametrize(
    "sentence",
    [
        # intake_final70, japantoday: a nation's name before a plural noun is no count of people (read as detainees)
        "The Soviet military transferred around 14,000 Japanese detainees from Siberia to Mongolia following the war",
        "The two people shook hands.",  # a small number word with no magnitude: the parties
        "In 2019 Indians voted in record numbers.",  # a year
        "The centre treats about 50 people a day.",  # a rate
        "The two women met in Warsaw.",  # a small number word with no magnitude
    ],
)
def test_no_count_of_people_where_the_number_states_none(sentence: str) -> None:
    assert people_counts(sentence) == []
