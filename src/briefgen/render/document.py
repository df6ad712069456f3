"""Assembling the HTML document: cover, narrative, footnotes, sources, annex.

The layout (``templates/layouts/<layout>.html.j2``) is a template editors
own; it runs with HTML autoescaping in the same sandbox as narratives and
receives only finished, escaped fragments and plain values.  Stylesheets are
read by code from ``templates/styles/`` and inlined, so the HTML is one
self-contained file that needs no network to view.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from briefgen import __version__
from briefgen.corpus.loader import Corpus
from briefgen.errors import BriefgenError, Problem, shown
from briefgen.loading.projectfile import read_project_text
from briefgen.project import LAYOUTS_DIR, STYLES_DIR, TEMPLATES_DIR
from briefgen.render.annex import AnnexEntry, annex_entry
from briefgen.render.brand import BrandAssets, load_brand
from briefgen.render.brief import Brief
from briefgen.render.claims import AssessmentPlace, read_template_sources
from briefgen.render.footnotes import Footnote, Passage, group_passages, passage_note_html, source_citation
from briefgen.render.helpers import unknown_fact_error
from briefgen.render.limited import limited
from briefgen.render.markdown import ParsedMarkdown, RenderedMarkdown, render_markdown
from briefgen.render.narrative import Narrative
from briefgen.render.reuse import RenderMemo
from briefgen.render.sandbox import make_environment, template_problem
from briefgen.render.scope import Scope, build_label
from briefgen.render.standalone import external_loads
from briefgen.render.wording import FILTERS


@dataclass(frozen=True)
class SourceEntry:
    source_id: str
    citation: Markup
    author: str | None
    place: str | None
    url: str | None
    notes: tuple[int, ...]
    annex_letter: str | None


@dataclass
class Document:
    """The finished HTML and what went into it."""

    html: str
    cited_fact_ids: list[str]
    cited_source_ids: list[str]
    footnotes: list[Footnote]
    stylesheets: list[Path]
    templates: list[str] = field(default_factory=list)
    narrative_html: str = ""
    print_html: str = ""  # the same page without inlined styles: the PDF gets them as files
    assessments: list[AssessmentPlace] = field(default_factory=list)  # the brief's ::: assessment blocks
    note_numbers: dict[str, int] = field(default_factory=dict)  # fact id → its note (facts of one passage share one)
    sections: dict[str, str] = field(default_factory=dict)  # fact id → the section (# or ## heading) first citing it
    brand: BrandAssets | None = None
    print_css: str = ""  # the brand's CSS for the PDF (accent colour, paper size), read after the stylesheets


def stylesheet_paths(root: Path, layout: str, *, paged: bool) -> list[Path]:
    """A layout's stylesheets: ``<layout>.css`` (else ``brief.css``), plus ``<layout>.paged.css``
    (else ``paged.css``) for the PDF or ``<layout>.screen.css`` (else ``screen.css``) for the
    HTML.  Paths come from code, never from a brief."""
    styles = root / STYLES_DIR

    def pick(own: str, default: str) -> Path:
        candidate = styles / own
        return candidate if candidate.is_file() else styles / default

    sheets = [pick(f"{layout}.css", "brief.css")]
    if paged:
        sheets.append(pick(f"{layout}.paged.css", "paged.css"))
    else:
        sheets.append(pick(f"{layout}.screen.css", "screen.css"))
    return sheets


def _stylesheet_text(root: Path, path: Path) -> str:
    """A stylesheet's text, read as every project file is (regular, inside the project, capped)."""
    text, problems = read_project_text(root, path, path.relative_to(root).as_posix())
    if text is None:
        raise BriefgenError(problems)
    return text


def _typed_citation(root: Path, templates: list[str], fact_id: str) -> tuple[str, int] | None:
    """Where a citation of ``fact_id`` was typed in the templates a brief used, if anywhere."""
    pattern = re.compile(rf"\[@(?:[a-z0-9-]+\s*;\s*@)*{re.escape(fact_id)}(?![a-z0-9-])")
    for path, text in read_template_sources(root, templates).items():
        for number, line in enumerate(text.split("\n"), start=1):
            if pattern.search(line):
                return path, number
    return None


