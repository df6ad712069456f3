"""A day named in a standing invitation ("has invited him to the celebrations on December 9") is still to come.

The sentences are invented, in the form of round 79's seventh date sample (public pages kept outside the
repository, labelled by hand before briefgen ran on them).
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import resolve_date
from briefgen.suggest.invitations import invited_to_come

TUE_2021_05_04 = dt.date(2021, 5, 4)


def _date(text: str, kind: str = "statement") -> str:
    resolved = resolve_date(text, TUE_2021_05_04, future=kind == "plan", kind=kind, ref_year=2021)
    assert resolved is not None
    return str(resolved.date)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The president also said she has invited her Kenyan counterpart as the guest of honour to the "
            "Independence Day celebrations on December 9.",
            "2021-12-09",
        ),
        ("The foreign minister invites his counterpart to the opening of the trade fair on March 3.", "2022-03-03"),
        ("The king has extended an invitation to the prime minister to attend the summit on Friday.", "2021-05-07"),
        ("Ruto has also been invited to the signing ceremony in Arusha in February.", "2022-02"),
    ],
)
def test_the_occasion_of_a_standing_invitation_is_ahead(text: str, day: str) -> None:
    assert _date(text) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Told in the past: the occasion may be over, and is left as a report's.
        ("She invited President Kenyatta to the celebrations on December 9.", "2020-12-09"),
        # A finite past verb after the invitation dates that act.
        ("He has invited the firms that signed the contracts on Monday to a reception.", "2021-05-03"),
    ],
)
def test_an_invitation_told_in_the_past_changes_nothing(text: str, day: str) -> None:
    assert _date(text) == day


def test_no_invitation_no_change() -> None:
    text = "The ministers discussed the celebrations held on December 9."
    assert not invited_to_come(text, text.index("December"))
