"""The text of a footnote, of a Sources entry, and their links; and which facts share a note.

A footnote reads like a briefing footnote: who published the article, its
headline, when, and the verbatim quote; then links to the article (when its
URL is known), to its Sources entry and to the quoted passage in the evidence
annex.  Whatever a source leaves unstated stays unstated: no outlet gives no
outlet, never an invented one.  A source with neither outlet nor headline is
named as bibliographies name an untitled work, by its opening words, so a
reader can still tell it from the other reports of that day.

One note stands for one passage of one source: facts quoting the same words,
or overlapping words, of an article share a note (:func:`group_passages`),
whose quote is the whole stretch they cover.  Three facts drawn from one
sentence then give one note, not the same sentence three times.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from briefgen.corpus.models import Fact, Source
from briefgen.render.wording import date_filter
from briefgen.text.quotes import headline_span, locate

_SENTENCE_END = ".!?…:;"
_QUOTES_AND_BRACKETS = "\"'“”‘’()[]"  # looked through: “a good year” ends no sentence, but ‘year.”’ does
_OPENING_WORDS = 7


@dataclass(frozen=True)
class Footnote:
    number: int
    fact_id: str  # the first cited fact of the passage
    source_id: str
    html: Markup
    backrefs: tuple[str, ...]  # ids of every reference to this note, first one first
    fact_ids: tuple[str, ...] = ()  # every cited fact the note stands for, in citation order


@dataclass(frozen=True)
class Passage:
    """One stretch of one source that one or more cited facts quote; one note."""

    key: str  # the id of its first cited fact: its annex anchor is q-<key>
    source_id: str
    fact_ids: tuple[str, ...]
    span: tuple[int, int] | None  # in the source body; None when a quote cannot be located


def opening_words(body: str) -> str:
    """The first words of an article, as bibliographies cite an untitled work ("Report beginning “…”")."""
    words = body.split()
    if not words:
        return ""
    shown = " ".join(words[:_OPENING_WORDS]).rstrip(",;:")
    return shown + ("…" if len(words) > _OPENING_WORDS else "")


def source_citation(source: Source) -> Markup:
    """``Outlet, “Headline”, 16 November 2024`` with only what the source states.

    With no outlet and no headline the article is named by its opening words
    (``Report beginning “Pakistan and Belarus have…”, 31 January 2025``), never
    by what it does not state.
    """
    parts: list[Markup] = []
    if source.outlet:
        parts.append(escape(source.outlet))
    if source.title:
        parts.append(Markup("“{}”").format(source.title))
    if not parts:
        first = opening_words(source.body)
        parts.append(Markup("Report beginning “{}”").format(first) if first else Markup("Untitled report"))
    parts.append(escape(date_filter(source.published)) if source.published else Markup("undated"))
    return Markup(", ").join(parts)


def unstated(source: Source) -> str | None:
    """What the article's text does not state, said once in the annex rather than in every note."""
    missing = [name for name, value in (("outlet", source.outlet), ("headline", source.title), ("date", source.published)) if not value]
    if not missing:
        return None
    listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " or " + missing[-1]
    return f"The archived text states no {listed}."


def _with_ellipses(body: str, start: int, end: int) -> str:
    """``body[start:end]`` with ‘…’ where it starts or ends mid-sentence."""
    text = body[start:end]
    before = body[:start].rstrip()
    after = body[end:]
    rest = after.lstrip()
    # A paragraph's edge is a sentence's edge: the gap holds a blank line (as in the annex).
    previous = before.rstrip(_QUOTES_AND_BRACKETS).rstrip()
    last = text.rstrip(_QUOTES_AND_BRACKETS)
    dateline = before.endswith(")") and text[:1].isupper()  # "ISLAMABAD, (Agency - 10 Apr 2025) Minister…"
    opens_sentence = not previous or previous[-1] in _SENTENCE_END or dateline or body[len(before) : start].count("\n") >= 2
    closes_sentence = (bool(last) and last[-1] in _SENTENCE_END) or not rest or after[: len(after) - len(rest)].count("\n") >= 2
    return ("" if opens_sentence else "…") + text + ("" if closes_sentence else "…")


