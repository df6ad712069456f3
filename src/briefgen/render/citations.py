"""The ``[@id]`` and ``[@id1; @id2]`` citation syntax, as a markdown-it-py inline rule.

Pandoc's convention, kept strict: ids are lowercase slugs separated by ``;``.
Anything that starts like a citation (``[@``) but does not follow the
grammar is an error rather than silently becoming text, so a typo can never
leave a claim without its footnote.  The rule emits one ``citation`` token per
bracket, holding the ids and the Markdown line it came from; numbering happens
later, in document order (:mod:`briefgen.render.footnotes`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline

from briefgen.project import SLUG_BODY

CITATION = re.compile(rf"\[@({SLUG_BODY})((?:\s*;\s*@{SLUG_BODY})*)\]")
CITATION_START = re.compile(r"\[@")
_ID = re.compile(rf"@({SLUG_BODY})")


@dataclass(frozen=True)
class MalformedCitation:
    text: str
    line: int  # 1-based line in the Markdown source


def parse_citation_ids(text: str) -> list[str] | None:
    """The ids of a citation written exactly as ``[@a; @b]``, or None if malformed."""
    match = CITATION.fullmatch(text)
    if not match:
        return None
    return _ID.findall(text)


def _line_of(state: StateInline, pos: int) -> int:
    """1-based Markdown line of a position inside the inline block being parsed."""
    block_line = state.env.get("_block_line", 0)
    return int(block_line) + state.src.count("\n", 0, pos) + 1


def citation_rule(state: StateInline, silent: bool) -> bool:
    """Parse ``[@…]`` at the current position."""
    src = state.src
    pos = state.pos
    if not src.startswith("[@", pos):
        return False
    end = src.find("]", pos)
    newline = src.find("\n", pos)
    candidate = src[pos : end + 1] if end >= 0 and (newline < 0 or end < newline) else src[pos : newline if newline >= 0 else len(src)]
    ids = parse_citation_ids(candidate) if candidate.endswith("]") else None
    if ids is None:
        if not silent:
            env = state.env
            env.setdefault("malformed_citations", []).append(MalformedCitation(candidate, _line_of(state, pos)))
            token = state.push("text", "", 0)
            token.content = candidate
        state.pos += len(candidate)
        return True
    if not silent:
        token = state.push("citation", "", 0)
        token.meta = {"ids": ids, "line": _line_of(state, pos)}
    state.pos += len(candidate)
    return True


def _inline_with_lines(state: StateCore) -> None:
    """Core 'inline' rule that tells inline rules which line their block starts on."""
    for token in state.tokens:
        if token.type == "inline":
            state.env["_block_line"] = token.map[0] if token.map else 0
            if token.children is None:
                token.children = []
            state.md.inline.parse(token.content, state.md, state.env, token.children)


def citations_plugin(md: MarkdownIt) -> None:
    """Register the citation rule before links, so ``[@x]`` is never a link."""
    md.inline.ruler.before("link", "citation", citation_rule)
    md.core.ruler.at("inline", _inline_with_lines)
