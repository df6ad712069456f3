"""Elsewhen: whether a quote dates what it reports away from the occasion it sits beside.

An article about a visit also recalls other happenings: "they last met in
Istanbul in November", "a decade-long rift following the 2013 ouster", "over
nine meetings the two have signed 110 agreements".  Such a sentence may carry
the occasion's words and parties, yet it is a part of another occasion (or of
several), and :mod:`briefgen.corpus.occasions` must leave it out.  The test is
the words alone (months, years, "ago", "previously", counts of visits), read
against the occasion's date; kept here so that the occasion finder stays a
module with one job.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.corpus.counted import without_count
from briefgen.corpus.meetings import without_placing
from briefgen.corpus.own_month import of_another_month
from briefgen.corpus.past_clauses import without_past_dates
from briefgen.corpus.recurrences import without_recurrence_decided
from briefgen.corpus.side_clauses import without_side_dates
from briefgen.corpus.visit_rank import without_rank
from briefgen.text.cues import Caseless
from briefgen.text.dates import PartialDate
from briefgen.text.english import MONTH_NAMES, month_number

#: Most days between an article's occasion date and a fact of it, or between two articles' occasion dates.
WINDOW_DAYS = 7

#: A month by its name, or cut short as agencies write it ("on Aug. 8", "Nov 14"; "Sept." too): a cut name needs
#: its full stop or a day after it, so that "Mar" or "Jan" in a name is not read as a month.
_MONTH = re.compile(
    r"\b(" + "|".join(MONTH_NAMES) + r")\b"
    r"|\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|(?= [0-9]{1,2}\b))"
)
_YEAR = re.compile(r"\b((?:19|20)[0-9]{2})\b")
#: A year counted from ("his first visit since 2016", "since taking office in 2014", "the first such pact since the
#: signing of the river treaty in 1996"): it dates nothing of this occasion.
_SINCE = re.compile(r"\bsince\b[^.;,]{0,60}?\b(?:19|20)[0-9]{2}\b")
#: A clause counting from a past happening ("his first meeting with Modi since he assumed office last year", "his
#: first tour since he took office last August"): neither its "last year" nor its month dates this occasion.
_SINCE_CLAUSE = re.compile(r"\bsince\b[^.;,]{0,50}")
#: What an anniversary marks ("celebrations of the 80th anniversary of the victory at Khalkhin Gol in 1939", "the
#: 30th anniversary of diplomatic ties established in 1992"): the year of that happening, not of this occasion.
_ANNIVERSARY = re.compile(r"\banniversary of\b[^.;]{0,80}?\b(?:19|20)[0-9]{2}\b", re.IGNORECASE)
#: A deadline ("$150 billion in trade by 2030"): the year a plan aims at, not the day it was announced.
#: An earlier text named by its year ("based on the 1993 Treaty of Friendship", "restoring a 2004 deal on
#: cooperation", "the 2010 agreement will be replaced"): the year names that text, it does not date this fact.
_TEXT_YEAR = re.compile(
    r"\b(?:the|a|an|its|their|our) (?:19|20)[0-9]{2} (?:[\w-]+ ){0,3}?"
    r"(?:treaty|agreement|accord|deal|pact|memorandum|declaration|protocol|convention|charter)\b",
    re.IGNORECASE,
)
_BY_YEAR = re.compile(r"\b(?:by|until|till|through) (?:the end of )?(?:19|20)[0-9]{2}\b")
_AGO = re.compile(
    r"\b(?:a|one|two|three|\d+|several|few) (?:years?|months?|decades?) ago\b|\blast (?:year|month)\b|\bvisits\b"
    # a recurring meeting ("will meet alternately every two years", "the meetings of the group will be held"), not this one
    # a later time ("when it becomes a transit country next year")
    r"|\bnext (?:year|month)\b"
    # a happening placed before this one ("Erdogan previously welcomed Al Thani", "Earlier this year, Egypt secured")
    r"|\bpreviously\b|\bearlier this year\b"
    # the meeting before this one ("Modi and Xi had last met in Kazan"): another occasion, whatever day it names
    r"|\blast met\b"
    # several meetings counted together ("Over nine meetings, the two have signed 110 agreements", "these meetings")
    r"|\b(?:these|those|previous|past|all|over|across|two|three|four|five|six|seven|eight|nine|ten|\d+)(?: \w+)? (?:meetings|sessions)\b"
    r"|\bevery (?:\w+ )?(?:years?|months?)\b|\balternately\b|\bannually\b|\bmeetings\b[^.;]{0,80}\bwill be held\b"
    # a count of visits ("Rubio will visit Ecuador on Thursday on his third trip to Latin America"): about visits, not a
    # part of this one, unless it counts the visit at hand ("This is his second trip to China"), taken out before
    r"|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))(?: \w+){0,2} (?:visit|trip)\b",
    re.IGNORECASE,
)
_AGO_FOUND = Caseless(_AGO)  # asked only whether it is found (see text/cues)


#: The span of a plan or programme in years ("a joint action plan between 2022 and 2026", "the Program for
#: 2024-2034", "from 2025 to 2030"): years a text runs over, not the date of the happening.  Only a span that takes
#: in the occasion's year is read so (see :func:`elsewhen`); "from 2010 to 2015" still dates its words elsewhere.
_YEAR_SPAN = re.compile(r"\b(?:between|from)?\s*((?:19|20)[0-9]{2})\s*(?:-|–|—|and|to|until)\s*((?:19|20)[0-9]{2})\b")


#: A year that is part of a name ("Vision 2030", "Agenda 2063", "Expo 2020"): a capitalised word, not a month, then the year.
_NAMED_YEAR = re.compile(r"\b(?!(?:" + "|".join(MONTH_NAMES) + r")\b)[A-Z][a-z]+ (?:19|20)[0-9]{2}\b")


def elsewhen(quote: str, date: PartialDate) -> bool:
    """Whether a quote dates what it reports away from an occasion dated ``date``.

    "They last met in Istanbul in November", "Mr Trong visited Beijing a
    year ago", "a decade-long rift following the 2013 ouster", "these
    successive visits": a part of another occasion, or of several.  A year
    after "since" counts visits ("his first visit since 2016"), it dates
    nothing, nor does a month in a clause counting from ("his first tour since
    he took office last August"); nor does a year that is part of a name
    ("Saudi Vision 2030"), that names an older text ("based on the 1993 Treaty
    of Friendship"), or a span of years a plan runs over that takes in the
    occasion's year ("a joint action plan between 2022 and 2026").
    """
    # what a count runs from, not when this happened; a count of the visit is the visit (:mod:`briefgen.corpus.counted`)
    # a clause on a person, or on someone's coming to office, dates that, not this (:mod:`briefgen.corpus.side_clauses`)
    # a clause dating an earlier agreement or happening dates that, not this (:mod:`briefgen.corpus.past_clauses`)
    # visits the sides decide to repeat are decided at this occasion (:mod:`briefgen.corpus.recurrences`)
    quote = _SINCE_CLAUSE.sub(" ", without_count(without_rank(without_placing(without_past_dates(without_side_dates(quote))))))
    quote = without_recurrence_decided(quote)
    if _AGO_FOUND.found(quote) or of_another_month(quote, date):
        return True
    start, end = date.first_day - dt.timedelta(days=WINDOW_DAYS), date.last_day + dt.timedelta(days=WINDOW_DAYS)
    months = {start.month, end.month, date.month}
    if any(month_number(full or cut) not in months for full, cut in _MONTH.findall(quote)):
        return True
    undated = _without_deadlines_and_names(_SINCE.sub("", _ANNIVERSARY.sub("", _without_spans_and_texts(quote, date.year))))
    return any(int(y) not in {start.year, end.year} for y in _YEAR.findall(undated))


def without_undating_years(quote: str, year: int) -> str:
    """``quote`` without the years that date nothing it tells, read as :func:`elsewhen` reads them beside an occasion of
    ``year``: a span of years a plan runs over that takes in ``year``, an older text named by its year ("based on the
    1993 Treaty of Friendship"), a deadline ("by 2030") and a year that is part of a name ("Saudi Vision 2030")."""
    return _without_deadlines_and_names(_without_spans_and_texts(quote, year))


def _without_spans_and_texts(quote: str, year: int) -> str:
    """Without a span of years that takes in ``year`` and an older text named by its year."""
    return _TEXT_YEAR.sub(" ", _YEAR_SPAN.sub(lambda m: " " if int(m[1]) <= year <= int(m[2]) else m[0], quote))


def _without_deadlines_and_names(quote: str) -> str:
    """Without a deadline ("by 2030") and a year that is part of a name ("Saudi Vision 2030")."""
    return _NAMED_YEAR.sub(" ", _BY_YEAR.sub("", quote))
