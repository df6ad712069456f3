"""The day quoted words were said when the lede dates only the guest's arrival, and a dateline printed on its own line.

Made-up reports, published the day after the visit's first day.
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import load_corpus
from briefgen.corpus.models import Source
from briefgen.suggest.dates import resolve_date
from briefgen.suggest.drafts import suggest_drafts
from briefgen.suggest.story_days import main_event_day, spoken_day
from tests.conftest import REPO

FRIDAY = dt.date(2024, 11, 15)
ARRIVAL = (
    "KORVIK\n\n"
    "Vestria's president arrived in Korvik on Nov. 14 for talks with his host.\n\n"
    "The leaders witnessed the signing of eight agreements.\n\n"
    "\u201cDuring my meeting with my brother in Korvik today, we agreed to do more,\u201d the president said on X.\n\n"
    "The ministers will meet again today."
)


def test_quoted_today_in_a_visit_is_the_day_of_the_arrival_the_lede_dates() -> None:
    inside = ARRIVAL.index("During my meeting")
    spoken = spoken_day(ARRIVAL, inside, FRIDAY, None)
    assert spoken == dt.date(2024, 11, 14)
    resolved = resolve_date(
        "During my meeting with my brother in Korvik today, we agreed to do more.",
        FRIDAY,
        future=False,
        kind="statement",
        ref_year=2024,
        spoken=spoken,
    )
    assert resolved is not None and str(resolved.date) == "2024-11-14"
    # Outside the quotation marks, the paper's own "today" stays the day of publication.
    assert spoken_day(ARRIVAL, ARRIVAL.index("The ministers will"), FRIDAY, None) is None


def test_an_arrival_is_still_no_main_event_day() -> None:
    paragraphs = ARRIVAL.split("\n\n")
    assert main_event_day(paragraphs, paragraphs[0], FRIDAY, 2024) is None


def test_a_dateline_on_its_own_line_is_not_the_lede() -> None:
    body = "KORVIK\n\nThe two presidents signed a rail accord on Thursday.\n\nThe accord covers freight."
    paragraphs = body.split("\n\n")
    found = main_event_day(paragraphs, paragraphs[0], FRIDAY, 2024)
    assert found is not None and str(found.date) == "2024-11-14"


def _dates(body: str) -> dict[str, str]:
    corpus = load_corpus(REPO)
    drafts = suggest_drafts(corpus, Source(id="vestria-korvik-pact", published=FRIDAY, body=body), set())
    return {" ".join(str(d.fields["quote"]).split()[:3]): str(d.fields["date"]) for d in drafts}


def test_quoted_today_is_the_day_the_attribution_names() -> None:
    body = (
        "Vestria and Ostland signed a strategic partnership on ports and rail in Korvik, their leaders said.\n\n"
        '"Today, we are beginning a new era of co-operation between our two countries," President Anna Vell said at '
        "a joint press conference in Korvik Thursday evening."
    )
    assert _dates(body)['"Today, we are'] == "2024-11-14"


def test_a_plan_named_after_the_attribution_is_no_day_of_saying() -> None:
    body = (
        "Vestria and Ostland signed a strategic partnership on ports and rail in Korvik, their leaders said.\n\n"
        '"Today, we are beginning a new era of co-operation between our two countries," President Anna Vell said, '
        "adding that the ministers would meet again on Monday."
    )
    assert _dates(body)['"Today, we are'] == "2024-11-15"
