"""A dateline's date dates only a sentence that names no day itself, and a paper called "... Today" dates nothing.

Made-up reports: the page is filed on Friday, the day after the talks it tells of.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Source
from briefgen.suggest.drafts import suggest_drafts

FRIDAY = dt.date(2025, 9, 19)


def _dates(corpus: Corpus, body: str) -> dict[str, str]:
    drafts = suggest_drafts(corpus, Source(id="vestria-korvik-partnership", published=FRIDAY, body=body), set())
    return {" ".join(str(d.fields["quote"]).split()[:2]): str(d.fields["date"]) for d in drafts}


@pytest.mark.parametrize("credit", ["", "The Korvik Today: "])
def test_a_weekday_after_a_dated_dateline_is_the_day_before_it(corpus: Corpus, credit: str) -> None:
    body = (
        f"Korvik, September 19, 2025 — {credit}President Anna Vell and Prime Minister Tom Dalen on Thursday signed "
        "a strategic partnership on ports and rail between Vestria and Ostland.\n\n"
        "The partnership includes a new ferry line between the two capitals, the ministry said."
    )
    dates = _dates(corpus, body)
    signed = next(date for quote, date in dates.items() if quote.startswith(("President", "The Korvik")))
    assert signed == "2025-09-18"


def test_a_dateline_still_dates_a_sentence_with_no_day_of_its_own(corpus: Corpus) -> None:
    body = (
        "Korvik, September 17, 2025 — President Anna Vell and Prime Minister Tom Dalen signed a strategic partnership "
        "on ports and rail between Vestria and Ostland.\n\n"
        "The partnership includes a new ferry line between the two capitals, the ministry said."
    )
    assert _dates(corpus, body)["President Anna"] == "2025-09-17"


def test_a_paper_named_today_in_a_sentence_dates_nothing(corpus: Corpus) -> None:
    body = (
        "President Anna Vell told Korvik Today that Vestria signed a strategic partnership with Ostland on Thursday.\n\n"
        "The partnership includes a new ferry line between the two capitals, the ministry said."
    )
    assert _dates(corpus, body)["President Anna"] == "2025-09-18"
