"""The evidence that two facts report one thing, and how much each piece weighs.

Wording alone misleads: two reports of different meetings between the same
ministers share most of their words.  So the score weighs several pieces of
evidence: the words the two facts share, weighted by how rare each word is
in the corpus (names, places and figures count; "agreed", "bilateral" do
not), their wording as rapidfuzz compares it, shared entities, how close
their dates are, and whether their figures agree.  Words are cut to their
first five letters, so "notify" and "notification" meet.

The weights are those of a logistic regression fitted on the labelled
evaluation set (``benchmarks/linking_quality.py``); a pair's score is the
probability the fitted model gives that the two facts report one thing.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from briefgen.corpus.act_days import ActDay, act_day
from briefgen.corpus.clash import text_names, visit_date
from briefgen.corpus.conflicts import unit_key
from briefgen.corpus.discrepancies import describe_value, values_agree
from briefgen.corpus.figure_keys import FigureKeys
from briefgen.corpus.models import Fact, Value
from briefgen.corpus.roles import may_state_roles, opposed
from briefgen.corpus.stays import StayEnd, ends_clash, stay_end
from briefgen.corpus.tours import two_places
from briefgen.corpus.words import content_words, entity_key, name_words
from briefgen.text.dates import PartialDate

#: Words of a visit (cut to five letters): two facts that speak of one person's visit may date it differently.
_VISIT = frozenset({"visit", "arriv", "trip", "tour", "summi", "welco"})
#: A word carried by more than one fact in twenty says little: left out of the bulk comparison.
_RARE_SHARE = 0.05


@dataclass(slots=True)
class Prepared:
    """One fact as the comparisons see it: its words, their rarity, its names; worked out once per check."""

    fact: Fact
    word_set: set[str]
    entities: frozenset[str]
    weight: float | None = None  # the rarity of all its words together (see :meth:`weight_in`: worked out when first asked)
    rare: frozenset[str] = frozenset()  # its rare words (set by :func:`rarity`)
    visit: bool = False  # it speaks of a visit, an arrival, a trip or a summit
    valued: bool = False  # it states a figure
    happening: bool = False  # it reports an occasion (an event, a plan with no figure), dated to a month, naming two parties
    ends: StayEnd | None = None  # the last day of a stay its quote states ("until Saturday"), if any
    when: PartialDate | None = None  # the date its quote gives a visit ("visit in December 2024"), if it differs from its own
    act: ActDay | None = None  # the one act its quote dates to one day ("held talks on Tuesday"), if any
    figure: FigureKeys | None = None  # its figure's keys and bounds, read when first tested (:mod:`.figure_keys`)
    article: Article | None = None  # the facts of its source, for what the article is about (set by :func:`article_context`)
    _words: str | None = None
    _claim: str | None = None
    _quote: str | None = None
    _claim_in_order: str | None = None
    _quote_in_order: str | None = None

    def weight_in(self, idf: dict[str, float]) -> float:
        """The rarity of all its words together, worked out the first time a pair it is in is scored.

        Few facts are ever scored (on the 50,000-fact benchmark corpus, 4,719): summing
        every fact's words when the rarity is counted was a third of its cost.
        """
        if self.weight is None:
            self.weight = sum(map(idf.__getitem__, self.word_set))
        return self.weight

    @property
    def words(self) -> str:
        """Its rare words, sorted, for the bulk comparison (made when first needed)."""
        if self._words is None:
            self._words = " ".join(sorted(self.rare))
        return self._words

    @property
    def claim(self) -> str:
        """The claim as rapidfuzz compares it (lower case, no punctuation): made when first needed."""
        if self._claim is None:
            self._claim = default_process(self.fact.claim)
        return self._claim

    @property
    def quote(self) -> str:
        if self._quote is None:
            self._quote = default_process(self.fact.quote)
        return self._quote

    @property
    def claim_in_order(self) -> str:
        """The claim's words sorted (see :func:`_in_order`), made when first needed."""
        if self._claim_in_order is None:
            self._claim_in_order = _in_order(self.claim)
        return self._claim_in_order

    @property
    def quote_in_order(self) -> str:
        """The quote's words sorted (see :func:`_in_order`), made when first needed."""
        if self._quote_in_order is None:
            self._quote_in_order = _in_order(self.quote)
        return self._quote_in_order


