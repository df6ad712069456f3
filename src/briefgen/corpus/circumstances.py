"""Circumstances: what a visit is told to come as, or after, when that is not a part of it.

A report of a visit sets it in the news around it with the visit, the talks or the
deal as the subject of "comes": "The visit comes as the UK aims to attract fresh
investment from oil-rich Gulf states", "His visit comes as Canada finds itself in the
middle of a trade war with the United States", "The agreement comes as Germany,
Europe's biggest economy, faces severe labor shortages", "The summit comes as global
geopolitics shift", "The agreements come after nearly four years of a row between
Qatar and Egypt".  What follows "comes as" is the circumstance the visit falls in, and
what follows "comes after" the happening before it: another occasion, which the labels
of record keep apart from the visit (half A, round 107: the seven labelled sentences in
this shape, told of a trade war, a labour shortage, a row, a country's diplomacy or
the geopolitics of tariffs, are in none of the visit's groups; three are in background
groups of their own, four in no group).  Such a sentence carries the visit's words and its
parties, so :mod:`briefgen.corpus.occasions` took it in, and with it one wrong pair for
every other fact of the occasion.

What the visit comes as is still a part of it when it is the visit's own: an
anniversary it marks ("The visit comes as the two countries prepare to celebrate 10
years of their Strategic Partnership", "comes as the countries mark 30 years";
:mod:`briefgen.corpus.marked`), the visit it is a part of ("This meeting comes as
Tebboune is on a state visit to China"), a reciprocal gesture or an invitation, a
meeting, a signing or a welcome told in the same clause ("Confirmation of the business
deals came as President Trump was welcomed to China").  Measured on the labelled sets,
what the visit comes after is another visit as often as not ("comes after his two-day
official visit to Russia", joined to the visit by the labels), so a clause naming a
visit, a trip or a summit is left as it is too.  "Comes at a time when" is not read:
on half A its one sentence ("This visit comes at a time when the French nuclear group
Orano ... is a candidate for a large-scale uranium extraction project") took 31 wrong
pairs out and 28 right ones with them, those of another outlet's line on Macron's
defence of Orano, which joins the visit only as a retelling of it
(:mod:`briefgen.corpus.retold`).

Only a sentence whose subject is the visit or what it brought is read ("the visit", "His
trip", "The agreements"): "It came as Paris and Jakarta signed a series of cooperation
agreements", "a state visit that comes as Moscow is seeking ..." and "The strengthening
of ties comes against the backdrop of a flourishing trade relationship" are parts of the
visit in the labelled sets (of the 33 labelled sentences of half A where something comes
as or after, or at a time when, the 18 the labels join to the visit are all kept by the
tests above or by their subject).  :mod:`briefgen.corpus.beside` reads "comes amid",
"comes on the heels of" and "comes a week after" the same way.
"""

from __future__ import annotations

import re

from briefgen.text.cues import may_hold

#: The visit, or what it brought, as the subject of "comes as", "came after", "comes against the backdrop of" ("The
#: visit comes as", "His trip came after"), with a measure of time before "after"
#: ("comes shortly after", "came hours after", "comes less than a month after"); the rest of the clause follows.
_COMES_AS = re.compile(
    r"\b(?:visits?|trips?|tours?|talks|meetings?|summit|agreements?|deals?|accords?|pacts?)\s+(?:also\s+)?(?:comes?|came)\s+"
    r"(?:(?:only|just|shortly|soon|barely|nearly|hours|days|weeks|months|(?:less|more) than (?:a|one|two|three) \w+)\s+)?"
    r"(?:as|after|against (?:the|a) backdrop of)\b(?P<rest>[^.;]{0,120})",
    re.IGNORECASE,
)
#: What makes the clause the visit's own: an anniversary it marks, a visit, trip, tour or summit it is or follows, an
#: invitation or a gesture it answers, a meeting, a signing, an arrival or a welcome told with it.
_OWN = re.compile(
    r"\b(?:visit\w*|trips?|tours?|summits?|invit\w*|gestures?|reciproc\w*|meet(?:s|ing|ings)?|met|part of"
    r"|mark(?:s|ed|ing)?|celebrat\w*|anniversar\w*|jubilee|sign(?:s|ed|ing|ings)?|welcom\w*|arriv\w*|receiv\w*"
    r"|host(?:s|ed|ing)?|land(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
#: What every match of :data:`_COMES_AS` holds, lower-cased (see :mod:`briefgen.text.cues`).
_CUES = ("come", "came")


def comes_as_circumstance(quote: str) -> bool:
    """Whether ``quote`` tells what the visit, the talks or the deal comes as or after, that is not a part of it.

    "The visit comes as the UK aims to attract fresh investment from oil-rich Gulf states" tells the circumstance
    around it; "The visit comes as the two countries prepare to celebrate 10 years of their Strategic Partnership"
    tells an anniversary it marks, and stays with it (see the module's docstring).
    """
    if not may_hold(quote, _CUES):
        return False
    found = _COMES_AS.search(quote)
    return found is not None and _OWN.search(found.group("rest")) is None