def _headline_quote(source: Source, quote: str) -> str | None:
    """The quote as the headline has it, with ‘…’ where it is only part of the headline; None if not from the headline."""
    span = headline_span(source.title, quote)
    if span is None or source.title is None:
        return None
    title = source.title
    return ("…" if span[0] > 0 else "") + title[span[0] : span[1]] + ("…" if span[1] < len(title) else "")


def quote_with_ellipses(source: Source, quote: str) -> str:
    """The quote as the source has it, with ‘…’ where it starts or ends mid-sentence (or as its headline has it)."""
    span = locate(source.body, quote)
    if span is None:
        headline = _headline_quote(source, quote)
        return f"{headline} (headline)" if headline is not None else quote.strip()
    return _with_ellipses(source.body, *span)


def group_passages(facts: Sequence[Fact], sources: Mapping[str, Source]) -> dict[str, Passage]:
    """Each cited fact's passage: facts of one source whose quotes overlap (or match) share one.

    ``facts`` come in citation order; a passage is keyed by its first cited
    fact.  Overlap is transitive (a–b and b–c make one passage), so the
    grouping does not depend on the order facts are cited in.
    """
    by_source: dict[str, list[tuple[int, Fact, tuple[int, int] | None]]] = {}
    for position, fact in enumerate(facts):
        source = sources[fact.source]
        by_source.setdefault(fact.source, []).append((position, fact, locate(source.body, fact.quote)))
    result: dict[str, Passage] = {}
    for source_id, items in by_source.items():
        groups: list[list[tuple[int, Fact, tuple[int, int] | None]]] = []
        located = sorted((item for item in items if item[2] is not None), key=lambda item: item[2] or (0, 0))
        end = -1
        for item in located:
            span = item[2] or (0, 0)
            if groups and span[0] < end:
                groups[-1].append(item)
                end = max(end, span[1])
            else:
                groups.append([item])
                end = span[1]
        unlocated: dict[str, list[tuple[int, Fact, tuple[int, int] | None]]] = {}
        for item in items:
            if item[2] is None:
                unlocated.setdefault(re.sub(r"\s+", " ", item[1].quote.strip()), []).append(item)
        groups += unlocated.values()
        for group in groups:
            group.sort(key=lambda item: item[0])
            spans = [item[2] for item in group if item[2] is not None]
            covered = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
            passage = Passage(group[0][1].id, source_id, tuple(item[1].id for item in group), covered)
            for item in group:
                result[item[1].id] = passage
    return result


def passage_note_html(passage: Passage, facts: Mapping[str, Fact], source: Source, *, annex: bool = True) -> Markup:
    """The inner HTML of the note for one passage: the source, the whole stretch quoted, its links.

    ``annex`` False when the brief has no annex to link to.
    """
    headline = _headline_quote(source, facts[passage.key].quote) if passage.span is None else None
    if headline is not None:  # quoted from the headline: no passage of the body to link to
        html = Markup('<a class="fn-source" href="#src-{}">{}</a>, headline: “{}”').format(source.id, source_citation(source), headline)
        annex = False
    else:
        quote = _with_ellipses(source.body, *passage.span) if passage.span is not None else facts[passage.key].quote.strip()
        html = Markup('<a class="fn-source" href="#src-{}">{}</a>: “{}”').format(source.id, source_citation(source), quote)
    links = [Markup('<a class="fn-passage" href="#q-{}">passage in annex</a>').format(passage.key)] if annex else []
    if source.url and source.url.startswith("https://"):
        links.append(Markup('<a class="fn-url" href="{}">article</a>').format(source.url))
    if not links:
        return html
    return html + Markup(' <span class="fn-links">[') + Markup(", ").join(links) + Markup("]</span>")


def footnote_html(fact: Fact, source: Source, number: int) -> Markup:
    """The inner HTML of the note for one fact on its own (``number`` is kept for callers' symmetry)."""
    passage = group_passages([fact], {fact.source: source})[fact.id]
    return passage_note_html(passage, {fact.id: fact}, source)
