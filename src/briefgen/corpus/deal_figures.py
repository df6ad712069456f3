"""The worth of one deal, stated by two outlets: figures of one occasion that are one figure.

An event proposal joins the reports of one visit, and the discrepancy checks
compare their dates, never their figures.  News gives the worth of a deal
signed on such an occasion next to the deal and the name it goes by: "an
agreement between Qatar and Boeing for the purchase of 160 jets", "a deal for
210 new Boeing aircraft"; "the $240 billion AUKUS submarine deal", "AUKUS, a
$368 billion defence agreement".  Two reports of one occasion whose figures, in one unit,
each sit beside a word for a deal and beside one same name are one figure
stated twice; when they differ, the pair is proposed as one figure so that
``check`` sets them side by side.

Figures too far apart to be one figure reported twice (more than
:data:`~briefgen.corpus.clash.RANGE_SHARE` of the larger) are left alone, as
``check`` leaves them: "$4.8 billion with Boeing" the day before is another deal.

The name must be the deal's, not the occasion's: a name that most reports of
the occasion use (the host country, the visitor) says only that both figures
belong to the visit, and a visit has many figures.

Two articles that name one deal beside a figure are weighed together too, whatever
the proposals join (:func:`articles_naming_one_deal`): a page that states no date
has its facts dated by a guessed year, and no proposal joins "the $240 billion
AUKUS submarine deal" on Azzet's undated page to The Business Times's "the AUKUS
security pact, a $368 billion trilateral defense agreement" (intake_final58).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from decimal import Decimal, InvalidOperation

from briefgen.corpus.clash import RANGE_SHARE, gap_share, is_target, text_names
from briefgen.corpus.conflicts import compared_unit
from briefgen.corpus.discrepancies import values_agree
from briefgen.corpus.evidence import Prepared
from briefgen.corpus.measure_units import in_one_unit
from briefgen.corpus.models import Fact, Value
from briefgen.text.english import MAGNITUDE_WORDS

#: How many words either side of a figure say what it is the figure of.
WINDOW = 8

#: Words (lower case) that make a figure the worth or size of a deal.
_DEAL_WORDS = frozenset(
    [
        "deal",
        "deals",
        "agreement",
        "agreements",
        "pact",
        "contract",
        "contracts",
        "purchase",
        "purchases",
        "order",
        "orders",
        "buy",
        "commitments",
        "package",
    ]
)
_SCALES = {**MAGNITUDE_WORDS, "mn": 10**6, "bn": 10**9}
_NUMBER = re.compile(rf"(\d[\d,]*(?:\.\d+)?)\s*({'|'.join(_SCALES)})?\b", re.IGNORECASE)
_WORD = re.compile(r"[\w’'-]+")
#: An aside in brackets ("$200 billion (Rs 16.7 lakh crore) agreement"): a conversion or a gloss, not what the figure is of.
_ASIDE = re.compile(r"\([^()]*\)")
#: Names written in capitals ("AUKUS", "CPEC"), which :func:`text_names` leaves to the drafts' entities.  The word's
#: start is a look-behind after its first capital, not a ``\b`` before it: the engine then looks only where a capital
#: is, not at every character (the same words, in half the time: see :data:`briefgen.corpus.clash._NAME`).
_ACRONYM = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{2,}\b")


def _names(text: str) -> frozenset[str]:
    return text_names(text) | {a.lower() for a in _ACRONYM.findall(text)}


def _surroundings(quote: str, value: Value) -> list[str]:
    """The words around each place the quote writes the figure in digits ("$96 billion", "160 jets"), asides left out."""
    wanted = value.stated_numbers
    found = []
    for match in _NUMBER.finditer(quote):
        try:
            number = Decimal(match.group(1).replace(",", "")) * _SCALES.get((match.group(2) or "").lower(), 1)
        except InvalidOperation:
            continue
        if number in wanted:
            before = _WORD.findall(_ASIDE.sub(" ", quote[: match.start()]))[-WINDOW:]
            after = _WORD.findall(_ASIDE.sub(" ", quote[match.end() :]))[:WINDOW]
            found.append(" ".join([*before, match.group(0), *after]))
    return found


def _deal_names(quote: str, value: Value) -> frozenset[str]:
    """The names beside the figure where a deal word is beside it too: what the deal goes by."""
    names: set[str] = set()
    for near in _surroundings(quote, value):
        if _DEAL_WORDS & {w.lower() for w in _WORD.findall(near)}:
            names |= _names(near)
    return frozenset(names)


def _names_counted(facts: list[Fact]) -> Counter[str]:
    """How many of the facts' quotes use each name."""
    return Counter(name for fact in facts for name in _names(fact.quote))


