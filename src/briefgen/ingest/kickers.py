"""Headings in a dateline's shape that name an occasion or a topic, not the place a story was filed from.

Many sites open a story with a kicker before a colon, as a dateline opens it ("India-China Meeting: Hours ahead of
the summit, …"), and set subheadings in capitals on lines of their own, as a place is set above the lede ("THE
STATEMENTS").  Both have a dateline's shape, so the place read from them was the kicker's words.  What gives them away
is their last word: a kicker or a subheading names what the story is about, a meeting, the talks, a visit, the
statements, and ends on that noun, while a place's name ends on a name ("Port Louis", "New Delhi") or on a word of
geography ("Kuwait City").  Only a heading of two words or more is refused, so that a town that is itself such a
word, alone before its colon, keeps its place.

A site's name over its own story with the piece's kind after it ("INSUBCONTINENT EXCLUSIVE:" on insubcontinent.com,
the dateline "KATHMANDU:" on the next line) ends the same way, on a label of the piece's kind
(:data:`briefgen.ingest.captions.KIND_LABELS`: exclusive, interview, analysis), which no place's name ends on.

A speech's standfirst has a dateline's shape too, the hall it was given in and its day: "Ajuda National Palace, 9
December 2015" under "Speech by the President of the Republic at the State Dinner …" (the Portuguese presidency).  A
building is where the speech was given, not the city a story was filed from: a name of two words or more that ends on
a building's noun (palace, hall, hotel, centre) is refused as a place the same way; its day still dates the page.
"""

from __future__ import annotations

import re

from briefgen.ingest.captions import KIND_LABELS

# Nouns that end a kicker or a subheading: an occasion, what was said at it, or the topic it belongs to.
_OCCASION_WORDS = frozenset(
    (
        "meeting",
        "meetings",
        "talks",
        "summit",
        "visit",
        "tour",
        "trip",
        "statement",
        "statements",
        # a document's kind set as its heading in capitals: "JOINT COMMUNIQUE", "JOINT DECLARATION"
        "communique",
        "communiqué",
        "declaration",
        "remarks",
        "speech",
        "ties",
        "relations",
        "deal",
        "pact",
        "row",
        "news",
        "update",
        "updates",
        "highlights",
        "crisis",
        "war",
        "election",
        "elections",
        "polls",
        "tariffs",
        "conflict",
        "dispute",
        "briefing",
        "ceremony",
        # the building a speech was given in (see the module's docstring)
        "palace",
        "hall",
        "hotel",
        "centre",
        "center",
        "auditorium",
    )
)
_WORD = re.compile(r"[^\W\d_]+")


def names_occasion(place: str) -> bool:
    """Whether a place read from a dateline's shape is a kicker's or a subheading's words ("India-China Meeting",
    "The Statements"): two words or more whose last one names an occasion or a topic."""
    words = _WORD.findall(place)
    return len(words) >= 2 and (words[-1].casefold() in _OCCASION_WORDS or words[-1].upper() in KIND_LABELS)
