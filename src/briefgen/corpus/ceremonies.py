"""The ceremonies of a visit: the honours a visitor is given and the rites they perform there are a part of it.

A report of a visit tells its ceremony in words that name no visit, talks or
signing, and no verb of saying: "While in China, President Tinubu was warmly
received by his host with a 21-gun salute and a guard of honour", "The Emperor
walked with Mongolian President Ukhnaa Khurelsukh and was saluted by an honor
guard", "Charles … and the emir inspected the 1st Battalion Welsh Guards while a
military band played", "Royal Saudi Air Force F-15s provided an honorary escort
for Air Force One", "PM Modi becomes the first Indian to receive the honour".
The labels hold each a part of the visit it is told at, and none of the readings
of what was said or done there (:mod:`briefgen.corpus.said_there`) takes it in:
it names one side at most as its actor, and its numbers ("21-gun", "1st
Battalion") read as figures, which are background.

A ceremony is known by the protocol news tells of any state visit, whoever
reports it: the honours of an arrival (a guard of honour, a gun salute, a
ceremonial welcome, the red carpet, a military band, the anthems, an honorary
escort), the rites a visitor performs (a wreath laid, a tree planted, a guard
inspected, homage paid, a visitors' book signed) and an honour conferred on
them (an order, a medal, an award, "the honour" received or bestowed).  A fact
is read as a part of its article's occasion when it tells one of these, names a
side of the occasion, falls on its days, and tells no background: no time
before ("previously", "earlier", "already"), no honour told as given again or
before ("the same honour", "received it in 2019": another year than the
occasion's), and no figure once the ceremony's own numbers are set aside.  The
caller reads it only from an article largely about the occasion, and every part
is read later for another date, another meeting and an outsider.

Measured on half A (round 63, links of record, with :mod:`briefgen.corpus.enumerated`):
recall 81.87% to 82.56%, precision 93.92% to 93.93%; of it, 337 right pairs on six sets, 6
wrong and 20 unjudged, every one the new ceremony beside a line its occasion already held
and the labels keep apart (a warship's goodwill call, the emir's earlier visits, an
announced leg to another country); none lost, intake unchanged.  A welcome that is praise
("welcomed the level of trade": 18 pairs, none right) and an honour felt ("Honoured to be
among the first few leaders …", a post before leaving) are no ceremony and stay out.
"""

from __future__ import annotations

import re

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.readouts import tells_time_before
from briefgen.corpus.spoken import told_at_occasion
from briefgen.text.cues import may_hold
from briefgen.text.dates import PartialDate

#: The kinds of fact a ceremony is told as: a line, a happening, a figure ("saluted … to the sound of 21 guns"), a plan.
_KINDS = frozenset({"statement", "event", "figure", "plan"})

_HONOUR = r"hono(?:u)?r"
#: What a state confers on a visitor: an honour, an order, a medal, an award ("its highest civilian award").
_DISTINCTION = rf"(?:{_HONOUR}|award|order|medal|decoration|accolade)"
#: A ceremony of a visit: the honours of an arrival, a rite the visitor performs, an honour conferred on them.
_CEREMONY = re.compile(
    # the honours of an arrival
    rf"\bguards? of {_HONOUR}\b|\b{_HONOUR}(?:ary)? guards?\b|\bgun salute\b|\b[0-9]+ guns\b|\bceremonial (?:welcome|reception)\b"
    r"|\bred carpet\b|\bmilitary band\b|\bnational anthems\b|\bwelcom(?:e|ing) ceremony\b"
    rf"|\b{_HONOUR}ary escort\b|\b(?:military|state|full) {_HONOUR}s\b"
    # a rite the visitor performs
    r"|\b(?:laid|lays?|laying|placed|places|placing) (?:a |the )?(?:floral )?wreaths?\b"
    r"|\bplant(?:ed|s|ing) (?:a |an |the )?(?:[\w-]+ )?(?:sapling|tree)s?\b"
    r"|\binspect(?:ed|s|ing) (?:the |a |an )?(?:[\w-]+ ){0,4}(?:guards?|battalion|regiment|troops|parade)\b"
    r"|\bpa(?:id|ys|ying) (?:homage|(?:his |her |their )?respects)\b|\bvisitors[’']? books?\b"
    # an honour conferred on the visitor
    rf"|\b(?:receiv|confer|bestow|award|present)(?:e|es|ed|ing|s)? (?:(?:with|upon|on) )?(?:[\w'’-]+ ){{0,5}}?{_DISTINCTION}\b"
    rf"|\b{_DISTINCTION} (?:conferred|bestowed)\b",
    re.IGNORECASE,
)

