"""A quotation closed by its named speaker is drafted whole, attribution and all, so the draft says who spoke.

Invented reports (people, places and bodies), so that the rule is tested as a class.
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Source
from briefgen.suggest.drafts import suggest_drafts

FILED = dt.date(2025, 9, 19)


def _drafts(corpus: Corpus, body: str) -> list[tuple[str, str]]:
    drafts = suggest_drafts(corpus, Source(id="vestria-korvik-ports", published=FILED, body=body), set())
    return [(str(d.fields["quote"]), str(d.fields["claim"])) for d in drafts]


def test_a_quotation_closed_by_its_named_speaker_is_drafted_with_the_speaker(corpus: Corpus) -> None:
    body = (
        "President Anna Vell of Vestria met Prime Minister Tom Dalen of Ostland in Korvik on Thursday.\n\n"
        "“Vestria and Ostland will open a ferry line between Korvik and Halden next spring,” said Ostland’s "
        "Prime Minister Tom Dalen at a joint press conference after the talks in the presidential palace."
    )
    quote = (
        "“Vestria and Ostland will open a ferry line between Korvik and Halden next spring,” said Ostland’s "
        "Prime Minister Tom Dalen at a joint press conference after the talks in the presidential palace"
    )
    assert (quote, f"[draft] {quote}.") in _drafts(corpus, body)


def test_with_a_pronoun_at_the_close_only_the_quoted_words_are_drafted(corpus: Corpus) -> None:
    body = (
        "President Anna Vell of Vestria met Prime Minister Tom Dalen of Ostland in Korvik on Thursday.\n\n"
        "“Vestria and Ostland will open a ferry line between Korvik and Halden next spring,” he said at a "
        "press conference."
    )  # a longer attribution than the quoted words is drafted with them: see test_long_attributions
    quotes = [quote for quote, _ in _drafts(corpus, body)]
    assert "Vestria and Ostland will open a ferry line between Korvik and Halden next spring" in quotes
    assert not any("he said" in quote for quote in quotes)


def test_praise_closed_by_its_named_speaker_stays_out(corpus: Corpus) -> None:
    body = (
        "President Anna Vell of Vestria met Prime Minister Tom Dalen of Ostland in Korvik on Thursday.\n\n"
        "“Our friendship is now stronger than ever before,” said Prime Minister Tom Dalen after the talks."
    )
    assert not any("friendship" in quote for quote, _ in _drafts(corpus, body))


def test_words_told_at_the_visits_press_conference_are_drafted_with_the_speaker(corpus: Corpus) -> None:
    body = (
        "President Anna Vell of Vestria met Prime Minister Tom Dalen of Ostland in Korvik on Thursday.\n\n"
        "“As you know, they have no sea of their own,” Dalen told reporters after the meeting."
    )
    quote = "“As you know, they have no sea of their own,” Dalen told reporters after the meeting"
    assert quote in [q for q, _ in _drafts(corpus, body)]


def test_a_view_given_at_a_joint_press_conference_is_drafted_whole(corpus: Corpus) -> None:
    body = (
        "President Anna Vell of Vestria met Prime Minister Tom Dalen of Ostland in Korvik on Thursday.\n\n"
        "“It is no secret that we see the border question very differently,” Vell said at a joint press "
        "conference with Dalen."
    )
    quotes = [q for q, _ in _drafts(corpus, body)]
    assert any(q.startswith("“It is no secret") and q.endswith("Vell said at a joint press conference with Dalen") for q in quotes)


def test_words_said_at_no_named_occasion_still_need_a_claim_of_their_own(corpus: Corpus) -> None:
    body = (
        "President Anna Vell of Vestria met Prime Minister Tom Dalen of Ostland in Korvik on Thursday.\n\n"
        "“As you know, they have no sea of their own,” Dalen said in a radio interview at home."
    )
    assert not any("sea of their own" in q for q, _ in _drafts(corpus, body))


def test_words_said_at_the_event_are_drafted_with_the_speaker(corpus: Corpus) -> None:
    body = (
        "President Anna Vell of Vestria met Prime Minister Tom Dalen of Ostland in Korvik on Thursday.\n\n"
        "“Ostland plays a major role in the growth of our economy,” Vell said at the event."
    )
    assert "“Ostland plays a major role in the growth of our economy,” Vell said at the event" in [q for q, _ in _drafts(corpus, body)]
