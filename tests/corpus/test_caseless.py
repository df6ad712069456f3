"""The linking rules' caseless patterns asked in the lowered text (briefgen.text.cues.Caseless): the same answers as the pattern."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import briefgen.corpus
from briefgen.text.cues import Caseless

ARTICLES = Path(__file__).parent.parent / "fixtures" / "intake_eval" / "articles"
ODD = ("\u0130", "\u0131", "\u212a", "\u017f")  # the dotted and dotless i, the Kelvin sign, the long s


def _every_caseless() -> list[tuple[str, Caseless]]:
    for module in pkgutil.iter_modules(briefgen.corpus.__path__):
        importlib.import_module(f"briefgen.corpus.{module.name}")
    return [
        (f"{name}.{attribute}", value)
        for name, module in sorted(sys.modules.items())
        if name.startswith("briefgen.")
        for attribute, value in vars(module).items()
        if isinstance(value, Caseless)
    ]


CASELESS = _every_caseless()
LINES = [line for path in sorted(ARTICLES.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_linking_rules_ask_their_busiest_caseless_patterns_so() -> None:
    assert len(CASELESS) >= 15


@pytest.mark.parametrize(("name", "caseless"), CASELESS, ids=[name for name, _ in CASELESS])
def test_found_in_real_news_as_the_pattern_finds_it(name: str, caseless: Caseless) -> None:
    for line in LINES:
        for text in (line, line.upper(), line.swapcase(), line.replace("i", "\u0131"), line.replace("s", "\u017f"), line + " \u0130"):
            assert caseless.found(text) == (caseless.pattern.search(text) is not None), (name, text)


PIECES = ["said", "SAID", "Visit", "ago", "A YEAR AGO", "\u212a", "\u017f", "\u0130", "\u0131", "É", "é", "Σ", " ", ".", "-", "5", "'"]


@settings(max_examples=300)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.characters()), max_size=16))
def test_found_in_any_text_as_the_pattern_finds_it(parts: list[str]) -> None:
    text = "".join(parts)
    for name, caseless in CASELESS:
        assert caseless.found(text) == (caseless.pattern.search(text) is not None), name


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"\bsaid\b"),  # not caseless: the lowered text would find "Said"
        re.compile(r"\bSaid\b", re.IGNORECASE),  # a capital
        re.compile(r"\b(?-i:US)\b|aid", re.IGNORECASE),  # a part that minds case
        re.compile(r"\x41id", re.IGNORECASE),  # a letter written as an escape
        re.compile(r"caf\u00e9", re.IGNORECASE),  # a letter with a case outside ASCII
    ],
)
def test_a_pattern_the_lowered_text_would_answer_differently_is_refused(pattern: re.Pattern[str]) -> None:
    with pytest.raises(ValueError, match="not a caseless pattern"):
        Caseless(pattern)
