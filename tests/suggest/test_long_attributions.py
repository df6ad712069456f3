"""A quotation whose attribution is the longer part of its sentence is drafted with it: where, when and what else.

Invented reports (people, places and bodies), so that the rule is tested as a class.
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import Corpus
from briefgen.corpus.models import Source
from briefgen.suggest.drafts import suggest_drafts
from briefgen.suggest.long_attributions import with_attribution

FILED = dt.date(2025, 9, 19)
LEDE = "President Anna Vell of Vestria met Prime Minister Tom Dalen of Ostland in Korvik on Thursday.\n\n"


def _quotes(corpus: Corpus, body: str) -> list[str]:
    drafts = suggest_drafts(corpus, Source(id="vestria-korvik-ports", published=FILED, body=body), set())
    return [str(d.fields["quote"]) for d in drafts]


def test_a_pronoun_and_what_else_the_speaker_proposed_are_drafted_with_the_quotation(corpus: Corpus) -> None:
    body = LEDE + (
        "“Together our ports handle a fifth of the region’s grain,” he said, proposing joint work on rail links, "
        "customs and cold storage in Halden."
    )
    quote = (
        "“Together our ports handle a fifth of the region’s grain,” he said, proposing joint work on rail links, "
        "customs and cold storage in Halden"
    )
    assert quote in _quotes(corpus, body)


def test_a_speaker_described_and_where_the_words_were_told_are_drafted_with_them(corpus: Corpus) -> None:
    body = LEDE + (
        "“This is a forum meant to settle the fishing quotas of both fleets,” Ostland’s foreign ministry spokesman "
        "Erik “Rik” Sand told reporters in Halden on Friday."
    )
    quotes = _quotes(corpus, body)
    assert any(q.endswith("Erik “Rik” Sand told reporters in Halden on Friday") for q in quotes)


def test_the_last_sentence_of_a_quotation_begun_before_keeps_its_bare_words() -> None:
    sentence = (
        'I believe this share will be even higher next year," President Vell stated, stressing the growth of '
        "grain, timber and fish trade with Ostland."
    )
    whole = sentence[:-1]
    quoted = "I believe this share will be even higher next year"
    assert with_attribution(sentence, whole, quoted) == quoted


def test_a_short_attribution_leaves_the_quoted_words() -> None:
    sentence = "“Vestria will open a ferry line between Korvik and Halden next spring,” he said."
    whole = "Vestria will open a ferry line between Korvik and Halden next spring,” he said"
    quoted = "Vestria will open a ferry line between Korvik and Halden next spring"
    assert with_attribution(sentence, whole, quoted) == quoted


def test_a_second_quotation_after_the_attribution_stays_out() -> None:
    sentence = (
        "“We must build a ferry line of our own,” said Dalen at a press conference following morning talks at the "
        "Halden palace, “Vestria and Ostland have a special bond.”"
    )
    whole = sentence[1:-1]
    quoted = "We must build a ferry line of our own"
    assert with_attribution(sentence, whole, quoted) == (
        "“We must build a ferry line of our own,” said Dalen at a press conference following morning talks at the Halden palace"
    )


def test_words_around_a_quotation_that_report_nothing_leave_it_alone() -> None:
    sentence = (
        "With the harvest failing across the northern provinces and the ports closed for a month, the two leaders "
        "signed what they called “a grain bridge”."
    )
    whole = sentence[:-1]
    assert with_attribution(sentence, whole, "a grain bridge") == "a grain bridge"


def test_rhetoric_in_a_long_attribution_stays_out(corpus: Corpus) -> None:
    body = LEDE + (
        "“Our friendship is now stronger than ever before,” he said at a joint press conference after the talks in "
        "the presidential palace of Korvik."
    )
    assert not any("friendship" in quote for quote in _quotes(corpus, body))


def test_a_quotation_introduced_with_a_colon_keeps_its_own_words() -> None:
    sentence = (
        "In a joint press stakeout after the signing of six agreements in the palace, President Vell said: “We have "
        "agreed on a ferry line to Halden"
    )
    whole = sentence
    quoted = "We have agreed on a ferry line to Halden"
    assert with_attribution(sentence, whole, quoted) == quoted


def test_a_writers_lead_in_with_a_comma_is_drafted_with_the_quotation() -> None:
    sentence = (
        "Speaking at the joint press conference with President Vell in Korvik, the Ostland prime minister said, "
        '"There is a very good relationship between Vestria and Ostland.'
    )
    whole = sentence[:-1]
    quoted = "There is a very good relationship between Vestria and Ostland"
    assert with_attribution(sentence, whole, quoted) == whole
