"""An overline over the headline ("After the harbour talks") is no headline: the reader sees the headline below it,
and the report opens on its first sentence.  A short headline over a long deck keeps its place.  Every page here is
made up."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.overlines import is_overline
from tests.ingest.dry_run import dry_add

_LEDE = (
    "President Anna Vell of Ostland arrived in Port Avel on Tuesday for talks with the Westmark government on trade, "
    "shipping and the new customs union."
)


def test_the_headline_below_an_overline_is_the_title(mini_project: Path, tmp_path: Path) -> None:
    text = f"After the harbour talks\n\nOstland’s President Vell in Port Avel – what she plans to do there\n\n{_LEDE}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://harbourtimes.example/3450838")
    assert fields["title"] == "Ostland’s President Vell in Port Avel – what she plans to do there"
    assert fields["body"].startswith("President Anna Vell of Ostland arrived")


def test_a_headline_over_a_long_deck_stays_the_headline() -> None:
    deck = "Vell described the accords as historic, while the Westmark premier stressed the need for diligent work on the port"
    assert not is_overline("Vell, Rask boost port ties", deck, _LEDE)
    assert not is_overline("Ostland and Westmark sign trade pact", "Seven ministers signed the accords in Port Avel", _LEDE)


def test_a_title_case_line_or_a_two_word_name_is_no_overline() -> None:
    headline = "Ostland and Westmark sign seven accords on trade and shipping"
    assert not is_overline("Harbour Council Meets Today", headline, _LEDE)
    assert not is_overline("Harbour Times", headline, _LEDE)
    assert is_overline("Wide range of issues", headline, _LEDE)
