"""East African shillings by their own signs, and a misspelt magnitude left unread.

Made-up sentences.  "KSh", "Ksh", "Kshs" and "KES" open a Kenyan shilling amount,
"TSh" a Tanzanian and "USh" a Ugandan one; a bare "Sh" could be any of the three
and gives no value.  "52 billon" is not 52: a magnitude the reader does not know
leaves the amount without a value rather than a thousand-millionth of it.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.values import find_values


def _read(sentence: str) -> list[tuple[str | None, str]]:
    return [(v.amount, v.unit) for v in find_values(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The county secured KSh 7 billion for water projects.", [("7000000000", "KES")]),
        ("A Ksh4.5 billion loan was signed in Nairobi.", [("4500000000", "KES")]),
        ("The Kshs 300 million clinic opened.", [("300000000", "KES")]),
        ("The lender approved KES 80 million.", [("80000000", "KES")]),
        ("Dar es Salaam set aside TSh 12 billion.", [("12000000000", "TZS")]),
        ("Kampala raised USh 9 billion.", [("9000000000", "UGX")]),
    ],
)
def test_a_shilling_sign_names_its_currency(sentence: str, expected: list[tuple[str | None, str]]) -> None:
    """The editor sees the amount in the shilling the sign names."""
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Traders lost Sh 3 billion in the floods.",  # Kenyan, Tanzanian or Ugandan: not said
        "The firm closed a Ksh52 billon deal.",  # a misspelt magnitude
        "Donors pledged $6 milion for the schools.",
        "The state spent Rs 500 crore on the road.",  # a magnitude not read, as before
    ],
)
def test_an_ambiguous_sign_or_an_unread_magnitude_gives_no_amount(sentence: str) -> None:
    """No value rather than a wrong one."""
    assert [v for v in find_values(sentence) if v.measure] == []
