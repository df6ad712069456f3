"""Two reports that cannot both be right: the pairs proposed for their disagreement, not their wording.

The link score (:mod:`briefgen.corpus.evidence`) rewards facts that are
worded alike, and two outlets that disagree seldom are: "volumes reaching
$64 billion last year, Putin noted" and "last year the Russian Indian trade
volume reached $68 billion" share a year, a unit and a few common words, not
a rare one.  Yet they are exactly the pair a reader must see side by side.
So a pair of figures is proposed as one figure, whatever its wording score,
when everything but the amount says it is one figure:

* the same unit, and the same time: the same period, or, with no period,
  dates that overlap (a figure dated by a year is about that year; two
  counts dated to one day are of one event; "March 2025" holds the 5th),
  or one period and a figure with none reported while that period was the
  latest ("$500 million" said in April 2023, "$461.9 million" for 2022);
* amounts within a tenth of each other that cannot both be true (28 and 29
  agreements, 80 and 85 km, $64-65 billion and $68 billion), or within half
  when one is a range (ranges that do not overlap cannot both be right) or
  when the unit is a kind of thing rather than money or a share (two
  counts of tractors supplied in one year; a bound on such a count too:
  "over 1,000 companies" against 771);
* at least :data:`SHARED_WORDS` words in common besides the figures, and
  both or neither a target (:func:`is_target`): a target is not the
  figure it aims at, and never conflicts with it.  Names do not count,
  but for the name of whose things both count ("Turkish companies").

A pair is proposed as one figure stated alike when the amounts are one (an
approximate figure holds the figures it rounds), and either the same words
say what it measures or the two articles are about the same parties and
were written days apart (:func:`same_reported_figure`).

Facts drafted by ``suggest`` name no entities; :func:`text_names` reads
the capitalised names of their claims instead, so that two drafts speaking
of one person's visit still meet.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Set
from decimal import Decimal

from briefgen.corpus.aimed import words_aiming_at
from briefgen.corpus.conflicts import latest_period, period_span, same_unit, unit_key
from briefgen.corpus.discrepancies import values_agree
from briefgen.corpus.measure_units import in_one_unit
from briefgen.corpus.measured_from import measured_from_two_places
from briefgen.corpus.models import Fact, Value
from briefgen.corpus.roles import may_state_roles, opposed
from briefgen.corpus.tours import tour_and_visit
from briefgen.text.dates import PartialDate
from briefgen.text.english import FULL_MONTH_PATTERN, MONTH_WORDS, WEEKDAY_WORDS

#: Largest gap between two figures, as a share of the larger, still read as one figure stated differently.
NEAR_SHARE = Decimal("0.1")
#: The same for a range: a range states its own uncertainty, and two that do not overlap are
#: incompatible even when further apart ("$150-200 million" and "$300-350 million" a year).
RANGE_SHARE = Decimal("0.5")
#: Words (cut to five letters, figures aside) two facts must share for their figures to be compared.
SHARED_WORDS = 3
#: Word stems of a target, a goal or a forecast: such a figure is not the figure it aims at.
TARGET_STEMS = frozenset({"targe", "aim", "aimin", "goal", "forec", "expec", "plan", "plann", "hope", "envis", "poise", "surpa"})

#: Measures that are not one another, however alike their figures (word stems).
_OPPOSED = (("expor", "impor"),)
#: Words of any amount of money or share: not evidence that two figures measure one thing.
_MAGNITUDE = frozenset({"billi", "milli", "thous", "dolla", "perce", "cent"})

#: A capitalised word: a capital not inside a word, then a small letter somewhere before the word ends.  The
#: look-behind comes after the capital, so that the engine looks only where a capital is (twice as fast as
#: before it, where it was tried at every character); the same words are found.
_NAME = re.compile(r"[A-Z](?<![\w’'][A-Z])[\w’'-]*[a-z][\w’'-]*")
_POSSESSIVE = re.compile(r"[’']s$")
#: Capitalised words that are not names: titles, words that open a sentence, and (below) months and weekdays.
_NOT_NAME_WORDS = (
    "president prime minister ministers minister's president's foreign finance commerce trade deputy "
    "chairman chief ambassador secretary state federal senator mr mrs ms dr he she it they we i the a an "
    "this that these those his her their its on in at of for from to with by as after before during over "
    "under and but or while when thanks speaking according "
    "calling setting different over both all some "
    # words that open a sentence, capitalised there, and name nobody ("Later in the day, the sides signed ...")
    "later earlier meanwhile however also besides moreover furthermore additionally separately yesterday "
    "today tomorrow then now"
)
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split()) | frozenset(MONTH_WORDS + WEEKDAY_WORDS)


@functools.lru_cache(maxsize=65536)
def text_names(text: str) -> frozenset[str]:
    """The capitalised names a sentence uses (lower case, possessive dropped): what a draft's entities would be.

    Remembered per text: linking asks for each quote's names once per pair it is compared in.
    """
    found = set()
    for word in _NAME.findall(text):
        name = _POSSESSIVE.sub("", word).lower()
        if name not in _NOT_NAMES and len(name) > 2:
            found.add(name)
    return frozenset(found)


def gap_share(a: Value, b: Value) -> Decimal | None:
    """The gap between two figures' intervals as a share of the larger figure (0 when they overlap).

    An open bound ("exceeding $160 billion", "up to 500") is compared by its
    closed end: a figure beyond it ("$157 billion") is a gap; one that it
    may hold says too little (None).
    """
    low_a, high_a = a.bounds
    low_b, high_b = b.bounds
    gaps = [low_b - high_a] if low_b is not None and high_a is not None else []
    gaps += [low_a - high_b] if low_a is not None and high_b is not None else []
    known = [abs(x) for x in (low_a, high_a, low_b, high_b) if x is not None]
    top = max(known, default=Decimal(0))
    if not gaps or top == 0:
        return None
    gap = max(*gaps, Decimal(0))
    if gap == 0 and None in (low_a, high_a, low_b, high_b):
        return None  # an open bound that may hold the other figure says too little
    return gap / top


#: Units any figure may have: money, shares, multiples.  A count of one kind of thing (tractors, agreements,
#: km of pipeline) says by its unit alone much of what it measures.
_GENERIC_UNITS = frozenset({"percent", "per cent", "%", "times", "dollar", "dollars", "rupee", "rupees", "euro", "euros"})


def currency_code(unit: str) -> bool:
    """Whether a unit is written as a currency code: three capital letters (USD, EUR, MYR), never "CO2" or "MW"."""
    written = unit.strip()
    return len(written) == 3 and written.isalpha() and written.isupper()


def generic_unit(unit: str) -> bool:
    """Whether a unit is money, a share or a multiple (a currency code such as USD counts as money)."""
    return currency_code(unit) or unit.strip().lower() in _GENERIC_UNITS


_YEARLY = re.compile(r"\b(?:annual|annually|yearly|per year|a year|per annum)\b", re.IGNORECASE)


def same_time(a: Fact, b: Fact) -> bool:
    """Whether two figures speak of one time: equal periods; or no period, and both say "a year" or the dates overlap."""
    pa = a.value.period if a.value else None
    pb = b.value.period if b.value else None
    yearly_a = (pa or "").lower() == "annual" or (not pa and _YEARLY.search(a.quote) is not None)
    yearly_b = (pb or "").lower() == "annual" or (not pb and _YEARLY.search(b.quote) is not None)
    if yearly_a and yearly_b:
        return True  # "$150-200 million a year" in one interview, "annual trade of $250-300 million" in the next
    if pa and pb:
        span_a, span_b = period_span(pa), period_span(pb)
        if span_a is None or span_b is None:
            return pa.strip().lower() == pb.strip().lower()
        return (span_a[0].first_day, span_a[1].last_day) == (span_b[0].first_day, span_b[1].last_day)
    if pa or pb:
        # one states a period, the other none: the one without is the latest figure when it was reported
        return latest_period(pa, b.date) if pa else latest_period(pb or "", a.date)
    return a.date.overlaps(b.date)


def within_days(a: PartialDate, b: PartialDate, days: int) -> bool:
    """Whether two dates fall within ``days`` of each other (a month or a year counts from its first to its last day)."""
    gap = max((a.first_day - b.last_day).days, (b.first_day - a.last_day).days, 0)
    return gap <= days


#: Word stems that make a figure an aim rather than a fact, besides :data:`TARGET_STEMS`: "set sights on", an ambition, the
#: forms of those words that their first five letters do not meet ("hoped", "plans").
_AIM_STEMS = frozenset({"sight", "ambit", "hoped", "hopes", "hopin", "plans", "aimed", "aims", "goals", "poise"})
#: Stems of verbs that raise something to a level: only a fact that has one is read by :data:`_RAISED_TO`.
_RAISE_STEMS = frozenset(
    {
        "incre",
        "raise",
        "raisi",
        "boost",
        "bring",
        "eleva",
        "doubl",
        "push",
        "pushi",
        "expan",
        "lift",
        "lifti",
        "take",
        "takin",
        "broug",
        "pushe",
        "lifte",
        "taken",
    }
)
#: Raising something to a level ("set sights on increasing trade to $5 billion", "could be increased to $1 billion",
#: "raise the bar to the level of $10 billion") is aiming at it.  A rise *by* so much to a level is a result
#: ("increasing by 40% to reach $500 million"), and so is a past "increased to".
_RAISED_TO = re.compile(
    r"\b(?:(?:increas(?:e|ing)|rais(?:e|ing)|boost(?:ing)?|bring(?:ing)?|elevat(?:e|ing)|doubl(?:e|ing)|push(?:ing)?"
    r"|expand(?:ing)?|lift(?:ing)?|tak(?:e|ing))"
    r"|(?:be|been)\s+(?:increased|raised|boosted|brought|elevated|doubled|pushed|expanded|lifted|taken))"
    r"(?:\s+(?!by\b)[^\s.;]+){0,5}?\s+to\b",
    re.IGNORECASE,
)


#: A length in days that qualifies a visit: "a three-day visit", "a 3-day State visit", "his two-day official trip".
_VISIT_LENGTH = re.compile(r"\b[\w]+[- ]days?\s+(?:[\w’'-]+\s+){0,2}?(?:visit|trip|tour|stay)\b", re.IGNORECASE)


def visit_length(fact: Fact) -> bool:
    """Whether a fact's figure is the length of a visit: how long it lasts, never something aimed at.

    "Ruto is on a three-day visit with an aim to expand ties" aims at the
    ties, not at the three days; the words of an aim elsewhere in the
    sentence must not keep its length from another outlet's "two-day visit".
    """
    return fact.value is not None and unit_key(fact.value.unit) == "day" and _VISIT_LENGTH.search(fact.quote) is not None


def is_target(fact: Fact, words: set[str]) -> bool:
    """Whether a fact states a figure aimed at, not one reached: target words ("target", "aim", "set sights
    on") said of its figure (before it, or after it in its own clause: :mod:`.aimed`), or raising something to a
    level, in its quote or claim.  A target is never the actual figure it aims at; the length of a visit
    (:func:`visit_length`) is never a target."""
    if visit_length(fact):
        return False
    value = fact.value
    if _names_an_aim(words) and (value is None or _names_an_aim(_words_aiming_at(fact, value))):
        return True
    if _RAISE_STEMS.isdisjoint(words):
        return False
    counted = "" if fact.value is None or generic_unit(fact.value.unit) else fact.value.unit
    return _aims(fact.quote, counted) or (fact.claim != fact.quote and _aims(fact.claim, counted))


def _names_an_aim(words: Set[str]) -> bool:
    """Whether the words (stems) name a target, a goal, a plan or a hope (:data:`TARGET_STEMS`, :data:`_AIM_STEMS`)."""
    return not TARGET_STEMS.isdisjoint(words) or not _AIM_STEMS.isdisjoint(words)


def _words_aiming_at(fact: Fact, value: Value) -> frozenset[str]:
    """The words of the quote and the claim that may make the fact's figure ``value`` an aim (:mod:`.aimed`):
    not a hope or an expectation in a later clause, nor what is then said of a thing whose worth the figure is."""
    return words_aiming_at(fact.quote, value) | words_aiming_at(fact.claim, value)


@functools.lru_cache(maxsize=65536)
def _aims(text: str, counted: str = "") -> bool:
    """Whether ``text`` raises something to a level; for a count of things (``counted``, its unit), that thing.

    "Agreed to elevate trade to $2 billion, signing 29 MoUs": the level is money, not the MoUs signed.
    """
    for match in _RAISED_TO.finditer(text):
        level = " ".join(text[match.end() :].split()[:4]).lower()
        if not counted or any(w[:5] in level for w in re.findall(r"[^\W\d_]{3,}", counted.lower())):
            return True
    return False


#: Shortest span between two reports' dates, in days, within which one figure said in both is read as one.
REPORT_DAYS = 7
#: Names (cut to five letters) two articles must share for one figure in both to be read as one.
CONTEXT_NAMES = 3


def _distinctive(value: Value) -> bool:
    """A figure that two reports are unlikely to state by chance: an amount of money, or a figure of two or
    more significant digits (28 agreements, 2,700 tractors) in a unit that is not a share or a multiple."""
    amount = value.amount if value.amount is not None else value.low if value.low is not None else value.high
    if amount is None or amount == 0:
        return False
    written = value.unit.strip().lower()
    if written in {"percent", "per cent", "%", "times"}:
        return False
    if generic_unit(value.unit):
        return True
    digits = amount.normalize().as_tuple().digits
    return len(digits) >= 2


def same_reported_figure(a: Fact, b: Fact, words_a: set[str], words_b: set[str], shared_context: Callable[[], int]) -> bool:
    """Whether two articles about the same parties state one figure within days of each other: one figure.

    Outlets word one figure apart ("Tokayev added that this figure could be
    increased to $1 billion", "in order to bring the turnover to US $ 1
    billion") and the names of the figure ``suggest`` reads differ.  What a
    careful reader goes by is that the two articles speak of the same people
    and places (``shared_context`` counts the names, cut to five letters, the two
    articles' facts share; asked last, as it costs the most), were written within :data:`REPORT_DAYS` of each
    other, and state one distinctive figure (:func:`_distinctive`), both or
    neither as a target, not exports against imports.
    """
    if a.source == b.source or a.value is None or b.value is None or not _same_amount(a.value, b.value):
        return False
    if unit_key(a.value.unit) != unit_key(b.value.unit) or not (_distinctive(a.value) and _distinctive(b.value)):
        return False
    if a.value.period or b.value.period:
        if not same_time(a, b):
            return False
    elif not within_days(a.date, b.date, REPORT_DAYS):
        return False
    return shared_context() >= CONTEXT_NAMES and aims_alike(a, b, words_a, words_b)


def _same_amount(a: Value, b: Value) -> bool:
    """One figure: the same interval, or one approximate figure that holds the other (see :func:`values_agree`).

    An open bound ("more than $3.5 billion") holds too much to say it is the figure another states.
    """
    bounds_a, bounds_b = a.bounds, b.bounds
    if bounds_a == bounds_b:
        return True
    if not (a.approximate or b.approximate) or None in bounds_a or None in bounds_b:
        return False
    return values_agree(a, b)


def aims_alike(a: Fact, b: Fact, words_a: set[str], words_b: set[str]) -> bool:
    """Both or neither a target, not exports against imports, the same parties in the same roles (:mod:`.roles`)."""
    if is_target(a, words_a) != is_target(b, words_b):
        return False
    if may_state_roles(words_a) and may_state_roles(words_b) and opposed(a.quote, b.quote):
        return False
    for pair in _OPPOSED:
        said_a = {w for w in pair if w in words_a}
        said_b = {w for w in pair if w in words_b}
        if len(said_a) == len(said_b) == 1 and said_a != said_b:  # one speaks only of exports, the other only of imports
            return False
    return True


#: A capitalised word just before a word: the name of whose things a count counts ("771 Turkish companies").
_NAME_BEFORE = r"(?<![\w’'])([A-Z][\w’'-]*[a-z])\s+"


def _counted_names(a: Fact, b: Fact) -> set[str]:
    """Names (cut to five letters) that say whose things both facts count: "Turkish" in "771 Turkish companies"
    and "over 1,000 Turkish companies".

    Names are not shared words of a measure, for every report names both
    countries; but a name just before the counted unit, in both quotes, says
    which things are counted, and is as much the measure's word as the unit.
    Money, shares and multiples count no things: none for them.
    """
    if a.value is None or b.value is None or generic_unit(a.value.unit) or not a.value.unit.split():
        return set()
    before = re.compile(_NAME_BEFORE + re.escape(a.value.unit.split()[0]), re.IGNORECASE)

    def named(quote: str) -> set[str]:
        return {m.group(1).lower()[:5] for m in before.finditer(quote) if m.group(1)[0].isupper()}

    return named(a.quote) & named(b.quote)


def figures_match(a: Fact, b: Fact, words_a: set[str], words_b: set[str]) -> bool:
    """Whether two facts state one figure alike: the same amount and unit, of one time, with the words of one measure.

    The agreeing counterpart of :func:`figures_clash`: "a new target to
    elevate mutual trade turnover to $2 billion" and "aiming to increase
    bilateral trade to USD 2 billion" share the figure, the time and the
    measure's words but few rare ones.  Names do not count among the shared
    words (every report of a relation names both countries).
    """
    if a.source == b.source or a.value is None or b.value is None:
        return False
    if unit_key(a.value.unit) != unit_key(b.value.unit) or not _same_amount(a.value, b.value) or not same_time(a, b):
        return False
    return one_measure(a, b, words_a, words_b)


def one_measure(a: Fact, b: Fact, words_a: set[str], words_b: set[str]) -> bool:
    """Whether two figures' words speak of one measure: both or neither a target (:func:`is_target`), not exports
    against imports, and :data:`SHARED_WORDS` words in common besides figures, amounts and the names both use
    (every report names both countries)."""
    if not aims_alike(a, b, words_a, words_b):
        return False
    names = {n[:5] for n in text_names(a.quote) & text_names(b.quote)}  # a name in both: "Tractor" in "Minsk Tractor Plant" is not
    names -= _counted_names(a, b)
    shared = {w for w in words_a & words_b if not w.isdigit() and w not in _MAGNITUDE and w not in names}
    return len(shared) >= SHARED_WORDS


def figures_clash(a: Fact, b: Fact, words_a: set[str], words_b: set[str]) -> bool:
    """Whether two facts state one figure differently (see the module's rules); ``words_*`` are their content words."""
    if a.source == b.source or a.value is None or b.value is None:
        return False
    if not same_unit(a.value.unit, b.value.unit) or tour_and_visit(a, b) or measured_from_two_places(a, b):
        return False
    value_a, value_b = in_one_unit(a.value, b.value)  # "217 miles" against "300 km" (see :mod:`.measure_units`)
    if values_agree(value_a, value_b):
        return False
    share = gap_share(value_a, value_b)
    if share is None or share > RANGE_SHARE:  # beyond the wider share: too far apart whatever the figures' kind
        return False
    # "more than $3 billion", "up to 40%": only a near figure beyond the bound is one figure.  A count of one
    # kind of thing is named by its unit, bound or not: "over 1,000 Turkish companies" against "771" is one count.
    bounded = None in (*a.value.bounds, *b.value.bounds)
    wide = not generic_unit(a.value.unit) or (not bounded and (a.value.amount is None or b.value.amount is None))
    if share > (RANGE_SHARE if wide else NEAR_SHARE) or not same_time(a, b):
        return False
    return one_measure(a, b, words_a, words_b)


_M = "(" + FULL_MONTH_PATTERN + ")"
_D = r"([0-3]?[0-9])(?:\s*(?:[–—-]|to)\s*[0-3]?[0-9])?"
_Y = r"((?:19|20)[0-9]{2})"
_LEAD = r"\b(?:visit|visits|trip|tour|arrival|arrived|arrives|summit)\b[^.;]{0,40}?(?:\b(?:in|on|of|during|from)\s+|\()"
#: A visit and the date the same words give it: "visit in December 2024", "visit on 25–27 November",
#: "two-day visit (5–6 February)", "arrival on February 5, 2026" (groups: day, month, year in some order).
_VISIT_DATES = (
    (re.compile(_LEAD + _D + r"\s+" + _M + r"(?:,?\s+" + _Y + r")?\b"), ("day", "month", "year")),
    (re.compile(_LEAD + _M + r"\s+" + _D + r"(?:,?\s+" + _Y + r")?\b"), ("month", "day", "year")),
    (re.compile(_LEAD + _M + r"\s+" + _Y + r"\b"), ("month", "year")),
)

_ANY_MONTH = re.compile(_M)


def visit_date(quote: str, year: int) -> PartialDate | None:
    """The date a quote gives a visit in the same words ("Lukashenko's visit in December 2024"), if any.

    A fact is dated by what it reports ("will supply 2,700 tractors this
    year"), but its quote may also date a visit in passing: that date is the
    one to set against another outlet's dating of the visit.  A day with no
    year takes ``year`` (the fact's own year).
    """
    if _ANY_MONTH.search(quote) is None:  # each pattern names a month: one look instead of three
        return None
    for pattern, names in _VISIT_DATES:
        match = pattern.search(quote)
        if match is None:
            continue
        found = dict(zip(names, match.groups(), strict=True))
        month = MONTH_WORDS.index(found["month"].lower()) + 1
        day = f"-{int(found['day']):02d}" if found.get("day") else ""
        try:
            return PartialDate.parse(f"{int(found.get('year') or year):04d}-{month:02d}{day}")
        except ValueError:
            return None
    return None
