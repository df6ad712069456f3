"""A line in a headline's style whose news a sentence of the report states is not drafted; the sentence is.

Lines and report sentences from half A's pages (The National, Terra Daily's AFP copy, Middle East Eye).
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Source
from briefgen.suggest.drafts import suggest_drafts
from briefgen.suggest.restated_headings import restated_headings

_STANDFIRST = "Officials say project has now moved from construction phase to core phase of assembly and commissioning"
_REPORT = (
    "The installation of the reactor pressure vessel marked the transition of the project from the construction phase "
    "to the core phase of assembly and commissioning, officials from both countries said."
)
_SECOND_HEADLINE = "China says Xi to visit Vietnam, Malaysia and Cambodia next week"
_SECOND_LEDE = (
    "Chinese President Xi Jinping will visit Vietnam, Malaysia and Cambodia next week, Beijing's foreign ministry said "
    "Friday, on his first official foreign trip this year."
)


def _quotes(corpus: Corpus, title: str, body: str) -> list[str]:
    source = Source(id="restated-heading-page", published=dt.date(2025, 11, 19), title=title, body=body)
    return [str(d.fields["quote"]) for d in suggest_drafts(corpus, source, set())]


def test_a_standfirst_the_report_states_in_full_is_not_drafted_but_the_report_is(corpus: Corpus) -> None:
    title = "El Sisi and Putin oversee installation of reactor vessel at Dabaa"
    body = f"{title}\n\n{_STANDFIRST}\n\n{_REPORT}\n"
    quotes = _quotes(corpus, title, body)
    assert not any(q.startswith("Officials say project") for q in quotes)
    assert any(q.startswith("The installation of the reactor pressure vessel") for q in quotes)


def test_a_second_story_s_headline_is_left_to_its_lede() -> None:
    body = f"Spanish PM meets Xi in Beijing\n\n{_SECOND_HEADLINE}\n\n{_SECOND_LEDE}\n"
    assert restated_headings(body) == {2}


def test_a_clipped_line_the_report_words_differently_is_still_left_out() -> None:
    body = (
        "Qatari emir arrives in Britain\n\nThe UK aims to attract fresh investment from oil and gas rich Gulf states\n\n"
        "The visit comes as the UK aims to attract fresh investment from oil-rich Gulf states, with Starmer expected to "
        "travel to the Gulf this month in a bid to bolster Britain's diplomatic relations.\n"
    )
    assert restated_headings(body) == {2}


def test_a_heading_no_sentence_states_stays_a_draft() -> None:
    body = f"Reactor milestone at Dabaa\n\n{_STANDFIRST}\n\nRussia and Egypt signed the plant's contracts in 2017.\n"
    assert restated_headings(body) == frozenset()


def test_a_heading_with_a_figure_or_a_day_stays_a_draft() -> None:
    with_figure = "Officials say project has moved to the core phase of assembly after 8 years"
    with_day = "Officials say project moved on Wednesday to core phase of assembly and commissioning"
    for line in (with_figure, with_day):
        assert restated_headings(f"Reactor milestone\n\n{line}\n\n{_REPORT}\n") == frozenset()


def test_sentences_that_end_on_a_stop_are_running_text_not_headings() -> None:
    body = f"Reactor milestone\n\n{_REPORT}\n\n{_REPORT}\n"
    assert restated_headings(body) == frozenset()


def test_the_last_line_of_an_excerpt_cut_mid_sentence_is_no_heading() -> None:
    cut_line = "After the talks, the two heads of state witnessed the signing of a plan for Belt and Road"
    stated = "The two heads of state witnessed the signing of a plan for Belt and Road cooperation."
    body = f"Xi calls for elevating ties\n\n{stated}\n\n{cut_line}"
    assert restated_headings(body, cut=True) == frozenset()
    assert restated_headings(body) == {4}
