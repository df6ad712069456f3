"""The figures of the thing a visit opens: its capacity, its cost, its output and its jobs are parts of the occasion.

A visit that opens a plant, a port or a power project is reported with the thing's figures in lines of their own:
"The new plant, built at a cost of Rs 5,000 crore, will help Samsung raise its capacity ... to 120 million", "The
mobile phone plant can produce nearly 12 crore phones every year", "the project will add 1320 MW to Bangladesh's
National Grid".  The labels hold each a part of the occasion the thing was opened at: the figure describes what the
leaders opened, not a level of the relation.  :mod:`briefgen.corpus.opened` reads the lines that name the thing back
but sets them aside when they carry a figure (every figure reads as background in
:func:`briefgen.corpus.spoken.told_as_background`, the site's size aside), and it names the thing back only by the
noun the act used, where reports vary it: a "facility" inaugurated is "the 35-acre factory", "the new plant", "the
phone manufacturing unit" in the lines after.

Here a line is such a part when the occasion's parts tell a thing inaugurated, opened, unveiled, founded or launched
(:func:`sites_opened`: the nouns of :func:`briefgen.corpus.opened.things_opened` and
:func:`briefgen.corpus.founded.things_founded`, those after "unveiled", and their
kin: a facility, a plant, a factory and a unit are one site, and "the project" names any), the line names it back
with "this", "the", "that" or "its" before the noun, carries a figure, and has no date of its own: it falls on the
occasion's days and names no other time (:func:`briefgen.corpus.elsewhen.elsewhen`: "set up in 1996", "added in
2005" tell the site's history; a rate of output, "every year", is no other time).  Its figures are set aside before
the background is read, its words are not: a line on how the thing's output "rose" or what it "reached" over
"decades" stays out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.evidence import Prepared
from briefgen.corpus.founded import things_founded
from briefgen.corpus.opened import things_opened
from briefgen.corpus.spoken import told_at_occasion
from briefgen.text.cues import may_hold
from briefgen.text.dates import PartialDate

#: Nouns news uses for one site in turn: a plant inaugurated is "the factory", "the new facility", "the unit".
_KIN = (
    frozenset({"facility", "plant", "factory", "unit", "complex"}),
    frozenset({"port", "terminal"}),
    frozenset({"centre", "center", "institute", "campus"}),
    frozenset({"hospital", "building"}),
)

#: What names any thing opened back: the works it was built as ("the first phase of the project").
_PROJECT = "project"

#: The nouns a thing unveiled is named by, in the few words after the act ("unveiled the 1320 MW coal-fired power
#: plant", "unveil the first unit of Maitree Thermal Power Plant"); the active acts of opening are read by
#: :func:`briefgen.corpus.opened.things_opened`.
_UNVEILED = re.compile(
    r"\bunveil(?:s|ed|ing)?\b((?:\W+[\w'’-]+){1,9})",
    re.IGNORECASE,
)
_SITE = re.compile(r"\b(facility|plant|factory|unit|complex|port|terminal|project)s?\b", re.IGNORECASE)

#: A number, blanked before the background is read: the figure is what the line tells of the thing.
_NUMBER = re.compile(r"[0-9][0-9,.]*")

#: A rate of output, blanked before the other times are read: "can produce nearly 12 crore phones every year",
#: "processing 85,000 tonnes of steel annually" measure the thing; they name no happening of another time.
_RATE = re.compile(r"\b(?:annually|yearly|(?:every|each|per|a) year|per annum)\b", re.IGNORECASE)

#: A step told as done before the occasion without a date: "IBN recently granted the licence ... to generate power from
#: the Arun-III Hydropower Project" tells the works' history, which :func:`briefgen.corpus.elsewhen.elsewhen` reads by
#: dates and counts alone.
_LATELY = re.compile(r"\brecently\b", re.IGNORECASE)


def sites_opened(quotes: Iterable[str]) -> frozenset[str]:
    """The nouns a line may name back a thing opened by, when ``quotes`` (an occasion's parts) tell one opened.

    The nouns the act used (:func:`briefgen.corpus.opened.things_opened`, the works founded or launched of
    :func:`briefgen.corpus.founded.things_founded`, and those after "unveiled"), their kin in
    :data:`_KIN`, and "project"; nothing when no thing is told opened.
    """
    texts = list(quotes)
    nouns = set(things_opened(texts) | things_founded(texts))
    unveiled = [quote for quote in texts if may_hold(quote, ("unveil",))]
    nouns.update(noun.lower() for quote in unveiled for m in _UNVEILED.finditer(quote) for noun in _SITE.findall(m.group(1)))
    if not nouns:
        return frozenset()
    kin = {noun for group in _KIN if not group.isdisjoint(nouns) for noun in group}
    return frozenset(nouns | kin | {_PROJECT})


def names_site(quote: str, sites: frozenset[str]) -> bool:
    """Whether a quote names back one of ``sites`` with a determiner and at most three words before the noun."""
    if not sites:
        return False
    nouns = "|".join(sorted(sites))
    back = re.compile(rf"\b(?:this|the|that|its)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})s?\b", re.IGNORECASE)
    return back.search(quote) is not None


def figure_of_site(item: Prepared, sites: frozenset[str], date: PartialDate) -> bool:
    """Whether a fact gives a figure of a thing its occasion (dated ``date``) opened, with no date of its own.

    ``sites`` are the nouns :func:`sites_opened` found in the occasion's parts.  Any kind of fact is read, a figure
    too: the capacity, the cost and the jobs are what such a line tells.
    """
    quote = item.fact.quote
    # no thing opened (most occasions): nothing to name back, and no need to look for a number
    if not sites or not _NUMBER.search(quote) or not names_site(quote, sites) or _LATELY.search(quote):
        return False
    if elsewhen(_RATE.sub(" ", quote), date):
        return False
    return told_at_occasion(item, date, _NUMBER.sub(" ", quote))
