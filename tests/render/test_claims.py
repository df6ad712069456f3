"""The claims linter: every sentence a reader reads is sourced or marked as assessment, and errors name its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import BriefgenError
from briefgen.render.claims import (
    UNCITED_HINT,
    AssessmentPlace,
    find_uncited_sentences,
    read_narrative,
    read_template_sources,
    split_sentences,
    uncited_sentence_problems,
)
from briefgen.render.pipeline import check_briefs, render_brief
from briefgen.render.sourcemap import SourceMap
from tests.rendering import load, make_project, write_brief


def uncited(markdown: str, figures: tuple[str, ...] = ()) -> list[str]:
    """Sentences the linter flags in this Markdown."""
    return [sentence.text for sentence in find_uncited_sentences(markdown, figures)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade grew by 5 per cent.",
        "The plant will make 2,700 tractors.",
        "The visit took place in March.",
        "Two delegations met.",
        "The sides signed an MoU.",
        "The agreement was welcomed.",
        # What the first linter let through: no figure, month or agreement word.
        "Minsk has agreed to sell Pakistan air-defence systems.",
        "Belarus is Pakistan's largest arms supplier.",
        "The sides met in Minsk.",
        "Relations are warm.",
        "Exporters march on regardless.",
    ],
)
def test_every_uncited_sentence_is_flagged(sentence: str) -> None:
    assert uncited(f"Introductory words, cited [@a]. {sentence}") == [sentence]


@pytest.mark.parametrize(
    "markdown",
    [
        "Trade grew by 5 per cent [@a].",
        "Trade grew by 5 per cent.[@a]",
        "Trade grew by 5 per cent. [@a]",
        "Trade grew by 5 per cent. [@a] [@b]",
        "Trade grew by 5 per cent [@a; @b].",
        "“Trade grew by 5 per cent,” officials said. [@a]",
        "Trade grew by 5 per cent (in 2019). [@a]",
    ],
)
def test_a_cited_sentence_is_not_flagged(markdown: str) -> None:
    assert uncited(markdown) == []


def test_each_sentence_needs_its_own_citation() -> None:
    assert uncited("Trade grew by 5 per cent [@a]. Exports rose 3 per cent. Relations are warm. Imports fell in June. [@b]") == [
        "Exports rose 3 per cent.",
        "Relations are warm.",
    ]


def test_assessment_and_about_blocks_need_no_citation() -> None:
    markdown = (
        "Reported [@a].\n\n"
        "::: assessment\nBelarus is likely to press for more tractor orders.\n\nWe expect no delivery before June.\n:::\n\n"
        "::: about\nThis brief was built from 12 sources in April 2025.\n:::\n"
    )
    assert uncited(markdown) == []


def test_other_blocks_are_checked_like_any_text() -> None:
    markdown = "::: note\nRelations are warm.\n:::\n\n::: talking-points\n- Welcome the progress.\n:::\n"
    assert uncited(markdown) == ["Relations are warm.", "Welcome the progress."]


def test_check_lists_assessment_blocks_with_their_opening_words() -> None:
    reading = read_narrative("Intro [@a].\n\n::: assessment\nLikely to slip.\n:::\n\n::: about\nAbout.\n:::\n")
    assert [(a.line, a.text) for a in reading.assessments] == [(2, "Likely to slip.")]


def test_headings_are_not_sentences() -> None:
    assert uncited("# Trade in 2019\n\n## Two MoUs signed in March\n\nRelations are warm [@a].") == []


def test_table_headers_are_not_sentences_and_a_row_is_cited_by_any_cell() -> None:
    markdown = "| Year | 2019 | 2020 |\n|---|---|---|\n| Trade | 50 million. | 19 million [@a] |\n| Exports | 3 million | 4 million |\n"
    assert uncited(markdown) == ["Exports 3 million 4 million"]


def test_footnote_text_is_not_read() -> None:
    assert uncited("Relations are warm [@a].") == []


def test_a_line_break_separates_words_and_does_not_end_an_about_block() -> None:
    assert uncited("Relations are warm  \nin 2019 they cooled.") == ["Relations are warm in 2019 they cooled."]
    markdown = "::: about\nThis brief was built  \nfrom 12 sources in April 2025.\\\nIt has 3 sections.\n:::\n\nTrade rose 5 per cent."
    assert uncited(markdown) == ["Trade rose 5 per cent."]


def test_charts_and_code_are_not_read() -> None:
    markdown = "briefgen-figure-abc-1\n\nWrite `[@trade-2019]` after 2019 figures.\n"
    assert uncited(markdown, figures=("briefgen-figure-abc-1",)) == ["Write after 2019 figures."]


def test_a_caption_of_a_cited_chart_is_accounted_for() -> None:
    cited = "::: figure\nbriefgen-figure-x-1\n\n*Figure:* Trade, in US dollars. Data points: 2019, US$50.2 million [@a].\n:::\n"
    assert uncited(cited, figures=("briefgen-figure-x-1",)) == []
    no_chart = "::: figure\n*Figure:* Trade, in US dollars. Data points: 2019, US$50.2 million [@a].\n:::\n"
    assert uncited(no_chart) == ["Figure: Trade, in US dollars."]
    uncited_chart = "::: figure\nbriefgen-figure-x-1\n\n*Figure:* Trade, in US dollars.\n:::\n"
    assert uncited(uncited_chart, figures=("briefgen-figure-x-1",)) == ["Figure: Trade, in US dollars."]


def test_list_items_are_separate_units() -> None:
    assert uncited("- 2,700 tractors [@a]\n- 300 buses\n- Relations are warm\n") == ["300 buses", "Relations are warm"]


def test_text_without_a_letter_or_digit_is_not_a_sentence() -> None:
    assert uncited("— [@a]\n\n—\n\n:::\n") == []


@pytest.mark.parametrize(
    ("block", "sentences"),
    [
        ("One. Two. Three.", ["One.", "Two.", "Three."]),
        ("Is it? Yes! “Quoted.” Then (bracketed.) End", ["Is it?", "Yes!", "“Quoted.”", "Then (bracketed.)", "End"]),
        ("Trade was US$1.5 million. It grew.", ["Trade was US$1.5 million.", "It grew."]),
        ("lower case. after a stop", ["lower case. after a stop"]),
        ("", []),
    ],
)
def test_split_sentences(block: str, sentences: list[str]) -> None:
    assert split_sentences(block) == sentences


def test_each_sentence_knows_the_markdown_line_it_starts_on() -> None:
    reading = read_narrative("Intro [@a].\n\nFirst [@a]. Second\nwraps. Third\n\n- Fourth\n")
    assert [(s.text, s.line) for s in reading.uncited] == [("Second wraps.", 2), ("Third", 3), ("Fourth", 5)]


def test_problems_name_the_template_line_once_and_shorten_long_sentences() -> None:
    long_sentence = "Exports rose " + "and kept rising " * 10 + "until the end."
    markdown = f"Relations are warm.\n\nRelations are warm.\n\n{long_sentence}\n"
    source_map = SourceMap(starts=[0, 2, 4], places=[("partials/p.md.j2", 3), ("partials/p.md.j2", 3), ("briefs/mini.md", 9)])
    problems = uncited_sentence_problems(read_narrative(markdown), source_map, None, "briefs/mini.md")
    assert [(p.path, p.line) for p in problems] == [("partials/p.md.j2", 3), ("briefs/mini.md", 9)]
    assert problems[0].message == "uncited sentence: “Relations are warm.”"
    assert problems[1].message.endswith("…”") and len(problems[1].message) < 140
    assert all(p.hint == UNCITED_HINT for p in problems)
    assert "[@" in UNCITED_HINT and "::: assessment" in UNCITED_HINT


def test_read_template_sources(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    texts = read_template_sources(project, ["briefs/mini.md", "partials/macros.md.j2", "partials/missing.md.j2"])
    assert sorted(texts) == ["briefs/mini.md", "templates/partials/macros.md.j2"]
    assert texts["briefs/mini.md"].startswith("---\n")


def test_an_uncited_sentence_in_a_partial_fails_at_the_partial_s_line(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    (project / "templates" / "partials" / "claims.md.j2").write_text(
        "## Trade\n\nRelations are warm.\nTrade grew to {{ fact('trade-2019').value | money }} in 2019.\n", encoding="utf-8"
    )
    write_brief(project, "Intro [@trade-2019].\n\n{% include 'partials/claims.md.j2' %}\n")
    with pytest.raises(BriefgenError) as caught:
        render_brief(project, "mini", load(project))
    assert [(p.path, p.line, p.message) for p in caught.value.problems] == [
        ("templates/partials/claims.md.j2", 3, "uncited sentence: “Relations are warm.”"),
        ("templates/partials/claims.md.j2", 4, "uncited sentence: “Trade grew to US$50.2 million in 2019.”"),
    ]


def test_an_uncited_sentence_deep_in_a_brief_is_reported_at_its_own_line(tmp_path: Path) -> None:
    """An earlier cited line shares most of its words; the error must still name the line it is on."""
    project = make_project(tmp_path)
    filler = "".join(f"Paragraph {n} is here [@trade-2019].\n\n" for n in range(60))
    body = (
        "Pakistan and Belarus agreed to assemble tractors locally [@tractor-assembly].\n\n"
        + filler
        + "{% if true %}Pakistan and Belarus agreed to assemble tractors locally, officials said.{% endif %}\n"
    )
    write_brief(project, body)
    with pytest.raises(BriefgenError) as caught:
        render_brief(project, "mini", load(project))
    lines = (project / "briefs" / "mini.md").read_text(encoding="utf-8").split("\n")
    written = next(number for number, line in enumerate(lines, start=1) if line.startswith("{% if true %}"))
    assert written == 126  # 3 lines of front matter, the cited line and a blank, 120 of filler
    assert [(p.path, p.line) for p in caught.value.problems] == [("briefs/mini.md", written)]


def test_a_printed_value_is_credited_to_the_line_that_printed_it(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    write_brief(project, "Intro [@trade-2019].\n{% set words = 'Relations are warm.' %}\n\n{{ words }}\n")
    with pytest.raises(BriefgenError) as caught:
        render_brief(project, "mini", load(project))
    assert [(p.path, p.line) for p in caught.value.problems] == [("briefs/mini.md", 7)]


def test_the_mini_brief_accounts_for_every_sentence(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    _, _, document = render_brief(project, "mini", load(project))
    assert document.narrative_html
    assert document.assessments == []


def test_check_lists_where_each_assessment_was_written(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    write_brief(project, "Intro [@trade-2019].\n\n::: assessment\nTrade will stay small.\n:::\n")
    found: list[AssessmentPlace] = []
    assert check_briefs(project, load(project), assessments=found) == []
    assert [(a.path, a.line, a.text) for a in found] == [("briefs/mini.md", 6, "Trade will stay small.")]
    assert found[0].format() == "briefs/mini.md:6: assessment: “Trade will stay small.”"


def test_a_row_of_several_sentences_is_one_claim_cited_by_its_one_mark() -> None:
    """Issue 13: a row cites its passage once; the date cell and the source cell need no mark of their own."""
    markdown = (
        "| Date | Event | Source |\n|---|---|---|\n"
        "| 26 November 2024 | Fifteen MoUs were signed. Lukashenko left. [@a] | Gazette, 16 November 2024 |\n"
        "| 2 May 2025 | Talks resumed. | Gazette, 3 May 2025 |\n"
    )
    found = uncited(markdown)
    assert len(found) == 1 and "Talks resumed" in found[0], found
