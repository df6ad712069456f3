"""Corroboration in prose: one statement, one citation naming each outlet, origins counted.

Dawn and The News ran one APP copy of the Shehbaz-Aliyev stakeout of 11 July
2024 (one origin); ARY News wrote its own report of it (a second origin).
The passages are real, from the evaluation set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import BriefgenError
from tests.corpus.test_links import EVAL, FACTS, SOURCES
from tests.rendering import make_project, render

ARY_FACT = """\
- id: ary-investment-under-100m
  claim: Bilateral investment is below US$100 million, the Prime Minister said.
  source: arynews-2024-07-11
  quote: "bilateral investment volume of less than US$100 million does not reflect the strength of brotherhood"
  date: "2024-07-11"
  kind: statement
  topics: [trade]
  entities: [Shehbaz Sharif]
"""

LINKS = """\
- facts: [dawn-investment-under-100m, news-investment-under-100m, ary-investment-under-100m]
  event: shehbaz-aliyev-stakeout-2024-07
  decision: accepted
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = make_project(tmp_path)
    for sid, (article, outlet, published) in SOURCES.items():
        body = (EVAL / f"{article}.txt").read_text(encoding="utf-8")
        front = f'---\nid: {sid}\noutlet: "{outlet}"\npublished: "{published}"\n---\n'
        (project / "facts" / "sources" / f"{sid}.md").write_text(front + body, encoding="utf-8")
    facts = FACTS.replace("[investment]", "[trade]") + ARY_FACT
    (project / "facts" / "linked.yaml").write_text(facts, encoding="utf-8")
    (project / "facts" / "links.yaml").write_text(LINKS, encoding="utf-8")
    return project


def test_the_partial_prints_one_statement_naming_each_outlet_and_counting_origins(project: Path) -> None:
    body = "{% with corroborated = ['news-investment-under-100m'] %}{% include 'partials/corroboration.md.j2' %}{% endwith %}\n"
    rendered = render(project, body)
    text = rendered.page.text
    # three reports of one day: the first (by id on a tie) gives the wording; one citation carries all three
    assert text.startswith("Bilateral investment is below US$100 million, the Prime Minister said.")
    assert text.endswith(
        "(reported by ARY News, 11 July 2024, Dawn, 11 July 2024, and The News International, 11 July 2024; 3 outlets, 2 origins)"
    )
    assert rendered.markdown.citations.order == ["ary-investment-under-100m", "dawn-investment-under-100m", "news-investment-under-100m"]


def test_two_outlets_running_one_agency_copy_are_one_origin(project: Path) -> None:
    body = "{% set c = corroboration('dawn-investment-under-100m', 'news-investment-under-100m') %}{{ c.note }}; {{ c.summary }}\n"
    text = render(project, body).page.text
    assert text == "reported by Dawn, 11 July 2024, and The News International, 11 July 2024; 2 outlets, 1 origin"


def test_a_fact_no_link_joins_is_its_own_single_report(project: Path) -> None:
    body = "{% set c = corroboration('trade-2019') %}{{ c.first.id }}: {{ c.note }}; {{ c.summary }}\n"
    text = render(project, body).page.text
    assert text == "trade-2019: reported by Test Gazette, 31 January 2025; 1 outlet, 1 origin"


def test_an_unknown_fact_is_a_located_error(project: Path) -> None:
    with pytest.raises(BriefgenError) as caught:
        render(project, "{{ corroboration('dawn-investment-under-10m').note }}\n")
    assert "unknown fact 'dawn-investment-under-10m'" in caught.value.problems[0].message
