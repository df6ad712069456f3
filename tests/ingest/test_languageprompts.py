"""A site in several languages asks which one to show; the question is page furniture, not the headline.  The page
here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add


def test_a_default_language_prompt_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Would you like to make English your default language on this site?\n"
        "2031-10-29\n\n"
        "Ostland and Westmark step up commercial integration\n\n"
        "TEXT SIZE\n"
        "PORT AVEL, Ostland – During their meeting in the capital, President Anna Vell and her host Piet Doran "
        "strengthened ties in trade, security and migration.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "http://news.example/en_GB/articles/features/2031/10/29/feature-01")
    assert fields["title"] == "Ostland and Westmark step up commercial integration"
