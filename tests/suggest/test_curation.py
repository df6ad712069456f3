"""Drafts an editor can curate as they stand: balanced quotes, no repeats, topics that say why."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefgen.corpus.loader import load_corpus
from briefgen.suggest.sentences import balance_quotes
from briefgen.suggest.topics import TopicMatcher
from briefgen.text.quotes import fold
from tests.conftest import REPO, run_cli


@pytest.mark.parametrize(
    ("quote", "balanced"),
    [
        # Dawn, 2024-07: the sentence opens a quotation that the next sentence closes.
        (
            "Prime Minister Shehbaz Sharif said: “We have discussed an initial figure of $2bn of investment in areas of "
            "mutual beneficial projects.",
            "We have discussed an initial figure of $2bn of investment in areas of mutual beneficial projects.",
        ),
        # The same quotation's end, cut from its opening.
        (
            "In today’s in-depth conversation, we have agreed to enhance our bilateral trade, besides discussing areas of "
            "joint cooperation and joint investments,”",
            "In today’s in-depth conversation, we have agreed to enhance our bilateral trade, besides discussing areas of "
            "joint cooperation and joint investments",
        ),
        # Balanced quotes are left alone.
        (
            "Calling India-Russia ties a partnership built on “mutual trust,” Modi said this foundation gives direction",
            "Calling India-Russia ties a partnership built on “mutual trust,” Modi said this foundation gives direction",
        ),
    ],
)
def test_quotes_are_trimmed_to_balanced_quotation_marks(quote: str, balanced: str) -> None:
    assert balance_quotes(quote) == balanced


@pytest.fixture(scope="module")
def matcher() -> TopicMatcher:
    return TopicMatcher(load_corpus(REPO).vocabulary.topics)


@pytest.mark.parametrize(
    ("sentence", "not_proposed"),
    [
        ("The transport minister met the Belarusian ambassador in Islamabad", "electric-vehicles"),
        ("Security was tightened in the Red Zone ahead of the visit", "technology-zones"),
        ("Federal Minister for Commerce Syed Naveed Qamar has signed different MoUs", "trade"),
        ("The leaders issued a joint statement after the talks", "joint-ventures"),
    ],
)
def test_no_topic_from_a_passing_word(matcher: TopicMatcher, sentence: str, not_proposed: str) -> None:
    assert not_proposed not in matcher.propose(sentence)


def test_topics_come_with_the_words_that_triggered_them(matcher: TopicMatcher) -> None:
    proposed = dict(matcher.propose_with_words("Pakistan and Azerbaijan have signed fifteen memorandums of understanding"))
    assert proposed["agreements"] == ["signed", "memorandums", "understanding"]


def test_passages_already_curated_are_listed_not_proposed(repo_copy: Path) -> None:
    result = run_cli("suggest", "tdi-2024-06-12", cwd=repo_copy)
    assert result.code == 0, result.stderr
    assert "passage(s) already quoted by curated facts were not proposed again" in result.stderr
    text = (repo_copy / "facts" / "drafts" / "tdi-2024-06-12.yaml").read_text(encoding="utf-8")
    assert "# Already in the corpus, so not proposed again:" in text
    corpus = load_corpus(repo_copy)
    body = fold(corpus.sources["tdi-2024-06-12"].body)
    curated = [fold(f.quote) for f in corpus.facts.values() if f.source == "tdi-2024-06-12"]
    for draft in yaml.safe_load(text) or []:
        quote = fold(draft["quote"])
        assert quote in body
        assert not any(quote in c or c in quote for c in curated), draft["id"]


def test_drafts_files_say_which_words_proposed_each_topic(repo_copy: Path) -> None:
    result = run_cli("suggest", "urdupoint-2025-04-10", "--include-known", cwd=repo_copy)
    assert result.code == 0, result.stderr
    text = (repo_copy / "facts" / "drafts" / "urdupoint-2025-04-10.yaml").read_text(encoding="utf-8")
    assert "# from the words " in text
    assert "# already quoted by the curated fact '" in text
    quotes = [d["quote"] for d in yaml.safe_load(text)]
    assert len(quotes) == len(set(quotes))


def test_a_value_goes_only_with_a_quote_that_states_it(repo_copy: Path) -> None:
    """Dialogus, 2025-12: the figure is in the words before the quotation.

    The quote used to be the inner quotation alone, without a value; it now keeps the words
    before it (the quotation's closing mark is kept), so the value goes with it.
    """
    article = REPO / "tests" / "fixtures" / "intake_eval" / "articles" / "dialogus-2025-12-modi-putin-100bn-trade-target.txt"
    added = run_cli("sources", "add", str(article), "--undated", "--id", "dialogus-modi-putin", cwd=repo_copy)
    assert added.code == 0, added.stderr
    assert run_cli("suggest", "dialogus-modi-putin", cwd=repo_copy).code == 0
    drafts = yaml.safe_load((repo_copy / "facts" / "drafts" / "dialogus-modi-putin.yaml").read_text(encoding="utf-8"))
    assert not [d for d in drafts if d["quote"].startswith("Considering the tremendous potential")]
    [draft] = [d for d in drafts if "Considering the tremendous potential" in d["quote"]]
    assert draft["quote"].startswith("PM Modi expressed confidence that the newly reaffirmed trade goal (of $100 billion)")
    assert draft["value"]["amount"] == "100000000000" and draft["value"]["unit"] == "USD"
