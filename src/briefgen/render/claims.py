"""The claims linter: every sentence of a narrative is sourced or marked as assessment.

Briefing practice keeps what the sources report apart from what the author
concludes.  Here each sentence a reader reads in the narrative must either
carry a citation mark (it reports a fact) or stand inside a
``::: assessment`` block (the author's judgement, labelled as such on the
page); text about the brief itself goes in a ``::: about`` block.  Anything
else stops the build at the template line where the sentence was written.

Accounted for without marking: headings, table headers, code, charts, the
text of footnotes, a table row any of whose cells cites a fact, and the
caption of a ``::: figure`` block whose chart it cites.  Text that helpers
print from facts carries its own marks (``f.cite``).

The linter reads the Markdown the templates produced, through markdown-it's
tokens, so each sentence knows its Markdown line; the narrative's
:class:`~briefgen.render.sourcemap.SourceMap` turns that into the template
file and line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it.token import Token

from briefgen.errors import Problem
from briefgen.loading.projectfile import read_project_text
from briefgen.project import template_file
from briefgen.render.markdown import make_markdown
from briefgen.render.sourcemap import SourceMap
from briefgen.text.english import sentence_spans

CITE = "\u27e6cite\u27e7"
#: Blocks whose sentences need no citation: the author's assessment, and text about the brief.
UNCITED_BLOCKS = ("assessment", "about")
_NOT_PROSE = {"heading_open", "th_open"}
UNCITED_HINT = (
    "cite the fact it reports with [@fact-id] (see `briefgen check --json` for ids), "
    "or, if it is your own judgement, put it in a '::: assessment' block"
)


@dataclass(frozen=True)
class Sentence:
    """One sentence as a reader reads it (citation marks removed), and the Markdown line (0-based) it starts on."""

    text: str
    line: int
    cited: bool


@dataclass(frozen=True)
class Assessment:
    """One ``::: assessment`` block: its Markdown line (0-based) and its opening words."""

    line: int
    text: str


@dataclass
class _Unit:
    """A run of text read as one: a paragraph, a list item's paragraph, or a whole table row."""

    text: str = ""
    lines: list[tuple[int, int]] = field(default_factory=list)  # (offset in text, Markdown line)

    def add(self, piece: str, line: int) -> None:
        """Append text read from a Markdown line, remembering where that line's text begins."""
        if not self.lines or self.lines[-1][1] != line:
            self.lines.append((len(self.text), line))
        self.text += piece

    def line_at(self, offset: int) -> int:
        """The Markdown line of the character at ``offset``: where a sentence starting there was written."""
        current = self.lines[0][1] if self.lines else 0
        for start, line in self.lines:
            if start > offset:
                break
            current = line
        return current


@dataclass
class NarrativeReading:
    """What the linter read: the sentences to account for, and the assessment blocks."""

    sentences: list[Sentence] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)

    @property
    def uncited(self) -> list[Sentence]:
        """The sentences that fail the rule: no citation mark, outside any assessment or about block."""
        return [s for s in self.sentences if not s.cited]


def _inline_unit(token: Token, unit: _Unit | None = None) -> _Unit:
    """The text of one inline token, citation marks as CITE, code left out, line breaks as spaces."""
    unit = unit if unit is not None else _Unit()
    line = token.map[0] if token.map else 0
    for child in token.children or []:
        if child.type == "text":
            unit.add(child.content, line)
        elif child.type == "citation":
            unit.add(CITE, line)
        elif child.type in ("softbreak", "hardbreak"):
            line += 1
            unit.add(" ", line)
        elif child.type == "code_inline":
            unit.add(" ", line)
    return unit


def split_sentences(block: str) -> list[str]:
    """Sentences of a text block; citation marks after a full stop stay with its sentence."""
    return [block[start:end] for start, end in sentence_spans(block, attached=CITE)]


def _shown(text: str) -> str:
    return " ".join(text.replace(CITE, "").split())


def _sentences(unit: _Unit, *, whole: bool) -> list[Sentence]:
    """A unit's sentences; a table row (``whole``) is one sentence, cited by a mark in any cell."""
    spans = [(0, len(unit.text))] if whole else sentence_spans(unit.text, attached=CITE)
    found = []
    for start, end in spans:
        text = unit.text[start:end]
        shown = _shown(text)
        if any(c.isalnum() for c in shown):
            found.append(Sentence(shown, unit.line_at(start), CITE in text))
    return found


