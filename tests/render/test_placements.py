"""``placements()``: when the sources date an event, counted per month from the corpus, not typed.

The mini corpus dates the delegation's visit to Minsk twice: a plan for
February 2025 (mini-source) and a report of March 2025 (later-source).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.errors import BriefgenError
from tests.rendering import make_project, render

SENTENCE = (
    "The sources date the visit differently: "
    "{% for p in placements('delegation-minsk') %}{{ p.phrase }} {{ p.cite }}{% if not loop.last %}, {% endif %}{% endfor %}.\n"
)

THIRD_SOURCE = """\
---
id: third-source
outlet: Test Courier
published: 2025-05-02
---
The delegation arrived in Minsk in March and met the Belarusian side. It held talks on 5 March.
"""

MORE_FACTS = """\
- id: delegation-arrival
  claim: The delegation arrived in Minsk in March 2025.
  source: third-source
  quote: The delegation arrived in Minsk in March
  date: "2025-03"
  kind: event
  event: delegation-minsk
  topics: [visits]
- id: delegation-talks
  claim: The delegation held talks on 5 March 2025.
  source: third-source
  quote: It held talks on 5 March.
  date: "2025-03-05"
  kind: event
  topics: [visits]
"""

LINKS = """\
- facts: [delegation-talks, delegation-arrival]
  event: delegation-minsk
  decision: accepted
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path)


def _add_third_source(project: Path) -> None:
    (project / "facts" / "sources" / "third-source.md").write_text(THIRD_SOURCE, encoding="utf-8")
    (project / "facts" / "more.yaml").write_text(MORE_FACTS, encoding="utf-8")


def test_each_month_says_how_many_sources_place_the_event_there(project: Path) -> None:
    rendered = render(project, SENTENCE)
    assert rendered.narrative.markdown.strip() == (
        "The sources date the visit differently: "
        "one places it in February 2025 [@delegation-plan], one places it in March 2025 [@delegation-visit]."
    )
    assert rendered.markdown.citations.order == ["delegation-plan", "delegation-visit"]


def test_sources_are_counted_not_facts_and_links_give_facts_their_event(project: Path) -> None:
    _add_third_source(project)
    (project / "facts" / "links.yaml").write_text(LINKS, encoding="utf-8")
    body = (
        "{% for p in placements('delegation-minsk') %}{{ p.month | date }}: {{ p.count }} "
        "(published {% for s in p.sources %}{{ s.published | date }}{% if not loop.last %} and {% endif %}{% endfor %}) "
        "{{ p.cite }}\n\n{% endfor %}"
    )
    rendered = render(project, body)
    lines = [line for line in rendered.narrative.markdown.splitlines() if line.strip()]
    # the third source dates it twice in March (one fact by hand, one through the accepted link): one report
    assert lines == [
        "February 2025: 1 (published 31 January 2025) [@delegation-plan]",
        "March 2025: 2 (published 10 April 2025 and 2 May 2025) [@delegation-visit; @delegation-arrival; @delegation-talks]",
    ]
    assert rendered.markdown.citations.order == ["delegation-plan", "delegation-visit", "delegation-arrival", "delegation-talks"]


def test_a_fact_stands_for_its_event(project: Path) -> None:
    body = "{% for p in placements('delegation-visit') %}{{ p.phrase }} {{ p.cite }} {% endfor %}\n"
    text = render(project, body).narrative.markdown.strip()
    assert text == "one places it in February 2025 [@delegation-plan] one places it in March 2025 [@delegation-visit]"


def test_an_earlier_edition_counts_only_what_it_can_see(project: Path) -> None:
    text = render(project, SENTENCE, as_of=dt.date(2025, 2, 1)).narrative.markdown.strip()
    assert text == "The sources date the visit differently: one places it in February 2025 [@delegation-plan]."


def test_an_unknown_event_is_an_error_with_a_suggestion(project: Path) -> None:
    with pytest.raises(BriefgenError) as caught:
        render(project, "{{ placements('delegation-minks') }}\n")
    problem = caught.value.problems[0]
    assert "placements(): unknown event 'delegation-minks'" in problem.message
    assert problem.hint == "did you mean 'delegation-minsk'?"


def test_a_fact_without_an_event_is_an_error(project: Path) -> None:
    with pytest.raises(BriefgenError) as caught:
        render(project, "{{ placements('trade-2019') }}\n")
    assert "placements(): fact 'trade-2019' names no event" in caught.value.problems[0].message
