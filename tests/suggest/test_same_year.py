"""A month told as falling "the same year" as one named before it is dated in that year, not the publication's.

Made-up reports, filed in September 2025, recalling visits years before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Source
from briefgen.suggest.dates import resolve_date
from briefgen.suggest.drafts import suggest_drafts

FRIDAY = dt.date(2025, 9, 19)


def _dates(corpus: Corpus, body: str) -> dict[str, str]:
    drafts = suggest_drafts(corpus, Source(id="vestria-korvik-visits", published=FRIDAY, body=body), set())
    return {" ".join(str(d.fields["quote"]).split()[:3]): str(d.fields["date"]) for d in drafts}


def test_a_clause_cut_from_its_sentence_keeps_the_year_it_points_back_to(corpus: Corpus) -> None:
    body = (
        "President Anna Vell of Vestria arrived in Korvik on Thursday for a state visit to Ostland.\n\n"
        "Prime Minister Tom Dalen last visited Vestria in February 2019, and this was followed by a visit to Ostland "
        "by President Vell in October the same year, when the two countries created a joint trade council."
    )
    dates = _dates(corpus, body)
    assert dates["Prime Minister Tom"] == "2019-02"
    assert dates["and this was"] == "2019-10"


def test_a_day_that_year_in_a_cut_clause_is_dated_to_the_day(corpus: Corpus) -> None:
    body = (
        "President Anna Vell of Vestria arrived in Korvik on Thursday for a state visit to Ostland.\n\n"
        "Prime Minister Tom Dalen last visited Vestria on 3 February 2019, and President Vell signed the trade accord "
        "in Ostland on 12 May that year, opening the ports of both countries to each other's ships."
    )
    dates = _dates(corpus, body)
    assert dates["Prime Minister Tom"] == "2019-02-03"
    assert dates["and President Vell"] == "2019-05-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # In a whole sentence the year it names first is still the event's own.
        ("The treaty was signed in 2011, shortly after the elections in April of the same year.", "2011"),
        # With no year before it, the month is read against the day of writing as before.
        ("The council held its second session in May the same year.", "2025-05"),
    ],
)
def test_a_month_the_same_year_takes_the_year_named_before_it(text: str, expected: str) -> None:
    resolved = resolve_date(text, FRIDAY, future=False, kind="event", ref_year=2025)
    assert resolved is not None and str(resolved.date) == expected
