"""The final test set tests/fixtures/intake_test/ is well formed; its scores are not tested.

The set is measured once, after every fix of the round is merged, on articles no rule was
written or tuned from (its README).  A test on its scores would invite tuning the rules to it;
so this checks only what a labeller can get wrong: every file parses, every label has its
article, every span, headline and date phrase is word for word in the article, every link
names a labelled claim, and the two judgement files load as the benchmark loads them.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from tests.conftest import REPO

TEST_SET = REPO / "tests" / "fixtures" / "intake_test"
LABELS = sorted((TEST_SET / "labels").glob("*.yaml"))


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _article(slug: str) -> str:
    return (TEST_SET / "articles" / f"{slug}.txt").read_text(encoding="utf-8")


def test_every_article_has_a_label_and_every_label_an_article() -> None:
    articles = {p.stem for p in (TEST_SET / "articles").glob("*.txt")}
    assert articles == {p.stem for p in LABELS}
    assert 10 <= len(articles) <= 12


@pytest.mark.parametrize("path", LABELS, ids=lambda p: p.stem)
def test_labelled_words_occur_verbatim_in_the_article(path: Path) -> None:
    label, body = _load(path), _article(path.stem)
    assert label["url"].startswith("http")
    assert re.fullmatch(r"(\d{4}-\d\d-\d\d)?", str(label["published"]))
    assert not label["headline"] or label["headline"] in body
    # linking_quality.py dates an undated claim by the cluster's last two parts (YYYY-MM)
    assert re.fullmatch(r"[a-z0-9-]+-\d{4}-\d\d", label["cluster"])
    for claim in label["claims"]:
        assert claim["span"] in body, claim["span"]
        assert 8 <= len(claim["span"].split()) <= 40, claim["span"]
        assert claim["kind"] in {"agreement", "event", "figure", "plan", "statement"}
        assert not claim.get("date_phrase") or claim["date_phrase"] in claim["span"]
        assert re.fullmatch(r"(\d{4}(-\d\d(-\d\d)?)?)?", str(claim.get("date") or ""))
        assert claim["topics"], claim["span"]
        for figure in claim.get("figures") or []:
            assert "unit" in figure and {"amount", "low", "high"} & set(figure), figure


def test_an_undated_article_resolves_no_relative_date() -> None:
    """A weekday or a month-and-day in an undated page is kept as a phrase, never given a date."""
    for path in LABELS:
        label = _load(path)
        if label["published"]:
            continue
        for claim in label["claims"]:
            phrase = claim.get("date_phrase") or ""
            if phrase and not re.search(r"\d{4}", phrase):
                assert not claim.get("date"), claim["span"]


def test_links_name_labelled_claims() -> None:
    links = _load(TEST_SET / "links.yaml")
    spans = {p.stem: {c["span"] for c in _load(p)["claims"]} for p in LABELS}
    groups = [g["members"] for g in links["corroborations"]] + [c["sides"] for c in links["conflicts"]]
    for members in groups:
        assert len({m["article"] for m in members}) >= 2, members
        for member in members:
            assert member["span"] in spans[member["article"]], member
    for pair in links["same_origin"]:
        assert len(pair) == 2 and set(pair) <= set(spans)


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("intake_quality", REPO / "benchmarks" / "intake_quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_the_judgement_files_load_as_the_benchmark_loads_them() -> None:
    """Empty until the one measurement, but in the form the benchmark's loaders accept."""
    benchmark = _benchmark()
    slugs = {p.stem for p in LABELS}
    assert {slug for slug, _ in benchmark.load_judgements(TEST_SET)} <= slugs
    assert {slug for slug, _ in benchmark.load_figure_judgements(TEST_SET)} <= slugs
