"""Words that date less sharply than a calendar: weekdays as typed, seasons, and weeks.

Copy is typed in haste: "on Thusday" is still a Thursday, and reading it as no
date at all falls back to the month of publication, which loses the day the
words give.  A season ("in autumn") names no month, only the year it falls in;
and a week ("next week") is a month only when its days lie in that month: when
the week straddles two months, the words give the year alone.  A week ahead
("next week", "this week") is counted by its working days, Monday to Friday:
a visit or a session announced for the coming week is scheduled on them, so a
week whose Sunday falls in the next month is still the month of its weekdays.
A week past is counted whole, as what it recalls may have happened at the weekend.
Each function keeps only the precision the words carry, so the editor is never
shown a month or a day the article does not state.
"""

from __future__ import annotations

import datetime as dt

from briefgen.text.dates import PartialDate, checked_date, shift_month
from briefgen.text.english import NUMBER_WORDS, WEEKDAY_WORDS, WEEKDAY_WORDS_PATTERN

#: A weekday's name, or a capitalised word ending in "day" that may be a weekday typed with one letter wrong, left out
#: or doubled (for patterns compiled with ``re.IGNORECASE``).
WEEKDAY_WORD = WEEKDAY_WORDS_PATTERN + r"|(?-i:[A-Z][a-z]{2,7}day)"

#: A season of the year the article is written in: "in autumn", "this summer", "during the winter", "scheduled for the
#: fall", "over the summer" ("for" and "over" only with "the": "calls for fall" is no season); not "autumn 2024",
#: which the year itself dates.
SEASON = (
    r"\b(?:(?:in|this|during|by|until|from)\s+(?:the\s+)?|(?:for|over)\s+the\s+)"
    r"(?:(?:early|late|mid)[- ])?(?:spring|summer|autumn|winter|fall)\b"
    r"(?!,?\s+(?:of\s+)?(?:19|20)\d\d)"
)

#: The words a count of days, weeks or months is written with before its unit, other than digits.
_COUNT_WORDS = {**NUMBER_WORDS, "a": 1, "an": 1, "a couple of": 2}


def _one_edit_apart(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` with one letter dropped, added, changed, or two neighbours swapped."""
    if abs(len(word) - len(name)) > 1 or word == name:
        return False
    if len(word) == len(name):
        diffs = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
        if len(diffs) == 1:
            return True
        first, second = diffs[0], diffs[-1]
        return len(diffs) == 2 and second == first + 1 and word[first] == name[second] and word[second] == name[first]
    shorter, longer = (word, name) if len(word) < len(name) else (name, word)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def weekday_index(word: str) -> int | None:
    """Monday 0 … Sunday 6 for a weekday's name, or a misspelling of one ("Thusday", "Wendesday"); None for any other word.

    Only one slip is forgiven, and only in a word of five letters or more, so
    "today", "holiday" or "midday" never pass for a weekday.
    """
    folded = word.casefold()
    if folded in WEEKDAY_WORDS:
        return WEEKDAY_WORDS.index(folded)
    if len(folded) < 5:
        return None
    close = [index for index, name in enumerate(WEEKDAY_WORDS) if _one_edit_apart(folded, name)]
    return close[0] if len(close) == 1 else None


def season_date(reference: dt.date) -> PartialDate:
    """A season names the year of writing and no month: "agreed to hold the forum in autumn" is that year."""
    return PartialDate(reference.year)


def week_date(reference: dt.date, delta_weeks: int) -> PartialDate:
    """The week ``delta_weeks`` from the reference's own (Monday to Sunday): its month if it lies in one, else its year.

    "next week" in a Friday paper of 28 March runs from 31 March to 4 April on
    working days: neither month is right, so the date is the year.  "next week"
    in a Monday paper of 19 June works from 26 to 30 June: June, though its
    Sunday is 2 July.
    """
    monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=delta_weeks)
    last_day = monday + dt.timedelta(days=4 if delta_weeks >= 0 else 6)
    if (monday.year, monday.month) == (last_day.year, last_day.month):
        return PartialDate(monday.year, monday.month)
    if monday.year == last_day.year:
        return PartialDate(monday.year)
    return PartialDate(reference.year) if delta_weeks == 0 else PartialDate(last_day.year if delta_weeks > 0 else monday.year)


def ago_date(reference: dt.date, count: int, unit: str) -> PartialDate | None:
    """ "two days ago" is a day, "a week ago" or "three months ago" a month, "a year ago" a year: no finer than the words."""
    unit = unit.casefold().rstrip("s")
    if unit == "day":
        return PartialDate.from_date(reference - dt.timedelta(days=count))
    if unit == "week":
        day = reference - dt.timedelta(weeks=count)
        return checked_date(day.year, day.month)
    if unit == "month":
        year, month = shift_month(reference.year, reference.month, -count)
        return checked_date(year, month)
    return checked_date(reference.year - count)


def count_of(words: str) -> int:
    """How many "a", "two", "a couple of" or "3" counts: the count before a unit of time ("in two days", "a week ago")."""
    folded = " ".join(words.casefold().split())
    return _COUNT_WORDS.get(folded) or int(folded)
