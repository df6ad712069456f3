"""A title the page prints only at its foot, spelled word for word by its address, is its headline (made-up pages).

The shape is round 104's fresh sample's (a broadcaster's page: dateline first, the title alone after the text, over
"Related Articles"); the story below is made up.
"""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

_TITLE = "Freedonia, Sylvania to Hold High-Level Border Talks"
_LEDE = (
    "Port Ellis, September 18 (FNA) -- Freedonia's president will meet his Sylvanian counterpart on September 30 in the "
    "river town of Orsk, the foreign ministry reported."
)
_SECOND = "The two governments are to agree on a joint agenda for the shared border area, officials said."
# The rest of the text: the title stands after all of it, far below the page's head.
_REST = "\n".join(
    [
        "Ministers and governors of the two countries will discuss trade, security and the river crossings.",
        "Both presidents signed a joint declaration during a two-day visit to Orsk in February, the ministry recalled.",
        "In June last year, the two countries signed two other deals on trade and on the crossings of the river.",
        "The foreign ministers also signed a plan for the development of the border towns at that time.",
        "The two sides agreed to hold a joint cabinet meeting each year, as each does with its other neighbours.",
    ]
)
_URL = "https://radio.example.fd/en/news/world/34039-freedonia-sylvania-to-hold-high-level-border-talks"


def test_the_title_at_the_foot_is_the_headline(mini_project: Path, tmp_path: Path) -> None:
    text = f"{_LEDE}\n{_SECOND}\n{_REST}\n{_TITLE}\nRelated Articles\nCommentaries\n"
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["title"] == _TITLE
    assert _TITLE not in fields["body"]


def test_a_line_the_address_does_not_spell_whole_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    text = f"{_LEDE}\n{_SECOND}\n{_REST}\nFreedonia, Sylvania to Hold Talks\nRelated Articles\nCommentaries\n"
    fields = dry_add(mini_project, tmp_path, text, _URL)
    assert fields["title"] != "Freedonia, Sylvania to Hold Talks"


def test_without_an_address_nothing_changes(mini_project: Path, tmp_path: Path) -> None:
    text = f"{_LEDE}\n{_SECOND}\n{_REST}\n{_TITLE}\nRelated Articles\nCommentaries\n"
    fields = dry_add(mini_project, tmp_path, text, None)
    assert fields["title"] != _TITLE
