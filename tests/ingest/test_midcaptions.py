"""A line printed twice in a row between two paragraphs of one story is the picture's caption: the page holds one
article, not two."""

from __future__ import annotations

from briefgen.ingest.text import clean_page

STORY = (
    "Visiting president arrives for a three-day state visit\n\n"
    "The President of the Republic arrived in the capital on Sunday for a three-day state visit to the country.\n\n"
    "President of the Republic visits the capital\n"
    "President of the Republic visits the capital\n\n"
    "He is in the country at the invitation of his counterpart, and the two will sign a memorandum on consultations.\n\n"
    "He will also lay a wreath at the national mausoleum and attend a state banquet in the evening.\n"
)


def test_a_caption_printed_twice_inside_a_story_heads_no_second_article() -> None:
    page = clean_page(STORY)
    assert len(page.parts) == 1
    part = page.parts[0]
    assert part.headline == "Visiting president arrives for a three-day state visit"
    assert part.paragraphs[-1].startswith("He will also lay a wreath")
    assert [r.text for r in part.removed if r.kind == "photo caption"] == ["President of the Republic visits the capital"] * 2


def test_a_second_report_that_names_its_subject_stays_a_part_of_its_own() -> None:
    second = STORY.replace("He is in the country", "The Prime Minister of the Kingdom is in the country")
    assert len(clean_page(second).parts) == 2


GALLERY = (
    "Red carpet reception for the visiting president at State House\n\n"
    "The host accorded the visitor full state honours with a 21-gun salute.\n\n"
    "The visiting president inspects a guard of honour at State House on August 21, 2023\n"
    "The visiting president inspects a guard of honour at State House on August 21, 2023\n"
    "Image: PCS\n\n"
    "The visiting president on Monday kicked off his tour of the region with the capital as his first stop.\n\n"
    "The president arrived at State House shortly after 10 am, where he was received by his counterpart.\n"
)


def test_a_caption_printed_twice_over_a_photo_credit_heads_no_second_article() -> None:
    """The paragraph after it names its subject afresh, as a new report would: the credit under the copies tells."""
    page = clean_page(GALLERY)
    assert len(page.parts) == 1
    part = page.parts[0]
    assert part.headline == "Red carpet reception for the visiting president at State House"
    assert part.paragraphs[-1].startswith("The president arrived at State House")
    captions = [r.text for r in part.removed if r.kind == "photo caption"]
    assert captions[:2] == ["The visiting president inspects a guard of honour at State House on August 21, 2023"] * 2


def test_without_the_credit_a_line_printed_twice_over_a_report_naming_its_subject_still_heads_a_part() -> None:
    assert len(clean_page(GALLERY.replace("Image: PCS\n", "")).parts) == 2


CREDITED = (
    "Visiting president to meet his host on Thursday\n\n"
    "The visiting president will meet his host on Thursday in his first official visit since taking office.\n\n"
    "Visiting president  Jan Novak of the Republic. AFP\n"
    "Visiting president Jan Novak of the Republic. AFP\n\n"
    "The visit is the president's second to the region since he assumed office in January.\n\n"
    "He will then travel on to the summit of the regional union.\n"
)


def test_a_caption_printed_twice_that_credits_an_agency_after_its_full_stop_heads_no_second_article() -> None:
    """Ahram Online's form (intake_final152): the paragraph after the copies names its subject afresh, but the line
    closes with "… . AFP", which no headline does."""
    page = clean_page(CREDITED)
    assert len(page.parts) == 1
    assert page.parts[0].paragraphs[-1].startswith("He will then travel")
    assert len(clean_page(CREDITED.replace(". AFP", "")).parts) == 2
