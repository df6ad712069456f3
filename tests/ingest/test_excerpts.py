"""A story's excerpt printed above the story heads no second article: the page is archived whole, under its title."""

from __future__ import annotations

from briefgen.ingest.text import clean_page

STORY = (
    "Visiting leader to embark on a two-day state visit next week\n\n"
    "The visiting leader will undertake a two-day state visit starting Tuesday, following an invitation extended by "
    "the President, the Ministry of Foreign Affairs announced on Sunday. In a press release, the ministry stated, "
    "“At the cordial invitation of the Presi […]\n\n"
    "Visiting leader to pay a state visit\n"
    "by Jane Doe - April 21, 2024, 5:21 pm\n\n"
    "The visiting leader will undertake a two-day state visit starting Tuesday, following an invitation extended by "
    "the President, the Ministry of Foreign Affairs announced on Sunday.\n\n"
    "In a press release, the ministry stated, “At the cordial invitation of the President, the leader is paying a "
    "state visit on 23-24 April 2024.”\n\n"
    "The two leaders will witness the signing of agreements on the second day of the visit.\n"
)


def test_a_story_under_its_own_excerpt_is_one_article() -> None:
    page = clean_page(STORY)
    assert len(page.parts) == 1
    part = page.parts[0]
    assert part.headline == "Visiting leader to embark on a two-day state visit next week"
    assert part.paragraphs[0].endswith("announced on Sunday.")  # the story's own first paragraph, not the excerpt
    assert part.paragraphs[-1].startswith("The two leaders will witness")
    kinds = {r.kind: r.text for r in part.removed}
    assert kinds["story's own heading"] == "Visiting leader to pay a state visit"
    assert kinds["story excerpt"].endswith("[…]")


def test_an_excerpt_of_another_story_leaves_two_articles() -> None:
    opening = "The visiting leader will undertake a two-day state visit starting Tuesday, following"
    other = STORY.replace(opening, "A trade fair opened on Monday, following", 1)
    assert len(clean_page(other).parts) == 2


def test_a_paragraph_cut_off_without_the_mark_is_no_excerpt() -> None:
    assert len(clean_page(STORY.replace(" […]", "")).parts) == 2


def test_a_story_that_ends_where_its_excerpt_is_cut_is_read_without_a_fault() -> None:
    """The story below may stop right where the excerpt's last, cut word begins: nothing of it is left to compare."""
    sentence = (
        "The visiting leader will undertake a two-day state visit starting Tuesday, following an invitation extended by "
        "the President, the Ministry of Foreign Affairs announced on Sunday."
    )
    page = (
        f"Visiting leader to embark on a two-day state visit next week\n\n{sentence} In […]\n\n"
        f"Visiting leader to pay a state visit\nby Jane Doe - April 21, 2024, 5:21 pm\n\n{sentence}\n"
    )
    parts = clean_page(page).parts
    assert [part.headline for part in parts] == [
        "Visiting leader to embark on a two-day state visit next week",
        "Visiting leader to pay a state visit",
    ]
