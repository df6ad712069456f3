"""A headline below a few lines of page furniture is found by the page's address, and an advertisement marker alone
on its line is furniture, never the article's place; made-up pages and sites."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.add import add_source
from briefgen.ingest.article import AddOptions
from briefgen.ingest.titling import without_glued_label
from tests.ingest.dry_run import dry_add

PAGE = (
    "ArrowIcon ShareIcon MailIcon PrintIcon\n"
    "Transport\n\n"
    "Ostland to give Velmora two ferry terminals, deepening sea ties\n\n"
    "Ministers agree to start talks on a new shipping pact\n\n"
    "VOSTROGRAD -- Ostland agreed on Friday to give Velmora two ferry terminals worth 60 million crowns as the "
    "countries deepen their cooperation at sea.\n\n"
    "The agreement was struck at a meeting of the two transport ministers.\n"
)


def _add(root: Path, tmp_path: Path, url: str) -> dict[str, str]:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    [article] = add_source(root, str(page), AddOptions(url=url, undated=True), dry_run=True).articles
    return {**article.fields, "body": article.part.body}


def test_the_line_the_address_names_below_page_furniture_is_the_headline(mini_project: Path, tmp_path: Path) -> None:
    url = "https://harbourpost.com/Transport/Ostland-to-give-Velmora-two-ferry-terminals-deepening-sea-ties"
    fields = _add(mini_project, tmp_path, url)
    assert fields["title"] == "Ostland to give Velmora two ferry terminals, deepening sea ties"
    assert "deepening sea ties" not in fields["body"] and "Ostland agreed on Friday" in fields["body"]


def test_without_an_address_that_names_it_no_line_below_the_furniture_is_taken(mini_project: Path, tmp_path: Path) -> None:
    fields = _add(mini_project, tmp_path, "https://harbourpost.com/Transport/item-20391")
    assert fields["title"] != "Ostland to give Velmora two ferry terminals, deepening sea ties"


@pytest.mark.parametrize(
    ("headline", "url", "kept"),
    [
        (
            "ReadOstland and Velmora sign ferry pact",
            "https://harbourpost.com/stories/ostland-velmora-sign-ferry-pact-ab12",
            "Ostland and Velmora sign ferry pact",
        ),
        # Inner capitals that belong to a name: the address opens with the whole word.
        ("McKenna visits Velmora port on ferry talks", "https://harbourpost.com/stories/mckenna-visits-velmora-port-ferry-talks", None),
        # No address, or a page name of fewer than five words: nothing shows where the headline begins.
        ("ReadOstland and Velmora sign ferry pact", None, None),
        ("ReadOstland and Velmora sign ferry pact", "https://harbourpost.com/stories/ostland-pact", None),
    ],
)
def test_a_label_glued_before_the_headline_is_dropped_where_the_address_shows_the_headline(
    headline: str, url: str | None, kept: str | None
) -> None:
    assert without_glued_label(headline, url) == (kept or headline)


@pytest.mark.parametrize("marker", ["ADVT", "Advt.", "ADVERT"])
def test_an_advertisement_marker_is_no_place(mini_project: Path, tmp_path: Path, marker: str) -> None:
    text = (
        "Tuesday, December 16, 2025\n\n"
        f"{marker} \n\n"
        "National\n\n"
        "Vell and Dalen sign a partnership on ports and rail\n\n"
        "Kestrel Desk The Korvik Press, 19 Sep, 2025 10:06 AM\n\n"
        "Vestria and Ostland have signed a partnership to deepen their cooperation on ports and rail.\n\n"
        "The partnership includes a new ferry line between the two capitals, the ministry said.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://news.example/vell-and-dalen-sign-a-partnership/")
    assert fields["title"] == "Vell and Dalen sign a partnership on ports and rail"
    assert fields["place"] in ("", None)
