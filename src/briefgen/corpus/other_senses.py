"""Occasion words in another sense: meeting a need, hosting a population, a council that is a standing body.

:mod:`briefgen.corpus.occasion_words` takes a fact for a part of an occasion
when one of its words speaks of a visit, a meeting, a host, a council or an
inauguration.  Four of those words have a second, common sense in reports of a visit that has
nothing to do with one:

* **meeting a need**: "Kuwait is India's sixth largest crude supplier,
  meeting 3% of the country's energy needs" (intake_final50) measures a trade,
  it reports no meeting;
* **hosting a population**: "Brazil arguably hosts the largest
  Japanese-descendant population outside Japan" (intake_final88) is a fact of
  the two peoples, not a visit hosted;
* **the first of its kind**: "Egypt's inaugural nuclear power plant"
  (intake_final52) is the country's first plant, no inauguration held;
* **a council that is a standing body**, named by its kind: "The UK's trade
  relationship with the Gulf Cooperation Council (GCC) is worth 57bn"
  (intake_final74), "Merz also wants to establish a national security council
  in the chancellery" (intake_final56); a business council is a body too.  A
  council that sits keeps its sense: "the council considered issues of
  water", "a council of ministers", "the High-Level Strategic Cooperation
  Council" of two sides (named by its sittings), "the Advisory Council was
  held in Baku".

Each such fact, its only occasion word read in the other sense, was left in
the occasion of its page and joined to every part of it (background, by the
labels: about 30 wrong pairs each on half A).  :func:`without_other_senses`
gives a text with those phrases taken out, so that the caller reads the
occasion words of what is left.
"""

from __future__ import annotations

import re

from briefgen.text.cues import may_hold

#: The occasion stems (cut to five letters, as facts' words are) that have a second sense read here.
STEMS_WITH_OTHER_SENSES = frozenset({"meet", "meets", "meeti", "host", "hosts", "hoste", "counc", "inaug"})

#: A word of a phrase, as the patterns below step over it: "3%", "country's", "energy".
_WORD = r"[^\s.;,]+\s+"

#: A word that would tell a meeting's time, place, party or purpose ("meet on Friday over energy needs", "meet with
#: Modi", "meet to discuss the needs"): a phrase stepping over one is not a need met.
_NOT_A_MEETING = r"(?!(?:with|on|in|at|over|to|for|during|after|before|and|amid|about|next|this|again)\b)"

#: The phrases in which those words have their other sense (see the module docstring).
_OTHER_SENSES = re.compile(
    # meeting a need: "meeting 3% of the country's energy needs", "to meet the growing demand for gas"
    rf"\bmeet(?:s|ing)?\s+(?:{_NOT_A_MEETING}{_WORD}){{0,5}}?(?:needs|demands?|requirements?)\b"
    # hosting a population, told as a state of things: "hosts the largest Japanese-descendant population" (not "hosted
    # members of the diaspora", a reception of the visit)
    rf"|\bhosts\s+(?:the|a|an|some|about|around|over|nearly)\s+(?:(?!of\b){_WORD}){{0,3}}?(?:population|diaspora)\b"
    # a council that is a standing body, named by its kind
    r"|\b(?:gulf\s+cooperation|business|national\s+security)\s+council\b"
    # the first of its kind, not an inauguration: "Egypt's inaugural nuclear power plant" (an inaugural session or summit
    # is still an occasion, by its own word)
    r"|\binaugural\b",
    re.IGNORECASE,
)

#: What every match of :data:`_OTHER_SENSES` holds, lower-cased.
_CUES = ("meet", "host", "council", "inaugural")


def without_other_senses(text: str) -> str | None:
    """``text`` with the phrases that use an occasion word in its other sense blanked out, or None when it has none."""
    if not may_hold(text, _CUES):
        return None
    blanked = _OTHER_SENSES.sub(" ", text)
    return blanked if blanked != text else None
