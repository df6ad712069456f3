"""Which words of a sentence may make its figure an aim: the words before it, and the rest of its own clause.

:func:`~briefgen.corpus.clash.is_target` keeps a target ("the $100 billion
bilateral trade target", "aiming to increase trade to $2 billion") from
conflicting with the figure reached.  It used to find the words of an aim
anywhere in the sentence, so a figure reached, followed by a hope or an
expectation about something else, was read as a target too, and two outlets
that disagree on it were never set side by side:

* RT's "trade turnover between the pair had increased by 67% in 2022, and
  expressing hope that this trend would accelerate" against teleSUR's "Last
  year, bilateral trade volume increased by 68 percent" (intake_final82): the
  hope is for the trend, in a clause of its own;
* "Macron is to meet President Aleksandar Vucic in Belgrade on Thursday
  evening, when the deal reportedly worth 3 billion euros ($3.3 billion) is
  expected to be announced" against "the deal was worth 2.7 billion euros"
  (intake_final78): the announcement is expected, the worth is reported.

What aims at a figure is said before it ("he hoped the two sides would ink
agreements worth $2 billion", "set a target of $10 billion") or after it in
its own clause ("a $6 billion trade volume target", "more than 30
agreements are planned to be signed").  A word after the clause has ended
(a comma, a semicolon, a colon, a dash, the end of a sentence) speaks of
something else, unless what follows names the figure itself an aim ("at
least 5 percent of GDP — a goal that NATO leaders are expected to endorse").
A figure written as what a thing is worth ("a deal worth 3 billion euros",
"valued at $2 billion") is the thing's worth whatever is then said of the
thing: only the words before it may aim at it.  So is a count of things
followed by what the things are for ("The leaders witnessed the signing of
eight key deals aimed at significantly enhancing bilateral ties",
intake_final108): the deals aim at the ties, and the count is of deals
signed, to be set against another outlet's "four agreements"; the words
from the things' purpose on do not aim at the count.

A figure this module cannot find written in the text ("the world's
third-largest economy", "$100B") leaves the whole text to be read, as before.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from briefgen.corpus.models import Value
from briefgen.corpus.words import content_words
from briefgen.corpus.written import written_figure

#: Where a clause ends: a comma, semicolon or colon before a space, a dash, the end of a sentence.
_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[-–—]\s|—|[.!?](?=\s|$)")
#: A figure named an aim in apposition, just after its clause: "— a goal that", ", the target set in 2022".
_AIM_APPOSITION = re.compile(r"\s*(?:an?|the|its|their|this)\s+(?:[\w-]+\s+)?(?:target|goal|aim|ambition|forecast)s?\b", re.IGNORECASE)
#: The figure is what a thing is worth: "worth 3 billion euros", "valued at about $2 billion".
_WORTH = re.compile(
    r"\b(?:worth|valued\s+at)\s+(?:(?:about|around|nearly|some|over|almost|roughly|more\s+than|up\s+to)\s+)?"
    r"(?:(?:[$€£₹]|US\$|USD|EUR|Rs\.?)\s*)?$",
    re.IGNORECASE,
)


#: What the things a figure counts are for, right after the count and its unit: "eight key deals aimed at",
#: "six MoUs intended to", "two pacts designed to" (up to three words of the unit between).
_PURPOSE = re.compile(r"(?:[\s-]+[\w’'-]+){0,3}?\s+(?=(?:aimed|aiming|intended|designed)\s+(?:at|to)\b)", re.IGNORECASE)


def _clause_end(text: str, start: int) -> int:
    """Where the clause running at ``start`` ends, an apposition that names the figure an aim included."""
    end = _CLAUSE_END.search(text, start)
    while end is not None and _AIM_APPOSITION.match(text, end.end()):
        end = _CLAUSE_END.search(text, end.end())
    return len(text) if end is None else end.start()


def words_aiming_at(text: str, value: Value) -> frozenset[str]:
    """The content words of ``text`` (see :func:`~briefgen.corpus.words.content_words`) that may make its figure
    an aim: those before the figure and in the rest of its clause; those before it alone for a worth; all of
    them when the figure is not found written."""
    return _words_aiming_at(text, value.stated_numbers)


@functools.lru_cache(maxsize=16384)
def _words_aiming_at(text: str, amounts: frozenset[Decimal]) -> frozenset[str]:
    """:func:`words_aiming_at`, remembered per text: a fact's target words are asked in every pair it is compared in."""
    figure = written_figure(text, amounts)
    if figure is None:
        return frozenset(content_words(text))
    if _WORTH.search(text, 0, figure.start()):
        return frozenset(content_words(text[: figure.start()]))
    purpose = _PURPOSE.match(text, figure.end())
    if purpose is not None:
        return frozenset(content_words(text[: purpose.end()]))
    return frozenset(content_words(text[: _clause_end(text, figure.end())]))