def _in_order(text: str) -> str:
    """A text's words sorted and joined by one space: what ``fuzz.token_sort_ratio`` compares.

    ``fuzz.ratio`` of two such texts is their ``token_sort_ratio``; a fact is
    compared in many pairs, so its words are sorted once, not once per pair.
    """
    return " ".join(sorted(text.split()))


def prepare(fact: Fact) -> Prepared:
    """What the comparisons need of one fact, worked out once."""
    word_set = content_words(f"{fact.claim}\n{fact.quote}")
    # A draft (or a fact curated from one unchanged) names no entities: the names its claim uses stand in.
    entities = frozenset(map(entity_key, fact.entities or text_names(fact.claim)))
    visit = not _VISIT.isdisjoint(word_set)
    when = visit_date(fact.quote, fact.date.year) if visit else None
    if when is not None and when.overlaps(fact.date):
        when = None
    # a plan that states a figure is a target ("set sights on $10 billion of trade"): a figure, not an occasion
    # and names two parties at least: an occasion is known by who meets whom (:func:`one_occasion`)
    happening = (fact.kind == "event" or (fact.kind == "plan" and fact.value is None)) and fact.date.month is not None and len(entities) > 1
    return Prepared(
        fact=fact,
        word_set=word_set,
        entities=entities,
        visit=visit,
        valued=fact.value is not None,
        when=when,
        happening=happening,
        ends=stay_end(fact.quote, fact.date),
        act=act_day(fact),
    )


#: Most days between two reports' dates for them to be of one occasion (a visit's days, a curtain-raiser's lead).
OCCASION_DAYS = 7


def one_occasion(pa: Prepared, pb: Prepared) -> bool:
    """Whether two reports of happenings may be of one occasion: two names in common and dates a few days apart at most.

    An occasion (a visit with its arrival, talks, signings and ceremonies)
    is reported in words that share little: "Moscow and Tashkent on Monday
    signed 27 documents" and "Russia and Uzbekistan have signed more than 20
    cooperation documents" have no rare word in common, yet they are one
    signing.  Two happenings with the same two parties (the visitor and the
    host, as entities or the names a draft's claim uses) dated within
    :data:`OCCASION_DAYS` of each other are compared in full, whatever their
    words; the score decides whether they are proposed.
    """
    if not (pa.happening and pb.happening) or len(pa.entities & pb.entities) < 2:
        return False
    a, b = pa.fact.date, pb.fact.date
    return max((a.first_day - b.last_day).days, (b.first_day - a.last_day).days, 0) <= OCCASION_DAYS


@dataclass(eq=False)
class Article:
    """The facts of one source: the names they use together say what the article is about (worked out when asked)."""

    members: list[Prepared]
    _names: frozenset[str] | None = None

    @property
    def names(self) -> frozenset[str]:
        if self._names is None:
            self._names = frozenset().union(*(name_words(item.entities) for item in self.members))
        return self._names


def article_context(prepared: list[Prepared]) -> dict[str, Article]:
    """Give each fact its article, whose names (cut to five letters) say what it is about.

    A sentence may name nobody ("this figure could be increased to $1
    billion"); the article it stands in still speaks of Tokayev, Aliyev and
    Astana, and another article about them, of the same days, stating the
    same figure, most likely reports the same one.
    """
    articles: dict[str, Article] = {}
    for item in prepared:
        article = articles.get(item.fact.source)
        if article is None:
            article = articles[item.fact.source] = Article([])
        article.members.append(item)
        item.article = article
    return articles


def shared_context(pa: Prepared, pb: Prepared) -> int:
    """How many names two facts' articles share; 0 when each fact names someone the other's article never does.

    "Pakistan and Uzbekistan pledged to raise trade to $2 billion" and
    "Baku's $2 billion investment in Pakistan" come from articles that share
    Pakistan and its prime minister; but each names a partner the other
    article never mentions: two relations, not one.
    """
    if pa.article is None or pb.article is None:
        return 0
    context_a, context_b = pa.article.names, pb.article.names
    if not name_words(pa.entities) <= context_b and not name_words(pb.entities) <= context_a:
        return 0
    return len(context_a & context_b)


