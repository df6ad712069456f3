"""A day of the month told by its number alone ("on the 22nd") is that day of the month nearest the publication date.

Made-up reports; the ordinal of a noun ("on the 10th anniversary") dates nothing.
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Source
from briefgen.suggest.dates import relative_phrase
from briefgen.suggest.drafts import suggest_drafts


def _dates(corpus: Corpus, published: dt.date, body: str) -> dict[str, str]:
    drafts = suggest_drafts(corpus, Source(id="vestria-ostland-summit", published=published, body=body), set())
    return {" ".join(str(d.fields["quote"]).split()[:3]): str(d.fields["date"]) for d in drafts}


def test_a_bare_day_is_read_in_the_month_of_publication(corpus: Corpus) -> None:
    body = (
        "On the 22nd, Prime Minister Anna Vell of Vestria held talks with the Ostland president in Korvik on trade and security.\n\n"
        "Prime Minister Vell returned to Vestria on the morning of the 23rd after completing a series of meetings in Ostland."
    )
    dates = _dates(corpus, dt.date(2021, 6, 22), body)
    assert dates["On the 22nd,"] == "2021-06-22"
    assert dates["Prime Minister Vell"] == "2021-06-23"  # a day after the paper's date: still this month, not May


def test_a_late_day_in_an_early_paper_is_last_month(corpus: Corpus) -> None:
    body = "Prime Minister Anna Vell of Vestria signed a trade agreement with the Ostland president in Korvik on the 29th."
    assert _dates(corpus, dt.date(2021, 7, 2), body)["Prime Minister Anna"] == "2021-06-29"


def test_the_ordinal_of_a_noun_is_no_day(corpus: Corpus) -> None:
    body = "Prime Minister Anna Vell of Vestria signed a trade agreement with Ostland on the 10th anniversary of their ties."
    assert _dates(corpus, dt.date(2021, 7, 2), body)["Prime Minister Anna"] == "2021-07"
    assert relative_phrase("The two ministers met in Korvik on the 22nd.") == "on the 22nd"
