""" "Later in the day", "later that day" and "the same day" take the day the report is telling, not the day it was printed.

Made-up reports, published on a Friday about a visit earlier in the week.
"""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import load_corpus
from briefgen.corpus.models import Source
from briefgen.suggest.drafts import suggest_drafts
from briefgen.suggest.same_day import same_day_date
from briefgen.suggest.sentences import split_sentences
from tests.conftest import REPO

FRIDAY = dt.date(2024, 11, 15)


def _date_of(body: str, words: str) -> str | None:
    sentences = split_sentences(body)
    sentence = next(s for s in sentences if words in s.text)
    found = same_day_date(sentences, sentence, sentence.text, FRIDAY, future=False, ref_year=2024)
    return None if found is None else str(found.date)


def test_later_in_the_day_is_the_day_of_the_talks_the_paragraph_before_dates() -> None:
    body = (
        "On Wednesday, the presidents of Vestria and Ostland held talks in Korvik.\n\n"
        "Later in the day, they signed a port accord worth 300 million euros."
    )
    assert _date_of(body, "Later in the day") == "2024-11-13"


def test_the_nearest_earlier_day_wins_over_the_lede() -> None:
    body = (
        "The president of Vestria arrived in Korvik on Tuesday.\n\n"
        "The two leaders opened a rail link on Wednesday morning.\n\n"
        "The second day of the three-day visit showed the two sides agree.\n\n"
        "Addressing the assembly later that day, the president pledged closer ties."
    )
    assert _date_of(body, "later that day") == "2024-11-13"


def test_a_sentence_continuing_an_earlier_day_passes_it_on() -> None:
    body = (
        "The leaders met on Monday in Korvik.\n\n"
        "Later in the day, they visited the port.\n\n"
        "On the same day, the ministers signed four agreements."
    )
    assert _date_of(body, "On the same day") == "2024-11-11"


def test_a_sentence_that_names_its_own_day_first_keeps_it() -> None:
    body = (
        "The leaders met on Monday in Korvik.\n\n"
        "A ministry website on November 13 reported on the talks, which took place earlier the same day."
    )
    assert _date_of(body, "ministry website") is None


def test_with_no_dated_sentence_before_it_the_phrase_is_left_to_the_day_of_writing() -> None:
    body = "The leaders of Vestria and Ostland met in Korvik.\n\nLater in the day, they signed a port accord."
    assert _date_of(body, "Later in the day") is None


def test_the_draft_of_a_later_signing_carries_the_day_of_the_talks() -> None:
    body = (
        "The presidents of Vestria and Ostland held talks in Korvik on Wednesday.\n\n"
        "The visit is the first by a Vestrian leader in ten years.\n\n"
        "Later in the day, the two sides signed 12 agreements on trade and energy."
    )
    drafts = suggest_drafts(load_corpus(REPO), Source(id="vestria-korvik-talks", published=FRIDAY, body=body), set())
    dates = {" ".join(str(d.fields["quote"]).split()[:3]): str(d.fields["date"]) for d in drafts}
    assert dates["Later in the"] == "2024-11-13"


def test_a_saying_that_continues_the_day_reads_the_earlier_report_as_a_report() -> None:
    # The lede reports a past call under an agency's dateline; the saying that opens on "Earlier in the day" ties to
    # the call's day, so the lede is read as a report, not as a plan (which took the dateline's day, its first date).
    body = (
        "KORVIK (Wire News - 15th November, 2024) The foreign ministers of Vestria and Ostland discussed their "
        "programme in a phone call on Wednesday, the ministry said in a statement.\n\n"
        "Earlier in the day, a deputy minister said that the minister would pay a working visit to Korvik on November 29."
    )
    sentences = split_sentences(body)
    sentence = next(s for s in sentences if "Earlier in the day" in s.text)
    found = same_day_date(sentences, sentence, sentence.text, FRIDAY, future=True, ref_year=2024)
    assert found is not None
    assert str(found.date) == "2024-11-13"


