"""A quotation of two to four sentences, its speaker named where it opens or closes, is drafted as one span.

Invented sentences (people, places and bodies), so that the rules are tested as classes.
"""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.selection import drafted_spans
from briefgen.suggest.sentences import split_sentences
from tests.suggest.drafted_quotes import drafted_quotes

CONSULATES = "We are opening three new consulates in Vantaa this year."
TRADE = "Our trade with Vantaa will double by 2030."
HELP = "We will never forget your help."


def test_a_quotation_closed_by_its_named_speaker_is_one_draft() -> None:
    body = f'"{CONSULATES} {TRADE} {HELP}" Prime Minister Aldo Renn said.'.replace('help."', 'help,"')
    assert drafted_quotes(body) == [f'"{CONSULATES} {TRADE} {HELP[:-1]}," Prime Minister Aldo Renn said']


def test_a_quotation_split_at_a_question_and_closed_by_its_speaker_is_one_draft() -> None:
    body = f"“{TRADE} Why would Norland stop its exports now? It will not,” President Mira Solt remarked."
    assert drafted_quotes(body) == [body.rstrip(".")]


def test_a_quotation_opened_by_its_named_speaker_is_one_draft() -> None:
    body = f"President Mira Solt said: “{CONSULATES} {TRADE}”"
    assert len(drafted_quotes(body)) == 1
    assert drafted_quotes(body)[0].startswith("President Mira Solt said: “We are opening") and drafted_quotes(body)[0].endswith("2030.”")


def test_a_quotation_opened_by_its_named_speaker_after_the_writers_scene_is_one_draft() -> None:
    for scene in ("On the question of the border, ", "Speaking to reporters in Vantaa on Monday, "):
        body = f"{scene}President Mira Solt said: “{CONSULATES} {TRADE}”"
        assert drafted_quotes(body) == [body], scene


def test_a_pronoun_opening_the_quotation_after_the_writers_scene_is_one_draft() -> None:
    # Cut into sentences, the drafts would not say who spoke either: the join loses nothing (see .run_openers).
    body = f"On the question of the border, he said: “{CONSULATES} {TRADE}”"
    assert drafted_quotes(body) == [body]


def test_thanks_closed_by_a_named_speaker_keep_the_attributions_sentence_alone() -> None:
    body = "“I thank President Lena Osei for the warm welcome. Our answer on the border is clear,” Minister Aldo Renn said."
    assert not any("thank" in quote for quote in drafted_quotes(body))


def test_other_quotations_keep_one_draft_per_sentence() -> None:
    for body in (
        f"“{CONSULATES} {TRADE}” he said.",  # a pronoun: the draft could not say who
        f"“{CONSULATES}\n\n{TRADE},” President Mira Solt said.",  # the speaker is named in another paragraph
        f"“{CONSULATES} {TRADE} {HELP} {TRADE} {CONSULATES[:-1]},” President Mira Solt said.",  # five sentences: a speech
        f"President Mira Solt said: “{CONSULATES}” {TRADE}",  # the quotation closes in its first sentence
        f"“{CONSULATES} Our trade with Vantaa rose by 12% to $4 billion,” President Mira Solt said.",  # two figures
    ):
        assert not any("consulates" in quote and "trade" in quote for quote in drafted_quotes(body)), body


def test_a_quotation_dating_two_events_keeps_one_draft_per_sentence() -> None:
    # intake_final34, Pratidin Time: the Egyptian president's visit "earlier in the year", and the arrival on June 24
    body = (
        '"Most recently, the Egyptian president had paid a state visit to India when he graced our Republic Day earlier in '
        "the year as the chief guest. At this stage, the prime Minister is expected to reach Cairo in the afternoon of June 24 "
        'where where his first interaction will be with the India unit," the Foreign Secretary said.'
    )
    spans = [span.text for _, span, _ in drafted_spans(body, split_sentences(body), None, False, dt.date(2023, 6, 19), 2023)]
    assert spans[0].startswith("Most recently") and spans[0].endswith("chief guest")
    assert not any("Republic Day" in text and "June 24" in text for text in spans)
