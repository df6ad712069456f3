"""A quotation run on inside the writer's own clause, never closed in the sentence, is drafted with its subject.

Made-up report: Vestria's president visits Norland, whose president is Dalen.
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import Corpus
from briefgen.suggest.woven_quotes import woven_quotation
from tests.suggest.drafting import drafted

WOVEN = (
    "According to a joint statement issued after the talks, Norland has \u201coffered, in line with its laws, "
    "to provide land to Vestrian companies for the cultivation of crops, including millets, in the Ostria valley."
)
INTRODUCED = "Dalen said: \u201cWe will always be friends and brothers, whatever the years bring."
BODY = (
    "President Maren Lund of Vestria arrived in Nordhavn on Monday for a two-day state visit.\n\n"
    f"{WOVEN}\n\nThe two presidents also visited the port of Nordhavn.\n\n{INTRODUCED}"
)


def _quotes(corpus: Corpus) -> list[str]:
    return [str(d.fields["quote"]) for d in drafted(corpus, BODY, published=dt.date(2024, 5, 7))]


def test_a_woven_quotation_never_closed_is_drafted_with_the_clause_that_carries_it(corpus: Corpus) -> None:
    quotes = _quotes(corpus)
    assert WOVEN.rstrip(".") in [q.rstrip(".") for q in quotes]  # "Norland has …": who offered stays in the draft
    assert not any(q.startswith("offered") for q in quotes)


def test_a_quotation_introduced_as_a_statement_of_its_own_is_still_weighed_on_its_words(corpus: Corpus) -> None:
    assert not any("friends and brothers" in q for q in _quotes(corpus))  # rhetoric, whoever is named before it
    assert woven_quotation(INTRODUCED, "We will always be friends") == "We will always be friends"
