"""A week ahead is dated by its working days, "earlier in the year" by the year, and a paper's "overnight" by the day
before it.  Made-up reports."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Source
from briefgen.suggest.dates import resolve_date
from briefgen.suggest.drafts import suggest_drafts

MONDAY = dt.date(2023, 6, 19)  # "next week" works from Mon 26 to Fri 30 June; its Sunday is 2 July
WEDNESDAY = dt.date(2023, 6, 28)


def _dates(corpus: Corpus, body: str, published: dt.date) -> dict[str, str]:
    drafts = suggest_drafts(corpus, Source(id="vestria-korvik-weeks", published=published, body=body), set())
    return {" ".join(str(d.fields["quote"]).split()[:3]): str(d.fields["date"]) for d in drafts}


def test_a_visit_next_week_is_dated_to_the_month_of_its_working_days(corpus: Corpus) -> None:
    body = (
        "The Government has confirmed that Prime Minister Tom Dalen will meet President Anna Vell of Vestria while "
        "leading a trade delegation to Korvik next week."
    )
    assert _dates(corpus, body, MONDAY)["The Government has"] == "2023-06"


def test_earlier_in_the_year_is_the_year_not_the_day_of_the_lede(corpus: Corpus) -> None:
    body = (
        "Prime Minister Tom Dalen will visit the old harbour of Korvik on Monday during his state visit to Vestria.\n\n"
        "Most recently, President Anna Vell paid a state visit to Ostland earlier in the year as the chief guest of its "
        "national day parade."
    )
    assert _dates(corpus, body, MONDAY)["Most recently, President"] == "2023"


def test_a_meeting_overnight_is_dated_to_the_day_before_the_paper(corpus: Corpus) -> None:
    body = (
        "Prime Minister Tom Dalen met Premier Ivo Brand of Vestria in Korvik on Wednesday.\n\n"
        "The meeting followed Dalen's talks with President Anna Vell overnight (local time) at the Korvik trade forum."
    )
    assert _dates(corpus, body, WEDNESDAY)["The meeting followed"] == "2023-06-27"


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("The envoy is scheduled to visit Korvik next week.", dt.date(2025, 3, 28), "2025"),  # Mon 31 Mar to Fri 4 Apr
        ("The envoy is scheduled to visit Korvik next week.", dt.date(2023, 6, 19), "2023-06"),
        ("The envoy is scheduled to visit Korvik later this week.", dt.date(2025, 5, 27), "2025-05"),  # its Sunday is 1 June
        ("The envoy visited Korvik last week.", dt.date(2025, 3, 3), "2025"),  # 24 Feb to 2 Mar, weekend included
    ],
)
def test_weeks_keep_only_the_month_their_days_share(text: str, reference: dt.date, expected: str) -> None:
    future = "scheduled" in text
    resolved = resolve_date(text, reference, future=future, kind="plan" if future else "event", ref_year=None)
    assert resolved is not None and str(resolved.date) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trust between the two countries will not be rebuilt overnight, the minister said.",
        "The delegation made an overnight stop in Korvik.",
        "Relations cannot change overnight.",
    ],
)
def test_overnight_meaning_at_once_or_a_stay_dates_no_day(text: str) -> None:
    resolved = resolve_date(text, WEDNESDAY, future=False, kind="statement", ref_year=None)
    assert resolved is not None and resolved.phrase is None and str(resolved.date) == "2023-06-28"


def test_overnight_in_an_undated_page_is_left_for_the_editor() -> None:
    resolved = resolve_date("The leaders met overnight in Korvik.", None, future=False, kind="event", ref_year=2023)
    assert resolved is not None and str(resolved.date) == "2023" and resolved.how.startswith("unresolved")
