"""The text of a footnote, of a Sources entry, and their links.

A footnote reads like a briefing footnote: who published the article, its
headline, when, and the verbatim quote; then links to the article (when its
URL is known), to its Sources entry and to the quoted passage in the evidence
annex.  Whatever a source leaves unstated stays unstated: no outlet gives no
outlet, never an invented one.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from briefgen.corpus.models import Fact, Source
from briefgen.render.wording import date_filter
from briefgen.text.quotes import locate

_SENTENCE_END = ".!?…:;"
_QUOTES_AND_BRACKETS = "\"'“”‘’()[]"  # looked through: “a good year” ends no sentence, but ‘year.”’ does


@dataclass(frozen=True)
class Footnote:
    number: int
    fact_id: str
    source_id: str
    html: Markup
    backrefs: tuple[str, ...]  # ids of every reference to this note, first one first


def source_citation(source: Source) -> Markup:
    """``Outlet, “Headline”, 16 November 2024`` with only what the source states."""
    parts: list[Markup] = []
    if source.outlet:
        parts.append(escape(source.outlet))
    if source.title:
        parts.append(Markup("“{}”").format(source.title))
    if not parts:
        parts.append(Markup("Report (outlet not stated)"))
    parts.append(escape(date_filter(source.published)) if source.published else Markup("undated"))
    return Markup(", ").join(parts)


def quote_with_ellipses(source: Source, quote: str) -> str:
    """The quote as the source has it, with ‘…’ where it starts or ends mid-sentence."""
    span = locate(source.body, quote)
    if span is None:
        return quote.strip()
    start, end = span
    text = source.body[start:end]
    before = source.body[:start].rstrip()
    after = source.body[end:]
    rest = after.lstrip()
    # A paragraph's edge is a sentence's edge: the gap holds a blank line (as in the annex).
    previous = before.rstrip(_QUOTES_AND_BRACKETS).rstrip()
    last = text.rstrip(_QUOTES_AND_BRACKETS)
    dateline = before.endswith(")") and text[:1].isupper()  # "ISLAMABAD, (Agency - 10 Apr 2025) Minister…"
    opens_sentence = not previous or previous[-1] in _SENTENCE_END or dateline or source.body[len(before) : start].count("\n") >= 2
    closes_sentence = (bool(last) and last[-1] in _SENTENCE_END) or not rest or after[: len(after) - len(rest)].count("\n") >= 2
    return ("" if opens_sentence else "…") + text + ("" if closes_sentence else "…")


def footnote_html(fact: Fact, source: Source, number: int, *, annex: bool = True) -> Markup:
    """The inner HTML of one footnote; ``annex`` False when the brief has no annex to link to."""
    quote = quote_with_ellipses(source, fact.quote)
    html = Markup('<a class="fn-source" href="#src-{}">{}</a>: “{}”').format(source.id, source_citation(source), quote)
    links = [Markup('<a class="fn-passage" href="#q-{}">passage in annex</a>').format(fact.id)] if annex else []
    if source.url and source.url.startswith("https://"):
        links.append(Markup('<a class="fn-url" href="{}">article</a>').format(source.url))
    if not links:
        return html
    return html + Markup(' <span class="fn-links">[') + Markup(", ").join(links) + Markup("]</span>")