def visit_dates(p: Prepared) -> tuple[PartialDate, ...]:
    """The fact's date, and the date its quote gives a visit if that differs."""
    return (p.fact.date,) if p.when is None else (p.fact.date, p.when)


def _months_apart(a: PartialDate, b: PartialDate) -> int:
    """Whole months between two dates (0 when one is only a year and the other falls in it)."""
    if a.month is None or b.month is None:
        return 0 if a.year == b.year else 12 * abs(a.year - b.year)
    return abs((a.year * 12 + a.month) - (b.year * 12 + b.month))


def _close(pa: Prepared, pb: Prepared) -> bool:
    """Two visits dated within a month of each other, or on one day a year apart (a slip of the year)."""
    return any(_months_apart(x, y) <= 1 or _year_slip(x, y) for x in visit_dates(pa) for y in visit_dates(pb))


def visits_clash(pa: Prepared, pb: Prepared) -> bool:
    """Two reports that date one visit to neighbouring months: the date conflict a reader must see.

    Both speak of a visit and share at least two names (the visitor and the
    place, as entities or, for drafts, as the names their claims use); one
    dates it (or its quote dates the visit) only to a month, the month
    before or after the other's date, or both give one day a year apart.
    Two days a month apart are more likely two visits.  "Lukashenko arrived in Islamabad on Monday"
    (25 November) and "Lukashenko's visit [to Pakistan] in December 2024"
    share far too few words to be linked for their wording.  Two quotes that each send the visit to a place
    the other's article never names ("a visit to Moscow", "arrived in Warsaw") date two visits.
    """
    if not (pa.visit and pb.visit) or pa.fact.source == pb.fact.source or len(pa.entities & pb.entities) < 2:
        return False
    pairs = [(x, y) for x in visit_dates(pa) for y in visit_dates(pb)]
    if any(_months_apart(x, y) == 0 and x.year == y.year for x, y in pairs):
        return False  # dated alike somewhere: the score decides
    if pa.article and pb.article and two_places(pa.fact.quote, pa.article.names, pb.fact.quote, pb.article.names):
        return False  # each a visit to a place the other report's article never names (:mod:`.tours`)
    # a month apart where one side gives only the month ("December 2024" against 25 November), or one day a year apart
    return any((_months_apart(x, y) == 1 and (x.day is None or y.day is None)) or _year_slip(x, y) for x, y in pairs)


def stays_clash(pa: Prepared, pb: Prepared) -> bool:
    """Two reports of one stay that end it on different days ("until Saturday", "before leaving on Friday").

    They are dated :data:`OCCASION_DAYS` apart at most and name one party
    in common, with another name in common either in the facts or in their
    articles ("GCC" in one, "Gulf Cooperation Council" in the other).
    """
    if pa.ends is None or pb.ends is None or pa.fact.source == pb.fact.source or pa.entities.isdisjoint(pb.entities):
        return False
    if len(pa.entities & pb.entities) < 2 and (pa.article is None or pb.article is None or len(pa.article.names & pb.article.names) < 3):
        return False
    a, b = pa.fact.date, pb.fact.date
    return max((a.first_day - b.last_day).days, (b.first_day - a.last_day).days, 0) <= OCCASION_DAYS and ends_clash(pa.ends, pb.ends)


def _year_slip(a: PartialDate, b: PartialDate) -> bool:
    """One day of the year, a year apart: "February 5, 2025" in a caption of the 5 February 2026 visit."""
    return a.day is not None and (a.month, a.day) == (b.month, b.day) and abs(a.year - b.year) == 1


def _date_score(a: PartialDate, b: PartialDate) -> float:
    if a.year != b.year:
        return 0.0 if abs(a.year - b.year) > 1 else 0.2
    if a.month is None or b.month is None:
        return 0.7
    if a.month != b.month:
        return 0.4
    return 1.0


def figure_fit(a: Fact, b: Fact) -> str:
    """'same' (same unit, agreeing), 'near' or 'differ' (same unit, conflicting), 'other' (different units), 'one' or 'none'."""
    if a.value is None or b.value is None:
        return "none" if a.value is None and b.value is None else "one"
    if unit_key(a.value.unit) != unit_key(b.value.unit):
        return "other"
    if values_agree(a.value, b.value):
        return "same"
    return "near" if _near(a.value, b.value) else "differ"


