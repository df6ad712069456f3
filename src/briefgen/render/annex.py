"""The evidence annex: each cited article reproduced, its quoted passages marked.

A reader of the PDF years later, offline, can follow a footnote to the very
words it quotes and back.  The annex has three modes (front matter
``annex:``): ``full`` reproduces each cited article whole; ``passages`` only the
paragraphs that hold a cited passage, so a short brief stays short (the whole
article stays one click away in the HTML, and out of print); ``none`` leaves
the annex out.  Passages are found with the same folding as the
quote check, so the highlight covers exactly the source's own characters;
overlapping quotes are split into segments so that each keeps its anchor, and
facts sharing a note get one back-link, after the last of their passages.

A source's marked-up text is kept by content (its body and the passages
marked in it): a save re-renders a brief, and most articles of its annex
are cited exactly as before.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from briefgen.corpus.models import Fact, Source
from briefgen.render.footnotes import source_citation, unstated
from briefgen.text.quotes import headline_span, locate

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class AnnexEntry:
    source_id: str
    heading: Markup
    html: Markup
    unstated: str | None = None  # what the archived text does not state (no outlet, headline or date)


def _paragraph_spans(body: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(body):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(body.rstrip())))
    return [(a, b) for a, b in spans if body[a:b].strip()]


def annotate_body(body: str, passages: Sequence[tuple[str, int, int, int]], *, only: set[int] | None = None, links: bool = True) -> Markup:
    """Body paragraphs with ``passages`` (fact id, note number, start, end) marked.

    ``only`` keeps the paragraphs at those positions (with an ellipsis where
    paragraphs are left out); ``links`` False leaves out the anchors and
    back-links, for a second copy of the text that must not repeat their ids.
    """
    return _annotated(body, tuple(passages), None if only is None else frozenset(only), links)


@functools.lru_cache(maxsize=128)
def _annotated(body: str, passages: tuple[tuple[str, int, int, int], ...], only: frozenset[int] | None, links: bool) -> Markup:
    """:func:`annotate_body`, kept by content (a pure function of its arguments)."""
    starts: dict[int, list[tuple[str, int]]] = {}
    ends: dict[int, list[tuple[str, int]]] = {}
    last: dict[int, int] = {}  # a note's back-link follows the last of its passages, once
    for fact_id, number, start, end in passages:
        starts.setdefault(start, []).append((fact_id, number))
        last[number] = max(last.get(number, end), end)
    placed: set[int] = set()
    for fact_id, number, _, end in passages:
        if number not in placed and last[number] == end:
            placed.add(number)
            ends.setdefault(end, []).append((fact_id, number))
    boundaries = sorted({0, len(body), *starts, *(end for _, _, _, end in passages)})
    paragraphs: list[Markup] = []
    skipped = False
    for index, (p_start, p_end) in enumerate(_paragraph_spans(body)):
        if only is not None and index not in only:
            skipped = True
            continue
        if skipped and paragraphs:
            paragraphs.append(Markup('<p class="elided" aria-label="paragraphs left out">…</p>'))
        skipped = False
        pieces: list[Markup] = []
        cuts = [p_start, *[b for b in boundaries if p_start < b < p_end], p_end]
        for a, b in itertools.pairwise(cuts):
            for fact_id, _ in starts.get(a, []) if links else []:
                pieces.append(Markup('<span class="anchor" id="q-{}"></span>').format(fact_id))
            covered = any(s <= a and b <= e for _, _, s, e in passages)
            text = escape(body[a:b])
            pieces.append(Markup("<mark>{}</mark>").format(text) if covered else text)
            for _, number in ends.get(b, []) if links else []:
                pieces.append(Markup('<a class="backref" href="#fnref-{0}" aria-label="back to note {0}">[{0}]</a>').format(number))
        paragraphs.append(Markup("<p>") + Markup("").join(pieces) + Markup("</p>"))
    return Markup("\n").join(paragraphs)


def headline_passages(title: str, passages: list[tuple[str, int, int, int]]) -> Markup:
    """The archived headline, set apart and labelled as such, with the passages facts quote from it marked.

    A fact may quote the headline (the note then says "(headline)"); the annex
    shows that passage too, so the reader following the note finds the words
    and sees they are the headline, not a sentence of the body.
    """
    inner = annotate_body(title, passages)
    body = Markup(str(inner).removeprefix("<p>").removesuffix("</p>"))
    return Markup('<p class="annex-headline"><span class="label">Headline:</span> {}</p>').format(body)


def annex_entry(source: Source, cited: list[tuple[Fact, int]], letter: str, mode: str = "full") -> AnnexEntry:
    """One article of the annex, with the passages its cited facts quote (``mode``: full or passages)."""
    passages = []
    in_headline = []
    for fact, number in cited:
        span = locate(source.body, fact.quote)
        if span is not None:
            passages.append((fact.id, number, span[0], span[1]))
        elif source.title and (title_span := headline_span(source.title, fact.quote)) is not None:
            in_headline.append((fact.id, number, title_span[0], title_span[1]))
    heading = Markup("{} {}").format(letter, source_citation(source))
    headline = headline_passages(source.title, in_headline) + Markup("\n") if source.title and in_headline else Markup("")
    if mode != "passages":
        html = headline + annotate_body(source.body, passages)
        return AnnexEntry(source_id=source.id, heading=heading, html=html, unstated=unstated(source))
    held = {i for i, (a, b) in enumerate(_paragraph_spans(source.body)) for _, _, s, e in passages if s < b and a < e}
    html = (
        headline
        + annotate_body(source.body, passages, only=held)
        + Markup('\n<details class="full-text"><summary>The whole archived article</summary>\n{}\n</details>').format(
            annotate_body(source.body, passages, links=False)
        )
    )
    return AnnexEntry(source_id=source.id, heading=heading, html=html, unstated=unstated(source))
