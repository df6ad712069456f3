"""Markdown to HTML, with citations turned into numbered footnote references.

markdown-it-py in CommonMark mode plus tables, with raw HTML off (a narrative
cannot inject markup), no images (the page must need no network) and link
targets limited to https, mailto and in-page anchors.  Notes are numbered in order of first appearance, one per
source passage: citing a fact again, or another fact quoting the same passage,
reuses its number.  A mark is glued to the word before it (no space, and a
word joiner), marks side by side become one, and a table row prints each note
once.  The first mark of a note carries the footnote text itself, which the
print stylesheet floats to the foot of the page (``float: footnote``) and the
screen stylesheet hides in favour of the numbered notes at the end.
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
# An `::: updates` block restates claims made elsewhere (what changed since the previous edition): its citations
# do not decide which section of the brief makes a claim.
CONTAINERS = ("box", "keypoints", "note", "talking-points", "figure", "warning", "about", "assessment", "updates")
ASSESSMENT_LABEL = "Assessment"


@dataclass
class CitationIndex:
    """Footnote numbers by fact id, in order of first citation; facts sharing a passage share a number."""

    order: list[str] = field(default_factory=list)
    references: dict[str, int] = field(default_factory=dict)  # how many times each fact is cited
    lines: dict[str, int] = field(default_factory=dict)  # Markdown line of the first citation
    notes: dict[str, int] = field(default_factory=dict)  # fact id → note number
    keys: list[str] = field(default_factory=list)  # each note's passage key, note 1 first
    marks: dict[int, int] = field(default_factory=dict)  # how many marks point at each note
    sections: dict[str, str] = field(default_factory=dict)  # fact id → the section (# or ## heading) that first cites it

    def number(self, fact_id: str) -> int:
        return self.notes[fact_id]

    def note_of(self, fact_id: str, line: int, key: str | None = None) -> int:
        """Record that ``fact_id`` is cited (its passage ``key``, itself by default); return its note number."""
        if fact_id not in self.references:
            self.order.append(fact_id)
            self.references[fact_id] = 0
            self.lines[fact_id] = line
        self.references[fact_id] += 1
        passage = key or fact_id
        if passage not in self.keys:
            self.keys.append(passage)
        self.notes[fact_id] = self.keys.index(passage) + 1
        return self.notes[fact_id]

    def mark(self, number: int) -> int:
        """Count one printed mark of note ``number``; return which mark of that note it is (1 for the first)."""
        self.marks[number] = self.marks.get(number, 0) + 1
        return self.marks[number]

    def add(self, fact_id: str, line: int, key: str | None = None) -> tuple[int, int]:
        """Record one citation printed as a mark; return (note number, occurrence of that note's mark)."""
        number = self.note_of(fact_id, line, key)
        return number, self.mark(number)


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
PassageKeys = Callable[[list[str]], dict[str, str]]  # cited fact ids, in order → each one's passage key
WORD_JOINER = "\u2060"  # no line break may fall between a word and its note mark


def _cited_ids(tokens: Sequence[Token]) -> list[tuple[str, int]]:
    citations = [child for token in tokens for child in token.children or [] if child.type == "citation"]
    return [(fact_id, child.meta["line"]) for child in citations for fact_id in child.meta["ids"]]


def _glue(children: list[Token]) -> None:
    """Join each citation to the word before it, and citations side by side into one mark.

    ``word [@a]`` prints as ``word¹`` (the space would let the mark wrap alone
    onto the next line), and ``[@a] [@b]`` as one mark ``¹,²``.
    """
    for position, child in enumerate(children):
        if child.type != "citation" or position == 0:
            continue
        before = children[position - 1]
        if before.type == "softbreak":
            before.type, before.content = "text", ""
        elif before.type == "text":
            before.content = before.content.rstrip(" \t")
        earlier = children[position - 2] if position >= 2 else None
        if earlier is not None and earlier.type == "citation" and before.type == "text" and not before.content:
            child.meta = {**child.meta, "ids": [*earlier.meta["ids"], *child.meta["ids"]]}
            earlier.meta = {**earlier.meta, "ids": []}


#: Headings that open a section of a brief (a ``###`` heading is part of the section above it).
SECTION_TAGS = ("h1", "h2")


def heading_text(token: Token) -> str:
    """The words of a heading's inline token as a reader reads them (no marks, escapes undone)."""
    spaces = {"softbreak": " ", "hardbreak": " "}
    parts = [c.content if c.type in ("text", "code_inline") else spaces.get(c.type, "") for c in token.children or []]
    return " ".join("".join(parts).split())


def _number(tokens: Sequence[Token], index: CitationIndex, keys: dict[str, str]) -> None:
    """Number every citation in reading order and decide which marks print.

    A mark prints once per note within one citation, and once per note within
    one table row (a row is one claim: its date, event and source cite one
    passage once).  Each citation token gets ``meta["marks"]``: (fact id,
    note number, occurrence of that note's mark).  The section of each fact
    is kept too (``index.sections``), for the manifest: the first section
    under a ``#`` or ``##`` heading that cites it outside an ``::: updates``
    block, else the first that cites it inside one.
    """
    row: set[int] | None = None
    section: str | None = None
    opening = False  # the next inline token is a section heading's text
    restating = 0  # how many ::: updates blocks are open here
    restated: dict[str, str] = {}
    for token in tokens:
        if token.type == "heading_open":
            opening = token.tag in SECTION_TAGS
        elif token.type == "inline" and opening:
            section, opening = heading_text(token) or None, False
        elif token.type in ("container_updates_open", "container_updates_close"):
            restating += token.nesting
        if token.type == "tr_open":
            row = set()
        elif token.type == "tr_close":
            row = None
        for child in token.children or []:
            if child.type != "citation":
                continue
            marks: list[tuple[str, int, int]] = []
            shown: set[int] = set() if row is None else row
            local: set[int] = set()
            for fact_id in child.meta["ids"]:
                if section is not None:
                    (restated if restating else index.sections).setdefault(fact_id, section)
                number = index.note_of(fact_id, child.meta["line"], keys.get(fact_id))
                if number in local or number in shown:
                    continue
                local.add(number)
                marks.append((keys.get(fact_id, fact_id), number, index.mark(number)))
            shown |= local
            child.meta = {**child.meta, "marks": marks}
    for fact_id, heading in restated.items():
        index.sections.setdefault(fact_id, heading)


@dataclass
class ParsedMarkdown:
    """A narrative parsed once, for the claims linter to read and then :func:`render_markdown` to render.

    Rendering marks the tokens up (glued marks, note numbers), so whoever reads
    them reads first; a parse is rendered once.
    """

    md: MarkdownIt
    tokens: list[Token]
    env: EnvType
    lost: list[int]  # Markdown lines where nesting passed the limit


def parse_markdown(markdown: str) -> ParsedMarkdown:
    """Parse a narrative with the renderer's own parser (the linter reads the same tokens the page is made of)."""
    md = make_markdown()
    lost: list[int] = []
    _watch_nesting(md, lost)
    env: EnvType = {}
    tokens = md.parse(markdown, env)
    return ParsedMarkdown(md, tokens, env, lost)


def render_markdown(
    markdown: str | ParsedMarkdown, known: Callable[[str], bool], footnote_html: FootnoteHtml, passages: PassageKeys | None = None
) -> RenderedMarkdown:
    """Render Markdown (or a parse of it not rendered yet); ``footnote_html(key, number)`` gives the inner HTML
    of the note for passage ``key``.

    ``passages`` maps the cited fact ids to their passage keys (facts quoting
    one passage share a note); without it every fact is its own passage.
    """
    parsed = parse_markdown(markdown) if isinstance(markdown, str) else markdown
    md, tokens, env, lost = parsed.md, parsed.tokens, parsed.env, parsed.lost
    if lost:
        return RenderedMarkdown("", CitationIndex(), [], env.get("malformed_citations", []), sorted(set(lost)))
    index = CitationIndex()
    unknown = [(fact_id, line) for fact_id, line in _cited_ids(tokens) if not known(fact_id)]
    if unknown:
        return RenderedMarkdown("", index, unknown, env.get("malformed_citations", []))
    cited = list(dict.fromkeys(fact_id for fact_id, _ in _cited_ids(tokens)))
    keys = passages(cited) if passages else {}
    for token in tokens:
        if token.children:
            _glue(token.children)
    _number(tokens, index, keys)

    def render_citation(self: object, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        parts = []
        # The notes floated to the page's foot in print follow the mark, outside the raised <sup>: inside it, a note
        # raised the line it stood on, and a table row kept its place at the page's foot while its note went overleaf.
        printed = []
        # Ascending, as a reader scans them ("4,11,12", not "11,12,4"); a note new here has the highest number anyway.
        for key, number, occurrence in sorted(tokens[idx].meta["marks"], key=lambda mark: mark[1]):
            ref_id = f"fnref-{number}" if occurrence == 1 else f"fnref-{number}-{occurrence}"
            kind = "fnref first" if occurrence == 1 else "fnref again"
            link = f'<a class="{kind}" id="{ref_id}" href="#fn-{number}" role="doc-noteref">{number}</a>'
            if occurrence == 1:
                note = footnote_html(key, number)
                printed.append(f'<span class="fn-print" id="fnp-{number}"><span class="fn-num">{number}.</span> {note}</span>')
            parts.append(link)
        if not parts:
            return ""
        return f'<sup class="cite">{WORD_JOINER}' + '<span class="sep">,</span>'.join(parts) + "</sup>" + "".join(printed)

    md.add_render_rule("citation", render_citation)
    html = md.renderer.render(tokens, md.options, env)
    return RenderedMarkdown(html, index, [], env.get("malformed_citations", []))
