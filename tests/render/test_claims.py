"""The uncited-claims linter reads what a reader reads and points at the template line that wrote it."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import BriefgenError
from briefgen.render.claims import find_uncited_claims, locate_in_templates, read_template_sources, split_sentences, uncited_claim_problems
from briefgen.render.markdown import render_markdown
from briefgen.render.pipeline import render_brief
from tests.rendering import load, make_project, write_brief


def uncited(markdown: str) -> list[str]:
    """Sentences the linter flags in the HTML this Markdown renders to."""
    html = render_markdown(markdown, lambda _: True, lambda fid, n: f"Gazette, 16 November {2000 + n}: “{n} tractors in March”").html
    return [claim.sentence for claim in find_uncited_claims(html)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade grew by 5 per cent.",
        "The plant will make 2,700 tractors.",
        "The visit took place in March.",
        "Talks resume in May.",
        "Two delegations met.",
        "Officials met twice.",
        "Exports tripled, to a million dollars.",
        "The sides signed an MoU.",
        "They signed two MoUs.",
        "A memorandum on textiles was initialled.",
        "The agreement was welcomed.",
        "A treaty is planned.",
        "The accord covers tractors.",
        "The protocol was ratified.",
        "A contract was awarded.",
    ],
)
def test_a_sentence_stating_a_figure_date_or_agreement_is_flagged(sentence: str) -> None:
    assert uncited(f"Introductory words without claims. {sentence}") == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "The sides met in Minsk.",
        "The minister may raise the issue.",
        "Exporters march on regardless.",
        "Officials made a second visit.",
        "Relations are warm.",
    ],
)
def test_a_sentence_without_a_claim_is_not_flagged(sentence: str) -> None:
    assert uncited(sentence) == []


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
        "Exports rose 3 per cent."
    ]


def test_headings_are_not_claims() -> None:
    assert uncited("# Trade in 2019\n\n## Two MoUs signed in March\n\nRelations are warm.") == []


def test_table_headers_are_not_claims_and_a_row_is_cited_by_any_cell() -> None:
    markdown = "| Year | 2019 | 2020 |\n|---|---|---|\n| Trade | 50 million | 19 million [@a] |\n| Exports | 3 million | 4 million |\n"
    assert uncited(markdown) == ["Exports 3 million 4 million"]


def test_a_row_of_several_sentences_is_one_claim_cited_by_its_one_mark() -> None:
    """Issue 13: a row cites its passage once; the date cell and the source cell need no mark of their own."""
    markdown = (
        "| Date | Event | Source |\n|---|---|---|\n"
        "| 26 November 2024 | Fifteen MoUs were signed. Lukashenko left. [@a] | Gazette, 16 November 2024 |\n"
        "| 2 May 2025 | Talks resumed. | Gazette, 3 May 2025 |\n"
    )
    assert uncited(markdown) == ["2 May 2025 Talks resumed. Gazette, 3 May 2025"]


def test_footnote_text_is_not_a_claim_of_the_narrative() -> None:
    html = render_markdown("Relations are warm [@a].", lambda _: True, lambda fid, n: "Gazette, 16 November 2024: “2,700 tractors.”").html
    assert "2,700" in html
    assert find_uncited_claims(html) == []


def test_text_about_the_brief_is_not_a_claim() -> None:
    markdown = "::: about\nThis brief was built from 12 sources in April 2025.\n\nIt has 3 sections.\n:::\n\nRelations are warm."
    assert uncited(markdown) == []


def test_a_line_break_inside_an_about_block_does_not_end_it() -> None:
    markdown = "::: about\nThis brief was built  \nfrom 12 sources in April 2025.\\\nIt has 3 sections.\n:::\n\nTrade rose 5 per cent."
    assert uncited(markdown) == ["Trade rose 5 per cent."]


def test_a_line_break_separates_words() -> None:
    html = "<p>Relations are warm<br>in 2019 they cooled.</p>"
    assert [c.sentence for c in find_uncited_claims(html)] == ["Relations are warm in 2019 they cooled."]


def test_charts_code_and_figure_captions_are_not_claims() -> None:
    html = (
        '<div class="chart"><img src="data:image/svg+xml;base64,AAAA" alt="Trade 2019 to 2024"><p>50 million</p></div>'
        "<figure><figcaption>Trade, 2019 to 2024</figcaption></figure>"
        "<p>Write <code>[@trade-2019]</code> after 2019 figures.</p>"
    )
    assert [c.sentence for c in find_uncited_claims(html)] == ["Write after 2019 figures."]


def test_list_items_are_separate_units() -> None:
    assert uncited("- 2,700 tractors [@a]\n- 300 buses\n- Relations are warm\n") == ["300 buses"]


def test_an_unclosed_inline_element_ends_with_its_block() -> None:
    html = '<div class="about"><p>Built from <em>12 sources.</p></div><p>Trade rose 5 per cent.</p>'
    assert [c.sentence for c in find_uncited_claims(html)] == ["Trade rose 5 per cent."]


def test_stray_end_tags_do_not_confuse_the_reader() -> None:
    html = '<div class="about"><p>Built from 12 sources.</p></span></em></div><p>Trade rose 5 per cent.</p>'
    assert [c.sentence for c in find_uncited_claims(html)] == ["Trade rose 5 per cent."]


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


SOURCES = {
    "briefs/mini.md": "\n\n\n## Trade\n\nRelations are warm.\nExports rose by {{ x }} per cent in 2024.\n",
    "templates/partials/trade.md.j2": "Imports fell sharply in June, officials said.\n",
}


def test_locate_in_templates_finds_the_line_that_wrote_a_sentence() -> None:
    assert locate_in_templates("Exports rose by 7 per cent in 2024.", SOURCES) == ("briefs/mini.md", 7)
    assert locate_in_templates("Imports fell sharply in June, officials said.", SOURCES) == ("templates/partials/trade.md.j2", 1)


def test_locate_in_templates_gives_up_rather_than_guess() -> None:
    assert locate_in_templates("Nothing like this appears anywhere.", SOURCES) is None
    assert locate_in_templates("2019.", SOURCES) is None
    assert locate_in_templates("Exports", SOURCES) is None


def test_uncited_claim_problems_are_located_and_shortened() -> None:
    long_claim = "Exports rose by 7 per cent in 2024 " + "and kept rising " * 10 + "until the end."
    html = f"<p>Exports rose by 7 per cent in 2024.</p><p>Nobody wrote 3 of these words.</p><p>{long_claim}</p>"
    problems = uncited_claim_problems(html, SOURCES, "briefs/mini.md")
    assert [(p.path, p.line) for p in problems] == [("briefs/mini.md", 7), ("briefs/mini.md", None), ("briefs/mini.md", 7)]
    assert problems[0].message == "uncited claim: “Exports rose by 7 per cent in 2024.”"
    assert problems[2].message.endswith("…”") and len(problems[2].message) < 140
    assert all(p.hint and "::: about" in p.hint for p in problems)


def test_read_template_sources(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    texts = read_template_sources(project, ["briefs/mini.md", "partials/macros.md.j2", "partials/missing.md.j2"])
    assert sorted(texts) == ["briefs/mini.md", "templates/partials/macros.md.j2"]
    assert texts["briefs/mini.md"].startswith("---\n")


def test_a_brief_with_an_uncited_claim_in_a_partial_fails_at_the_partial_s_line(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    (project / "templates" / "partials" / "claims.md.j2").write_text(
        "## Trade\n\nRelations are warm.\nTrade grew to {{ fact('trade-2019').value | money }} in 2019.\n", encoding="utf-8"
    )
    write_brief(project, "Intro [@trade-2019].\n\n{% include 'partials/claims.md.j2' %}\n")
    with pytest.raises(BriefgenError) as caught:
        render_brief(project, "mini", load(project))
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == ("templates/partials/claims.md.j2", 4)
    assert problem.message == "uncited claim: “Trade grew to US$50.2 million in 2019.”"


def test_the_mini_brief_has_no_uncited_claims(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    _, _, document = render_brief(project, "mini", load(project))
    assert find_uncited_claims(document.narrative_html) == []
