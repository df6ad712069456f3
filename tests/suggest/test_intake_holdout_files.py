"""The out-of-sample set tests/fixtures/intake_holdout/ is well formed; its scores are not tested.

The set measures the intake and linking rules on articles they were not written from
(docs/performance.md, "Out-of-sample check").  A test on its scores would invite tuning the
rules to it, which would make it in-sample; so this checks only what a labeller can get
wrong: every file parses, every label has its article, and every span, headline and date
phrase is word for word in the article, so the benchmark scores what the labels say.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO

HOLDOUT = REPO / "tests" / "fixtures" / "intake_holdout"
LABELS = sorted((HOLDOUT / "labels").glob("*.yaml"))


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _article(slug: str) -> str:
    return (HOLDOUT / "articles" / f"{slug}.txt").read_text(encoding="utf-8")


def test_every_article_has_a_label_and_every_label_an_article() -> None:
    articles = {p.stem for p in (HOLDOUT / "articles").glob("*.txt")}
    assert articles == {p.stem for p in LABELS}
    assert len(articles) >= 10


@pytest.mark.parametrize("path", LABELS, ids=lambda p: p.stem)
def test_labelled_words_occur_verbatim_in_the_article(path: Path) -> None:
    label, body = _load(path), _article(path.stem)
    assert label["url"].startswith("http")
    assert re.fullmatch(r"(\d{4}-\d\d-\d\d)?", str(label["published"]))
    assert not label["headline"] or label["headline"] in body
    for claim in label["claims"]:
        assert claim["span"] in body, claim["span"]
        assert 8 <= len(claim["span"].split()) <= 40, claim["span"]
        assert not claim.get("date_phrase") or claim["date_phrase"] in claim["span"]
        assert re.fullmatch(r"(\d{4}(-\d\d(-\d\d)?)?)?", str(claim.get("date") or ""))
        for figure in claim.get("figures") or []:
            assert "unit" in figure and {"amount", "low", "high"} & set(figure), figure


def test_links_name_labelled_claims() -> None:
    links = _load(HOLDOUT / "links.yaml")
    spans = {p.stem: {c["span"] for c in _load(p)["claims"]} for p in LABELS}
    groups = [g["members"] for g in links["corroborations"]] + [c["sides"] for c in links["conflicts"]]
    for members in groups:
        for member in members:
            assert member["span"] in spans[member["article"]], member
    for pair in links["same_origin"]:
        assert set(pair) <= set(spans)


def test_judgements_name_drafts_in_their_article() -> None:
    for slug, items in _load(HOLDOUT / "judgements.yaml").items():
        body = " ".join(_article(slug).split())
        for item in items:
            assert item["verdict"] in {"keep", "edit", "reject"}
            assert item["reason"]
            assert " ".join(item["quote"].split()) in body, item["quote"]
    for entry in _load(HOLDOUT / "figure_judgements.yaml"):
        assert entry["verdict"] in {"right", "wrong"}
        assert entry["quote"] in _article(entry["article"])
