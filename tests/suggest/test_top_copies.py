"""A line of the page's top that a fuller sentence further down prints again is not drafted; the fuller sentence is.

Tops and report sentences from half A's pages (LBC's AFP copy, Asia-Plus, SGGP).
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Source
from briefgen.suggest.drafts import suggest_drafts
from briefgen.suggest.sentences import split_sentences
from briefgen.suggest.top_copies import top_copies

_TOP = "Business links were high on the agenda as Putin and President Ilham Aliyev met in the Azerbaijani capital of Baku."
_TALKS = (
    "Russian leader Vladimir Putin held talks on Monday with his Azerbaijani counterpart as part of a two-day trip to "
    "secure Moscow’s under-pressure trade routes and shore up ties in the South Caucasus."
)
_FULLER = (
    "Business links were high on the agenda as Putin and President Ilham Aliyev met in the Azerbaijani capital of Baku, "
    "with Aliyev announcing that 120 million dollars had been earmarked to boost cargo transport between the two countries."
)


def _quotes(corpus: Corpus, title: str, body: str) -> list[str]:
    source = Source(id="top-copy-page", published=dt.date(2024, 8, 19), title=title, body=body)
    return [str(d.fields["quote"]) for d in suggest_drafts(corpus, source, set())]


def _copied(body: str) -> list[str]:
    sentences = split_sentences(body)
    starts = top_copies(sentences)
    return [s.text for s in sentences if s.start in starts]


def test_a_standfirst_lifted_from_a_fuller_sentence_is_not_drafted_but_the_fuller_one_is(corpus: Corpus) -> None:
    title = "Putin meets Azerbaijani president to strengthen ties as tensions persist"
    body = f"{_TOP}\n\n{_TALKS}\n\n{_FULLER}\n"
    quotes = _quotes(corpus, title, body)
    assert not any(q.startswith("Business links") and "120 million" not in q for q in quotes)
    assert any(q.startswith("Business links") and "120 million dollars" in q for q in quotes)


def test_only_the_copied_sentence_of_the_top_is_left_out() -> None:
    body = (
        "Russia and Uzbekistan have signed more than 20 cooperation documents to expand bilateral cooperation in various "
        "sectors.  The signed documents include roadmaps to increase mutual trade, cooperation in the field of culture.\n\n"
        "The signing of agreements was held in the presence of the heads of both countries.\n\n"
        "TASS reports that the signed documents include roadmaps to increase mutual trade, cooperation in the field of "
        "culture, agreements for Russia to provide technical assistance to Uzbekistan and for joint research.\n"
    )
    assert _copied(body) == ["The signed documents include roadmaps to increase mutual trade, cooperation in the field of culture."]


def test_a_top_line_cut_short_of_the_report_s_clause_is_a_copy() -> None:
    body = (
        "Japan’s press agencies have highlighted President Vo Van Thuong’s ongoing official visit to the "
        "country.\n\nJapan’s press agencies have highlighted President Vo Van Thuong’s ongoing official visit to the country, "
        "especially the elevation of the bilateral relationship to a Comprehensive Strategic Partnership.\n"
    )
    assert len(_copied(body)) == 1


def test_a_summary_in_other_words_stays() -> None:
    body = f"Putin and Aliyev talked trade and cargo routes in Baku on the first day of the visit.\n\n{_TALKS}\n\n{_FULLER}\n"
    assert _copied(body) == []


def test_the_same_sentence_printed_twice_and_a_lower_copy_are_left_alone() -> None:
    assert _copied(f"{_TOP}\n\n{_TALKS}\n\n{_TOP}\n") == []  # its one draft is the same either way
    assert _copied(f"{_TALKS}\n\n{_FULLER}\n\n{_TOP}\n") == []  # only the page's first paragraph is its top


def test_a_short_line_is_left_to_the_readers_of_headings() -> None:
    assert _copied(f"Putin met Aliyev in Baku.\n\n{_TALKS}\n\nPutin met Aliyev in Baku on Monday, officials said.\n") == []
