"""A title glued to the breadcrumb trail above it and printed again below is the headline: the clean line, even with a
full stop (made-up pages in the shapes of two sites' saved pages)."""

from __future__ import annotations

from briefgen.ingest.gluedcrumbs import headline_after_glued_crumbs
from briefgen.ingest.text import clean_page

_TITLE = "Westmark FM on official visit to Eastmark"
_LEDE = "Westmark's foreign minister arrived in Port Avel on Sunday for talks with his Eastmark counterpart, the agency said."
_SECOND = "It said he would discuss regional and international developments with the minister responsible for foreign affairs."


def _read(text: str) -> tuple[str | None, list[str]]:
    [part] = clean_page(text).parts
    part = headline_after_glued_crumbs(part)
    return part.headline, part.paragraphs


def test_the_line_below_a_glued_headline_is_the_headline() -> None:
    headline, paragraphs = _read(f"Westmark General News{_TITLE}\n\n{_TITLE}\n\n{_LEDE}\n\n{_SECOND}\n")
    assert headline == _TITLE
    assert paragraphs == [_LEDE, _SECOND]


def test_a_title_with_a_full_stop_below_a_glued_trail_is_the_headline() -> None:
    title = "Eastmark President visits Westmark to attend “post-war era” summit."
    headline, paragraphs = _read(
        f"HomeRegionEastmark President visits Westmark to attend “post-war era” summit.\n\n{title}\n\n{_LEDE}\n\n{_SECOND}\n"
    )
    assert headline == title
    assert paragraphs == [_LEDE, _SECOND]


def test_a_comment_forms_prompts_at_the_foot_do_not_hide_the_glued_trail_above_the_title() -> None:
    """The prompts are recorded as teasers above the first paragraph wherever they stood (a saved news theme's page)."""
    glued = f"HomeNewsAsia & Americas{_TITLE}"
    footer = "RELATED ARTICLES\n\nLEAVE A REPLY\n\nPlease enter your comment!\nPlease enter your name here\n\n- Advertisment -spot_img\n"
    headline, paragraphs = _read(f"{glued}\n\n{_TITLE}\n\n{_LEDE}\n\n{_SECOND}\n\n{footer}")
    assert headline == _TITLE
    assert paragraphs[:2] == [_LEDE, _SECOND]


def test_a_line_ending_with_the_next_after_a_space_is_not_glued() -> None:
    # left to the readings of a title printed twice (twicetitled)
    [part] = clean_page(f"Westmark News {_TITLE}\n\n{_TITLE}\n\n{_LEDE}\n\n{_SECOND}\n").parts
    assert headline_after_glued_crumbs(part) == part


def test_a_headline_without_its_copy_below_stays() -> None:
    [part] = clean_page(f"Westmark General News{_TITLE}\n\n{_LEDE}\n\n{_SECOND}\n").parts
    assert headline_after_glued_crumbs(part) == part


def test_a_title_behind_one_glued_word_of_furniture_and_printed_again_below_is_the_headline() -> None:
    # a logo's text and a label run together before the title; the copies below were cut as photo captions
    title = "Westmark, Eastmark Prime Ministers Discuss Funding Sources for a Second Bridge"
    caption = "PM Alder (left) and PM Birch (right) after their meeting"
    page = f"site.wmaUPDATED {title}\n\n{title}\n\n{title}\n\n{caption}\n\n{_LEDE}\n\n{_SECOND}\n"
    [part] = clean_page(page).parts
    assert headline_after_glued_crumbs(part).headline == title


def test_a_title_behind_a_plain_word_stays_as_it_is() -> None:
    # "Updated" is no glued furniture: the readings of a title printed twice decide
    title = "Westmark, Eastmark Prime Ministers Discuss Funding Sources for a Second Bridge"
    [part] = clean_page(f"Updated {title}\n\n{title}\n\n{title}\n\n{_LEDE}\n\n{_SECOND}\n").parts
    assert headline_after_glued_crumbs(part).headline == part.headline
