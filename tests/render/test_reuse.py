"""The preview's memo: a save re-renders the narrative only when a file it read, the corpus or the scope changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import BriefgenError
from briefgen.render.pipeline import render_brief
from briefgen.render.reuse import RenderMemo
from tests.rendering import load, make_project, write_brief

BODY = "Trade was recorded [@trade-2019].\n\n{% include 'partials/note-reuse.md.j2' %}\n"


def test_only_what_a_save_changed_is_rendered_again(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    partial = project / "templates" / "partials" / "note-reuse.md.j2"
    partial.write_text("Partial one [@trade-2019].\n", encoding="utf-8")
    write_brief(project, BODY)
    corpus = load(project)
    memo = RenderMemo()
    first = render_brief(project, "mini", corpus, memo=memo)[2].html
    assert first == render_brief(project, "mini", corpus)[2].html, "the memo changes nothing a reader sees"
    assert render_brief(project, "mini", corpus, memo=memo)[2].html == first
    assert memo.narratives_rendered == 1

    made = memo.derived_made  # the linter's reading, the rendered Markdown, the typed-citation check
    assert made == 3

    sheet = project / "templates" / "styles" / "brief.css"  # a stylesheet save: the page changes, the narrative is kept
    sheet.write_text(sheet.read_text(encoding="utf-8") + "\n.reuse-mark { color: inherit; }\n", encoding="utf-8")
    styled = render_brief(project, "mini", corpus, memo=memo)[2].html
    assert ".reuse-mark" in styled
    assert memo.narratives_rendered == 1
    assert memo.derived_made == made, "what was made from the kept narrative is kept with it"
    assert styled == render_brief(project, "mini", corpus)[2].html

    partial.write_text("Partial two [@trade-2019].\n", encoding="utf-8")  # a partial the brief includes
    assert "Partial two" in render_brief(project, "mini", corpus, memo=memo)[2].html
    assert memo.narratives_rendered == 2
    assert memo.derived_made == 2 * made, "a new narrative: its Markdown is read and rendered afresh"

    write_brief(project, BODY + "\nAnother sentence [@trade-2019].\n")  # the brief itself
    assert "Another sentence" in render_brief(project, "mini", corpus, memo=memo)[2].html
    assert memo.narratives_rendered == 3

    render_brief(project, "mini", load(project), memo=memo)  # the corpus reloaded (facts/ changed)
    assert memo.narratives_rendered == 4


def test_a_failed_render_is_not_kept(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    write_brief(project, "Unsourced claim that trade rose sharply in 2019.\n")
    corpus = load(project)
    memo = RenderMemo()
    for _ in range(2):  # the linter's verdict, kept by content, is the same the second time
        with pytest.raises(BriefgenError) as caught:
            render_brief(project, "mini", corpus, memo=memo)
        assert "uncited sentence" in caught.value.problems[0].message
    write_brief(project, "Broken {% if %}\n")
    for _ in range(2):
        with pytest.raises(BriefgenError):
            render_brief(project, "mini", corpus, memo=memo)