#: The numbers a ceremony is told with, which count no level of the relation: "a 21-gun salute", "21 guns", "the 1st
#: Battalion Welsh Guards".
_CEREMONY_NUMBERS = re.compile(
    r"\b[0-9]+[- ]guns?\b|\b[0-9]+(?:st|nd|rd|th) (?:Battalion|Regiment|Company|Guards?)\b"
    # the jets of an escort named by their model, in the plural ("F-15s", "Su-35s")
    r"|\b[A-Z][A-Za-z]*-[0-9]+s\b"
    # the tally of a leader's honours the one conferred is ("the 21st international award conferred upon him")
    rf"|\b[0-9]+(?:st|nd|rd|th) (?:[\w-]+ ){{0,3}}?{_DISTINCTION}s?\b",
    re.IGNORECASE,
)

#: An honour told as given before, or again: "the same honour", "received it again".
_AGAIN = re.compile(r"\b(?:same|again)\b", re.IGNORECASE)

#: A year written out.
_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")


#: What every match of :data:`_CEREMONY` holds, lower-cased: a guard, an honour, a gun, a ceremony, the red carpet,
#: a band, the anthems, a wreath, a sapling or tree, an inspection, homage or respects, the visitors' book, a distinction.
_CEREMONY_CUES = (
    "guard", "hono", "gun", "ceremon", "red carpet", "military band", "national anthems", "wreath", "sapling", "tree",
    "inspect", "homage", "respects", "visitors", "award", "order", "medal", "decoration", "accolade",
)  # fmt: skip


def tells_ceremony(quote: str) -> bool:
    """Whether a quote tells a ceremony of a visit: an honour of arrival, a rite, an honour conferred.

    The long caseless pattern is tried only on a quote with one of its words (see :mod:`briefgen.text.cues`):
    on the 50,000-fact benchmark corpus none of the 3,826 quotes asked has one (0.04 s of the occasions).
    """
    return may_hold(quote, _CEREMONY_CUES) and _CEREMONY.search(quote) is not None


def _told_before(quote: str, date: PartialDate) -> bool:
    """Whether a quote tells its ceremony as of another time: a time before, "again", "the same", another year."""
    if tells_time_before(quote) or _AGAIN.search(quote):
        return True
    return any(int(year) != date.year for year in _YEAR.findall(quote))


def ceremony_of_visit(item: Prepared, names: frozenset[str], sides: frozenset[str], date: PartialDate) -> bool:
    """Whether a fact tells a ceremony of the occasion of ``sides`` (party keys) dated ``date``.

    ``names`` are the party keys of the fact's entities; one must be a side.
    It must tell a ceremony (:func:`tells_ceremony`), of no other time, with no
    background once the ceremony's own numbers are set aside (see
    :func:`briefgen.corpus.spoken.told_as_background`), and fall on the
    occasion's days (see :func:`briefgen.corpus.spoken.falls_on_occasion`).
    """
    fact = item.fact
    if fact.kind not in _KINDS or not names & sides or not tells_ceremony(fact.quote):
        return False
    if _told_before(fact.quote, date):
        return False
    return told_at_occasion(item, date, _CEREMONY_NUMBERS.sub(" ", fact.quote))
