"""Quotes trimmed to quotation marks that pair up, never cut at a mark that is not one.  Every sentence here is made up."""

from __future__ import annotations

import pytest

from briefgen.suggest.sentences import balance_quotes, quotes_pair


@pytest.mark.parametrize(
    ("quote", "trimmed"),
    [
        # An inch sign outside any quotation is no quotation mark: the sentence stays whole.
        (
            'The yard will supply 48" pipes for the 900-km pipeline linking the two countries by 2027',
            'The yard will supply 48" pipes for the 900-km pipeline linking the two countries by 2027',
        ),
        # A straight mark after a digit inside a quotation closes it.
        (
            'The minister said "we will invest ten billion dollars by 2030" in the new port',
            'The minister said "we will invest ten billion dollars by 2030" in the new port',
        ),
        # A straight mark glued to the word before it closes a quotation: the side before it holds the quotation.
        (
            'we will open four more consulates in the southern provinces," the envoy told the assembly',
            "we will open four more consulates in the southern provinces",
        ),
        # Equal counts in the wrong order (a quotation's end, then the start of another) do not pair.
        (
            "ferries by 2030,” the minister said, adding “we will run two new routes across the bay every week",
            "we will run two new routes across the bay every week",
        ),
        # More stray marks than any fixed number of trims: the quote still ends up balanced.
        (
            "” ” ” ” ” ” the harbour boards will share the cost of the new ferry terminal",
            "the harbour boards will share the cost of the new ferry terminal",
        ),
    ],
)
def test_quotes_are_trimmed_only_at_quotation_marks(quote: str, trimmed: str) -> None:
    assert balance_quotes(quote) == trimmed
    assert quotes_pair(balance_quotes(quote))


def test_a_quote_whose_marks_cannot_pair_is_not_returned_broken() -> None:
    result = balance_quotes("“a” ” “b” ” “c")
    assert result == "" or quotes_pair(result)
    assert not quotes_pair("ends here,” and “starts here")
    assert quotes_pair("a partnership built on “mutual trust,” he said")