def _near(a: Value, b: Value) -> bool:
    """Two figures within a tenth of each other: one figure counted or rounded differently (28 and 29, 80 and 85 km)."""
    low_a, high_a = a.bounds
    low_b, high_b = b.bounds
    x, y = low_a if low_a is not None else high_a, low_b if low_b is not None else high_b
    if x is None or y is None or max(abs(x), abs(y)) == 0:
        return False
    return abs(x - y) / max(abs(x), abs(y)) <= Decimal("0.1")


def _idf_overlap(pa: Prepared, pb: Prepared, idf: dict[str, float]) -> tuple[float, float]:
    """Shared words weighted by rarity: over the union (Jaccard) and over the smaller set."""
    shared = sum(idf[w] for w in pa.word_set & pb.word_set)
    weight_a, weight_b = pa.weight_in(idf), pb.weight_in(idf)
    union = weight_a + weight_b - shared
    smaller = min(weight_a, weight_b)
    return (shared / union if union else 0.0), (shared / smaller if smaller else 0.0)


#: Quotes at least this alike (rapidfuzz token-sort ratio, 0-100), of at least this many words,
#: sharing at least this share of the shorter one's rare words, are one statement (:func:`same_words`).
SAME_WORDS_RATIO = 90
SAME_WORDS_LENGTH = 8
SAME_WORDS_RARE = 0.5

# Weights of the evidence, fitted (logistic regression) on the labelled evaluation set; see docs/performance.md.
_WEIGHTS = {
    "rare_union": 1.49,
    "rare_smaller": 1.81,
    "entities": 1.71,
    "dates": 1.35,
    "same_figure": 0.62,
    "near_figure": 0.29,
    "other_unit": 0.16,
    "one_figure": -0.62,
    "wording": 0.94,
    "hand_wired": 2.0,  # not in the evaluation set (nothing is wired there): set by hand
    # set by hand: a visit dated differently by two outlets is what the date check is for, and
    # the set's labels (one statement per corroboration) do not reward linking such reports
    "one_visit": 1.2,
    # set by hand, for the same reason: "one event" is one occasion (a visit with its talks, signings and
    # ceremonies), which two events of the same two parties days apart most likely are (:func:`one_occasion`)
    "one_occasion": 0.9,
    "bias": -4.85,
}


def _cheap_features(pa: Prepared, pb: Prepared, idf: dict[str, float]) -> dict[str, float]:
    """Every piece of evidence but the wording: set arithmetic, no string comparison."""
    a, b = pa.fact, pb.fact
    rare_union, rare_smaller = _idf_overlap(pa, pb, idf)
    shared = pa.entities & pb.entities
    fit = figure_fit(a, b)
    visit = pa.visit and pb.visit and bool(shared) and _close(pa, pb)
    hand = (a.event is not None and a.event == b.event) or (
        a.value is not None and b.value is not None and a.value.metric == b.value.metric
    )
    return {
        "rare_union": rare_union,
        "rare_smaller": rare_smaller,
        "entities": len(shared) / min(len(pa.entities), len(pb.entities)) if pa.entities and pb.entities else 0.0,
        "dates": max(_date_score(x, y) for x in visit_dates(pa) for y in visit_dates(pb)),
        "same_figure": float(fit == "same"),
        "near_figure": float(fit == "near"),
        "other_unit": float(fit == "other"),
        "one_figure": float(fit == "one"),
        "hand_wired": float(hand),
        "one_visit": float(visit),
        "one_occasion": float(not visit and a.kind == "event" and b.kind == "event" and one_occasion(pa, pb)),
        "bias": 1.0,
    }


def wording(pa: Prepared, pb: Prepared) -> float:
    """Claims and quotes compared by rapidfuzz (0-1): the better of the two, word sets and word order averaged."""
    sets = max(fuzz.token_set_ratio(pa.claim, pb.claim), fuzz.token_set_ratio(pa.quote, pb.quote))
    order = max(fuzz.ratio(pa.claim_in_order, pb.claim_in_order), fuzz.ratio(pa.quote_in_order, pb.quote_in_order))
    return (sets + order) / 200


