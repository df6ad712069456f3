"""The claims linter: no sentence states a number, a date or an agreement without a citation.

It reads what a reader reads (the rendered narrative, not the template) and
splits it into sentences; a sentence that states a figure, a date or names an
agreement must carry a citation mark.  Headings, table headers, charts,
footnote text and ``::: about`` blocks (text about the brief itself) are not
claims.  Each finding is traced back to the template line that wrote it,
when the sentence's words can be found there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from briefgen.errors import Problem
from briefgen.project import template_file
from briefgen.text.english import (
    FULL_MONTH_PATTERN,
    MAGNITUDE_WORDS,
    MULTIPLIER_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    sentence_spans,
    words_pattern,
)

CITE = "\u27e6cite\u27e7"
# Number words that state a figure; "one" and "second" are left out ("one of the", "a second round").
_NUMBER_WORDS = words_pattern(
    [*(w for w in NUMBER_WORDS if w != "one"), *MAGNITUDE_WORDS, *(w for w in ORDINAL_WORDS if w != "second"), *MULTIPLIER_WORDS]
)
CLAIM_PATTERN = re.compile(
    # Month names only capitalised: "the minister may raise", "exporters march on" state no date.
    rf"\d|\b(?:{_NUMBER_WORDS})\b|\b(?-i:{FULL_MONTH_PATTERN})\b|\b(?:MoUs?|memorand(?:um|a|ums)|agreements?|accords?|treat(?:y|ies)|protocols?|contracts?)\b",
    re.IGNORECASE,
)
_SKIP_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "th", "svg", "script", "style", "figcaption", "code", "pre"}
# A table row is one unit: a date in one cell is cited by the mark in another.
_VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "col", "area", "embed"}
_BLOCK_TAGS = {"p", "li", "dd", "dt", "blockquote", "tr", "div", "table", "ul", "ol"}


@dataclass(frozen=True)
class UncitedClaim:
    sentence: str


class _Collector(HTMLParser):
    """Collects the narrative's text blocks, with citation marks as a token."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.rows: set[int] = set()  # indexes of blocks that are table rows: one claim each, not split
        self.in_row = False
        self.current: list[str] = []
        self.skip_depth = 0
        self.stack: list[tuple[str, bool]] = []  # (tag, whether it started a skipped region)

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            if self.in_row:
                self.rows.add(len(self.blocks))
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        skipping = tag in _SKIP_TAGS or "fn-print" in classes or "about" in classes or "chart" in classes
        if tag in _VOID_TAGS:
            if not self.skip_depth:
                self.current.append(" ")
            return
        if tag == "sup" and "cite" in classes and not self.skip_depth:
            self.current.append(CITE)
            skipping = True
        if tag in _BLOCK_TAGS and not self.skip_depth:
            self._flush()
            self.in_row = tag == "tr"
        if tag == "td" and not self.skip_depth:
            self.current.append(" ")
        self.stack.append((tag, skipping))
        if skipping:
            self.skip_depth += 1

    def handle_endtag(self, tag: str) -> None:
        # `<br />` arrives as a start and an end tag; an end tag that closes nothing
        # open must not pop the stack, or the rest of a skipped block would be read.
        if tag in _VOID_TAGS or all(open_tag != tag for open_tag, _ in self.stack):
            return
        while self.stack:
            open_tag, skipping = self.stack.pop()
            if skipping:
                self.skip_depth -= 1
            if open_tag == tag:
                break
        if tag in _BLOCK_TAGS and not self.skip_depth:
            self._flush()
            self.in_row = False

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def split_sentences(block: str) -> list[str]:
    """Sentences of a text block; citation marks after a full stop stay with its sentence."""
    return [block[start:end] for start, end in sentence_spans(block, attached=CITE)]


def find_uncited_claims(narrative_html: str) -> list[UncitedClaim]:
    """Every sentence that states a figure, date or agreement and cites nothing."""
    collector = _Collector()
    collector.feed(narrative_html)
    collector.close()
    found = []
    for position, block in enumerate(collector.blocks):
        # A table row is one claim (its date, event and source cite one passage once), so it is not split.
        for sentence in [block] if position in collector.rows else split_sentences(block):
            if CITE in sentence:
                continue
            if CLAIM_PATTERN.search(sentence):
                found.append(UncitedClaim(sentence.replace(CITE, "").strip()))
    return found


def locate_in_templates(sentence: str, sources: dict[str, str]) -> tuple[str, int] | None:
    """The template file and line that most likely wrote a sentence."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+", sentence)
    if len(words) < 2:
        return None
    for size in (6, 4, 3):
        for start in range(0, max(1, len(words) - size + 1)):
            chunk = words[start : start + size]
            if len(chunk) < min(size, len(words)):
                continue
            pattern = re.compile(r"\W+".join(re.escape(w) for w in chunk))
            for path, text in sources.items():
                for number, line in enumerate(text.split("\n"), start=1):
                    if pattern.search(line):
                        return path, number
    return None


def uncited_claim_problems(narrative_html: str, sources: dict[str, str], fallback: str) -> list[Problem]:
    """Linter findings as located problems."""
    problems = []
    for claim in find_uncited_claims(narrative_html):
        where = locate_in_templates(claim.sentence, sources)
        path, line = where if where else (fallback, None)
        shown = claim.sentence if len(claim.sentence) <= 120 else claim.sentence[:117] + "…"
        hint = "add a citation [@fact-id], or put text about the brief itself in a '::: about' block"
        problems.append(Problem(path, line, f"uncited claim: “{shown}”", hint=hint))
    return problems


def read_template_sources(root: Path, names: list[str]) -> dict[str, str]:
    """Project-relative path → text, for the templates a brief used."""
    out = {}
    for name in names:
        path = template_file(root, name)
        if path.is_file():
            out[path.relative_to(root).as_posix()] = path.read_text(encoding="utf-8")
    return out
