"""The cheap tests put in front of the occasions' and the discrepancies' patterns answer as the patterns alone did.

A cold ``check`` asks these of every fact of a big corpus (:mod:`briefgen.corpus.unsaid`,
:mod:`briefgen.corpus.deal_figures`, :mod:`briefgen.corpus.quote_lines`,
:mod:`briefgen.corpus.site_figures`, :func:`briefgen.corpus.conflicts.find_conflicts`): each
is checked here against the plain reading it stands for, on the cases where case, a curly mark
or an odd character could make the two differ.
"""

from __future__ import annotations

import re

from briefgen.corpus import deal_figures, unsaid
from briefgen.corpus.conflicts import find_conflicts
from briefgen.corpus.evidence import prepare
from briefgen.corpus.quote_lines import line_of_quotation
from briefgen.corpus.site_figures import figure_of_site
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

_QUOTES = (
    "ACCORDING TO Oskaro, the locks reopen in May.",
    "According to Oskaro, the locks reopen in May.",
    "THE TWO SIDES confirmed their interest.",
    "The Two Leaders spoke.",
    "In the Communiqué, both named the river.",
    "IN THE COMMUNIQUÉ, both named the river.",
    "Oskaro was Pledging help to Marden.",
    "“Marden's pilots keep the river open.”",
    '  "Bare words," he wrote.',
    "Acc\u0130rding to nobody: an odd capital I.",
    "The \u212aelvin sign and the long \u017f: both leaders met.",
    "Marden's pilots know the river better than Oskaro's crews.",
    "Norland placed ORDERS for barges worth $3 billion.",
    "A Buyer's market for a PACKAGE of $2 billion.",
    "The Commitments of $5 billion were renewed.",
    "Nothing of a sale here: 12 barges sailed.",
)


def test_the_marks_of_speech_found_in_the_lowered_quote_are_the_marks_searched_as_written() -> None:
    for quote in _QUOTES:
        assert unsaid.marks_speech(quote) == any(mark.search(quote) for mark in unsaid._MARKS), quote


def test_a_deal_word_is_found_by_its_cores_where_the_alternation_of_every_word_finds_one() -> None:
    every_word = re.compile("|".join(map(re.escape, sorted(deal_figures._DEAL_WORDS))))
    assert "deal" in deal_figures._DEAL_WORD_CORES and "deals" not in deal_figures._DEAL_WORD_CORES
    for quote in _QUOTES:
        assert deal_figures._may_name_a_deal(quote) == (every_word.search(quote.lower()) is not None), quote


def test_a_line_of_a_quotation_needs_a_double_mark_and_is_found_with_one() -> None:
    assert not line_of_quotation("Marden's pilots know the river better than Oskaro's crews.")
    assert not line_of_quotation("‘Single marks open no quotation here")
    assert not line_of_quotation("“Our pilots know the river,” and the crews know the locks")  # opened and closed
    assert line_of_quotation("“Our pilots know the river and the crews know the locks")
    assert line_of_quotation('"Our pilots know the river and the crews know the locks')
    assert line_of_quotation("and the crews know the locks better than anyone.”")


def test_a_figure_is_no_figure_of_a_site_when_the_occasion_opened_none() -> None:
    fact = make_fact("f", "gazette", "The new plant will make 120,000 barges a year.", "2031-03-04", kind="statement")
    assert not figure_of_site(prepare(fact), frozenset(), PartialDate.parse("2031-03-04"))


def test_facts_with_neither_an_event_nor_a_figure_change_no_discrepancy() -> None:
    said = {"amount": "3000000000", "unit": "USD", "scale": "billion", "period": "2030"}
    facts = [
        make_fact("a", "gazette", "Trade reached $3 billion in 2030.", "2031-03-04", metric="trade", **said),
        make_fact("b", "courier", "Trade reached $5 billion in 2030.", "2031-03-05", metric="trade", **{**said, "amount": "5000000000"}),
        make_fact("c", "gazette", "Oskaro arrived in Tarsk.", "2031-03-04", event="visit"),
        make_fact("d", "courier", "Oskaro arrived in Tarsk.", "2031-06-04", event="visit"),
    ]
    plain = [make_fact(f"p{n}", "herald", "Marden's pilots know the river.", "2031-03-04") for n in range(3)]
    found = find_conflicts(facts)
    assert {d.kind for d in found} == {"figure", "date"}
    assert find_conflicts(plain[:1] + facts[:2] + plain[1:] + facts[2:]) == found
