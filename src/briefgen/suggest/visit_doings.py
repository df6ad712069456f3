"""What a visit did that the worth test's act words miss: a meal with a named host, a walk, a gift, relations raised.

The worth test (:mod:`briefgen.suggest.worth`) drafts a sentence that names an act it knows of (signed, met,
visited, said); sentences that tell a checkable act in other words reached its end and were refused as "no act".
Traced on half A's labelled misses, three kinds are kept by the labels and by the judges:

- a leader's time with a named person or at a named place: "Starmer had dinner with Carney at his official
  residence", "Macron dined at the museum of Genghis Khan", "both came to see off PM Modi at the airport",
  "the two presidents greeted vendors … while strolling through the Khan El-Khalili market", "was greeted at the
  Beijing Capital international airport by Australia's current ambassador";
- a gift or an honour handed to a named person: "has presented the Companion of the Order Fiji to India's
  President Droupadi Murmu", "He also gifted them sacred Sangam water";
- relations moved to a named level: "have resolved to elevate their ties to a strategic partnership level",
  "We have upgraded the relationship to …", "advanced from a strategic partnership to a comprehensive strategic
  partnership".
- who travels with the leader: "Joining Lula's entourage were …", "are also part of the entourage", "he was
  flanked by Foreign Secretary Vikram Misri".

Each needs a named object (a capital after the verb) or a named level, so that a meal, a walk or a hope
("relations will be elevated") with nothing to check stays refused; only the end of the worth test asks, after
ceremony, courtesy and generic prose have had their say.
"""

from __future__ import annotations

import re

# A named person or place within a few words: "with Federal Chancellor Olaf Scholz", "at the museum of Genghis Khan".
_NAMED = r"(?:[\w’'-]+ ){0,4}?(?-i:[A-Z])"
_DOINGS = re.compile(
    # a meal with a named person, or at a named place
    r"\b(?:had|have|has|will have|having|hosted|hosts|host|joined (?:\w+ )?for|attended) (?:an? )?(?:[\w-]+ )?"
    r"(?:dinner|lunch|luncheon|breakfast|banquet) (?:with|at) " + _NAMED + r"|"
    r"\b(?:dined|dines|lunched) (?:with|at|in) "
    + _NAMED
    + r"|\b(?:took|take|takes) part in (?:[\w-]+ ){0,4}?(?:dinner|lunch) at "
    + _NAMED
    + r"|"
    # an audience with a named host, views exchanged on named matters (talks held)
    r"\baudiences? with (?:the )?(?-i:[A-Z])|\bexchanged views on (?:[\w’'-]+ ){0,6}?(?-i:[A-Z])|"
    # seen off, greeted at a named door or by a named person
    r"\b(?:came|come|went) to see off\b|\bsaw (?:\w+ ){1,3}off\b|\bseen off by " + _NAMED + r"|"
    r"\bgreeted (?:[\w’'-]+ ){0,3}(?:at|by) " + _NAMED + r"|"
    # a walk through a named place
    r"\b(?:strolled|strolling|walked|walking|toured|touring) (?:through|around|in) (?:the )?(?-i:[A-Z])|"
    # a gift or an honour handed over
    r"\b(?:presented|conferred|bestowed) (?:the|an?|his|her) (?:[\w-]+ ){0,3}(?-i:[A-Z])[^.;]{0,60}? (?:to|on|upon) (?-i:[A-Z])|"
    r"\bgifted (?:him|her|them|the)\b",
    re.IGNORECASE,
)
# Relations raised to a level the sentence names.
_RAISED = re.compile(
    r"\b(?:elevat|upgrad)(?:e|es|ed|ing) (?:the |their |our |its |bilateral )*(?:[\w-]+ )?"
    r"(?:ties|relations|relationship|partnership) to\b|"
    r"\badvanced from an? (?:[\w-]+ ){0,3}partnership to an? (?:[\w-]+ ){0,3}partnership\b",
    re.IGNORECASE,
)
# The same told as a noun, the level named: "welcomed the elevation of bilateral ties to Enhanced Partnership", "the
# talks resulted in the elevation of India-Egypt relations to a 'Strategic Partnership'".
_RAISE_NAMED = re.compile(
    r"\b(?:elevation|upgrad(?:e|ing)) of (?:the |their |our |its |bilateral )*(?:[\w-]+ ){0,2}(?:ties|relations|relationship) to "
    r"(?:an? |the )?[\"“‘']?(?:[\w-]+ ){0,3}?[\"“‘']?(?-i:[A-Z])\w*[^.;]{0,30}?\b(?i:partnership|level|status)\b",
    re.IGNORECASE,
)
# Who travels with the leader, told without "accompanied by".
_ENTOURAGE = re.compile(
    r"\b(?:joining|part of|members of) (?:[\w’'.-]+ ){0,2}(?:entourage|delegation)\b|\bflanked by " + _NAMED,
    re.IGNORECASE,
)
# A caption's or a deck's line with no subject: "Warmly greeted by President Droupadi Murmu at the forecourt".
_NO_SUBJECT = re.compile(r"^(?:[A-Z]\w*ly )?(?:greeted|presented|gifted|joined|flanked|seen)\b")
# Told as a wish or a plan in doubt: "hopes to elevate ties", "could upgrade".
_UNSURE = re.compile(r"\b(?:hop(?:e|es|ed|ing)|wish\w*|could|might|may|would like) to\b|\b(?:could|might|may)\b", re.IGNORECASE)


def relations_raised(text: str) -> bool:
    """Whether the sentence tells the two sides' relations raised to a level it names as a noun ("the elevation of
    bilateral ties to Enhanced Partnership"): an outcome of the visit, however generic the words around it."""
    return not _UNSURE.search(text) and bool(_RAISE_NAMED.search(text))


def visit_doing(text: str) -> bool:
    """Whether the sentence tells a meal, a walk, a gift, a raise in relations or an entourage, each named."""
    if _UNSURE.search(text) or _NO_SUBJECT.match(text):
        return False
    return bool(_DOINGS.search(text) or _RAISED.search(text) or _ENTOURAGE.search(text))