def annex_mode(brief: Brief, brand: BrandAssets) -> str:
    """The brief's evidence annex: its own ``annex``, else the project's default in templates/brand.yaml."""
    return brief.meta.annex if "annex" in brief.meta.model_fields_set else brand.brand.annex


@dataclass(frozen=True)
class _Body:
    """The narrative's Markdown rendered: its HTML and notes, each passage, and each passage's note."""

    rendered: RenderedMarkdown
    passages: dict[str, Passage]
    notes: dict[str, Markup]  # passage key → the note's inner HTML


def _render_body(
    root: Path, narrative: Narrative, brief: Brief, scope: Scope, full: Corpus, annex: str, parsed: ParsedMarkdown | None
) -> _Body:
    corpus = scope.corpus
    passages: dict[str, Passage] = {}
    notes: dict[str, Markup] = {}

    def group(fact_ids: list[str]) -> dict[str, str]:
        passages.update(group_passages([corpus.facts[f] for f in fact_ids], corpus.sources))
        return {fid: passage.key for fid, passage in passages.items()}

    def note(key: str, number: int) -> str:
        passage = passages[key]
        notes[key] = passage_note_html(passage, corpus.facts, corpus.sources[passage.source_id], annex=annex != "none")
        return str(notes[key])

    rendered = render_markdown(parsed or narrative.markdown, lambda fid: fid in corpus.facts, note, group)
    problems = [
        Problem(
            brief.path,
            None,
            f"lists or block quotes nest too deeply at line {line} of the rendered narrative: the text from there on would be lost",
            hint="nest lists at most 9 levels and block quotes at most 19",
        )
        for line in rendered.too_deep[:1]
    ]
    for fact_id, line in rendered.unknown:
        error = unknown_fact_error(fact_id, scope, full).problems[0]
        typed = _typed_citation(root, narrative.templates, fact_id)
        if typed:
            problems.append(Problem(typed[0], typed[1], error.message, hint=error.hint))
        else:
            problems.append(Problem(brief.path, None, f"{error.message} (cited on line {line} of the rendered narrative)", hint=error.hint))
    for malformed in rendered.malformed:
        problems.append(
            Problem(brief.path, None, f"malformed citation '{malformed.text}' (line {malformed.line} of the rendered narrative)")
        )
    if problems:
        raise BriefgenError(problems)
    for key, svg in narrative.figures.items():
        rendered.html = rendered.html.replace(f"<p>{key}</p>", f'<div class="chart">{svg}</div>')
    return _Body(rendered, passages, notes)


def _sources_and_annex(scope: Scope, order: list[str], numbers: dict[str, int], mode: str) -> tuple[list[SourceEntry], list[AnnexEntry]]:
    annex = mode != "none"
    corpus = scope.corpus
    source_order: list[str] = []
    cited_by_source: dict[str, list[str]] = {}
    for fact_id in order:
        source_id = corpus.facts[fact_id].source
        if source_id not in cited_by_source:
            source_order.append(source_id)
            cited_by_source[source_id] = []
        cited_by_source[source_id].append(fact_id)
    entries, annexes = [], []
    for position, source_id in enumerate(source_order):
        source = corpus.sources[source_id]
        letter = f"A.{position + 1}" if annex else None
        entries.append(
            SourceEntry(
                source_id=source_id,
                citation=source_citation(source),
                author=source.author,
                place=source.place,
                url=source.url,
                notes=tuple(sorted({numbers[f] for f in cited_by_source[source_id]})),
                annex_letter=letter,
            )
        )
        if annex and letter:
            cited = [(corpus.facts[f], numbers[f]) for f in cited_by_source[source_id]]
            annexes.append(annex_entry(source, cited, letter, mode))
    return entries, annexes


