"""Markdown to HTML, with citations turned into numbered footnote references.

markdown-it-py in CommonMark mode plus tables, with raw HTML off (a narrative
cannot inject markup), no images (the page must need no network) and link
targets limited to https, mailto and in-page anchors.  Citations are numbered in order of first appearance; citing a fact
again reuses its number.  The first reference to a fact carries the footnote
text itself, which the print stylesheet floats to the foot of the page
(``float: footnote``) and the screen stylesheet hides in favour of the
numbered notes at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from mdit_py_plugins.container import container_plugin

from briefgen.render.citations import MalformedCitation, citations_plugin

_ALLOWED_LINK_PREFIXES = ("https://", "mailto:", "#")
# Named blocks editors may open with `::: name` … `:::` to get <div class="name">
# (the assessment block gets a labelled <aside>: the reader must see it is the author's judgement).
CONTAINERS = ("box", "keypoints", "note", "talking-points", "figure", "warning", "about", "assessment")
ASSESSMENT_LABEL = "Assessment"


@dataclass
class CitationIndex:
    """Footnote numbers by fact id, in order of first citation."""

    order: list[str] = field(default_factory=list)
    references: dict[str, int] = field(default_factory=dict)  # how many times each fact is cited
    lines: dict[str, int] = field(default_factory=dict)  # Markdown line of the first citation

    def number(self, fact_id: str) -> int:
        return self.order.index(fact_id) + 1

    def add(self, fact_id: str, line: int) -> tuple[int, int]:
        """Record one citation; return (footnote number, occurrence count)."""
        if fact_id not in self.references:
            self.order.append(fact_id)
            self.references[fact_id] = 0
            self.lines[fact_id] = line
        self.references[fact_id] += 1
        return self.order.index(fact_id) + 1, self.references[fact_id]


@dataclass
class RenderedMarkdown:
    html: str
    citations: CitationIndex
    unknown: list[tuple[str, int]]  # (fact id, Markdown line)
    malformed: list[MalformedCitation]
    too_deep: list[int] = field(default_factory=list)  # Markdown lines where nesting passed the limit


def _watch_nesting(md: MarkdownIt, lost: list[int]) -> None:
    """Record where markdown-it would drop text for nesting too deep, instead of letting it vanish.

    Past ``maxNesting`` levels (lists about ten deep, block quotes twenty)
    markdown-it skips the rest of the block, and with it every heading,
    paragraph and citation that follows.  Block quotes and lists parse their
    content by calling ``md.block.tokenize`` again, so wrapping it here sees
    each such call: one that starts at the limit with content left to read
    is a loss, and is recorded (1-based line) so the build can refuse it.
    """
    original = md.block.tokenize
    limit = md.options["maxNesting"]

    def tokenize(state: StateBlock, start: int, end: int) -> None:
        if state.level >= limit:
            line = state.skipEmptyLines(start)
            if line < end and state.sCount[line] >= state.blkIndent:
                lost.append(line + 1)
        original(state, start, end)

    md.block.tokenize = tokenize  # type: ignore[method-assign,assignment]


def _validate_link(url: str) -> bool:
    return url.strip().lower().startswith(_ALLOWED_LINK_PREFIXES)


def make_markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    # An image would be fetched from the network when the page is viewed (the HTML must
    # stand alone) and refused by the PDF's fetcher; charts come from bar_chart(), not here.
    md.disable("image")
    # A line such as `[@id]: https://…` would be read as a link reference definition
    # and vanish, footnote and all; narratives write their links inline.
    md.disable("reference")
    md.use(citations_plugin)
    for name in CONTAINERS:
        if name == "assessment":
            md.use(container_plugin, name=name, render=_render_assessment)
        else:
            md.use(container_plugin, name=name)
    md.validateLink = _validate_link  # type: ignore[method-assign]
    return md


def _render_assessment(self: object, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
    """An assessment is an aside that says so in words, on screen, in print and to a screen reader."""
    if tokens[idx].nesting == 1:
        return f'<aside class="assessment" aria-label="{ASSESSMENT_LABEL}">\n<p class="assessment-label">{ASSESSMENT_LABEL}</p>\n'
    return "</aside>\n"


FootnoteHtml = Callable[[str, int], str]


def render_markdown(markdown: str, known: Callable[[str], bool], footnote_html: FootnoteHtml) -> RenderedMarkdown:
    """Render Markdown; ``footnote_html(fact_id, number)`` gives a footnote's inner HTML."""
    md = make_markdown()
    lost: list[int] = []
    _watch_nesting(md, lost)
    env: EnvType = {}
    tokens = md.parse(markdown, env)
    if lost:
        return RenderedMarkdown("", CitationIndex(), [], env.get("malformed_citations", []), sorted(set(lost)))
    index = CitationIndex()
    unknown: list[tuple[str, int]] = []
    for token in tokens:
        for child in token.children or []:
            if child.type == "citation":
                for fact_id in child.meta["ids"]:
                    if not known(fact_id):
                        unknown.append((fact_id, child.meta["line"]))
    if unknown:
        return RenderedMarkdown("", index, unknown, env.get("malformed_citations", []))

    def render_citation(self: object, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        parts = []
        for fact_id in tokens[idx].meta["ids"]:
            number, occurrence = index.add(fact_id, tokens[idx].meta["line"])
            ref_id = f"fnref-{number}" if occurrence == 1 else f"fnref-{number}-{occurrence}"
            kind = "fnref first" if occurrence == 1 else "fnref again"
            link = f'<a class="{kind}" id="{ref_id}" href="#fn-{number}" role="doc-noteref">{number}</a>'
            if occurrence == 1:
                note = footnote_html(fact_id, number)
                link += f'<span class="fn-print" id="fnp-{number}"><span class="fn-num">{number}.</span> {note}</span>'
            parts.append(link)
        return '<sup class="cite">' + '<span class="sep">,</span>'.join(parts) + "</sup>"

    md.add_render_rule("citation", render_citation)
    html = md.renderer.render(tokens, md.options, env)
    return RenderedMarkdown(html, index, [], env.get("malformed_citations", []))
