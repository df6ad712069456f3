"""One draft per dated event: a sentence that dates two events in two clauses is drafted as two.

"The leaders met on 3 May, the president welcomed the envoy and signed the
accord on 5 May" reports a meeting on the 3rd and a signing on the 5th; one
draft can carry one date, so the sentence is cut at the last clause boundary
before the second date (a comma, a semicolon, or "and" before a verb in the
past tense), and each part is dated by its own words.  Years alone ("in 2017
… in 2023") do not cut a sentence: they more often date a background than a
second event, and the parts must be long enough to stand as statements.
Nor does a date that bounds a span: "arrived on Wednesday, on a visit that
will last until Friday" closes the stay the first date opens, and "Since
September 2016, they have met six times, including in late September" opens
the span the count is over; neither is a second event.  Nor does a date in a
phrase with no verb that recalls another occasion: "arrived late on Thursday,
following a state visit in February 2023" reports one arrival, on Thursday, and
"convene on Friday, just ahead of the visit … next Wednesday" one meeting; nor
one that adds to the head's list ("…, as well as Thursday's attack in Nice").
A second clause whose month points back to the first's year ("…, and in
October the same year") is dated from that year on, not by its own words alone.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.ingest.meta import dateline_length
from briefgen.suggest.date_bounds import bounds_a_span
from briefgen.suggest.dates import dated_phrases
from briefgen.suggest.one_claim_clauses import inside_a_date_or_brackets, tells_one_claim
from briefgen.suggest.relative_asides import in_one_aside
from briefgen.suggest.same_year import with_year_pointed_back_to
from briefgen.suggest.sentences import Sentence, Span, drops_a_restriction
from briefgen.text.dates import PartialDate
from briefgen.text.english import FULL_WEEKDAY_PATTERN

# Where a second clause starts: after a comma or semicolon, or at "and" before a past-tense verb or before the weekday
# that opens the second clause ("arrived on Sunday, 6 April, for a visit … and on Monday, April 7, the two signed …").  A
# conjunction that opens it ("…, as the other side will complete …") is left out of the second part's quote.
_BOUNDARY = re.compile(
    rf"(?:[,;]\s+|\s+and\s+(?=[a-z]{{2,}}ed\b|on\s+(?:{FULL_WEEKDAY_PATTERN})\b))"
    r"(?:(?:as(?!\s+well\s+as\b)|while|whereas|because|although|though)\s+)?"
)
_MIN_WORDS = 6
# A tail that opens with a preposition recalling another occasion ("…, following a state visit in February 2023")
# has no verb of its own: it is the background of the head's event, not a second event ("after which" is a clause).
# So does one whose preposition says how near the other occasion is ("…convene on Friday, just ahead of the visit
# by … next Wednesday", round 84's tenth date sample; "shortly after", "days before"): the head's day is the claim's.
_RECALLED = re.compile(
    r"(?:(?:just|shortly|soon|right|immediately|hours|days|weeks|a\s+day|a\s+week)\s+)?"
    r"(?:following|after(?!\s+which)|before|ahead\s+of|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of)\b",
    re.IGNORECASE,
)
# A tail that adds to the head's list with no verb of its own ("…issues as those in Berlin, as well as Thursday's attack in
# Nice"): more of the head's object, not a second event; cut there, it would be a draft with no subject.
_ADDED_TO_THE_LIST = re.compile(r"(?:as\s+well\s+as|along\s+with|together\s+with)\b", re.IGNORECASE)
# A tail in apposition that ranks the head's occasion ("…, his first foreign tour since he took office last August") is
# the same occasion: dated with the whole sentence, where the head's date comes first, not by the record's date.
_RANKS_THE_HEAD = re.compile(r"(?:his|her|their|its|the|a)\s+(?:first|second|third|fourth|fifth|maiden|latest)\b", re.IGNORECASE)


def dated_parts(sentence: Sentence, span: Span, published: dt.date | None, ref_year: int | None) -> list[tuple[Span, str]]:
    """The span's parts, one per dated event, each with the text its date is read from.

    The first part keeps the words before the span (a dateline may date it);
    a later part is dated by its own words only, not by the date before it.
    """
    first_text = _past_dated_dateline(sentence.text[: span.end - sentence.start], published, ref_year)
    parts: list[tuple[Span, str]] = []
    current, dated_text = span, first_text
    while True:
        cut = _cut(current.text, published, ref_year)
        if cut is None:
            parts.append((current, dated_text))
            return parts
        end, start = cut
        head = Span(current.start, current.start + end, current.text[:end], current.trimmed_lead, "")
        parts.append((head, dated_text[: len(dated_text) - len(current.text) + end]))
        whole = dated_text
        current = Span(current.start + start, current.end, current.text[start:], "", current.trimmed_tail)
        dated_text = whole if _RANKS_THE_HEAD.match(current.text) else with_year_pointed_back_to(whole, current.text)


def _cut(text: str, published: dt.date | None, ref_year: int | None) -> tuple[int, int] | None:
    """(end of the first part, start of the second) when the text dates two events in two clauses."""
    dates = [d for d in dated_phrases(text, published, future=False, ref_year=ref_year) if d[2].month is not None]
    dates = [d for d in dates if not bounds_a_span(text, d[0])]  # "since May 2016", "until Friday": a span, no second event
    second = next((d for d in dates[1:] if d[2] != dates[0][2]), None)
    if second is None or _spans_the_first_day(text, dates[0][2], second):
        return None
    if in_one_aside(text, dates[0][0], second[0]):
        return None  # "Putin, who was sworn in a month ago, is expected … on Wednesday": the aside's date is another event's
    boundary = None
    for match in _BOUNDARY.finditer(text, dates[0][1], second[0]):
        if not inside_a_date_or_brackets(text, match.start(), match.end()):
            boundary = match
    if boundary is None:
        return None
    head, tail = text[: boundary.start()], text[boundary.end() :]
    if len(head.split()) < _MIN_WORDS or len(tail.split()) < _MIN_WORDS or _RECALLED.match(tail) or _ADDED_TO_THE_LIST.match(tail):
        return None
    if tells_one_claim(head, tail):
        return None  # "…on Wednesday evening, concluding their visit on January 23-24": one act, quoted whole
    if drops_a_restriction(head, tail):
        return None  # "the first visit by a president, since 2012 …": the tail bounds the head's claim
    return boundary.start(), boundary.end()


# "from May 25 to 27", "between 25 and 27 May": a stay whose first day the date found opens, and the day it closes on.
_STAY_OPENED = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_STAY_CLOSED = re.compile(r"\s*(?:to|till|until|through|and|-|–)\s*(?P<day>[0-3]?\d)\b")


def _spans_the_first_day(text: str, first: PartialDate, second: tuple[int, int, PartialDate, str]) -> bool:
    """Whether the second date opens a stay that holds the first one's day: one occasion, not a second event.

    "departed Hanoi on Tuesday afternoon, concluding their state visit from May 25 to 27": Tuesday, the 27th, is
    the visit's last day; the tail tells the visit the head's departure closes, and the sentence stays whole.
    """
    start, end, opened, _ = second
    closed = _STAY_CLOSED.match(text, end)
    if first.day is None or opened.day is None or closed is None or not _STAY_OPENED.search(text[max(0, start - 12) : start]):
        return False
    return (first.year, first.month) == (opened.year, opened.month) and opened.day <= first.day <= int(closed.group("day"))


def _past_dated_dateline(text: str, published: dt.date | None, ref_year: int | None) -> str:
    """The text without its dateline when the words after it state a date of their own.

    "Mexico City, September 19, 2025 — … on Thursday announced …": the dateline
    says when the story was filed, the sentence says when the act was done; the
    dateline dates only a sentence that names no day, month or year itself.
    """
    length = dateline_length(text)
    if length and dated_phrases(text[length:], published, future=False, ref_year=ref_year):
        return text[length:]
    return text
