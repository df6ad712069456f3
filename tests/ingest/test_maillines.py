"""A reporter's role or name over an e-mail address alone on its line is the byline a reader sees, never the headline.
Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.maillines import heads_mail_line, is_mail_line
from tests.ingest.dry_run import dry_add

LEDE = (
    "Prime Minister Anna Vell has confirmed that she will travel to Port Avel on Monday evening to attend the regular "
    "meeting of the Conference of Heads of Government of the harbour states."
)


def test_a_role_over_an_address_is_the_byline_and_no_headline(mini_project: Path, tmp_path: Path) -> None:
    text = f"Senior Reporter\njane.doe@kestrel.co.ov\n{LEDE}\nShe did not attend the last meeting in July.\n"
    fields = dry_add(mini_project, tmp_path, text, "https://www.kestrel.co.ov/news/pm-confirms-attendance-6.88.2518976")
    assert fields["title"] == ""
    assert fields["body"].startswith("Prime Minister Anna Vell has confirmed")


def test_an_address_alone_is_the_whole_line() -> None:
    assert is_mail_line("jane.doe@kestrel.co.ov")
    assert not is_mail_line("Write to jane.doe@kestrel.co.ov")


def test_a_sentence_or_a_long_line_over_an_address_is_no_byline() -> None:
    assert heads_mail_line("Lead Editor - Newsgathering", "jane.doe@kestrel.co.ov")
    assert not heads_mail_line("Readers may write to the editor.", "jane.doe@kestrel.co.ov")
    assert not heads_mail_line("Ostland and Vell agree to reopen the harbour talks stalled since 2019", "jane.doe@kestrel.co.ov")
    assert not heads_mail_line("Senior Reporter", "Ostland and Vell agree")
