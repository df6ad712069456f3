"""A part that is only a headline and its standfirst is the article's top, not an article; a month-only ``date`` prefix
dates the page with the dateline's day; a title-case dash dateline names its place (made-up pages)."""

from __future__ import annotations

import pytest

from briefgen.ingest.dashline import dash_dateline
from briefgen.ingest.prefixdate import after_month_prefix, prefix_dates
from briefgen.ingest.text import clean_page

_STANDFIRST = "The two governments also agreed to work together against smuggling and online fraud."
_LEDE = "PORT ELLIS – The prime ministers of Freedonia and Sylvania signed five agreements on Saturday, a spokesman said."
_SECOND = "The talks at the Palace of Nations came straight after the regional summit closed in the capital."
_OTHER = "Sylvania's central bank kept its main rate at four per cent on Friday, citing slowing prices at home."


def test_headline_and_standfirst_above_a_name_line_are_one_article() -> None:
    page = clean_page(
        "Freedonia and Sylvania ink 5 agreements to boost trade\n\n"
        f"{_STANDFIRST}\n\nThe Courier\n\nThe Courier\n\nNovember 21, 2022\n\n{_LEDE}\n\n{_SECOND}\n"
    )
    assert len(page.parts) == 1
    [part] = page.parts
    assert part.headline == "Freedonia and Sylvania ink 5 agreements to boost trade"
    assert part.paragraphs == [_STANDFIRST, _LEDE, _SECOND]
    assert ("byline", "The Courier") in [(r.kind, r.text) for r in part.removed]


def test_two_real_articles_stay_two() -> None:
    page = clean_page(
        "Freedonia and Sylvania ink 5 agreements to boost trade\n\n"
        f"{_STANDFIRST}\n\nSylvania central bank holds rates steady\n\nNovember 21, 2022\n\n{_OTHER}\n\n{_SECOND}\n"
    )
    assert [p.headline for p in page.parts] == [
        "Freedonia and Sylvania ink 5 agreements to boost trade",
        "Sylvania central bank holds rates steady",
    ]


def test_month_prefix_takes_the_datelines_day() -> None:
    [found] = prefix_dates(None, ["date 2025-04 Port Ellis, April 5: Several agreements were signed on Saturday."])
    assert found.value == "2025-04-05"
    assert "Port Ellis, April 5" in found.evidence


def test_month_prefix_alone_or_another_month_gives_no_date() -> None:
    assert prefix_dates(None, ["date 2025-04 Several agreements were signed in Port Ellis on Saturday."]) == []
    assert prefix_dates(None, ["date 2025-04 Port Ellis, May 5: Several agreements were signed."]) == []
    assert prefix_dates(None, ["Port Ellis, April 5: Several agreements were signed."]) == []


def test_full_prefix_is_the_date() -> None:
    [found] = prefix_dates("2024-10-15", [_LEDE])
    assert (found.value, found.where) == ("2024-10-15", "date line")


def test_month_prefix_stays_on_the_page_and_the_dateline_behind_it_is_read() -> None:
    page = clean_page(f" date 2025-04 Port Ellis, April 5: {_SECOND}\n\n{_OTHER}\n")
    assert page.date_line is None
    assert after_month_prefix(page.parts[0].paragraphs)[0].startswith("Port Ellis, April 5:")


@pytest.mark.parametrize(
    ("paragraphs", "removed", "place"),
    [
        (["Port Ellis – The minister arrived in Port Ellis this morning for talks."], [], "Port Ellis"),
        (["Port Ellis — The minister said the talks would go on."], ["Freedonia News Agency (Port Ellis)"], "Port Ellis"),
        (["John Smith — The minister said the talks would go on."], [], None),
        (["The Council – Ministers met in Port Ellis."], ["The Council"], None),
    ],
)
def test_title_case_dash_dateline_needs_the_place_named_again(paragraphs: list[str], removed: list[str], place: str | None) -> None:
    found = dash_dateline(paragraphs, removed)
    assert (found["place"].value if "place" in found else None) == place
