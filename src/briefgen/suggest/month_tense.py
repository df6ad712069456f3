"""Which way a bare month looks: the tense of its own clause, not the kind of the whole statement.

A month without its year ("in October") is the nearest one before the day of
writing in a report, the nearest one after it in a plan.  The kind is the
sentence's, but a sentence can hold two clauses of two tenses, and the month
belongs to its own:

- "The two countries already signed a landmark defence agreement in October and
  in May said they would begin developing strike missiles" (a page of July
  2025) is a plan for its "would", yet the agreement was signed the October
  before, 2024;
- "Albanese said he looks forward to visiting India in September in New Delhi
  for the G20 Leaders' Summit" (a page of May 2023) is a statement, yet the
  visit he looks forward to is the coming September, 2023.

Only a clause that says its tense outright turns the month: a finite past act
with no word of the future in the clause, or a word of the future (a hope, an
expectation, "looks forward to") with no past verb after it.
"""

from __future__ import annotations

import re

from briefgen.suggest.invitations import invited_to_come
from briefgen.suggest.planned_occasions import planned_occasion
from briefgen.suggest.tense import CLAUSE_BREAK, hoped_for, in_future_clause, scheduled_clause
from briefgen.suggest.upcoming import describes_upcoming
from briefgen.text.english import FULL_WEEKDAY_PATTERN, PAST_AUXILIARIES, REGULAR_PAST

# A finite past act: "already signed", "held", "met".  Participles that only describe ("the long-awaited
# summit") are not counted: the verb must be one of these or follow "already"/"has"/"have"/"had".
_PAST_ACT = re.compile(
    r"\b(?:signed|inked|met|held|visited|hosted|agreed|announced|launched|concluded|opened|established|sealed|struck|"
    r"(?:already|has|have|had)\s+(?:\w+\s+)?(?-i:[a-z]{2,}ed|met|held|made|struck|signed)|"
    # "made separate visits to Warsaw in March", "paid a visit to Kabul in May": a visit made, its month behind
    r"(?:made|paid)\s+(?:\w+\s+){0,2}?visits?)\b",
    re.IGNORECASE,
)
_VISIT_MADE = re.compile(r"\b(?:made|paid)\s+(?:\w+\s+){0,2}?visits?\b", re.IGNORECASE)
_FUTURE_WORD = re.compile(
    r"\b(?:will|shall|would|to|plans?|planning|expects?|expected|hopes?|hoping|due|set|scheduled|slated|upcoming|coming|next)\b",
    re.IGNORECASE,
)
# The words may be set in scare quotes: "Varadkar ‘looks forward’ to sitting down with Trump in Ireland in June" (a page
# of May 2019) is the coming June.
_LOOKS_FORWARD = re.compile(r"\blook(?:s|ing)?\s+forward[’'\"”]?\s+to\b", re.IGNORECASE)
# A plan agreed or decided, its infinitive after the verb: "Friday agreed to broker a presidential summit … in April"
# (a page of March 2023) is the coming April, though "agreed" is past (round 102's fresh sample).
_AGREED_TO = re.compile(r"\b(?:agreed|decided|resolved|pledged|promised|vowed)\s+to\s+(?!have\b|be\s+\w+ed\b)(?-i:[a-z]+)\b", re.IGNORECASE)
_PAST_AFTER = re.compile(rf"\b(?:{PAST_AUXILIARIES}|{REGULAR_PAST})\b", re.IGNORECASE)
# An act told in the present progressive is still to come when it names a month: "Azerbaijan is hosting the COP29
# climate conference in November" (a page of August 2024) is the coming November; one over would be "hosted".
_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+(?:(?-i:[a-z]+ly)\s+)?(?-i:(?:host|hold|stag|organi[sz]|conven|chair)ing)\b", re.IGNORECASE)


def _clause(text: str, start: int) -> str:
    return CLAUSE_BREAK.split(text[max(0, start - 100) : start])[-1]


def told_as_past(text: str, start: int) -> bool:
    """Whether the month at ``text[start]`` sits in a clause telling a past act, with no word of the future in it.

    A participle describing an upcoming occasion ("the upcoming Arab Summit, hosted by Jordan in March") tells no
    past act (:mod:`briefgen.suggest.upcoming`).
    """
    clause = _clause(text, start)
    if _VISIT_MADE.search(clause):
        clause = re.sub(r"\b(visits?)\s+to\b", r"\1", clause, flags=re.IGNORECASE)  # "visits to Warsaw": no infinitive's "to"
    return bool(_PAST_ACT.search(clause)) and not _FUTURE_WORD.search(clause) and not describes_upcoming(text, start)


