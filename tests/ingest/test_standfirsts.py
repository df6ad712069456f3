"""A standfirst read as the headline: a long line of prose over the text that the page's name in its address spells
little of stays in the text, and the page keeps no headline; a headline, however long, keeps its place.  Every page
here is made up."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.standfirsts import reads_as_prose, standfirst_over_text
from tests.ingest.dry_run import dry_add

LEDE = (
    "Vell and Dalen signed an agreement on Friday to build a ferry terminal at the harbour of Dalen, the largest "
    "investment the two ports have made together, their mayors said after the signing.\n\n"
    "The terminal will open in 2027 and carry passengers and freight, the agreement says.\n"
)
URL = "https://kestrel.example/business/vell-dalen-sign-landmark-ferry-terminal-deal"


def test_a_standfirst_over_the_lede_is_no_headline(mini_project: Path, tmp_path: Path) -> None:
    standfirst = "The two ports have agreed that the terminal will be the first of its kind on the coast, to be run by a joint company"
    fields = dry_add(mini_project, tmp_path, f"{standfirst}\n{LEDE}", URL)
    assert fields["title"] == ""
    assert fields["body"].startswith("Vell and Dalen signed")  # set aside: read as the lede, it would lend its days
    assert "standfirst" in fields["notes"]


def test_two_clauses_joined_by_a_semicolon_are_a_standfirst(mini_project: Path, tmp_path: Path) -> None:
    standfirst = "Mayors want to widen ties with the other harbour and sign more accords; on Saturday, travel on to Ostland and Brel"
    assert dry_add(mini_project, tmp_path, f"{standfirst}\n{LEDE}", URL)["title"] == ""


def test_a_long_headline_in_headline_style_keeps_its_place(mini_project: Path, tmp_path: Path) -> None:
    headline = "Vell mayor in Dalen urges harbour board to cut fees, Dalen mayor repeats demand on opening talks with Ostland"
    assert dry_add(mini_project, tmp_path, f"{headline}\n{LEDE}", URL)["title"] == headline


def test_a_long_headline_the_address_spells_keeps_its_place(mini_project: Path, tmp_path: Path) -> None:
    headline = "Vell and Dalen sign a landmark deal that will be the first to build a ferry terminal at the harbour of Dalen"
    url = "https://kestrel.example/vell-and-dalen-sign-a-landmark-deal-that-will-be-the-first-to-build-a-ferry-terminal"
    assert dry_add(mini_project, tmp_path, f"{headline}\n{LEDE}", url)["title"] == headline


def test_a_short_line_is_read_as_a_headline_whatever_it_says() -> None:
    assert standfirst_over_text("The ports have agreed that the terminal is the first", URL, LEDE) is None


def test_a_page_name_the_text_does_not_bear_out_disowns_nothing() -> None:
    standfirst = "The two ports have agreed that the terminal will be the first of its kind on the coast, to be run by a joint company"
    assert standfirst_over_text(standfirst, "https://kestrel.example/news/xq-vorta-lumbe-sarnik-povel", LEDE) is None


def test_prose_is_told_by_its_articles_and_verbs() -> None:
    assert reads_as_prose("The mayor is the first head of a port to visit Dalen under the new board")
    assert not reads_as_prose("Vell mayor in Dalen urges harbour board to cut fees")
