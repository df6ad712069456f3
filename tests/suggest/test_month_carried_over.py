"""A month dates the next sentence of its paragraph when that sentence's pronoun subject tells what the same people did.

Made-up reports, filed in December 2023, recalling a visit of October.
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Source
from briefgen.suggest.drafts import suggest_drafts

SATURDAY = dt.date(2023, 12, 9)
LEDE = "Foreign Minister Anna Vell of Vestria met her Ostland counterpart in Korvik on Tuesday to discuss trade.\n\n"


def _dates(corpus: Corpus, body: str) -> dict[str, str]:
    drafts = suggest_drafts(corpus, Source(id="vestria-ostland-talks", published=SATURDAY, body=LEDE + body), set())
    return {" ".join(str(d.fields["quote"]).split()[:3]): str(d.fields["date"]) for d in drafts}


def test_what_they_did_next_is_dated_to_the_month_before(corpus: Corpus) -> None:
    body = (
        "A Vestria-Ostland trade council was established when a Vestrian delegation visited Korvik in October. "
        "They agreed to jointly combat the smuggling of timber and to open two new border crossings."
    )
    dates = _dates(corpus, body)
    assert dates["A Vestria-Ostland trade"] == "2023-10"
    assert dates["They agreed to"] == "2023-10"


def test_a_sentence_with_another_subject_keeps_its_own_fallback(corpus: Corpus) -> None:
    body = (
        "A Vestria-Ostland trade council was established when a Vestrian delegation visited Korvik in October. "
        "Ostland's timber exports to Vestria reached $2 billion, the customs office said."
    )
    dates = _dates(corpus, body)
    assert dates["A Vestria-Ostland trade"] == "2023-10"
    assert dates["Ostland's timber exports"] == "2023-12-05"  # no date of its own: the lede's day, not October
