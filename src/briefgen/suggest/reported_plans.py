"""A plan told as what someone reported is dated by the plan's own time, not by the day of the report.

"The Taoiseach said yesterday that he hoped to meet Johnson next week" (a page of 3 September 2019) reports a plan
whose time it names, next week; "yesterday" only dates the saying.  So does "Kyodo reported on Monday that Tokyo was
floating March 16 and 17 as potential dates for Yoon's visit to Japan": the dates floated are the sentence's, not the
Monday.  The sets' labels date such sentences by the plan whatever the draft's kind ("Hipkins said on Monday he would
visit China from June 25 to 30" is the 25th), but a sentence the reader takes for a statement or an event kept the
first date it met, the saying's (the eleventh date sample, two of its seven wrong forms).

Only a saying dated by its own day ("said yesterday", "reported on Monday", "told reporters on Wednesday") and
followed by "that" counts, and only a later date that lies ahead of the day of writing: a day or month after it, or
a phrase that looks ahead by its words ("next week", "next month", "in two weeks").  A report of a plan that
names no time keeps the saying's day ("IRNA reported on Sunday that Pezeshkian is set to go to Baghdad"), and so
does a report of something done ("said on Wednesday that it has agreed to a partnership … signed last week").

A plan agreed or decided on a day told before its verb is read the same way: "Foreign Ministers Bustillo and
Cafiero Friday agreed to broker a presidential summit … in April" (a Saturday page) is April, the summit's month;
"Friday" only dates the agreeing, as "said yesterday that" dates a saying (round 102's fresh sample).  Only a
verb of agreeing, deciding or announcing right after the day, and followed by "to", "that" or "on", counts:
"met on Friday to plan a summit in April" tells a meeting, the Friday's own.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.text.dates import PartialDate

_Item = tuple[int, PartialDate, str]

# The words of a report just before its day: "said", "reported on", "told reporters on", "announced on".
_SAYING_BEFORE = re.compile(
    r"\b(?:said|reported|announced|confirmed|stated|disclosed|revealed|told\s+(?:\w+\s+){0,2}?\w+)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_THAT_AFTER = re.compile(r"^\s*(?:\([^)]{0,20}\)\s*)?that\b", re.IGNORECASE)
# Phrases that lie ahead by their words, though the month they are kept at may have begun: "next week" on the 3rd.
_AHEAD_WORDS = re.compile(
    r"^(?:next|coming|this\s+coming)\s+(?:week|month)$|^in\s+(?:a|\w+|\d+)\s+weeks?",
    re.IGNORECASE,
)


# A day told before the verb of agreeing or deciding it dates, and what was agreed after it: "Friday agreed to broker",
# "on Monday decided that", "on Tuesday agreed on".
_AGREED_AFTER = re.compile(
    r"^\s+(?:also\s+)?(?:agreed|decided|resolved|announced|pledged|promised|vowed)\s+(?:to|that|on)\b",
    re.IGNORECASE,
)


def _saying_day(text: str, start: int, phrase: str) -> bool:
    """Whether the date at ``text[start]`` is the day of a report followed by what was reported ("said yesterday that"),
    or the day of an agreement or decision followed by what was agreed ("Friday agreed to broker a summit")."""
    end = start + len(phrase)
    if _AGREED_AFTER.match(text[end : end + 40]):
        return True
    return bool(_SAYING_BEFORE.search(text[max(0, start - 40) : start])) and bool(_THAT_AFTER.match(text[end : end + 30]))


def _ahead(item: _Item, reference: dt.date) -> bool:
    return item[1].first_day > reference or bool(_AHEAD_WORDS.match(item[2]))


def plans_reported(text: str, found: list[_Item], reference: dt.date | None) -> list[_Item]:
    """``found`` (start, date, phrase) with a reported plan's own time first, when the first date only dates its report."""
    if reference is None or len(found) < 2 or not _saying_day(text, found[0][0], found[0][2]):
        return found
    later = [item for item in found[1:] if _ahead(item, reference)]
    if not later:
        return found
    return [later[0], *(item for item in found if item is not later[0])]