def test_the_same_day_of_an_announcement_is_the_announcing_day_not_the_visit_it_announces() -> None:
    # intake_final70, People's Daily of 11 January 2025 (Xinhua, datelined 10 January).
    body = (
        "BEIJING, Jan. 10 (Xinhua) -- At the invitation of Chinese President Xi Jinping, Sri Lanka's President Anura "
        "Kumara Dissanayake will pay a state visit to China from Jan. 14 to 17, Chinese foreign ministry spokesperson "
        "Hua Chunying announced here on Friday.\n\n"
        "The visit, the first one to China by President Dissanayake since taking office, is of great significance to the "
        "development of China-Sri Lanka relations, Guo Jiakun, also a spokesperson for the foreign ministry, told a news "
        "briefing on the same day."
    )
    sentences = split_sentences(body)
    sentence = next(s for s in sentences if "the same day" in s.text)
    found = same_day_date(sentences, sentence, sentence.text, dt.date(2025, 1, 11), future=False, ref_year=2025)
    assert found is not None
    assert str(found.date) == "2025-01-10"


def test_later_opening_a_sentence_is_the_day_the_report_is_telling() -> None:
    # intake_final86's hurriyetdailynews report of Erdoğan in Malaysia.
    body = (
        "Malaysian Prime Minister Anwar Ibrahim welcomed Turkish President Recep Tayyip Erdoğan on Tuesday with an "
        "official ceremony.\n\n"
        "Later, Erdoğan will address the Türkiye-Malaysia Business Forum."
    )
    assert _date_of(body, "Later, Erdoğan") == "2024-11-12"


def test_later_inside_a_sentence_ties_nothing() -> None:
    body = "On Wednesday, the presidents held talks in Korvik.\n\nThe accord will be signed later, officials said."
    assert _date_of(body, "signed later") is None


def test_later_opening_a_sentence_with_its_own_date_keeps_it() -> None:
    # The form of intake_final50's Izvestia report ("Later, December 12, … also visited Astana"): a later visit dated by its own day.
    body = (
        "On Wednesday, the presidents held talks in Korvik.\n\n"
        "Later, December 12, the Chairwoman of the Federation Council also visited Korvik."
    )
    assert _date_of(body, "Later, December 12") is None


def test_later_on_a_weekday_continues_that_weekday_the_story_told() -> None:
    # Modeled on a preview printed on a Tuesday: the Wednesday is the coming one the sentence before names.
    body = (
        "A Norland-Vestria summit will be held in Korvik on Wednesday afternoon, the press chief said.\n\n"
        "Later on Wednesday, an extraordinary regional summit will be held, the press chief said."
    )
    sentences = split_sentences(body)
    sentence = next(s for s in sentences if "Later on Wednesday" in s.text)
    found = same_day_date(sentences, sentence, sentence.text, dt.date(2014, 1, 28), future=True, ref_year=2014)
    assert found is not None and str(found.date) == "2014-01-29"


def test_later_on_a_weekday_the_story_has_not_told_is_read_as_any_weekday() -> None:
    # intake_final20's exbulletin page, printed the day after: the nearest dated sentence is another day.
    body = (
        "We are making history today, Vucic told Xi as they stood on the balcony of the presidential palace.\n\n"
        "Later on Wednesday, Xi will visit Hungary, his closest European ally."
    )
    sentences = split_sentences(body)
    sentence = next(s for s in sentences if "Later on Wednesday" in s.text)
    assert same_day_date(sentences, sentence, sentence.text, dt.date(2024, 5, 9), future=True, ref_year=2024) is None


def test_a_past_step_passes_over_a_day_still_to_come() -> None:
    body = (
        "The president of Vestria reached Korvik on Friday, November 15 for a day's visit.\n\n"
        "He will also address the Ostland parliament tomorrow.\n\n"
        "Later, he was given a welcome at the National Palace."
    )
    assert _date_of(body, "Later, he was given") == "2024-11-15"


def test_later_that_evening_is_the_day_of_the_talks_before() -> None:
    body = (
        "The two presidents will hold talks at the palace on Monday, November 11, 2024.\n\n"
        "The president will, later that evening, host his counterpart to an official dinner."
    )
    assert _date_of(body, "later that evening") == "2024-11-11"
