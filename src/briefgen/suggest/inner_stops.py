"""Stops inside a clause, blanked, so that they do not end the clause a date is read in.

Whether a weekday lies ahead is read from the clause before it (:mod:`briefgen.suggest.tense`), and a full stop or a
colon ends that clause.  News copy prints both inside clauses all the time: "will meet U.S. President Joe Biden on
Thursday", "will hold talks with the U.K. prime minister on Thursday", "will visit the west coast U.S. city of San
Francisco Thursday", "arrives at Andrews at 4:40 p.m. Monday".  Read at the stop, the clause is "President Joe Biden
on", with no verb, and the coming Thursday becomes the one before.  The full stop of an abbreviation or an initial is
the one sentence splitting already passes over (:data:`briefgen.text.english.ABBREVIATIONS`, a single letter, a
dotted run such as "U.S." or "p.m."); a colon between the hour and the minutes ("4:40") divides a time, not a
sentence.  Each is blanked to a space and every other character stays where it was, so positions found in the
blanked text hold in the original.
"""

from __future__ import annotations

import re

from briefgen.text.english import ABBREVIATIONS

# A word ending in a full stop: "U.S.", "p.m.", "Mr.", "J.", "Sept."; the word before the stop is the group.
_STOPPED_WORD = re.compile(r"(?<![A-Za-z0-9])([A-Za-z](?:[A-Za-z]*|(?:\.[A-Za-z])*))\.")
# The colon of a clock time: "4:40", "10:30".
_CLOCK_COLON = re.compile(r"(?<=\b\d)(?<!\d\d\d):(?=\d\d\b)|(?<=\b\d\d):(?=\d\d\b)")


def _abbreviated(word: str) -> bool:
    token = word.casefold()
    return token in ABBREVIATIONS or len(token) == 1 or "." in token


def without_inner_stops(text: str) -> str:
    """``text`` with each abbreviation's or initial's full stop and each clock's colon blanked, the rest in place."""
    if "." in text:
        text = _STOPPED_WORD.sub(lambda m: m.group(1).replace(".", " ") + " " if _abbreviated(m.group(1)) else m.group(0), text)
    return _CLOCK_COLON.sub(" ", text) if ":" in text else text
