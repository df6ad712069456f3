"""Intake quality on real news nobody here wrote: the evaluation set, measured by benchmarks/intake_quality.py.

The thresholds are the figures this code reaches on tests/fixtures/intake_eval/ (40 articles,
223 hand-labelled claims), rounded down; they are a floor against regressions, not the issue's
targets (docs/performance.md gives both).  The figures are printed even when the test passes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_benchmark


def test_intake_quality_on_the_evaluation_set(capsys: pytest.CaptureFixture[str]) -> None:
    benchmark = load_benchmark("intake_quality")
    results = benchmark.evaluate()
    with capsys.disabled():
        print("\n" + benchmark.report(results))
    assert results.recall.total == 223
    assert not results.refused  # every article archives (undated ones with --undated after the refusal)
    assert results.verbatim.share == 1.0
    assert results.duplicates.right == 0
    assert results.figures.share >= 0.98  # values the labels do not decide are judged in figure_judgements.yaml
    # 94%, not 95%: a quote now keeps the attribution before a quotation ("…the trade goal (of $100 billion)
    # would be met…, saying, “…”"), whose figure the labelled span leaves out; judged right by hand.
    assert results.figures_labels_only.share >= 0.94
    assert results.metadata_all.share >= 0.97
    assert results.metadata["outlet"].share == 1.0
    assert results.relative_dates.share >= 0.95
    assert results.dates.share >= 0.91  # undated articles are drafted too: their dates stay placeholders until dated
    assert results.invented_dates.share >= 0.9  # relative phrases of undated articles are said to be unresolved
    assert results.recall.share >= 0.99  # undated articles are drafted too
    assert results.recall_drafted.share >= 0.99
    # Precision counts drafts matching a label, and the others as judged in judgements.yaml.
    assert not results.unjudged, "judge these drafts in tests/fixtures/intake_eval/judgements.yaml:\n" + "\n".join(results.unjudged)
    assert results.precision.share >= 0.87


def test_a_refused_page_counts_as_missed_claims_and_wrong_metadata(tmp_path: Path) -> None:
    """A page intake cannot archive is intake's failure: its claims and metadata stay in the counts, all wrong."""
    benchmark = load_benchmark("intake_quality")
    evaluation = tmp_path / "set"
    (evaluation / "labels").mkdir(parents=True)
    (evaluation / "articles").mkdir()
    (evaluation / "articles" / "blank-page.txt").write_text("\n", encoding="utf-8")
    (evaluation / "labels" / "blank-page.yaml").write_text(
        'url: "https://news.example/blank-page"\noutlet: "Example News"\npublished: "2025-03-04"\n'
        'headline: ""\nplace: ""\nrelation: vestria-dalmor\nclaims:\n'
        '  - span: "The two ministers signed a trade agreement in the capital on Tuesday."\n    kind: agreement\n',
        encoding="utf-8",
    )
    results = benchmark.evaluate(evaluation=evaluation)
    assert results.refused and results.refused[0].startswith("blank-page: ")
    assert (results.recall.right, results.recall.total) == (0, 1)
    assert (results.metadata_all.right, results.metadata_all.total) == (0, 4)
    assert results.misses == ["blank-page: The two ministers signed a trade agreement in the capital on Tuesday."]


def test_a_rank_kept_as_words_is_judged_by_hand_not_counted_wrong() -> None:
    intake_quality = load_benchmark("intake_quality")
    rank = {"amount": "2", "unit": "rank"}
    kept_as_words = {"span": "X is Y's second-largest trading partner", "figures": [{"not_a_figure": "second-largest"}]}
    given_a_value = {"span": "X is Y's second-largest trading partner", "figures": [{"amount": 2, "unit": "rank"}]}

    assert intake_quality.deciding_figures(rank, [kept_as_words]) == []
    assert intake_quality.deciding_figures(rank, [given_a_value]) == [{"amount": 2, "unit": "rank"}]


def test_words_kept_as_no_figure_still_make_any_other_value_wrong() -> None:
    intake_quality = load_benchmark("intake_quality")
    money = {"amount": "5000000000", "unit": "USD"}
    claim = {"span": "a five-year plan worth $5 billion", "figures": [{"not_a_figure": "five-year"}]}

    decided = intake_quality.deciding_figures(money, [claim])

    assert decided == [{"not_a_figure": "five-year"}]
    assert not any(intake_quality.figure_matches(money, figure) for figure in decided)


def test_a_draft_is_placed_where_its_words_meet_a_labelled_claim_not_at_an_earlier_copy() -> None:
    intake_quality = load_benchmark("intake_quality")
    sentence = "The two leaders signed a ferry accord on Friday."
    page = f"Photo: {sentence}\n\nPORT AVEL -- {sentence} It opens two routes."
    claim = (page.rindex(sentence), page.rindex(sentence) + len(sentence))
    # The caption prints the same words first; the labelled claim is the body's copy.
    assert intake_quality._draft_interval(page, sentence, [claim]) == claim
    assert intake_quality._draft_interval(page, sentence, []) == (page.index(sentence), page.index(sentence) + len(sentence))
    assert intake_quality._draft_interval(page, "Not on the page.", [claim]) is None
