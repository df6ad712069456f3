"""A headline-shaped line whose words the lede repeats is the headline, below a template's lines or over a standfirst;
a list of summary points is none.  Made-up pages and sites."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.ledetitled import headline_echoed_by_lede
from briefgen.ingest.text import Part
from tests.ingest.dry_run import dry_add

TITLE = "Ostland, Velmora announce new ferry routes between their ports"
LEDE = (
    "VOSTROGRAD -- Ostland President Ana Rell and her Velmoran counterpart on Monday announced two new ferry routes "
    "between the ports of their countries, the transport ministry said."
)


def test_the_line_the_lede_repeats_is_the_headline_below_a_buttons_label(mini_project: Path, tmp_path: Path) -> None:
    page = f"Nav Search\n\n{TITLE}\n\nSource: Ostland Wire\n\n{LEDE}\n\nThe routes open in May, with two sailings a week.\n"
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["title"] == TITLE
    assert TITLE not in fields["body"]


def test_a_headline_over_a_standfirst_and_a_caption_is_taken() -> None:
    standfirst = "The two countries last agreed on shipping a decade ago"
    caption = "Ostland President Ana Rell and the Velmoran leader meet at the port of Vostrograd. Reuters"
    part = Part(paragraphs=[TITLE, standfirst, caption, LEDE, "The routes open in May."])
    assert headline_echoed_by_lede(part).headline == TITLE


def test_a_place_line_sharing_one_word_is_no_headline() -> None:
    part = Part(paragraphs=["Vostrograd, Ostland", "Humidity: 84%", LEDE, "The routes open in May."])
    assert headline_echoed_by_lede(part).headline is None


def test_a_list_of_summary_points_is_no_headline() -> None:
    points = [
        "Ostland and Velmora announce two ferry routes between ports",
        "Transport ministry says sailings start in May",
        "Deal expected to lift trade across the strait",
    ]
    part = Part(paragraphs=["Key Points", *points, LEDE, "The routes open in May."])
    assert headline_echoed_by_lede(part).headline is None


def test_a_headline_already_found_is_kept() -> None:
    part = Part(headline="Ferry talks end", paragraphs=[TITLE, LEDE, "The routes open in May."])
    assert headline_echoed_by_lede(part).headline == "Ferry talks end"


def test_a_photos_caption_is_no_lede_to_echo() -> None:
    """RT's page (the engineer's sample): the caption under the headline credits its picture "© Reuters / …"."""
    title = "Greek PM says Turkey ‘continues to provoke’ over Cyprus"
    caption = (
        "Greek PM Kyriakos Mitsotakis welcomes Cypriot President Nicos Anastasiades at the Maximos Mansion in Athens, "
        "September 10, 2019. © Reuters / Alkis Konstantinidis"
    )
    lede = (
        "Greece’s Prime Minister Kyriakos Mitsotakis said on Tuesday that Turkey “continues to provoke” in its approach "
        "towards the ethnically divided island nation of Cyprus."
    )
    part = Part(paragraphs=[title, caption, lede])
    assert headline_echoed_by_lede(part).headline == title
