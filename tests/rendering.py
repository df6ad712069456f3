"""Rendering a brief body in a throwaway copy of the mini project, and reading the result.

The unit tests of the renderer modules render small brief bodies against the
mini corpus (tests/fixtures/mini) with the repository's own templates, then
read the HTML as a reader would: its visible text and the elements it holds.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from briefgen.corpus.loader import Corpus, load_corpus
from briefgen.render.brief import load_brief
from briefgen.render.markdown import RenderedMarkdown, render_markdown
from briefgen.render.narrative import Narrative, render_narrative
from briefgen.render.scope import Scope, scope_for
from tests.conftest import FIXTURES, REPO

SLUG = "mini"


def make_project(tmp_path: Path) -> Path:
    """A copy of the mini project with the repository's templates beside it."""
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "mini", project)
    shutil.copytree(REPO / "templates", project / "templates")
    return project


def write_brief(project: Path, body: str, front: str = "title: Test brief\n") -> None:
    """Replace the mini brief with ``body`` under ``front`` (YAML lines)."""
    (project / "briefs" / f"{SLUG}.md").write_text(f"---\n{front}---\n{body}", encoding="utf-8")


def load(project: Path) -> Corpus:
    corpus = load_corpus(project)
    assert not corpus.errors, corpus.errors
    return corpus


def scope_of(project: Path, corpus: Corpus, as_of: dt.date | None = None) -> Scope:
    return scope_for(load_brief(project, SLUG), corpus, as_of)


@dataclass
class Rendered:
    """A brief body rendered to Markdown and then to HTML, with the scope it saw."""

    narrative: Narrative
    markdown: RenderedMarkdown
    scope: Scope

    @property
    def html(self) -> str:
        return self.markdown.html

    @property
    def page(self) -> Page:
        return read_html(self.markdown.html)


def render(project: Path, body: str, front: str = "title: Test brief\n", as_of: dt.date | None = None) -> Rendered:
    """Render ``body`` as the mini brief: Jinja2 to Markdown, then Markdown to HTML.

    Footnote text is the fact id, so a test can see which fact a note is for.
    Raises :class:`briefgen.errors.BriefgenError` for template errors.
    """
    write_brief(project, body, front)
    corpus = load(project)
    brief = load_brief(project, SLUG)
    scope = scope_for(brief, corpus, as_of)
    narrative = render_narrative(project, brief, scope, corpus)
    rendered = render_markdown(narrative.markdown, lambda fid: fid in scope.corpus.facts, lambda fid, number: f"note for {fid}")
    return Rendered(narrative, rendered, scope)


class Page(HTMLParser):
    """What a reader sees in an HTML fragment: its text and its elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.html = ""
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)

    @property
    def text(self) -> str:
        """The visible text with whitespace runs folded to one space."""
        return " ".join("".join(self.chunks).split())

    @property
    def tag_names(self) -> set[str]:
        return {tag for tag, _ in self.tags}

    def with_class(self, name: str) -> list[dict[str, str]]:
        return [attrs for _, attrs in self.tags if name in attrs.get("class", "").split()]

    def ids(self) -> list[str]:
        return [attrs["id"] for _, attrs in self.tags if "id" in attrs]


def read_html(fragment: str) -> Page:
    page = Page()
    page.html = fragment
    page.feed(fragment)
    page.close()
    return page


def plain_text(fragment: str) -> str:
    """The text of an HTML fragment with tags dropped and entities decoded."""
    return read_html(fragment).text
