"""The key-point rule: topics take turns; events and figures, then the newest, then the confirmed, come first."""

from __future__ import annotations

from typing import Any

import pytest

from briefgen.corpus.models import Fact
from briefgen.render.keypoints import choose, corroborated_ids


def fact(fid: str, date: str, *, kind: str = "event", topics: tuple[str, ...] = ("trade",), source: str = "s1", **extra: Any) -> Fact:
    return Fact.model_validate(
        {"id": fid, "claim": "A claim.", "source": source, "quote": "q", "date": date, "kind": kind, "topics": list(topics), **extra}
    )


def ids(facts: list[Fact], topics: list[str], **options: Any) -> list[str]:
    return [p.fact.id for p in choose(facts, topics, **{"limit": 6, "per_topic": 3, **options})]


def test_topics_take_turns_so_the_busiest_one_does_not_fill_the_list() -> None:
    facts = [fact(f"t{i}", f"2025-0{i}", source=f"s{i}") for i in range(1, 5)] + [fact("v1", "2024-01", topics=("visits",), source="s9")]
    assert ids(facts, ["trade", "visits"], limit=2) == ["t4", "v1"]


def test_events_and_figures_come_before_newer_plans_and_statements() -> None:
    facts = [
        fact("said", "2025-04", kind="statement"),
        fact("plan", "2025-03", kind="plan", source="s2"),
        fact("did", "2024-01", source="s3"),
    ]
    assert ids(facts, ["trade"]) == ["did", "plan", "said"]


def test_the_newer_month_comes_first_among_events() -> None:
    facts = [fact("old", "2024-05-30"), fact("new", "2024-06-01", source="s2")]
    assert ids(facts, ["trade"]) == ["new", "old"]


def test_a_confirmed_fact_comes_before_a_single_source_one_of_the_same_month() -> None:
    facts = [
        fact("alone", "2024-11-27", source="s1"),
        fact("visit-a", "2024-11-25", source="s2", event="visit"),
        fact("visit-b", "2024-11-26", source="s3", event="visit"),
    ]
    assert corroborated_ids(facts) == {"visit-a", "visit-b"}
    assert ids(facts, ["trade"], per_source=5)[0] in {"visit-a", "visit-b"}


def test_one_article_gives_at_most_per_source_key_points() -> None:
    facts = [fact(f"f{i}", f"2025-0{i}") for i in range(1, 6)]
    assert ids(facts, ["trade"], per_source=2) == ["f5", "f4"]


def test_the_order_of_criteria_is_the_editors_to_change() -> None:
    facts = [fact("said", "2025-04", kind="statement"), fact("did", "2024-01", source="s2")]
    assert ids(facts, ["trade"], order=["recent", "kind"]) == ["said", "did"]


def test_a_fact_with_two_topics_is_taken_once() -> None:
    facts = [fact("both", "2025-01", topics=("trade", "visits"))]
    assert ids(facts, ["trade", "visits"]) == ["both"]


def test_an_unknown_criterion_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown criterion 'newest'"):
        choose([fact("a", "2025")], ["trade"], limit=3, per_topic=1, order=["newest"])
