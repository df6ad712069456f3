"""Summary points, quotation predicates and attributions: what ``suggest`` leaves out, seen in the drafts it prints.

The article is written for these tests (invented countries, people and places): an agency
page that prints its summary points before a dateline set on a line of its own.
"""

from __future__ import annotations

import shutil

import pytest
import yaml

from briefgen.suggest.sentences import Sentence
from briefgen.suggest.summary import deck_paragraphs, restates, summary_paragraphs
from tests.conftest import REPO, run_cli

ARTICLE = """Vestria, Norland sign 12 documents on shipping and customs

Two countries agree to expand cooperation in shipping, customs, tourism and energy

- Vestria, Norland sign deal to build a container terminal in Port Alva

- Premier Ilse Varga to visit Norland next spring, says the Norlandic foreign ministry

KORVIK

Vestria and Norland on Monday signed 12 documents agreeing to expand cooperation in shipping, customs, tourism \
and energy, including a deal to build a container terminal in Port Alva.

"Welcome, friends from Norland!" read banners along the harbour road where the flags of both countries flew side by side.

“Our nations enjoy warm and close relations rooted in a long shared history,” the Vestrian foreign ministry said \
in a statement last week.

The terminal will handle 400,000 containers a year once it opens in 2027, the port authority said.
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("summary") / "repo"
    root.mkdir()
    for name in ("facts", "briefs", "templates"):
        shutil.copytree(REPO / name, root / name)
    article = root / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    added = run_cli("sources", "add", str(article), "--published", "2025-06-03", "--id", "vestria-port", cwd=root)
    assert added.code == 0, added.stderr
    result = run_cli("suggest", "vestria-port", "--dry-run", cwd=root)
    assert result.code == 0, result.stderr
    return [str(d["quote"]) for d in yaml.safe_load(result.stdout)]


def test_summary_points_the_report_repeats_are_drafted_from_the_report_only(drafted: list[str]) -> None:
    assert not [q for q in drafted if q.startswith(("Two countries agree", "- Vestria, Norland sign deal"))]
    assert any(q.startswith("Vestria and Norland on Monday signed 12 documents") for q in drafted)


def test_a_summary_point_the_report_never_states_is_still_drafted(drafted: list[str]) -> None:
    assert any("Premier Ilse Varga to visit Norland next spring" in q for q in drafted)


def test_the_predicate_of_a_quotation_is_no_claim(drafted: list[str]) -> None:
    assert not [q for q in drafted if q.startswith("read banners") or "harbour road" in q]


def test_a_sentence_worth_drafting_only_for_its_attribution_is_not_drafted(drafted: list[str]) -> None:
    """ "…, the ministry said in a statement last week": the date is the statement's; the quotation is courtesy."""
    assert not [q for q in drafted if "warm and close relations" in q]
    assert any(q.startswith("The terminal will handle 400,000 containers a year") for q in drafted)


def test_summary_lines_end_at_a_dateline_on_a_line_of_its_own() -> None:
    assert summary_paragraphs("Headline\n\n- point one\n\nKORVIK\n\nThe report.") == 2
    assert summary_paragraphs("KORVIK: The report starts here.\n\nMore of it.") == 0
    assert summary_paragraphs("The report.\n\nMore of it, with no dateline at all.") == 0


def test_a_line_restates_a_sentence_when_most_of_its_words_are_in_it() -> None:
    report = [Sentence(0, 0, "The ministers signed a deal to build a grain terminal at Port Alva on Monday.", 3)]
    assert restates("Ministers sign deal to build grain terminal at Port Alva", report)
    assert not restates("Premier to visit Norland next spring, says ministry", report)


_DECK_PAGE = (
    "Premier Varga visiting Norland at the invitation of the king\n\n"
    "Envoy to hold talks with the trade minister\n\n"
    "Norland and Ostmark to sign 4 port accords\n\n"
    "Premier Ilse Varga of Ostmark arrived in Norland on Monday for a two-day visit at the invitation of the king, "
    "the palace said, and will hold talks with the trade minister on the port of Alva.\n\n"
    "The two sides are due to sign four accords on the port."
)


def test_a_deck_of_short_lines_before_the_report_is_summary() -> None:
    assert deck_paragraphs(_DECK_PAGE) == 3
    # one short line is a lede or a heading, not a deck
    assert deck_paragraphs("A short line of a page\n\n" + _DECK_PAGE.split("\n\n", 3)[3]) == 0
    # running text from the start: no deck
    assert deck_paragraphs(_DECK_PAGE.split("\n\n", 3)[3]) == 0


def test_a_line_that_names_its_day_is_restated_only_by_a_sentence_naming_that_day() -> None:
    line = "President Dahl arrived in Korvik, Norland, on Sunday for a state visit."
    caption = [Sentence(0, 0, "His caption read, “President Dahl arrives in Korvik for his official state visit to Norland.", 5)]
    dated = [Sentence(0, 0, "President Dahl arrived in Korvik on Sunday for his state visit to Norland, the palace said.", 5)]
    assert not restates(line, caption, keep_figures=True)  # the caption below gives no day: the line dates the arrival
    assert restates(line, dated, keep_figures=True)
    assert restates("President Dahl arrives in Korvik for his state visit to Norland", caption)


def test_a_deck_line_with_a_figure_is_kept_for_its_figure() -> None:
    report = [Sentence(0, 0, "Norland and Ostmark are due to sign four port accords.", 4)]
    assert restates("Norland and Ostmark to sign port accords", report, keep_figures=True)
    assert not restates("Norland and Ostmark to sign 4 port accords", report, keep_figures=True)
    assert restates("Norland and Ostmark to sign 4 port accords", report)
