"""The ``[@id]`` and ``[@id1; @id2]`` citation syntax, as a markdown-it-py inline rule.

Pandoc's convention, kept strict: ids are lowercase slugs separated by ``;``.
Anything that starts like a citation (``[@``) but does not follow the
grammar is an error rather than silently becoming text, so a typo can never
leave a claim without its footnote.  The rule emits one ``citation`` token per
bracket, holding the ids and the Markdown line it came from; numbering happens
later, in document order (:mod:`briefgen.render.footnotes`).

The inline parse of a paragraph is kept by its text (and the parser's
settings), with its lines counted from the paragraph's first: the preview
parses a narrative on every save, and a save changes few of its paragraphs.
A kept parse is handed out as fresh tokens, lines moved to where the
paragraph now starts, so nothing downstream can tell it from a new one.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

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


_MAX_KEPT = 4096
_KEPT: OrderedDict[tuple[Hashable, str], tuple[list[Token], list[MalformedCitation]]] = OrderedDict()
_KEPT_LOCK = threading.Lock()
_OWN_ENV_KEYS = frozenset({"_block_line", "malformed_citations"})


def _settings(md: MarkdownIt) -> Hashable:
    """What besides its text an inline parse depends on: the options, the inline rules, the link checks."""
    links = tuple(md.__dict__.get(name, getattr(type(md), name)) for name in ("validateLink", "normalizeLink", "normalizeLinkText"))
    return (
        tuple(sorted((key, md.options[key]) for key in md.options)),
        tuple(md.inline.ruler.getRules("")),
        tuple(md.inline.ruler2.getRules("")),
        links,
    )


def _moved(token: Token, lines: int) -> Token:
    """A fresh copy of a kept token, its citation's line moved down by ``lines``."""
    meta = dict(token.meta)
    if token.type == "citation":
        meta["line"] += lines
    children = [_moved(child, lines) for child in token.children] if token.children is not None else None
    return Token(
        token.type, token.tag, token.nesting, dict(token.attrs), token.map, token.level,
        children, token.content, token.markup, token.info, meta, token.block, token.hidden,
    )  # fmt: skip


def _parse_inline(state: StateCore, settings: Hashable, token: Token, block_line: int) -> list[Token]:
    """The inline tokens of one paragraph: parsed once per text and settings, then copied."""
    key = (settings, token.content)
    with _KEPT_LOCK:
        kept = _KEPT.get(key)
        if kept is not None:
            _KEPT.move_to_end(key)
    if kept is None:
        env: dict[str, object] = {"_block_line": 0}
        children: list[Token] = []
        state.md.inline.parse(token.content, state.md, env, children)
        malformed = env.get("malformed_citations", [])
        kept = (children, list(malformed) if isinstance(malformed, list) else [])
        with _KEPT_LOCK:
            _KEPT[key] = kept
            while len(_KEPT) > _MAX_KEPT:
                _KEPT.popitem(last=False)
    children, malformed = kept
    if malformed:
        found = state.env.setdefault("malformed_citations", [])
        found += [MalformedCitation(m.text, m.line + block_line) for m in malformed]
    return [_moved(child, block_line) for child in children]


def _inline_with_lines(state: StateCore) -> None:
    """Core 'inline' rule that tells inline rules which line their block starts on."""
    reusable = set(state.env) <= _OWN_ENV_KEYS  # nothing else in the environment the rules could read
    settings = _settings(state.md) if reusable else None
    for token in state.tokens:
        if token.type == "inline":
            block_line = token.map[0] if token.map else 0
            if token.children is None:
                token.children = []
            if reusable:
                token.children += _parse_inline(state, settings, token, block_line)
                continue
            state.env["_block_line"] = block_line
            state.md.inline.parse(token.content, state.md, state.env, token.children)


def citations_plugin(md: MarkdownIt) -> None:
    """Register the citation rule before links, so ``[@x]`` is never a link."""
    md.inline.ruler.before("link", "citation", citation_rule)
    md.core.ruler.at("inline", _inline_with_lines)
