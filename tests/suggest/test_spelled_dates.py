"""Dates spelled partly in words: a day with its year named relatively, a day "of" a month, a part of a month, a weekday of a named week.

The sentences are from the development sets (``intake_final28``, ``intake_final30``, ``intake_final36``,
``intake_final44``, ``intake_final62``, ``intake_final72``, ``intake_final104``), dated as their pages are; where
a form has no sentence of its own there, a real sentence is given the form and says so.
"""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.dates import dated_phrases, relative_phrase, resolve_date
from tests.suggest.dating import resolved

MON_2024_09_09 = dt.date(2024, 9, 9)  # Iran Nuances, on Pezeshkian's visit to Baghdad
MON_2023_02_27 = dt.date(2023, 2, 27)  # LatestLY, on Meloni's visit to India
WED_2022_12_07 = dt.date(2022, 12, 7)  # Socialist China, on Xi's talks with the Lao and Mongolian presidents
SAT_2024_08_31 = dt.date(2024, 8, 31)  # IOL, on Ramaphosa's state visit to China
FRI_2025_04_11 = dt.date(2025, 4, 11)


def test_a_day_with_this_year_is_this_years_day_even_in_a_plan() -> None:
    text = (
        "Ebrahim Raisi, the late president of Iran, was scheduled to visit Iraq on May 28 this year to sign the "
        "memorandums of understanding."
    )
    # Read alone, "May 28" in a plan was the coming May, 2025.
    assert resolved(text, MON_2024_09_09, future=True, kind="plan", ref_year=2024) == ("2024-05-28", "May 28 this year")


def test_a_day_with_last_year_keeps_its_day() -> None:
    # The Raisi sentence as a later page would write it: "October last year" alone kept only the month.
    text = "Ebrahim Raisi, the late president of Iran, was scheduled to visit Iraq on 28 May last year."
    assert resolved(text, dt.date(2025, 3, 1), future=True, kind="plan", ref_year=2025) == ("2024-05-28", "28 May last year")


def test_due_to_before_a_cause_is_no_schedule() -> None:
    text = "However, this trip was canceled due to his helicopter crash on May 19."
    # "due to" was read as "is due to": the crash fell in a plan's clause, and the event kept only the month of publication.
    assert resolved(text, MON_2024_09_09, future=False, kind="event", ref_year=2024) == ("2024-05-19", "May 19")


def test_due_to_before_a_verb_is_still_a_schedule() -> None:
    text = "Raisi was due to visit Iraq on Tuesday to sign the memorandums of understanding."
    assert resolved(text, MON_2024_09_09, future=True, kind="plan", ref_year=2024) == ("2024-09-10", "on Tuesday")


def test_the_first_week_of_a_month_is_that_month() -> None:
    text = (
        "Italian Prime Minister Giorgia Meloni will visit India in the first week of March to attend the 8th Raisina "
        "Dialogue in New Delhi as Chief Guest"
    )
    # Nothing read "the first week of March": the plan took the dateline's day, 27 February.
    assert resolved(text, MON_2023_02_27, future=True, kind="plan", ref_year=2023) == ("2023-03", "first week of March")


def test_the_last_week_of_a_month_past_is_that_month_not_last_week() -> None:
    text = "In the last week of November, Chinese leader Xi Jinping hosted his counterparts from two of China’s friendly neighbors"
    # Read as "last week" (28 November to 4 December), the month was lost to the year.
    assert resolved(text, WED_2022_12_07, future=False, kind="event", ref_year=2022) == ("2022-11", "last week of November")


def test_the_end_of_a_month_after_by_is_a_deadline() -> None:
    text = "In December, an Iranian Foreign Ministry spokesperson announced plans to close the deal by the end of January"
    assert resolved(text, dt.date(2025, 1, 13), future=True, kind="plan", ref_year=2025) == ("2024-12", "In December")


def test_a_weekday_of_next_week_is_that_weeks_day() -> None:
    text = "The State Visit and FOCAC Summit will take place in Beijing from Monday to Thursday next week."
    phrases = {phrase: str(date) for _, _, date, phrase in dated_phrases(text, SAT_2024_08_31, future=True)}
    assert phrases == {"Monday": "2024-09-02", "Thursday next week": "2024-09-05"}
    assert resolved(text, SAT_2024_08_31, future=True, kind="plan", ref_year=2024) == ("2024-09-02", "Monday")


def test_a_weekday_of_last_week_is_not_this_weeks() -> None:
    # Terradaily's sentence of a Friday page (intake_final30), its announcement moved back to the week before.
    text = "Chinese President Xi Jinping will visit Vietnam, Malaysia and Cambodia, Beijing's foreign ministry said on Tuesday last week."
    # The nearest Tuesday before a Friday is the 8th, of the same week.
    assert resolved(text, FRI_2025_04_11, future=False, kind="statement", ref_year=2025) == ("2025-04-01", "on Tuesday last week")


def test_a_day_of_a_month_told_by_its_ordinal() -> None:
    text = (
        "Russian President Vladimir Putin met with Turkish President Tayyip Erdogan in Sochi on Monday, the 4th of "
        "September, during which he informed Erdogan that Russia is ready to engage in talks"
    )
    # The page is undated, and the day stays unresolved there: no year to read it in.
    undated = resolve_date(text, None, future=False, kind="event", ref_year=None)
    assert undated is None or undated.date.day is None
    assert relative_phrase(text) == "on Monday"
    # On a page dated the next day, the 4th of September is the day, and the weekday beside it names the same one.
    assert resolved(text, dt.date(2023, 9, 5), future=False, kind="event", ref_year=2023) == ("2023-09-04", "4th of September")
    with_year = resolve_date(text.replace("September,", "September, 2023,"), None, future=False, kind="event", ref_year=2023)
    assert with_year is not None
    assert (str(with_year.date), with_year.phrase, with_year.how) == ("2023-09-04", "4th of September, 2023", "stated")


def test_a_range_of_days_typed_with_a_minus_sign_is_read_as_a_range() -> None:
    # intake_final170 (Gazeta.uz): the range's dash is U+2212; read past it, "16 September" alone dated the visit a day late
    text = "Olaf Scholz said in Samarkand where he was on an official visit during 15\u221216 September."
    [(start, end, date, phrase)] = dated_phrases(text, dt.date(2024, 9, 17), future=False)
    assert (date.year, date.month, date.day) == (2024, 9, 15)
    assert phrase == "15\u221216 September." and text[start:end].strip() == phrase  # the page's own characters