def told_as_ahead(text: str, start: int) -> bool:
    """Whether the month at ``text[start]`` sits in a clause of the future: "will", a plan, a hope, "looks forward to",
    a plan agreed or decided ("agreed to broker a summit in April").

    So does an occasion a standing invitation invites to ("has invited him … to the celebrations on December 9",
    :mod:`briefgen.suggest.invitations`) or an upcoming one a participle describes ("the upcoming summit, hosted by
    Jordan in March").
    """
    if invited_to_come(text, start) or describes_upcoming(text, start) or planned_occasion(text, start):
        return True  # "Lula's announced visit to Iran in May could be seen as an obstacle": the coming May
    clause = _clause(text, start)
    forward = _LOOKS_FORWARD.search(clause) or _AGREED_TO.search(clause)
    if forward is not None:
        return not _PAST_AFTER.search(clause, forward.end())
    progressive = _PROGRESSIVE.search(clause)
    if progressive is not None and not _PAST_AFTER.search(clause, progressive.end()):
        return True
    return in_future_clause(text, start) or scheduled_clause(text, start) or hoped_for(text, start)


# What the plan follows, told in the present: "which comes after his trip to Russia on June 8-9", "the visit follows
# talks in Beijing on May 5".  The occasion followed is behind the plan, so behind the day of writing.
_FOLLOWS = re.compile(
    r"\b(?:(?:comes|coming)\s+(?:\w+\s+){0,2}?(?:after|on\s+the\s+heels\s+of)|follows(?!\s+(?:by|up|suit)\b))\b", re.IGNORECASE
)


def follows_an_earlier(text: str, start: int) -> bool:
    """Whether the date at ``text[start]`` dates the occasion a plan comes after: an earlier one, so a past date.

    "PM Modi will visit Ukraine …, which comes after his highly-publicised trip
    to Russia on June 8-9" (a page of August 2024) is a plan, yet the trip it
    follows was the June before; read as a plan's day, it fell ten months ahead.
    A future verb after the "comes after" ("follows talks that will be held on …")
    keeps the date ahead.  Only a day is turned back: a month turned back ("comes
    after Trump's announcement in late July") set the plan against the visit's own
    reports as a second date of it (nine such conflicts on intake_final42), so a
    month keeps the plan's reading.
    """
    found = _FOLLOWS.search(_clause(text, start))
    return found is not None and not in_future_clause(text, start)


def month_ahead(text: str, start: int, future: bool) -> bool:
    """Whether the bare month at ``text[start]`` lies ahead of the day of writing: as the kind says, unless its clause says otherwise."""
    if future:
        return not told_as_past(text, start)
    return told_as_ahead(text, start)


def day_ahead(text: str, start: int, future: bool) -> bool:
    """Whether a month's day ("on Dec. 16", "22 June") lies ahead: a plan's always, a report's when its clause looks ahead.

    A report's day was read as the one before the day of writing whatever its
    clause said, so a coming day fell a year back (issue 14: "on Dec. 16" on a
    page of November 2023 read as 2022-12-16).  The day now follows its clause as
    the bare month does ("Azerbaijan is hosting the COP29 climate conference in
    November", intake_final78, is the coming November).  A plan's day keeps its
    reading, unless it dates the occasion the plan follows (:func:`follows_an_earlier`).
    """
    return (future and not follows_an_earlier(text, start)) or told_as_ahead(text, start) or _named_ahead(text, start)


# Words right before a month's day that put it ahead whatever the sentence's kind: a modal plan ("could meet on March
# 1", not "could have met") or a coming weekday the day spells out ("from upcoming Friday, April 1").
_AHEAD_BEFORE_DAY = re.compile(
    r"(?:\b(?:could|may|might)\s+(?!have\b|been\b)(?-i:[a-z]+)\s+(?:on|from)\s+|"
    rf"\b(?:upcoming|coming|next)\s+(?:{FULL_WEEKDAY_PATTERN}),?\s+)$",
    re.IGNORECASE,
)


def _named_ahead(text: str, start: int) -> bool:
    """Whether the words just before the day put it ahead (round 91's second undated sample: both read a year back)."""
    return _AHEAD_BEFORE_DAY.search(text[max(0, start - 40) : start]) is not None
