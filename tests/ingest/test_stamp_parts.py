"""A time-stamp line read as a part's headline heads no article: the page stays one article; a line of menu words in capitals is a
site's navigation bar, not the headline; a dateline may name two places with a slash (made-up pages)."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.ingest.bylines import is_stamp_line
from briefgen.ingest.meta import dateline
from briefgen.ingest.text import clean_page
from briefgen.ingest.widgets import fold_headline_stubs, is_menu_bar

_STANDFIRST = "The president of Sylvania arrived in the capital on Friday evening for a three-day state visit."
_LEDE = "PORT ELLIS: The president of Sylvania was received at the airport by the foreign minister of Freedonia."
_SECOND = "He will hold talks with the prime minister on trade, energy and the shared river basin on Saturday."


def test_stamp_line_under_a_headline_does_not_start_a_second_article() -> None:
    stamp = "Published: 12th March 2021 09:15 AM  |   Last Updated: 13th March 2021 01:02 AM"
    page = clean_page(f"Sylvanian president lands in Port Ellis for state visit\n\n{_STANDFIRST}\n\n{stamp}\n\n{_LEDE}\n\n{_SECOND}\n")
    assert len(page.parts) == 1
    [part] = page.parts
    assert part.headline == "Sylvanian president lands in Port Ellis for state visit"
    assert _LEDE in part.paragraphs and _SECOND in part.paragraphs


@dataclass
class _Part:
    headline: str | None
    paragraphs: list[str]
    removed: list[tuple[str, str]] = field(default_factory=list)


def test_a_part_headed_by_a_stamp_joins_the_headline_above() -> None:
    stamp = "Published: 12th March 2021 09:15 AM | Last Updated: 13th March 2021 01:02 AM"
    parts = [_Part("Sylvanian president lands in Port Ellis for state visit", [_STANDFIRST]), _Part(stamp, [_LEDE, _SECOND])]
    fold_headline_stubs(parts, lambda kind, text, after: (kind, text))
    assert [(p.headline, p.paragraphs) for p in parts] == [
        ("Sylvanian president lands in Port Ellis for state visit", [_STANDFIRST, _LEDE, _SECOND])
    ]
    assert ("update line", stamp) in parts[0].removed  # a time stamp, not anyone's byline


def test_a_part_headed_by_a_name_records_it_as_a_byline() -> None:
    parts = [_Part("Sylvanian president lands in Port Ellis for state visit", [_STANDFIRST]), _Part("The Nation", [_LEDE, _SECOND])]
    fold_headline_stubs(parts, lambda kind, text, after: (kind, text))
    assert len(parts) == 1
    assert ("byline", "The Nation") in parts[0].removed


def test_stamp_lines_and_headlines_told_apart() -> None:
    assert is_stamp_line("Updated: Nov 21, 2024 | Published: Nov 20, 2024")
    assert is_stamp_line("Posted on 3 May 2023 14:05 GMT")
    assert not is_stamp_line("Freedonia signs trade pact on 20 November 2024")
    assert not is_stamp_line("Sylvania central bank holds rates steady")


def test_a_real_second_article_below_a_stamp_still_counts() -> None:
    other = "Sylvania's central bank kept its main rate at four per cent on Friday, citing slowing prices at home."
    page = clean_page(
        f"Sylvanian president lands in Port Ellis for state visit\n\n{_STANDFIRST}\n\n"
        f"Sylvania central bank holds rates steady\n\nNovember 21, 2022\n\n{other}\n\n{_SECOND}\n"
    )
    assert len(page.parts) == 2


def test_a_menu_bar_in_capitals_is_navigation_not_the_headline() -> None:
    page = clean_page(
        f"HOME NEWS BUSINESS MOVIES SPORTS GET AHEAD\n\nSylvanian president lands in Port Ellis for state visit\n\n{_LEDE}\n\n{_SECOND}\n"
    )
    [part] = page.parts
    assert part.headline == "Sylvanian president lands in Port Ellis for state visit"
    assert is_menu_bar("NEWS | WORLD | BUSINESS | SPORTS")
    assert not is_menu_bar("FREEDONIA AND SYLVANIA SIGN NINE AGREEMENTS")
    assert not is_menu_bar("SYLVANIA NEWS AGENCY")


def test_a_dateline_of_two_places_joined_by_a_slash_names_both() -> None:
    found = dateline("Port Ellis/Valmora, Mar 28 (XNA) Freedonia and Sylvania on Friday signed nine agreements.")
    assert found["place"].value == "Port Ellis/Valmora"
    assert dateline("Port Ellis, Mar 28 (XNA) Freedonia signed nine agreements.")["place"].value == "Port Ellis"


def test_a_day_and_month_at_a_time_with_its_zone_is_a_stamp_not_a_headline() -> None:
    """The year is in the page's date; the line above the text is the site's stamp ("16 Mar. 15:30 (UTC+3 MSK)")."""
    assert is_stamp_line("16 Mar. 15:30 (UTC+3 MSK)")
    assert is_stamp_line("March 16, 15:30 GMT")
    assert not is_stamp_line("16 March talks end in Port Ellis")
    lede = "The president of Sylvania held talks with the prime minister of Freedonia, who is on a state visit to Port Ellis."
    page = clean_page(f" date 2024-03-16 16 Mar. 15:30 (UTC+3 MSK)\n\n{lede}\n\n{_SECOND}\n")
    assert not page.parts[0].headline
    assert page.parts[0].paragraphs == [lede, _SECOND]
