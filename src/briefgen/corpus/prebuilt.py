"""Facts validated by the parse worker that parsed their file, rebuilt by the loader without validating them again.

A parse worker validates each item of its facts file as the loader would
(the same model, the same validator) and, for each valid fact, sends its
validated fields back as a plain row of strings, numbers and lists, which
:mod:`marshal` carries.  The loader turns each row into the same
:class:`~briefgen.corpus.models.Fact` the validator makes (the same field
values, the same fields set), with no validation: on 50,000 facts, most of
the 0.3 s of CPU validation costs the loader before the linking fork.  An
item that fails is sent as it was parsed and validated again by the loader,
which reports its problems with their lines as ever; the one field a row
cannot carry as it is, the date, travels as the text it was written in and
is read by the same cached parser validation reads it with.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from briefgen.corpus.models import Fact, Value
from briefgen.text.dates import coerce_partial_date

_FACT_FIELDS = tuple(Fact.model_fields)
_VALUE_FIELDS = tuple(Value.model_fields)
_new_object = object.__new__
_set_attribute = object.__setattr__


def _mask(item: dict[str, Any], fields: tuple[str, ...]) -> int:
    """The fields an item gives, one bit each in the model's order: what the validator records as set."""
    return sum(1 << number for number, name in enumerate(fields) if name in item)


def _fields_set(mask: int, fields: tuple[str, ...], known: dict[int, frozenset[str]]) -> set[str]:
    names = known.get(mask)
    if names is None:
        names = known[mask] = frozenset(name for number, name in enumerate(fields) if mask >> number & 1)
    return set(names)


def _number(value: Decimal | None) -> str | None:
    return None if value is None else str(value)  # Decimal(str(d)) is d: the same digits, sign and exponent


def _value_row(value: Value, item: object) -> tuple[Any, ...]:
    given = _mask(item, _VALUE_FIELDS) if isinstance(item, dict) else 0
    return (
        value.metric,
        _number(value.amount),
        _number(value.low),
        _number(value.high),
        value.approximate,
        value.unit,
        value.scale,
        value.period,
        given,
    )


def prebuilt_items(data: object) -> Any:
    """In a worker: a facts file's top list with each valid fact replaced by its row (anything else as it was)."""
    if type(data) is not list:
        return data
    validate = Fact.__pydantic_validator__.validate_python
    items: list[Any] = []
    for item in data:
        if type(item) is not dict or type(item.get("date")) is not str:
            items.append(item)
            continue
        try:
            fact: Fact = validate(item)
        except ValidationError:
            items.append(item)  # validated again by the loader, for its problems with their lines
            continue
        value = None if fact.value is None else _value_row(fact.value, item.get("value"))
        items.append(
            (
                fact.id,
                fact.claim,
                fact.source,
                fact.quote,
                item["date"],
                fact.kind,
                fact.topics,
                fact.entities,
                fact.place,
                fact.event,
                value,
                fact.draft,
                _mask(item, _FACT_FIELDS),
            )
        )
    return items


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _built(model: type[Any], fields: dict[str, Any], fields_set: set[str]) -> Any:
    """``model`` with these validated fields, as its validator leaves it (no extra fields, no private attributes)."""
    built = _new_object(model)
    _set_attribute(built, "__dict__", fields)
    _set_attribute(built, "__pydantic_fields_set__", fields_set)
    _set_attribute(built, "__pydantic_extra__", None)
    _set_attribute(built, "__pydantic_private__", None)
    return built


class FactBuilder:
    """In the loader: the fact each worker's row stands for."""

    def __init__(self) -> None:
        self._fact_sets: dict[int, frozenset[str]] = {}
        self._value_sets: dict[int, frozenset[str]] = {}

    def fact(self, row: tuple[Any, ...]) -> Fact:
        fact_id, claim, source, quote, date, kind, topics, entities, place, event, value, draft, given = row
        fields = {
            "id": fact_id,
            "claim": claim,
            "source": source,
            "quote": quote,
            "date": coerce_partial_date(date),
            "kind": kind,
            "topics": topics,
            "entities": entities,
            "place": place,
            "event": event,
            "value": None if value is None else self._value(value),
            "draft": draft,
        }
        fact: Fact = _built(Fact, fields, _fields_set(given, _FACT_FIELDS, self._fact_sets))
        return fact

    def _value(self, row: tuple[Any, ...]) -> Value:
        metric, amount, low, high, approximate, unit, scale, period, given = row
        fields = {
            "metric": metric,
            "amount": _decimal(amount),
            "low": _decimal(low),
            "high": _decimal(high),
            "approximate": approximate,
            "unit": unit,
            "scale": scale,
            "period": period,
        }
        value: Value = _built(Value, fields, _fields_set(given, _VALUE_FIELDS, self._value_sets))
        return value
