"""A bound written before or after a figure is read as a floor, a ceiling or an approximation, never as one amount."""

from __future__ import annotations

import pytest

from briefgen.suggest.value_words import qualify
from briefgen.suggest.values import find_values


@pytest.mark.parametrize(
    ("before", "after", "reading"),
    [
        # intake_final78, business-standard: "transporting 15 million tonnes of cargo per year or more"
        ("the possibility of transporting", " of cargo per year or more, he said, adding", (None, "15", None, False)),
        ("", " or above, officials said", (None, "15", None, False)),
        ("", " and upwards.", (None, "15", None, False)),
        ("", "-plus delegates", (None, "15", None, False)),
        ("", " or less of the total", (None, None, "15", False)),
        ("", " or fewer, he said", (None, None, "15", False)),
        ("", " a year or so", ("15", None, None, True)),
        # the words after open a new figure or add a thing: no bound on this one
        ("", " of Canada’s exports and more than 80%", ("15", None, None, False)),
        ("", " plus 20 staff", ("15", None, None, False)),
        ("", " or below the average", ("15", None, None, False)),
        ("", " and over 500 other institutions", ("15", None, None, False)),
    ],
)
def test_a_bound_after_the_figure_is_read(before: str, after: str, reading: tuple[str | None, str | None, str | None, bool]) -> None:
    assert qualify(before, after, "15") == reading


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (  # intake_final78, business-standard
            "We're talking about the possibility of transporting 15 million tonnes of cargo per year or more, he said.",
            [{"low": "15000000", "unit": "tonnes", "period": "annual"}],
        ),
        (  # intake_final12, allafrica: "and over 500" is a second figure, not a bound on the first
            "AllAfrica publishes around 500 reports a day from more than 100 news organizations and over 500 other institutions "
            "and individuals, representing a diversity of positions on every topic.",
            [{"low": "100", "unit": "organizations"}, {"low": "500", "unit": "institutions"}],
        ),
        (  # intake_final80, theindianawaaz: a threshold named before its figure is a floor
            "The Prime Minister said, the bilateral trade between the two countries is increasing continuously and has "
            "crossed the figure of 3 Billion dollars.",
            [{"low": "3000000000", "unit": "USD"}],
        ),
        ("Exports passed the mark of 1,000 tractors last year.", [{"low": "1000", "unit": "tractors"}]),
        ("Exports reached the figure of 1,000 tractors last year.", [{"amount": "1000", "unit": "tractors"}]),  # reached: no floor
        (  # a percentage and a sum of money with a bound after them
            "Tariffs of 20 percent or less apply to goods worth $5 million or above.",
            [{"high": "20", "unit": "percent"}, {"low": "5000000", "unit": "USD"}],
        ),
    ],
)
def test_the_readers_take_the_bound_after_the_figure(sentence: str, fields: list[dict[str, str]]) -> None:
    found = [
        {k: v for k, v in value.as_fields().items() if k in ("amount", "low", "high", "unit", "period")} for value in find_values(sentence)
    ]
    assert found == fields


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (  # intake_final92, thehawk: a level crossed by the trade, with no threshold word
            '"Our bilateral trade has crossed $3 billion.',
            [{"low": "3000000000", "unit": "USD"}],
        ),
        (  # intake_final92, indianexpress
            "Modi said bilateral trade with Ghana had crossed $3 billion, and Indian companies had invested around "
            "$2 billion across 900 projects.",
            [{"low": "3000000000", "unit": "USD"}, {"amount": "2000000000", "unit": "USD"}, {"amount": "900", "unit": "projects"}],
        ),
        ("Inflation crossed 7 percent in May.", [{"low": "7", "unit": "percent"}]),
        ("Cargo handled at the port crossed 10 million tonnes.", [{"low": "10000000", "unit": "tonnes"}]),
        ("Farm exports tops $4 billion for the first time.", [{"low": "4000000000", "unit": "USD"}]),
        ("The top 10 percent of earners pay most of the tax.", [{"amount": "10", "unit": "percent"}]),
        # what was crossed, or a sum passed into law, is no level: read as written
        ("The refugees crossed 20 checkpoints.", [{"amount": "20", "unit": "checkpoints"}]),
        ("Congress passed $3 billion in aid.", [{"amount": "3000000000", "unit": "USD"}]),
    ],
)
def test_a_level_crossed_by_a_quantity_is_a_floor(sentence: str, fields: list[dict[str, str]]) -> None:
    found = [{k: v for k, v in value.as_fields().items() if k in ("amount", "low", "high", "unit")} for value in find_values(sentence)]
    assert found == fields