def _occasion_names(members: list[Fact]) -> frozenset[str]:
    """Names that more than half the reports of the occasion use: the occasion's, not one deal's."""
    if len(members) <= 2:
        return frozenset()
    return frozenset(n for n, c in _names_counted(members).items() if 2 * c > len(members))


#: Share of an article's facts above which a name it uses is what the article is about, not a deal's name.
SUBJECT_SHARE = 0.25


#: The deal words no other deal word is inside ("deal", not "deals"): a quote holds a deal word, inside another word
#: too, exactly when it holds one of these.  Nine substring tests of the lowered quote cost about half the one search
#: of an alternation of every word, which the engine tries at every place of the quote.
_DEAL_WORD_CORES = tuple(sorted(w for w in _DEAL_WORDS if not any(other != w and other in w for other in _DEAL_WORDS)))


def _may_name_a_deal(quote: str) -> bool:
    """Whether a deal word may be in the quote (written inside another word too): most figures' names need no reading."""
    return any(map(quote.lower().__contains__, _DEAL_WORD_CORES))  # stepped in C, not by a generator in Python


def _subject_names(members: list[Prepared]) -> frozenset[str]:
    """Names an article uses in more than :data:`SUBJECT_SHARE` of its facts (at least two): its parties and places."""
    counted = _names_counted([item.fact for item in members])
    return frozenset(n for n, c in counted.items() if c >= 2 and c > SUBJECT_SHARE * len(members))


def articles_naming_one_deal(articles: dict[str, list[Prepared]]) -> list[tuple[list[Prepared], frozenset[str]]]:
    """Pairs of articles that each give a figure beside a deal word and one same name: both articles' facts, and
    the names to leave out of the comparison (what either article is about).

    What joins the two reports need not be a proposal: a page that states no date has its facts dated
    by a guessed year, and no proposal joins them to the reports of the same talks, though "the $240
    billion AUKUS submarine deal" and "the AUKUS security pact, a $368 billion trilateral defense
    agreement" speak of one deal.  A name either article uses throughout ("Egypt" in two reports of
    talks in Cairo) is no deal's name: "$50 billion in loans and investment deals" for Egypt and
    "$35 billion for a land development deal for Egypt" are two sums.
    """
    named: dict[str, list[frozenset[str]]] = {}  # each source's deal names, figure by figure
    for source, members in articles.items():
        for item in members:
            value = item.fact.value
            if value is not None and _may_name_a_deal(item.fact.quote) and (names := _deal_names(item.fact.quote, value)):
                named.setdefault(source, []).append(names)
    subjects = {source: _subject_names(articles[source]) for source in named}  # read only for articles that name a deal
    by_name: dict[str, set[str]] = {}
    for source, found in named.items():
        for name in frozenset().union(*found) - subjects[source]:
            by_name.setdefault(name, set()).add(source)
    pairs = {pair for sources in by_name.values() for pair in itertools.combinations(sorted(sources), 2)}
    return [(articles[a] + articles[b], subjects[a] | subjects[b]) for a, b in sorted(pairs)]


def two_report_clashes(articles: dict[str, list[Prepared]]) -> list[tuple[str, str]]:
    """The pairs :func:`deal_figure_clashes` finds in each two articles that name one deal
    (:func:`articles_naming_one_deal`), by fact ids, in order.

    They read the articles alone, nothing the proposals add: the parent of the linking child works
    them out with the occasions and hands them down (:mod:`briefgen.corpus.handover`): the child is
    the longer side after the fork.  On the 50,000-fact benchmark corpus (traced, forks forced, 18
    runs each against main at load 3.3): the child's CPU 1.845 → 1.799 s median, the parent's
    occasions 0.825 → 0.886 s.
    """
    return [(a.id, b.id) for members, subjects in articles_naming_one_deal(articles) for a, b in deal_figure_clashes(members, subjects)]


def deal_figure_clashes(members: list[Prepared], subjects: frozenset[str] = frozenset()) -> list[tuple[Fact, Fact]]:
    """Pairs of one occasion's reports, from two sources, that give one deal's figure differently.

    ``subjects``: names to leave out besides the occasion's (see :func:`articles_naming_one_deal`).
    """
    common = _occasion_names([m.fact for m in members]) | subjects
    named = []
    for item in members:
        value = item.fact.value
        if value is None or is_target(item.fact, item.word_set):
            continue
        names = _deal_names(item.fact.quote, value) - common
        if names:
            named.append((item.fact, value, names))
    found = []
    for (a, va, na), (b, vb, nb) in itertools.combinations(named, 2):
        if a.source == b.source or compared_unit(va.unit) != compared_unit(vb.unit) or not na & nb:
            continue
        share = gap_share(*in_one_unit(va, vb))
        if not values_agree(va, vb) and share is not None and share <= RANGE_SHARE:
            found.append((a, b))
    return found
