"""A sentence whose only time is a part of the day ("In the evening, …") takes the day the text is telling.

The first report is from half A's ``intake_final6`` (TASS on Putin's visit to Mongolia, published on Monday
2 September 2019, the talks and the evening reception on Tuesday); the others are made up on its pattern.
"""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.dates import resolve_date
from briefgen.suggest.parts_of_day import part_of_day_date
from briefgen.suggest.sentences import split_sentences

MONDAY = dt.date(2019, 9, 2)

TASS = (
    "Russian President Vladimir Putin has arrived on an official visit to Mongolia’s Ulan Bator. On Tuesday, the Russian "
    "leader will hold talks with his Mongolian colleague Khaltmaagiin Battulga.\n\n"
    "This is Putin’s third visit to Mongolia, after November 2000 and September 2014.\n\n"
    "Putin and Battulga also plan to lay wreaths to the monument to Soviet military commander Georgy Zhukov. In the "
    "evening, the Russian leader will attend an official reception on the occasion of the 80th anniversary of "
    "Russian-Mongolian victory in the Battles of Khalkhin Gol."
)


def _date_of(body: str, words: str) -> str | None:
    sentences = split_sentences(body)
    sentence = next(s for s in sentences if words in s.text)
    resolved = resolve_date(sentence.text, MONDAY, future=True, kind="plan", ref_year=2019)
    assert resolved is not None
    found = part_of_day_date(sentences, sentence, sentence.text, resolved, MONDAY, future=True, ref_year=2019)
    return None if found is None else str(found.date)


def test_the_evening_is_the_evening_of_the_talks_day_not_the_month_of_writing() -> None:
    assert _date_of(TASS, "In the evening") == "2019-09-03"


def test_a_programme_walks_through_its_day_over_paragraphs() -> None:
    body = (
        "On Wednesday morning, the president of Vestria and the premier of Ostland will hold talks in Korvik.\n\n"
        "In the afternoon, the president will tour the old harbour.\n\n"
        "Later in the evening, he leaves for Lindor."
    )
    assert _date_of(body, "In the afternoon") == "2019-09-04"
    assert _date_of(body, "Later in the evening") == "2019-09-04"


def test_words_that_date_the_sentence_themselves_are_kept() -> None:
    body = "On Tuesday, the leaders will hold talks.\n\nThe president will address the assembly this evening."
    assert _date_of(body, "this evening") is None


def test_with_no_earlier_day_nothing_changes() -> None:
    body = "The president of Vestria will visit Korvik.\n\nIn the afternoon, he will tour the old harbour."
    assert _date_of(body, "In the afternoon") is None
