"""A weekday written with its date, and a day named in quoted words between their saying and the report.

Made-up reports of a visit to Korvik by Vestria's president.
"""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.clauses import dated_parts
from briefgen.suggest.dates import dated_phrases, resolve_date
from briefgen.suggest.sentences import quotable_span, split_sentences
from tests.suggest.dating import resolved

PUBLISHED = dt.date(2031, 9, 15)
SAID = dt.date(2031, 8, 29)  # the day the quoted words are taken as said: the departure the lede dates


def test_a_weekday_written_with_its_date_is_read_once_from_the_day_of_the_month() -> None:
    text = "The president began his visit on Tuesday, September 2, with talks with his host in Korvik."
    found = dated_phrases(text, PUBLISHED, future=False)
    assert [(str(date), phrase) for _, _, date, phrase in found] == [("2031-09-02", "September 2")]
    # two weekdays apart from any date each still date their own clause
    both = dated_phrases("The talks opened on Monday and the accord was signed on Thursday.", PUBLISHED, future=False)
    assert [phrase for *_, phrase in both] == ["on Monday", "on Thursday"]


def test_a_weekday_and_its_date_do_not_cut_the_sentence_in_two() -> None:
    [sentence] = split_sentences("The president began his visit on Tuesday, September 2, with talks with his host in Korvik.")
    span = quotable_span(sentence)
    assert span is not None
    parts = dated_parts(sentence, span, PUBLISHED, 2031)
    assert [part.text for part, _ in parts] == [span.text]  # one draft, not "…on Tuesday" and "September 2, …"


def test_a_day_in_quoted_words_after_they_were_said_and_before_the_report_takes_the_reports_year() -> None:
    quoted = "He started his official visit on September 2 with a meeting with his host."
    resolved = resolve_date(quoted, PUBLISHED, future=False, kind="statement", ref_year=2031, spoken=SAID)
    assert resolved is not None and str(resolved.date) == "2031-09-02"
    # a day after the report is no day of its fortnight: read against the saying, it stays the year before
    later = "He last came here on September 20 for a summit."
    resolved = resolve_date(later, PUBLISHED, future=False, kind="statement", ref_year=2031, spoken=SAID)
    assert resolved is not None and str(resolved.date) == "2030-09-20"


def test_a_date_in_brackets_after_its_weekday_is_the_day() -> None:
    # wionews, intake_final92 (2 July 2025 was a Wednesday: the writer's bracket names the day)
    text = "On Tuesday (July 2), Indian Prime Minister Narendra Modi was felicitated with the highest honour in Ghana."
    assert resolved(text, dt.date(2025, 7, 3), future=False, kind="event", ref_year=2025) == ("2025-07-02", "July 2")


def test_a_bracketed_date_stands_where_its_weekday_does_not_in_an_aside() -> None:
    # theaseandaily, intake_eval: the bracket glosses the weekday; the year of "this year" is no rival to it
    text = (
        "Belarusian President Alexander Lukashenko held a meeting with China’s leader Xi Jinping in Beijing on Monday "
        "(Dec 4), marking their second encounter this year."
    )
    assert resolved(text, dt.date(2023, 12, 4), future=False, kind="event", ref_year=2023)[0] == "2023-12-04"


def test_a_word_in_brackets_after_a_weekday_leaves_the_weekday() -> None:
    text = "The president will arrive in Korvik on Thursday (tomorrow) for talks."
    assert resolved(text, PUBLISHED, future=True, kind="plan", ref_year=2031) == ("2031-09-18", "on Thursday")