def pair_features(pa: Prepared, pb: Prepared, idf: dict[str, float]) -> dict[str, float]:
    """The evidence that two facts report one thing, each as a number (the keys of :data:`_WEIGHTS`)."""
    return {**_cheap_features(pa, pb, idf), "wording": wording(pa, pb)}


def _logit(found: dict[str, float]) -> float:
    # the weighted terms summed in the order of ``found``, as a generator would, without one Python step per term
    return float(sum(map(operator.mul, map(_WEIGHTS.__getitem__, found), found.values())))


def same_words(pa: Prepared, pb: Prepared, rare_smaller: float) -> bool:
    """Two quotes that say the same words, but for spelling and a figure's form ("$2bn of" / "$2 billion").

    Such a pair is one statement whatever else differs: one of them carrying a
    value and the other not, a draft that names no entities, a date read at
    another precision.  The weights of :data:`_WEIGHTS` were fitted on pairs
    that differ in their wording, and under-rate this case.
    """
    if rare_smaller < SAME_WORDS_RARE or min(len(pa.quote.split()), len(pb.quote.split())) < SAME_WORDS_LENGTH:
        return False
    return fuzz.ratio(pa.quote_in_order, pb.quote_in_order) >= SAME_WORDS_RATIO


def pair_score(pa: Prepared, pb: Prepared, idf: dict[str, float], threshold: float) -> tuple[float, Callable[[], str]] | None:
    """How likely two facts report one thing (0-1), and what puts the evidence in words (asked for the few pairs a
    proposal shows); None if below ``threshold``.  The wording, the dearest to compare, is compared only when the
    rest of the evidence, with the best wording there can be, reaches the threshold.  Two facts that give one role
    to different parties ("India's third-largest partner", "the UAE's second-largest") are two figures, however
    alike their words (:func:`briefgen.corpus.roles.opposed`)."""
    found = _cheap_features(pa, pb, idf)
    bound = 1 / (1 + math.exp(-(_logit(found) + _WEIGHTS["wording"])))
    same = same_words(pa, pb, found["rare_smaller"])
    if bound < threshold and not same:
        return None
    found["wording"] = wording(pa, pb)
    score = 1 / (1 + math.exp(-_logit(found)))
    if same:
        score = max(score, threshold)
    elif score < threshold:
        return None
    if may_state_roles(pa.word_set) and may_state_roles(pb.word_set) and opposed(pa.fact.quote, pb.fact.quote):
        return None
    return score, lambda: _evidence(pa, pb, found, same)


def _evidence(pa: Prepared, pb: Prepared, found: dict[str, float], same: bool) -> str:
    """A scored pair's evidence in words, from what :func:`pair_score` found."""
    a, b = pa.fact, pb.fact
    parts = [f"wording {round(found['wording'] * 100)}% alike, rare words {round(found['rare_smaller'] * 100)}% shared"]
    if same:
        parts.append("the quotes are the same words but for spelling")
    shared = pa.entities & pb.entities
    if shared:
        parts.append("shared entities: " + ", ".join(sorted({x for x in a.entities if entity_key(x) in shared} or shared)))
    parts.append(f"dates {a.date} / {b.date}")
    if a.value is not None and b.value is not None:
        parts.append(f"figures {describe_value(a.value)} / {describe_value(b.value)}")
    return "; ".join(parts)


def rarity(prepared: list[Prepared]) -> dict[str, float]:
    """How rare each word is among the facts (inverse document frequency): shared rare words are evidence."""
    counts: Counter[str] = Counter(itertools.chain.from_iterable(item.word_set for item in prepared))  # one count over all
    total = len(prepared)
    idf = {word: math.log(total / count) for word, count in counts.items()}
    most = max(2, int(total * _RARE_SHARE))  # in a small corpus, any word two facts share may be the one that matters
    rare = {word for word, count in counts.items() if count <= most}
    for item in prepared:
        item.weight = None  # summed from this ``idf`` when the fact is first scored (:meth:`Prepared.weight_in`)
        item.rare = frozenset(item.word_set & rare)
    return idf