def test_crossed_bounds_only_a_level() -> None:
    """The same words before a plain count leave it exact; before a level they make it a floor."""
    assert qualify("the trade has crossed ", ".", "3") == ("3", None, None, False)
    assert qualify("the trade has crossed ", ".", "3", level=True) == (None, "3", None, False)


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        # "add up to" totals: "up" belongs to the verb, and the figure is the sum, not a ceiling
        ("Norland's farm exports add up to US$30 billion a year.", [{"amount": "30000000000", "unit": "USD"}]),
        ("The pledges added up to $2 billion.", [{"amount": "2000000000", "unit": "USD"}]),
        # plain "up to" stays a ceiling
        ("Officials aim to attract up to $200 billion in investment.", [{"high": "200000000000", "unit": "USD"}]),
        ("The fund could grow up to $5 billion.", [{"high": "5000000000", "unit": "USD"}]),
    ],
)
def test_a_total_that_adds_up_to_a_figure_is_no_ceiling(sentence: str, fields: list[dict[str, str]]) -> None:
    found = [{k: v for k, v in value.as_fields().items() if k in ("amount", "low", "high", "unit")} for value in find_values(sentence)]
    assert found == fields


@pytest.mark.parametrize(
    ("before", "after", "reading"),
    [
        # a grant's cap, as a joint statement sets it: a negated "exceed" is a ceiling, never a floor
        ("short gestation projects which will not exceed ", " for each project.", (None, None, "50000", False)),
        ("a cap that must never exceed ", " a year.", (None, None, "50000", False)),
        ("Trade exceeded ", " last year.", (None, "50000", None, False)),
        ("A maximum of ", " projects will be offered", (None, None, "50000", False)),
        ("a minimum of ", " students a year", (None, "50000", None, False)),
    ],
)
def test_a_negated_exceed_and_a_maximum_are_ceilings(
    before: str, after: str, reading: tuple[str | None, str | None, str | None, bool]
) -> None:
    assert qualify(before, after, "50000") == reading


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        # intake_final132, anews: "Their mutual trade volume has risen up to $5 billion from $30 million three decades ago."
        (
            "Trade between Norland and Vestria has risen up to $5 billion from $30 million three decades ago.",
            [{"amount": "5000000000", "unit": "USD"}, {"amount": "30000000", "unit": "USD"}],
        ),
        ("Exports rose up to 40 percent of output last year.", [{"amount": "40", "unit": "percent"}]),
        # a rise still to come keeps its ceiling
        ("Trade could rise up to $5 billion by 2030.", [{"high": "5000000000", "unit": "USD"}]),
    ],
)
def test_up_to_after_a_rise_told_in_the_past_is_the_level_reached(sentence: str, fields: list[dict[str, str]]) -> None:
    found = [{k: v for k, v in value.as_fields().items() if k in ("amount", "low", "high", "unit")} for value in find_values(sentence)]
    assert found == fields


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        # intake_final104, caspiannews: "three gas compressor stations" counts stations
        ("Norland will build three gas compressor stations near Korvik.", [{"amount": "3", "unit": "stations"}]),
        # intake_final100: "247 news agency" is an outlet's name
        ("She works as an editor at 247 news agency, where she covers trade.", []),
    ],
)
def test_gas_and_news_are_never_the_thing_counted(sentence: str, fields: list[dict[str, str]]) -> None:
    found = [{k: v for k, v in value.as_fields().items() if k in ("amount", "low", "high", "unit")} for value in find_values(sentence)]
    assert found == fields
