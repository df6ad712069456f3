"""Turning pydantic's validation errors into ``path:line: message`` problems.

Pydantic reports a location inside the data (``('value', 'amount')``); the
YAML loader remembers which line each location came from.  This module joins
the two and phrases the message for an editor, not a programmer.
"""

from __future__ import annotations

import difflib
import typing
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from briefgen.errors import Problem, shown
from briefgen.loading.yamlload import LoadedYaml, Loc
from briefgen.project import SLUG_PATTERN

ModelT = TypeVar("ModelT", bound=BaseModel)


def _field_path(loc: Iterable[Any]) -> str:
    """``('value', 'amount')`` as ``value.amount``, ``('topics', 0)`` as ``topics[0]``."""
    parts: list[str] = []
    for part in loc:
        if part == "[key]":  # pydantic's marker for "the key itself", after the key
            continue
        if isinstance(part, int):
            parts.append(f"[{part}]")
        else:
            parts.append(("." if parts else "") + str(part))
    return "".join(parts)


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    """The model inside ``Value``, ``Value | None`` or ``list[Value]``, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in typing.get_args(annotation):
        found = _nested_model(argument)
        if found is not None:
            return found
    return None


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel]:
    """The model whose fields are found at ``loc`` (``('value',)`` in a fact: Value)."""
    current = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(str(part))
        nested = _nested_model(field.annotation) if field is not None else None
        if nested is None:
            break
        current = nested
    return current


def _not_an_id(text: str) -> str:
    """What is wrong with an id (a fact's, a source's, a topic's) that pydantic found not to have the shape of one."""
    return f"'{shown(text)}' is not a valid id: use lowercase letters, digits and '-', starting with a letter or digit"


def _describe(error: Any, model: type[BaseModel]) -> tuple[str, str | None]:
    kind = error["type"]
    loc = tuple(error["loc"])
    field = _field_path(loc)
    if kind == "missing":
        return f"missing field '{field}'", None
    if kind == "extra_forbidden":
        name = str(loc[-1])
        known_fields = list(_model_at(model, loc[:-1]).model_fields)
        close = difflib.get_close_matches(name, known_fields, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"known fields: {', '.join(known_fields)}"
        return f"unknown field '{field}'", hint
    message = str(error["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        if message.startswith(prefix):
            message = message[len(prefix) :]
    if kind in {"list_type", "dict_type", "model_type", "model_attributes_type"}:
        expected = "a list" if kind == "list_type" else "a mapping of names to values"
        return f"field '{field}' must be {expected}", None
    if kind == "string_type":
        return f"field '{field}' must be text, not a list or mapping", None
    if kind == "string_pattern_mismatch" and error.get("ctx", {}).get("pattern") == SLUG_PATTERN and isinstance(error["input"], str):
        return f"field '{field}': {_not_an_id(error['input'].strip())}", None
    if kind == "literal_error":
        return f"field '{field}': {message}", None
    return f"field '{field}': {message}", None


def validate_item(
    model: type[ModelT],
    data: Any,
    loaded: LoadedYaml,
    base: Loc,
    path: str,
    what: str | Callable[[], str],
) -> tuple[ModelT | None, list[Problem]]:
    """Validate one item; on failure, one problem per field, each with its line.

    ``what`` names the item in the messages; it may be a function, called
    only on failure (naming 50,000 valid facts costs more than checking them
    for a control character).  The model's validator is called as
    ``model_validate`` calls it, without that method's own Python step (its
    seven options passed on each time): a twentieth of validating 50,000 facts.
    """
    try:
        return typing.cast("ModelT", model.__pydantic_validator__.validate_python(data)), []
    except ValidationError as exc:
        if callable(what):
            what = what()
        problems = []
        for error in exc.errors():
            message, hint = _describe(error, model)
            line = loaded.line_of((*base, *error["loc"]))
            problems.append(Problem(path, line, f"{what}: {message}", hint=hint))
        return None, problems