class _Reader:
    """Walks markdown-it's tokens, keeping track of the blocks each inline token sits in."""

    def __init__(self, figures: Iterable[str]) -> None:
        self.figures = set(figures)
        self.open: list[str] = []  # types of the block tokens open around the current one
        self.reading = NarrativeReading()
        self.row: _Unit | None = None
        self.figure: list[Sentence] | None = None  # sentences of the ::: figure block being read
        self.figure_chart = False

    def read(self, tokens: list[Token]) -> NarrativeReading:
        for token in tokens:
            if token.nesting == 1:
                self._open(token)
            elif token.nesting == -1:
                self._close(token)
            elif token.type == "inline":
                self._inline(token)
        return self.reading

    def _open(self, token: Token) -> None:
        self.open.append(token.type)
        if token.type == "container_assessment_open" and not self._uncited_block(depth=len(self.open) - 1):
            self.reading.assessments.append(Assessment(token.map[0] if token.map else 0, ""))
        elif token.type == "tr_open":
            self.row = _Unit()
        elif token.type == "container_figure_open":
            self.figure, self.figure_chart = [], False

    def _close(self, token: Token) -> None:
        if self.open:
            self.open.pop()
        if token.type == "tr_close" and self.row is not None:
            self._keep(_sentences(self.row, whole=True))
            self.row = None
        elif token.type == "container_figure_close" and self.figure is not None:
            sentences, self.figure = self.figure, None
            cites = any(s.cited for s in sentences)
            self._keep([s for s in sentences if s.cited or not (self.figure_chart and cites)])

    def _uncited_block(self, depth: int | None = None) -> bool:
        names = {f"container_{name}_open" for name in UNCITED_BLOCKS}
        return any(kind in names for kind in self.open[:depth])

    def _inline(self, token: Token) -> None:
        if any(kind in _NOT_PROSE for kind in self.open):
            return
        if token.content.strip() in self.figures:
            self.figure_chart = True
            return
        if self._uncited_block():
            last = self.reading.assessments[-1] if self.reading.assessments else None
            if last is not None and not last.text and "container_assessment_open" in self.open:
                self.reading.assessments[-1] = Assessment(last.line, _shown(_inline_unit(token).text))
            return
        if self.row is not None:
            if self.row.text:
                self.row.add(" ", token.map[0] if token.map else 0)
            _inline_unit(token, self.row)
            return
        self._keep(_sentences(_inline_unit(token), whole=False))

    def _keep(self, sentences: list[Sentence]) -> None:
        if self.figure is not None:
            self.figure.extend(sentences)
        else:
            self.reading.sentences.extend(sentences)


def read_narrative(markdown: str, figures: Iterable[str] = ()) -> NarrativeReading:
    """The narrative's sentences and assessment blocks; ``figures`` are the chart placeholders in it."""
    return read_tokens(make_markdown().parse(markdown, {}), figures)


def read_tokens(tokens: list[Token], figures: Iterable[str] = ()) -> NarrativeReading:
    """:func:`read_narrative` of tokens already parsed (by the renderer, before it renders them)."""
    return _Reader(figures).read(tokens)


def find_uncited_sentences(markdown: str, figures: Iterable[str] = ()) -> list[Sentence]:
    """Every sentence that cites nothing and stands outside an assessment or about block."""
    return read_narrative(markdown, figures).uncited


def _place(line: int, source_map: SourceMap, root: Path | None, fallback: str) -> tuple[str, int | None]:
    """The project-relative template file and 1-based line behind a Markdown line."""
    found = source_map.locate(line)
    if found is None:
        return fallback, None
    name, template_line = found
    path = template_file(root, name).relative_to(root).as_posix() if root is not None else name
    return path, template_line


def shorten(text: str, limit: int = 120) -> str:
    """A sentence cut to fit one line of an error message."""
    return text if len(text) <= limit else text[: limit - 3] + "…"


def uncited_sentence_problems(reading: NarrativeReading, source_map: SourceMap, root: Path | None, fallback: str) -> list[Problem]:
    """The linter's findings, each at the template line where the sentence was written."""
    problems: list[Problem] = []
    for sentence in reading.uncited:
        path, line = _place(sentence.line, source_map, root, fallback)
        problem = Problem(path, line, f"uncited sentence: “{shorten(sentence.text)}”", hint=UNCITED_HINT)
        if problem not in problems:  # a partial included many times wrote it once
            problems.append(problem)
    return problems


@dataclass(frozen=True)
class AssessmentPlace:
    """An assessment block located in the templates, for ``check``'s listing."""

    brief: str
    path: str
    line: int | None
    text: str

    def format(self) -> str:
        """The ``path:line: assessment: “…”`` line ``check`` prints."""
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: assessment: “{shorten(self.text, 80)}”"


def assessment_places(reading: NarrativeReading, source_map: SourceMap, root: Path | None, brief: str) -> list[AssessmentPlace]:
    """Where each assessment block of a brief was written."""
    places = []
    for block in reading.assessments:
        path, line = _place(block.line, source_map, root, brief)
        places.append(AssessmentPlace(brief, path, line, block.text))
    return places


def read_template_sources(root: Path, names: list[str]) -> dict[str, str]:
    """Project-relative path → text, for the templates a brief used."""
    out = {}
    for name in names:
        path = template_file(root, name)
        display = path.relative_to(root).as_posix()
        text, _ = read_project_text(root, path, display)  # a template that cannot be read was reported when it was loaded
        if text is not None:
            out[display] = text
    return out
