"""Which single act a quote reports: talks, a signing, a remark, a welcome, as news names each.

:mod:`briefgen.corpus.act_days` sets the day one report gives an act against
the day another gives it; it first asks what act a quote tells.  A visit's
welcome is an act of its own, held once, and news names it by its verb or its
ceremony: "French President Emmanuel Macron on Thursday welcomed President
Bola Tinubu to the country" against "The ceremony, held on Wednesday, November
27, marked the commencement of Tinubu's two-day state visit to France"
(intake_final122), or "Prime Minister Abiy Ahmed today welcomed PM Modi at the
National Palace during an official welcoming ceremony".  Such quotes named no
act, so the two days one welcome was given were never set against each other.

A greeting at the airport is the arrival, told on the arrival's day, and not
the welcome ceremony (often held the next day): a quote that names an airport
or an arrival tells no welcome here (:func:`tells_a_welcome`), so the arrival's
day and the ceremony's are never one act on two days.  Nor is "welcomed the
decision" or "welcomed India's offer": a welcome names its guest, a capitalised
name or title that owns nothing.
"""

from __future__ import annotations

import re

#: The kinds of act that happen once, as a past report names them.
ACTS = {
    "talks": re.compile(
        r"\b(?:held|had)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|meetings)\b|\bmet\b|\bwith\s+a\s+meeting\s+with\b"
        r"|\bwas\s+hosted\s+by\b"
    ),
    "signing": re.compile(r"\bsigned\b"),
    "remark": re.compile(r"\b(?:said|told)\b"),
}
#: Words without which a quote names none of the acts (a look for each is cheaper than the patterns).
CUES = ("said", "told", "met", "talks", "meeting", "signed", "hosted", "welcom", "ceremon")

#: The offices news sets before a person's name ("Chinese President Xi Jinping", "King Abdullah").
TITLES = (
    r"(?:President|Premier|Minister|King|Queen|Emperor|Empress|Chancellor|Secretary|Prince|Emir|Sultan|Pope|Governor|Mayor"
    r"|Ambassador)"
)
#: The welcome of a visitor, done: "welcomed President Bola Tinubu", "an official welcoming ceremony", "a ceremonial
#: welcome", or a ceremony that "marked the commencement" of the visit.
_WELCOME = re.compile(
    r"\bwelcomed\s+(?:the\s+visiting\s+)?[A-Z][\w.-]*\b(?!['’]s\b)"
    r"|\b(?:welcoming|welcome)\s+ceremony\b|\bceremonial\s+welcome\b"
    r"|\bceremony\b[^.;]{0,60}\b(?:marked|marking)\s+the\s+(?:commencement|start|beginning)\s+of\b"
)
#: An airport or an arrival: a greeting told with either is the arrival's, not the welcome ceremony.
_ARRIVAL = re.compile(r"\b(?:airport|airbase|arriv\w*|landed|landing)\b", re.IGNORECASE)


def tells_a_welcome(quote: str) -> bool:
    """Whether the quote reports a visitor's welcome done (not a greeting at the airport, not an arrival)."""
    if "welcom" not in quote and "ceremon" not in quote:
        return False
    return _WELCOME.search(quote) is not None and _ARRIVAL.search(quote) is None


def acts_named(quote: str) -> list[str]:
    """The kinds of act a quote names, in the order of :data:`ACTS`, then a welcome (:func:`tells_a_welcome`)."""
    found = [name for name, pattern in ACTS.items() if pattern.search(quote)]
    if tells_a_welcome(quote):
        found.append("welcome")
    return found
