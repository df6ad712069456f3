"""What a drafted figure measures: the metric named after the words around it."""

from __future__ import annotations

import pytest

from briefgen.suggest.metrics import metric_name
from briefgen.suggest.values import find_values


def _metrics(sentence: str) -> list[str]:
    """The metrics of the sums of money the sentence states."""
    return [value.metric for value in find_values(sentence) if value.unit == "USD"]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        # what was traded in a year, however it is said: never a target
        ("the ambassador said annual bilateral trade between the two countries stood at $300-350 million", "trade-value"),
        ("he said that annual trade between Kestrelia and Marovia was between $500 million and $600 million", "trade-volume"),
        # an aim, in the words of an aim
        ("the leaders want to take annual trade to $1 billion by 2030", "trade-target"),
        ("the two sides set an annual trade target of $2 billion", "trade-target"),
        ("they aim for annual trade of $5 billion within three years", "trade-target"),
        ("the two countries signed 28 agreements, aiming to increase bilateral trade to USD 2 billion in five years", "trade-target"),
        ("the presidents agreed to elevate bilateral trade to $2 billion over the next five years", "trade-target"),
        ("bilateral trade will cross $3 billion by 2027, the minister said", "trade-target"),
        ("the minister said bilateral trade grew to $1.2 billion last year", "trade-value"),
        ("trade volume reached $68 billion last year", "trade-volume"),
        # a rise by so much to a level is a result, not an aim
        ("with bilateral trade increasing by 40% to reach $500 million", "trade-value"),
    ],
)
def test_annual_trade_is_a_target_only_where_the_sentence_aims_at_it(sentence: str, metric: str) -> None:
    assert _metrics(sentence) == [metric]


def test_the_nearest_thing_measured_names_the_figure() -> None:
    sentence = "exports of $40 million and investment of $12 million"
    first, second = sentence.index("$40"), sentence.index("$12")
    assert metric_name(sentence, "money", first, first + 11) == "exports-value"
    assert metric_name(sentence, "money", second, second + 11) == "investment-value"


def test_a_part_named_after_the_figure_does_not_name_it() -> None:
    """ "$461.9 million, including exports of $375.3 million": the first is the trade volume, the second the exports."""
    sentence = (
        "bilateral trade volume increased by 40 percent, reaching a record $461.9 million, including Norland's exports worth $375.3 million"
    )
    assert _metrics(sentence) == ["trade-volume", "exports-value"]
