"""A picture's placeholder text ("Image description") is furniture, never the page's headline.  The page is made up."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add


def test_the_placeholder_heads_no_article(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Image description\n\n"
        "Westmark on Wednesday emphasised the conclusion of a power agreement with Eastmark in a foreign office "
        "consultation meeting in Kestrel.\n\n"
        "The two countries also stressed the need for the operationalisation of the motor vehicle agreement.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "http://reprints.example.com/print/post/232878")
    assert fields["title"] == ""
    assert "Image description" not in fields["body"]
