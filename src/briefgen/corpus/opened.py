"""The thing a visit opens: a report's lines on the plant, the facility or the bridge inaugurated are parts of it.

A visit often has its ceremony at a site: "Rajnath Singh and his Moroccan counterpart
Abdelatif Loudyi jointly inaugurated Tata Advanced Systems Limited's defence
manufacturing facility at Berrechid".  The report then describes what was opened, in
lines that name no visit, no talks and no side, or one side at most: "Spanning an
impressive 20,000 square meters, this cutting-edge facility is set to produce the
advanced Wheeled Armoured Platform", "The facility at Berrechid is the first-ever
Indian defence manufacturing plant in Africa", "This historic inauguration marks the
very first time an Indian defence firm has established an overseas production plant".
The labels hold each a part of the occasion the site was opened at; no reading of
what was said or done there (:mod:`briefgen.corpus.said_there`) takes it in, for it
has no speaker and no two sides.

Such a line is read as a part when the article's occasion tells of a thing
inaugurated, dedicated or opened (:func:`things_opened`, the kind of thing by its
noun: a facility, a plant, a centre...), and the line refers back to it by that noun
with "this", "the" or "that" before it (a few words between: "this cutting-edge
facility"), or to the opening itself ("this historic inauguration"); it must fall
on the occasion's days and tell no background, the site's size aside (see
:func:`briefgen.corpus.spoken.told_at_occasion`).  The caller reads it only from an
article largely about its occasion, and every part is read later for another date,
another meeting and an outsider.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.evidence import Prepared
from briefgen.corpus.passive_openings import before_passive_openings
from briefgen.corpus.spoken import told_at_occasion
from briefgen.text.cues import may_hold
from briefgen.text.dates import PartialDate

#: The kinds of fact a line on the thing opened is told as: a line, a happening, a plan ("the facility will produce").
_KINDS = frozenset({"statement", "event", "plan"})

#: What a visit opens, by the noun news names it with (singular; a plural "s" is read too).
THINGS = (
    "facility", "plant", "factory", "centre", "center", "institute", "bridge", "port", "terminal", "museum",
    "hospital", "building", "complex", "campus", "school", "embassy", "consulate", "railway", "highway", "dam",
    "pipeline",
)  # fmt: skip
_THING = re.compile(r"\b(" + "|".join(THINGS) + r")s?\b", re.IGNORECASE)

#: An act of opening and the few words after it, where the thing opened is named: "inaugurated Tata Advanced Systems
#: Limited's (TASL) defence manufacturing facility", "will dedicate a manufacturing facility", "inaugurated the
#: Mahatma Gandhi Memorial Hospital Building" (a hospital and a building: either names it back).
_OPENING = re.compile(
    r"\b(?:inaugurat\w*|dedicat(?:e|es|ed|ing)|open(?:s|ed|ing)?|commission(?:s|ed|ing)?)\b((?:\W+[\w'’-]+){1,9})",
    re.IGNORECASE,
)

#: The opening itself, named back: "this historic inauguration", "the opening".
_OPENING_NAMED = re.compile(r"\b(?:this|the|that)\s+(?:[\w-]+\s+)?(?:inauguration|opening)\b", re.IGNORECASE)

#: The size of a site, which describes it and measures no relation: "20,000 square metres", "a 50-acre campus".
_SITE_SIZE = re.compile(
    r"\b[0-9][0-9,.]*\s*(?:square|sq\.?)\s*(?:met(?:re|er)s|kilomet(?:re|er)s|km|feet|ft|miles)\b"
    r"|\b[0-9][0-9,.]*[- ](?:acres?|hectares?)\b",
    re.IGNORECASE,
)

#: What every match of :data:`_OPENING` holds, lower-cased.
_OPENING_CUES = ("inaugurat", "dedicat", "open", "commission")


def things_opened(quotes: Iterable[str]) -> frozenset[str]:
    """The nouns of the things ``quotes`` (an occasion's parts) tell inaugurated, dedicated or opened, lower-cased.

    The thing is named after the act ("inaugurated the hospital building") or, in the passive, before it ("the port
    was officially opened", see :mod:`briefgen.corpus.passive_openings`).
    """
    texts = [quote for quote in quotes if may_hold(quote, _OPENING_CUES)]
    phrases = [match.group(1) for quote in texts for match in _OPENING.finditer(quote)]
    phrases += [words for quote in texts for words in before_passive_openings(quote)]
    return frozenset(noun.lower() for phrase in phrases for noun in _THING.findall(phrase))


def names_thing_opened(quote: str, opened: frozenset[str]) -> bool:
    """Whether a quote names back a thing of ``opened`` ("this cutting-edge facility"), or the opening itself."""
    if not opened:
        return False
    nouns = "|".join(sorted(opened))
    back = re.compile(rf"\b(?:this|the|that)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})s?\b", re.IGNORECASE)
    return back.search(quote) is not None or _OPENING_NAMED.search(quote) is not None


def of_thing_opened(item: Prepared, opened: frozenset[str], date: PartialDate) -> bool:
    """Whether a fact describes a thing its occasion (dated ``date``) opened, on the occasion's days, as no background.

    ``opened`` are the nouns :func:`things_opened` found in the occasion's parts.  A line that names another time ("an
    agreement on building the bridge during an official goodwill visit ... in 2012") tells the thing's history, not
    the occasion (see :mod:`briefgen.corpus.elsewhen`).  The site's size is set aside before the background is read:
    it describes the thing, it is no level of the relation.
    """
    fact = item.fact
    if fact.kind not in _KINDS or not names_thing_opened(fact.quote, opened) or elsewhen(fact.quote, date):
        return False
    return told_at_occasion(item, date, _SITE_SIZE.sub(" ", fact.quote))