def build_document(
    root: Path,
    brief: Brief,
    narrative: Narrative,
    scope: Scope,
    full: Corpus,
    *,
    built: dt.date,
    extra: dict[str, Any] | None = None,
    parsed: ParsedMarkdown | None = None,
    memo: RenderMemo | None = None,
) -> Document:
    """Turn a rendered narrative into the complete, self-contained HTML page.

    ``parsed`` is the narrative's Markdown parsed already (for the claims
    linter); with a ``memo``, the Markdown rendered for a kept narrative is
    reused (a layout or stylesheet save changes nothing in it).
    """
    brand = load_brand(root)
    annex_chosen = annex_mode(brief, brand)

    def render_body() -> _Body:
        return _render_body(root, narrative, brief, scope, full, annex_chosen, parsed)

    body = render_body() if memo is None else memo.derived(narrative, ("body", annex_chosen), render_body)
    rendered, passages = body.rendered, body.passages
    citations = rendered.citations
    order = citations.order
    numbers = dict(citations.notes)
    footnotes = []
    for number, key in enumerate(citations.keys, start=1):
        passage = passages.get(key) or Passage(key, scope.corpus.facts[key].source, (key,), None)
        count = citations.marks.get(number, 1)
        backrefs = (f"fnref-{number}", *(f"fnref-{number}-{k}" for k in range(2, count + 1)))
        note = body.notes.get(key) or passage_note_html(
            passage, scope.corpus.facts, scope.corpus.sources[passage.source_id], annex=annex_chosen != "none"
        )
        fact_ids = tuple(f for f in order if numbers[f] == number)
        footnotes.append(Footnote(number, key, passage.source_id, note, backrefs, fact_ids))
    sources, annex = _sources_and_annex(scope, order, numbers, annex_chosen)
    css = "\n".join(
        _stylesheet_text(root, path) for path in stylesheet_paths(root, brief.meta.layout, paged=False) if os.path.lexists(path)
    )
    css += "\n" + brand.page_css
    for path in stylesheet_paths(root, brief.meta.layout, paged=True):  # the PDF's: checked here, read by WeasyPrint
        if os.path.lexists(path):
            _stylesheet_text(root, path)
    env = make_environment(root, autoescape=True)
    env.filters.update(FILTERS)
    layout_name = f"layouts/{brief.meta.layout}.html.j2"
    context = {
        "brief": brief.meta,
        "slug": brief.slug,
        "body": Markup(rendered.html),
        "footnotes": footnotes,
        "sources": sources,
        "annex": annex,
        "annex_mode": annex_chosen,
        "styles": Markup(css.replace("</", "<\\/")),
        "as_of": scope.as_of,
        "built": built,
        "built_label": build_label(),
        "marking": brand.marking(brief.meta.classification),
        "brand": {"organisation": brand.brand.organisation, "paper": brand.brand.paper},
        "logo": brand.logo_url,
        "generator": f"briefgen {__version__}",
        "for_print": False,
        **(extra or {}),
    }
    with limited(f"{TEMPLATES_DIR}/{layout_name}", "layout"):
        try:
            layout = env.get_template(layout_name)
            html = layout.render(context)
            # For print the page-foot footnote itself is note N's target, there is no
            # endnotes list, and the stylesheets are given to WeasyPrint as files.
            print_body = Markup(rendered.html.replace(' id="fnp-', ' id="fn-'))
            print_html = layout.render({**context, "styles": Markup(""), "body": print_body, "for_print": True})
        except MemoryError:
            raise
        except Exception as exc:  # every layout failure becomes a located problem, built under the limits
            problem = template_problem(root, exc, env, brief.path)
            if "not found" in problem.message and layout_name in problem.message:
                problem = Problem(brief.path, None, f"unknown layout '{brief.meta.layout}' (no {LAYOUTS_DIR}/{brief.meta.layout}.html.j2)")
            raise BriefgenError([problem]) from None
    loads = external_loads(html)
    if loads:
        raise BriefgenError(
            [
                Problem(
                    f"{TEMPLATES_DIR}/{layout_name}",
                    None,
                    f"refused {shown(url)}: the page would load it from outside itself",
                    hint="a brief's HTML must stand alone, as its PDF does: use data: URLs",
                )
                for url in loads
            ]
        )
    return Document(
        html=html,
        cited_fact_ids=order,
        cited_source_ids=[s.source_id for s in sources],
        footnotes=footnotes,
        stylesheets=stylesheet_paths(root, brief.meta.layout, paged=True),
        templates=[*narrative.templates, layout_name],
        narrative_html=rendered.html,
        print_html=print_html,
        note_numbers=numbers,
        sections=dict(citations.sections),
        brand=brand,
        print_css=brand.page_css + brand.paged_css,
    )
