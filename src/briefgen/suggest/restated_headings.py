"""Headings the report says again: a line in a headline's style whose news a full sentence of the page states.

Pages print news twice.  Besides the headline, a page sets short lines in a
headline's clipped style wherever it likes: a "Key Points" bullet under the
title, a standfirst under a kicker, a heading between two sections, the
headline of a second story run into the page ("China says Xi to visit
Vietnam, Malaysia and Cambodia next week"), a pull quote with its speaker
before a colon.  Such a line ends on a word, with no full stop, and uses a
headline's grammar: a present tense for a past act, an infinitive for a plan,
"says" for what was said.  When a sentence of the report states the same news
in running prose, it does so with its date, its speaker and its full wording,
and the draft of the clipped line only repeats it; an editor throws it away.

:mod:`briefgen.suggest.subheadings` drops a heading by where it stands (between
two paragraphs of running text) and :mod:`briefgen.suggest.summary` the summary
points above a report; this module drops a heading-style line wherever it
stands, by what it says: a line is left out when

- it is a line of its own, one sentence of at most :data:`_HEADING_WORDS` words,
  and ends on a word, not on a stop or a comma;
- it has at least :data:`_CONTENT_WORDS` content words, and at least half of
  them are in one sentence of a line of running text (a line that ends on a
  stop) elsewhere on the page;
- it names no figure and no day: a heading with a number, a sum or a weekday
  may total, round or date what the report words otherwise, so the editor
  checks it where it is printed.

The restated sentence itself is drafted as usual, so nothing the page states
in full is lost.
"""

from __future__ import annotations

import re

from briefgen.suggest.summary import content_words
from briefgen.text.english import FIGURE_SIGN, WEEKDAY_NAMES

# A heading is no longer than a deck's summary line (see .summary and .subheadings).
_HEADING_WORDS = 20
# Fewer content words than this and half of them is a word or two any sentence of the page may share.
_CONTENT_WORDS = 3
# A line that ends on a stop or a comma, perhaps inside closing quotes or brackets: running text, not a heading.
_STOP = re.compile(r"[.!?:;,…][\"”’')\]]*\s*$")
# A day named in the line: it dates what the report may date only by its weekday or its date.
_DAY = re.compile(rf"\b(?:{'|'.join(WEEKDAY_NAMES)}|today|tomorrow|yesterday)\b", re.IGNORECASE)
# Where running text splits into sentences: after a stop, before the next word.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+")


def restated_headings(body: str, cut: bool = False) -> frozenset[int]:
    """The indexes of the lines of ``body`` set as headings whose news a sentence of running text states (see above).

    With ``cut`` the excerpt stops mid-sentence: its last line ends on a word because the cut took the rest,
    not because it is a heading.
    """
    lines = body.split("\n")
    last = max((n for n, line in enumerate(lines) if line.strip()), default=-1)
    running = [(n, part) for n, line in enumerate(lines) if _is_running(line) for part in _SENTENCE_END.split(line)]
    stated = [(n, content_words(part)) for n, part in running]
    found = set()
    for n, line in enumerate(lines):
        if not _heading_styled(line) or (cut and n == last):
            continue
        words = content_words(line)
        if len(words) >= _CONTENT_WORDS and any(m != n and len(words & other) * 2 >= len(words) for m, other in stated):
            found.add(n)
    return frozenset(found)


def _is_running(line: str) -> bool:
    return bool(line.strip()) and bool(_STOP.search(line))


def _heading_styled(line: str) -> bool:
    """One sentence of a heading's length that ends on a word and names no figure and no day."""
    text = line.strip()
    if not 0 < len(text.split()) <= _HEADING_WORDS or _STOP.search(text) or _SENTENCE_END.search(text):
        return False
    return not FIGURE_SIGN.search(text) and not _DAY.search(text)
