"""The site's header above a breadcrumb trail is no headline: the title is the line below the trail (made-up pages)."""

from __future__ import annotations

from briefgen.ingest.crumbedtitles import headline_below_crumbs
from briefgen.ingest.text import clean_page

_TITLE = "Port Ellis, Freedonia seek reset as Sylvania's president visits"
_LEDE = "The presidents of Freedonia and Sylvania agreed on Tuesday to reopen their border crossings, their offices said."
_SECOND = "The two leaders also signed four agreements on trade, energy and the shared river basin."


def _read(text: str) -> tuple[str | None, list[str], list[tuple[str, str]]]:
    [part] = clean_page(text).parts
    part = headline_below_crumbs(part)
    return part.headline, part.paragraphs, [(r.kind, r.text) for r in part.removed]


def test_the_line_below_the_trail_is_the_headline() -> None:
    headline, paragraphs, removed = _read(f"Latest News Editor's Choice\n\n\nNews / National\n\n{_TITLE}\n\n{_LEDE}\n\n{_SECOND}\n")
    assert headline == _TITLE
    assert paragraphs == [_LEDE, _SECOND]
    assert ("page furniture", "Latest News Editor's Choice") in removed


def test_a_headline_below_the_trail_stays() -> None:
    headline, paragraphs, _ = _read(f"News / National\n\n{_TITLE}\n\n{_LEDE}\n\n{_SECOND}\n")
    assert headline == _TITLE
    assert paragraphs == [_LEDE, _SECOND]


def test_a_lede_below_the_trail_is_no_headline() -> None:
    headline, paragraphs, _ = _read(f"{_TITLE}\n\nNews / National\n\n{_LEDE}\n\n{_SECOND}\n")
    assert headline == _TITLE
    assert paragraphs == [_LEDE, _SECOND]
