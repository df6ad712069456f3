"""What the talks covered: a line that names the talks it tells of, or tells them with a verb of talking, and no time.

A report of a visit tells what its talks took up in lines that give no date and
no place of their own, and name the talks only by a noun that points back to
them ("During the conversation, the Presidents positively recalled the Joint
Declaration ...", "The conversation with President Mirziyoyev also focussed on
plans to deepen bilateral relations", "The focus was on expanding economic and
trade relations"), or by a verb of talking with no side named ("They also
exchanged views on the potential to increase TAP's transmission capacity",
"The Federal Chancellor reported that they had talked about the development of
business relations").  The readings of what was said there ask for a verb of
saying and a side named (:mod:`briefgen.corpus.spoken`), or the two sides as the
line's subject (:mod:`briefgen.corpus.together`), so such a line was left out
of its occasion, and with it every pair it makes with the other outlets'
reports of the same talks.

Only a line that tells no time at all is read: "Modi and MBS had a phone
conversation in June when they reviewed ...", "He and Macron met last November
..., where they discussed ...", "our first meeting also took place ... in 2015"
tell another meeting; and only what is told as done, never what is to come
("Aliyev will also take part in the meeting").  The caller reads it, as it reads
the statements said there, only from an article largely about the occasion, and
every part is read later for another meeting, an outsider and another leg.
"""

from __future__ import annotations

import re

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.readouts import tells_time_before
from briefgen.corpus.spoken import told_at_occasion
from briefgen.text.cues import Caseless
from briefgen.text.dates import PartialDate
from briefgen.text.english import FULL_MONTH_PATTERN

#: The talks, by a noun that points back to them ("the conversation", "their bilateral meeting", "today's talks").
_TALKS = (
    r"(?:the|their|these|today's|this)\s+(?:(?:bilateral|official|closed-door|joint|private|expanded)\s+)?"
    r"(?:talks|conversation|meeting|negotiations|discussions?)"
)

#: A line that tells the talks: opening on them ("During the talks, ..."), their subject ("The conversation ... focused
#: on"), "the focus was on", or a verb of talking told as done with "also" ("also discussed", "also exchanged views")
#: or in the past perfect of a report ("had talked about"), or what "was discussed".
_TOLD_OF_TALKS = re.compile(
    rf"^\W*(?:during|in|at|over)\s+{_TALKS}\b"
    rf"|^\W*{_TALKS}\b[^.;]{{0,80}}?\bfocus(?:s)?ed\s+on\b"
    r"|^\W*the\s+focus\s+was\s+on\b"
    r"|\balso\s+(?:discussed|exchanged\s+(?:views|opinions)|talked\s+about|agreed\s+to)\b"
    r"|\bhad\s+(?:talked|discussed)\b"
    r"|\b(?:was|were)\s+(?:also\s+)?discussed\b",
    re.IGNORECASE,
)
_TOLD_OF_TALKS_FOUND = Caseless(_TOLD_OF_TALKS)  # asked only whether it is found (see text/cues)

#: A time of its own: a year, a month, a weekday, or what is to come ("will", "is expected to").
_ANY_TIME = re.compile(
    rf"\b(?:1[89][0-9]{{2}}|20[0-9]{{2}}|{FULL_MONTH_PATTERN}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|"
    r"will|would|shall|expected|due|next|upcoming|ahead)\b",
    re.IGNORECASE,
)


def talks_told(quote: str) -> bool:
    """Whether a quote tells the talks by a noun or a verb of talking, with no time of its own (see the module)."""
    return _TOLD_OF_TALKS_FOUND.found(quote) and _ANY_TIME.search(quote) is None and not tells_time_before(quote)


def covered_at_talks(item: Prepared, date: PartialDate) -> bool:
    """Whether a statement or event is what the talks of an occasion dated ``date`` covered (see :func:`talks_told`)."""
    fact = item.fact
    return fact.kind in ("statement", "event") and talks_told(fact.quote) and told_at_occasion(item, date)
