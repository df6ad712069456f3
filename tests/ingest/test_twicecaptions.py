"""A line printed twice in a row under a page's headline is the photo's caption, and the line above is the headline
(made-up pages)."""

from __future__ import annotations

from briefgen.ingest.text import clean_page
from briefgen.ingest.twicetitled import headline_printed_twice

_TITLE = "Freedonia's president meets Sylvania's premier, welcomed with a state ceremony at the palace"
_CAPTION = "The two leaders at the Palace of Nations in Port Ellis"
_LEDE = "During his visit to Sylvania, the president of Freedonia met the premier in Port Ellis, where he was received."
_SECOND = "Following their meeting, the two leaders held talks with their delegations on trade and energy."


def _removed(text: str) -> list[tuple[str, str]]:
    [part] = clean_page(text).parts
    return [(r.kind, r.text) for r in part.removed]


def test_the_line_above_a_caption_printed_twice_is_the_headline() -> None:
    page = clean_page(f"{_TITLE}\n\n{_CAPTION}\n {_CAPTION}\n {_LEDE}\n\n{_SECOND}\n")
    [part] = page.parts
    assert part.headline == _TITLE
    assert part.paragraphs == [_LEDE, _SECOND]
    assert _removed(f"{_TITLE}\n\n{_CAPTION}\n {_CAPTION}\n {_LEDE}\n\n{_SECOND}\n")[1:] == [
        ("photo caption", _CAPTION),
        ("photo caption", _CAPTION),
    ]


def test_labels_above_the_headline_stay_furniture() -> None:
    page = clean_page(f"International\n\n1 hour ago\n\n{_TITLE}\n\n{_CAPTION}\n{_CAPTION}\n\n{_LEDE}\n\n{_SECOND}\n")
    [part] = page.parts
    assert part.headline == _TITLE
    assert "1 hour ago" not in part.paragraphs


def test_a_title_printed_twice_under_a_short_label_stays_the_headline() -> None:
    page = clean_page(f"Latest News Editor's Choice\n\n{_TITLE}\n{_TITLE}\n\n{_LEDE}\n\n{_SECOND}\n")
    part = headline_printed_twice(page.parts[0])
    assert part.headline == _TITLE
    assert "photo caption" not in [r.kind for r in part.removed]


def test_a_title_printed_twice_with_a_stamp_between_stays_the_headline() -> None:
    page = clean_page(f"{_TITLE}\n\nNovember 21, 2022\n\n{_TITLE}\n\n{_LEDE}\n\n{_SECOND}\n")
    assert page.parts[0].headline == _TITLE
    assert page.parts[0].paragraphs == [_LEDE, _SECOND]
