"""The page's headline printed again in its body is not drafted: the report under it states the news in full.

Headlines and report sentences from half A's pages (Darpan Magazine, LBC Group, The Economic Times,
The Inquirer, Malta News Agency, UzDaily).
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Source
from briefgen.suggest.drafts import suggest_drafts
from briefgen.suggest.headline_copies import figures_stated, headline_copy

_CARNEY = "Carney, Sheinbaum sign deal to deepen economic, security ties"
_CARNEY_REPORT = (
    "The agreement — billed as a comprehensive strategic partnership — was signed by Prime Minister Mark Carney and "
    "Mexican President Claudia Sheinbaum in Mexico City Thursday."
)


def _quotes(corpus: Corpus, title: str, body: str) -> list[str]:
    source = Source(id="headline-copy-page", published=dt.date(2025, 9, 19), title=title, body=body)
    return [str(d.fields["quote"]) for d in suggest_drafts(corpus, source, set())]


def _copy(line: str, title: str, body: str) -> bool:
    start = body.index(line)
    return headline_copy(line, start, start + len(line), title, body)


def test_the_headline_printed_again_as_a_bullet_is_not_drafted(corpus: Corpus) -> None:
    body = f"  • {_CARNEY}\n\n{_CARNEY_REPORT}\n"
    quotes = _quotes(corpus, _CARNEY, body)
    assert not any(q.startswith("Carney, Sheinbaum") for q in quotes)
    assert any(q.startswith("The agreement") for q in quotes)


def test_a_copy_with_an_entity_for_its_apostrophe_or_a_credit_run_into_it_is_the_headline() -> None:
    title = "France's Macron meets Egypt leader for Gaza talks"
    body = f"France&#39;s Macron meets Egypt leader for Gaza talks\n{title}\n\nFrance's President Emmanuel Macron started talks.\n"
    assert _copy("France&#39;s Macron meets Egypt leader for Gaza talks", title, body)
    title = "India, Brunei agree to enhance defence, space cooperation; announce Bandar Seri Begawan-Chennai direct flight"
    line = f"{title}ANI"
    assert _copy(line, title, f"{line}\n\nIndia and Brunei have agreed to enhance cooperation in defence.\n")


def test_a_sentence_sharing_only_some_of_the_headline_words_is_the_reports_own() -> None:
    title = "France's Macron meets Egypt leader for Gaza talks"
    line = "France's Macron meets Egypt leader for Gaza talks on Sunday"
    assert not _copy(line, title, f"{line}\n")
    assert not _copy(_CARNEY_REPORT, "", f"{_CARNEY_REPORT}\n")  # a page with no headline archived


def test_a_copy_stating_a_figure_the_report_never_gives_is_still_drafted() -> None:
    # The Malta News Agency's report never counts the centres its headline counts.
    title = "Meloni meets Rama, agreement for two migrant centers in Albania"
    report = "A memorandum of understanding on the management of migratory flows between Italy and Albania was signed today."
    assert not _copy(title, title, f"{title}\n\n{report}\n")


def test_a_bound_in_the_report_states_the_headlines_clipped_figure() -> None:
    report = "The Philippines and India are expected to sign at least six agreements during President Marcos’s state visit."
    assert figures_stated("Marcos to sign 6 pacts in India", report)
    assert not figures_stated("Marcos to sign 7 pacts in India", report)


def test_the_archived_headline_restated_by_a_bound_is_not_drafted(corpus: Corpus) -> None:
    report = (
        "The Philippines and India are expected to sign at least six agreements during President Marcos’s state visit "
        "to India from August 4 to 8, the Department of Foreign affairs said on Friday."
    )
    quotes = _quotes(corpus, "Marcos to sign 6 pacts in India", f"{report}\n")
    assert quotes and not any(q.startswith("Marcos to sign") for q in quotes)


def test_the_headline_with_its_section_line_run_into_it_is_a_copy() -> None:
    # UzDaily's page: the section "Economy" and the day, run into the headline above the headline printed again.
    title = "Uzbekistan-Azerbaijan Business Forum takes place in Tashkent"
    line = f"Economy 22/08/2024 {title}"
    report = "On 22 August 2024, ahead of the state visit, the Uzbek-Azerbaijani Business Forum took place in Tashkent."
    assert _copy(line, title, f"Search\n{line}\n\n{title}\n\n{report}\n")
    assert not _copy("Economy 22/08/2024 Tashkent hosts a textile fair", title, "Economy 22/08/2024 Tashkent hosts a textile fair\n")
