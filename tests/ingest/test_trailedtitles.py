"""The headline a reader sees when a page prints it twice, its first copy behind a breadcrumb trail or a share counter
and the site's name: the second copy, alone on its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.trailedtitles import trailed_copy
from tests.ingest.dry_run import dry_add

LEDE = (
    "The King of Ostland welcomed the Vellish Prime Minister on February 22 at the Royal Palace in Port Avel, in the "
    "first visit of a Vellish head of government in a decade."
)
LAST = "The two leaders discussed trade, energy and the joint hosting of a football tournament."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Home World King of Ostland Hosts Vellish Prime Minister", "King of Ostland Hosts Vellish Prime Minister"),
        ("111 Vell PM in Ostland | The Kestrel Daily", "Vell PM in Ostland"),
        # a trail with spaced slashes between its steps: the slashes are no words of it
        ("Home / International News / Ostland And Vell Leaders Hold Talks", "Ostland And Vell Leaders Hold Talks"),
        # an icon font's glyph before the first copy, and an icon's label and a language switch between the copies
        ("Ï King of Ostland Hosts Vellish Prime Minister\n\nmail-icon\n\nEN RU TK", "King of Ostland Hosts Vellish Prime Minister"),
    ],
)
def test_the_copy_below_the_trailed_one_is_the_headline(mini_project: Path, tmp_path: Path, first: str, second: str) -> None:
    text = f"{first}\n\n{second}\n\n{LEDE}\n\n{LAST}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://kestreldaily.com/2016/07/18/vell-pm-in-ostland/")
    assert fields["title"] == second
    assert fields["body"] == f"{LEDE}\n\n{LAST}\n"


@pytest.mark.parametrize(
    ("headline", "line"),
    [
        # the same line, or one that does not close the line above, is no trailed copy
        ("King of Ostland Hosts Vellish Prime Minister", "King of Ostland Hosts Vellish Prime Minister"),
        ("King of Ostland Hosts Vellish Prime Minister in Port Avel", "King of Ostland Hosts Vellish Prime Minister"),
        # a short label repeated is not a title
        ("Home World News Today", "News Today"),
        # a trail longer than a few words is another line
        ("Ostland Vell Trade Energy Football Tournament King Hosts Vellish PM", "King Hosts Vellish PM"),
        # even with its steps marked, a long trail is another line
        ("Home / Ostland / Vell Trade / Energy Football Tournament / King Hosts Vellish PM", "King Hosts Vellish PM"),
    ],
)
def test_only_a_whole_title_behind_a_short_trail_is_read(headline: str, line: str) -> None:
    assert not trailed_copy(headline, line)


def test_a_line_of_the_text_between_the_copies_keeps_the_first(mini_project: Path, tmp_path: Path) -> None:
    text = f"Ï King of Ostland Hosts Vellish Prime Minister\n\nThe two leaders met in Port Avel\n\n{LEDE}\n\n{LAST}\n"
    fields = dry_add(mini_project, tmp_path, text, "https://kestreldaily.com/2016/07/18/vell-pm-in-ostland/")
    assert fields["title"] == "Ï King of Ostland Hosts Vellish Prime Minister"
