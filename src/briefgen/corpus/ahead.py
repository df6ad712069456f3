"""Spans of time ahead: "for decades to come", "over the next decade" tell what a visit is for, not what came before.

At a visit its leaders speak of the relation they mean to build: "anchor our
cooperation for the next 50 years", "a compass showing the direction of the
bilateral security and defense cooperation for the coming 10 years", "whose
positive impact will be felt for decades to come", "This new order will
support VietJet's strategic expansion over the next decade".  The labels of
record hold such a statement as a part of the visit it was made at; yet its
"decade" or its digits made
:func:`briefgen.corpus.spoken.told_as_background` read it as a level or a
history of the relation told beside the visit (round 50: the largest shape
left among the labelled claims of half A that no proposal reached for
reading as background, with the "traditional" of "non-traditional security
challenges").

:func:`without_span_ahead` takes the span ahead out of a quote before its
background is read: the next or coming decade(s) or number of years, with
the preposition before it ("for the next 50 years", "over the next decade",
"within the next 10 years", "in the coming years"), and decades or years "to
come" or "ahead" ("for decades to come", "in the years ahead").  The rest of
the quote is read as before: "over the past decade" keeps its decade, and a
target ("to raise trade to $15 billion over the next few years") keeps its
sum, which the figures' rules decide.  "The following decade" is left as it
is: a writer's history runs on with it ("in the following decade, trade
grew").
"""

from __future__ import annotations

import re

from briefgen.text.cues import may_hold

#: How many decades or years ahead: a number in words or digits, or "few", "several".
_HOW_MANY = (
    r"(?:few|several|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty-five|thirty|forty|fifty|"
    r"hundred|[0-9]{1,3})"
)

#: A closing quotation mark a writer may set between "decades" and "to come" ('"will be felt for decades" to come').
_CLOSING_QUOTE = r"[”\"’']?"

#: A span of time ahead, in its two shapes: the next or coming decade(s) or years ("for the next 50 years", "over the
#: next decade", "for the coming 10 years", "in the coming years"), and decades or years to come or ahead ("for decades
#: to come", "in the years ahead"); with the preposition before it.
_AHEAD = re.compile(
    r"(?:\b(?:for|over|in|within|during|across|through)\s+)?"
    r"(?:\b(?:the\s+)?(?:next|coming|upcoming)\s+(?:" + _HOW_MANY + r"\s+)?(?:decades?|years?)\b"
    r"|\b(?:the\s+)?(?:" + _HOW_MANY + r"\s+)?(?:decades|years|generations)" + _CLOSING_QUOTE + r"\s+(?:to come|ahead)\b)",
    re.IGNORECASE,
)


#: What every match of :data:`_AHEAD` holds, lower-cased.
_CUES = ("decade", "year", "generation")


def without_span_ahead(quote: str) -> str:
    """The quote without the spans of time ahead it names (see the module docstring).

    "Xi highlighted their determination to anchor our cooperation for the
    next 50 years" leaves "Xi highlighted their determination to anchor our
    cooperation  ": no figure is left to read as background.
    """
    if not may_hold(quote, _CUES):  # no decade, year or generation: the long pattern is not tried (see briefgen.text.cues)
        return quote
    return _AHEAD.sub(" ", quote)
