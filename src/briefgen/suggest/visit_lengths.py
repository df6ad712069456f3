"""The stated length of a visit: "a two-day official visit" is 2 days, "the visit was extended to three days" 3.

How long a visitor stays is a checkable figure: outlets that report one
visit as "four-day" and "five-day" disagree, and an editor must see it.  It
is read only where the reading is certain: a number directly before "-day"
(or " day") that qualifies a visit, trip, tour or stay, with at most three
describing words between ("two-day official visit", "two-day India visit"),
or a visit said to last, or be extended to, a number of days.  The length
of a summit, forum, exhibition or other gathering ("a two-day summit") is
not read: it is the meeting's schedule, not the stay of the person the story
follows, and the labels give it no figure.  Plurals ("two-day visits") are a
kind of visit, not one visit's length, and give none either.

Many outlets write the length with a plural, "his two days visit" or "a three
days' state visit": the same length, and the one an editor compares against
another outlet's "three-day visit".  With a plural the number may instead
place something in time ("two days before the visit", "three days after his
visit"), so the words between may not relate the two; and "a day-long visit"
is one day.

Some lengths come in other shapes (each read in :data:`_OTHER_SHAPES`).  A
length put first, "For three days starting on Monday, Trump will visit Saudi
Arabia, Qatar, and the United Arab Emirates" (intake_final62), is the trip's,
the one another outlet gives as "a four-day trip": read where the clause it
opens goes on to the visit.  A stay "in New York for one day" is as long as
"a one-day visit"; "Carney's two-day mission" is his visit, and "the
three-day, four-stop visit" is three days whatever else describes it.  "A
weeklong official visit" (intake_final70) is seven days, the length set
against "an eight-day state visit"; a "week-long" trip, tour or mission is a
loose span of travel the labels count as one week ("his week-long trade
trip") or not at all ("his week-long tour of Asia"), so only a visit's week is
read.  "Three days of talks" is a gathering's schedule and gives none.
"""

from __future__ import annotations

import re

from briefgen.suggest.found import FoundValue
from briefgen.text.english import NUMBER_WORDS, counted, words_pattern

#: Most days a visit is read as lasting: a larger number is no stay's length.
_MOST_DAYS = 60
_NUMBER = rf"(?P<n>\d{{1,2}}|{words_pattern(NUMBER_WORDS)})"
_TRIP = r"(?:visit|trip|tour|stay|mission)(?![\w-])"
# "a three-day state visit", "his four-day official tour", "a two-day India visit": up to three plain words between;
# "the three-day, four-stop visit": another hyphened descriptor after a comma.
_BEFORE = re.compile(
    rf"(?<![\w$.,/–—-]){_NUMBER}(?:-day,\s+(?:\d+|[A-Za-z]+)-[A-Za-z]+|[\s-]days?(?:['’](?!s))?)(?P<between>\s+(?:[A-Za-z’']+\s+){{0,3}}?){_TRIP}",
    re.IGNORECASE,
)
# "the visit was extended to three days", "a visit lasting four days", "a stay of two days", "the visit will last for
# two days", "Putin's trip, which is scheduled to last for three days", "the visit to Japan will last three days".
_AFTER = re.compile(
    rf"\b{_TRIP}(?:\s+(?:to|in)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'.-]*\s+){{1,3}})?\s*,?\s*(?:(?:which|that)\s+)?"
    r"(?:(?:is|was|will|would|has\s+been|had\s+been)\s+)?(?:be\s+)?(?:(?:scheduled|expected|set|due|slated|planned)\s+)?(?:to\s+)?"
    rf"(?:extended\s+to|lasting|lasted|lasts|last|of)\s+(?:for\s+)?{_NUMBER}\s+days\b",
    re.IGNORECASE,
)
# "will visit China for five days", "is visiting Sydney for two days", "will spend two days in North Korea": the
# visitor's stay in a named place (a capital letter), the one length an editor compares with "a five-day visit";
# "Mr Trump was “in New York for one day”" too.
_VISIT_FOR = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|stay(?:s|ed|ing)?\s+in|(?:be|is|was|were|are|been)\s+[“\"]?in)\s+(?:the\s+)?"
    rf"(?:(?-i:[A-Z])[\w’'.-]*\s+){{1,3}}for\s+{_NUMBER}\s+days?\b(?!\s+(?:before|after|ahead|earlier|later|ago|of))",
    re.IGNORECASE,
)
_SPEND_IN = re.compile(
    rf"\b(?:spend|spends|spent|spending)\s+{_NUMBER}\s+days\s+in\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
# "For three days starting on Monday, Trump will visit Saudi Arabia": a length opening the clause that visits.
_FOR_FIRST = re.compile(
    rf"(?:^[\W_]*|[,;]\s+)for\s+{_NUMBER}\s+days\b(?!\s+(?:before|after|ahead|earlier|later|ago|of|now))"
    r"[^\d.;:!?]{0,60}?\b(?:visit|tour)(?:s|ed|ing)?\b",
    re.IGNORECASE,
)
# "a weeklong official visit", "a week-long state visit": seven days (a trip's or tour's week is not read).
_WEEK_LONG = re.compile(r"(?<![\w-])week[\s-]?long(?P<between>\s+(?:[A-Za-z’']+\s+){0,3}?)visit(?![\w-])", re.IGNORECASE)
_OTHER_SHAPES = (_AFTER, _VISIT_FOR, _SPEND_IN, _FOR_FIRST)
# Words between the length and "visit" that make it something else's length ("a two-day summit and visit"),
# or a time apart from the visit ("two days before the visit", "three days after his visit").
_NOT_BETWEEN = re.compile(
    r"\b(?:and|or|summit|forum|conference|meeting|talks|session|exhibition|festival|event|programme|program|of|to|in|"
    r"after|before|ahead|since|until|till|following|prior|into|on|at|for|from|during|by|with|the|a|an|his|her|their|its|"
    r"this|that|my|our|your|next|last|each|every|per)\b",
    re.IGNORECASE,
)
# "a day-long state visit", "his daylong visit": one day.
_DAY_LONG = re.compile(rf"(?<![\w-])day[\s-]?long(?P<between>\s+(?:[A-Za-z’']+\s+){{0,3}}?){_TRIP}", re.IGNORECASE)


def visit_lengths(sentence: str) -> list[FoundValue]:
    """Each visit's stated length in days, where the number plainly qualifies the visit."""
    found: list[FoundValue] = []
    for match in _BEFORE.finditer(sentence):
        if _NOT_BETWEEN.search(match.group("between")):
            continue
        amount = counted(match.group("n"), _MOST_DAYS)
        if amount:
            found.append(FoundValue("visit-length", amount, "days", None, match.start(), match.start("between"), False))
    for pattern, days in ((_DAY_LONG, "1"), (_WEEK_LONG, "7")):
        for match in pattern.finditer(sentence):
            if not _NOT_BETWEEN.search(match.group("between")):
                found.append(FoundValue("visit-length", days, "days", None, match.start(), match.start("between"), False))
    for match in (m for pattern in _OTHER_SHAPES for m in pattern.finditer(sentence)):
        amount = counted(match.group("n"), _MOST_DAYS)
        if amount:
            found.append(FoundValue("visit-length", amount, "days", None, match.start("n"), match.end(), False))
    return found
