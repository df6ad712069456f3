"""Occasions: the reports of one visit, across sources, proposed as one event.

"One event" is one occasion: a visit with its arrival, talks, signings and
ceremonies, and the announcements of those parts.  Outlets report its parts
in words that share little ("Erdogan landed in Baghdad on 22 April", "Iraq
and Türkiye sealed a pair of framework agreements", "the Iraqi premier will
co-chair a session of the council"), so the pairs that
:mod:`briefgen.corpus.proposals` scores for their wording leave an occasion in
pieces.  Here an occasion is found from three things instead:

* **parties**: the names an article keeps coming back to (carried by at
  least two of its facts: the visitor, the host, their countries); two
  articles are of one occasion only if they share two of them;
* **occasion words**: a fact takes part only if it speaks of a visit, an
  arrival, talks, a meeting, a signing, a ceremony, a summit or a council;
  a trade figure of last year, a remark on relations since 1990 do not;
* **a date window**: each article's occasion is dated by the date most of
  its occasion facts give (a day if any gives one); its facts dated more than
  :data:`WINDOW_DAYS` from it (a meeting "last November") are left out, and
  two articles are of one occasion only if their dates are that close (a
  month-only date meets any day of its month).  Another visit months later
  is another occasion.

Articles are joined into one occasion when every condition holds; one
proposal is offered per occasion, with the parties, the occasion words and
the dates as its evidence.  An occasion too big to be one visit (more than
:data:`MAX_SOURCES` sources) is not proposed: a name that common says
nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from briefgen.corpus.announced import announced_visit
from briefgen.corpus.beside import beside_the_visit
from briefgen.corpus.earlier import before_dropped, first_day
from briefgen.corpus.elsewhen import WINDOW_DAYS, elsewhen
from briefgen.corpus.evidence import Prepared, visit_dates
from briefgen.corpus.lately import of_weeks_before
from briefgen.corpus.later_acts import terms_recalled
from briefgen.corpus.leads import leading_parties, of_other_leads
from briefgen.corpus.legs import of_a_leg_ahead, of_another_leg
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.meetings import of_another_meeting
from briefgen.corpus.models import Fact
from briefgen.corpus.month_pages import dated_by_month, meets_across_month
from briefgen.corpus.occasion_dates import article_date, dated_near, dates_near, months_of
from briefgen.corpus.occasion_words import OCCASION_STEMS, brings_to_both, said_of_occasion, speaks_of_occasion
from briefgen.corpus.outcomes import outcomes_of
from briefgen.corpus.outsiders import of_an_outsider
from briefgen.corpus.parties import party_key, party_keys, quoted_parties
from briefgen.corpus.recalled_speech import recalled_in_speech
from briefgen.corpus.said_there import said_or_done, told_by
from briefgen.corpus.times_due import when_due_dropped
from briefgen.corpus.together import told_as_done_together
from briefgen.corpus.tour_legs import legs_of
from briefgen.text.cues import may_hold
from briefgen.text.dates import PartialDate

#: Most sources one occasion is proposed with: more is a name every report carries, not one visit.
MAX_SOURCES = 12
#: Most occasions one article is read to report (the one it is about, and those it recalls).
OCCASIONS_PER_ARTICLE = 3
#: Most facts an article may give an occasion: more is a digest of many happenings.
MAX_FACTS = 40
#: What its participants said is read from an article when at least one in this many of its facts report the occasion.
SPOKEN_SHARE = 4
#: How many statements said at the occasion count as one of its other facts toward :data:`SPOKEN_SHARE`.
SPOKEN_WEIGHT = 2


def told_in_passing(of_occasion: int, said_there: int, facts: int) -> bool:
    """Whether an article of ``facts`` facts tells its occasion only in passing: its ``of_occasion`` facts of it, with
    ``said_there`` statements said there at their lesser weight (:data:`SPOKEN_WEIGHT`), are under its share
    (:data:`SPOKEN_SHARE`) of the article (see :func:`_with_statements`)."""
    return (SPOKEN_WEIGHT * of_occasion + said_there) * SPOKEN_SHARE < SPOKEN_WEIGHT * facts


@dataclass(eq=False)
class ArticleOccasion:
    """The occasion one article reports: its parties, its date, its facts of it."""

    source: str
    parties: frozenset[str]
    names: frozenset[str]  # every party key its facts carry
    date: PartialDate
    members: list[int]  # its facts that speak of an occasion, dated near it
    speaking: list[int]  # its facts that speak of an occasion, whatever their date
    act: bool = False  # a later act at home (an approval, a ratification) that recalls an earlier occasion
    quoted: frozenset[str] | None = None  # party keys its occasion facts' quotes name (worked out when first needed)
    outcomes: tuple[int, ...] = ()  # plans agreed at it, dated on its days or later (see :mod:`briefgen.corpus.outcomes`)
    by_month: bool = False  # its page gives no day of its own: its month is the one it was filed under
    leads: frozenset[str] = frozenset()  # the parties its facts name most (see :mod:`briefgen.corpus.leads`)
    carried: tuple[tuple[str, int], ...] = ()  # how many of its facts carry each of its parties


def article_occasions(source: str, indexes: list[int], prepared: list[Prepared]) -> list[ArticleOccasion]:
    """The occasions an article reports: the one most of its facts are dated near, and any earlier one it recalls.

    A page on a September visit that recalls "the joint declaration signed
    during Erdogan's visit on 14 February" reports a part of the February
    visit too: its facts dated away from the main occasion are an occasion
    of their own, with the same parties (at most :data:`OCCASIONS_PER_ARTICLE`).
    """
    main = article_occasion(source, indexes, prepared)
    found: list[ArticleOccasion] = []
    act = _later_act(main, prepared) if main is not None else None
    if main is not None and act is not None:
        found.append(act)
        rest = [i for i in main.speaking if i not in set(act.members)]
        main = _occasion_near(main, rest, prepared) if rest else None
    while main is not None and len(found) < OCCASIONS_PER_ARTICLE:
        found.append(main)
        taken = set(main.members) | set(main.outcomes)  # a decision of the sides due later is an outcome, not an occasion of its own
        rest = [i for i in main.speaking if i not in taken]
        main = _occasion_near(main, rest, prepared) if rest else None
    return found


#: Words of an act done at home after an occasion: a cabinet's approval, a ratification, an entry into force.
_LATER_ACT = re.compile(r"\b(?:approv(?:al|es|ed)|ex-post facto|ratif\w*|(?:enter(?:s|ed)?|entry|came|comes) into force)\b", re.IGNORECASE)


#: What every match of :data:`_LATER_ACT` holds, lower-cased.
_LATER_ACT_CUES = ("approv", "ex-post facto", "ratif", "into force")


def _tells_a_later_act(quote: str) -> bool:
    """Whether a quote names a later act: the caseless pattern, tried only on a quote with one of its words (see text/cues)."""
    return may_hold(quote, _LATER_ACT_CUES) and _LATER_ACT.search(quote) is not None


def _later_act(article: ArticleOccasion, prepared: list[Prepared]) -> ArticleOccasion | None:
    """The later act an article reports, as its own occasion, when it also recalls an earlier one.

    "The Cabinet on Wednesday gave its approval to the MoU signed on 6
    September": the approval, and the facts dated near it, are an occasion of
    their own; only the facts that report the signing go to the visit.  The
    act must be dated to its day and later than a recalled occasion's fact.
    """
    acts = [i for i in article.speaking if _tells_a_later_act(prepared[i].fact.quote)]
    date = article_date([prepared[i] for i in acts]) if acts else None
    if date is None or date.day is None:
        return None
    near = dated_near(article.speaking, date, 0, prepared)
    earlier = [i for i in article.speaking if prepared[i].fact.date.last_day < date.first_day - dt.timedelta(days=WINDOW_DAYS)]
    found = ArticleOccasion(
        article.source, article.parties, article.names, date, near, near, act=True, leads=article.leads, carried=article.carried
    )
    return found if near and earlier else None


def _occasion_near(article: ArticleOccasion, speaking: list[int], prepared: list[Prepared]) -> ArticleOccasion | None:
    """The occasion of an article's facts ``speaking``: the date most of them fall near, and those near it."""
    date = article_date([prepared[i] for i in speaking])
    if date is None:
        return None
    near = dated_near(speaking, date, WINDOW_DAYS, prepared)
    if not near:
        return None
    return ArticleOccasion(
        article.source, article.parties, article.names, date, near, speaking, leads=article.leads, carried=article.carried
    )


def article_occasion(source: str, indexes: list[int], prepared: list[Prepared]) -> ArticleOccasion | None:
    """What occasion an article reports, if it reports one: parties carried by two of its facts, a date, facts near it."""
    names_of = {i: party_keys(prepared[i].fact.entities) for i in indexes}
    counts = Counter(itertools.chain.from_iterable(names_of.values()))  # one count, not one update per fact
    parties = frozenset(k for k, n in counts.items() if n >= 2)
    # what the sides agreed, said to the press: only a fact naming two parties can be (see said_of_occasion), so the others are not asked
    said = [i for i in indexes if len(names_of[i]) >= 2 and said_of_occasion(prepared[i], names_of[i])]
    speaking = sorted([i for i in indexes if speaks_of_occasion(prepared[i])] + said)
    if len(parties) < 2:  # a short article names each party once or so: the names its occasion facts pair
        parties = parties.union(*(names_of[i] for i in speaking if len(names_of[i]) >= 2))
    if len(parties) < 2:
        return None
    if not speaking or len(speaking) > MAX_FACTS:
        return None
    leads, carried = leading_parties(counts, parties), tuple(sorted((k, counts[k]) for k in parties))
    first = ArticleOccasion(source, parties, frozenset(counts), PartialDate.parse("1900"), [], [], leads=leads, carried=carried)
    found = _occasion_near(first, speaking, prepared)
    if found is None:
        return None
    found.by_month = dated_by_month([prepared[i] for i in indexes])
    return _announced(_with_statements(_with_commitments(found, indexes, prepared), indexes, names_of, prepared), prepared)


def _announced(article: ArticleOccasion, prepared: list[Prepared]) -> ArticleOccasion:
    """The article's occasion dated by the visit it announces, if it announces one (see :mod:`briefgen.corpus.announced`).

    Its facts dated by the page stay members: what the sides said of the coming visit, on the day it was
    announced, is of it (so the statements said there are read by the page's day, before the date moves).
    """
    plans = announced_visit([prepared[i] for i in article.members], [prepared[i] for i in article.speaking], article.date)
    date = article_date(plans) if plans else None
    if date is None:
        return article
    members = sorted(set(article.members) | set(dated_near(article.speaking, date, WINDOW_DAYS, prepared)))
    taken = set(members)
    outcomes = tuple(i for i in article.outcomes if i not in taken)
    return replace(article, date=date, members=members, outcomes=outcomes)


def _with_commitments(article: ArticleOccasion, indexes: list[int], prepared: list[Prepared]) -> ArticleOccasion:
    """The article's occasion with the commitments between its sides dated to its day (see :func:`brings_to_both`)."""
    taken = set(article.speaking)
    brought = [
        i
        for i in indexes
        if i not in taken
        and brings_to_both(prepared[i], article.parties, party_key)
        and any(dates_near(d, article.date, 0) for d in visit_dates(prepared[i]))
    ]
    if brought:
        article.members = article.members + brought
        article.speaking = article.speaking + brought
    return article


def _with_statements(
    article: ArticleOccasion, indexes: list[int], names_of: dict[int, frozenset[str]], prepared: list[Prepared]
) -> ArticleOccasion:
    """The article's occasion with what its participants said there (see :mod:`briefgen.corpus.said_there`), and the plans agreed at it.

    A statement must pass :func:`~briefgen.corpus.spoken.spoken_at` (a verb of saying, a side
    named, dated on the occasion's days), so it is read from an article with
    a quarter of its facts on the occasion (:data:`SPOKEN_SHARE`): a visit's
    report that also tells the relation's background and the region's news
    quotes its leaders' words at the visit among them (measured on the
    labelled sets: a half share left most such words out).  The statements
    said there count toward that share at half the weight of the occasion's
    other facts: a readout of the talks ("Xi said...", "Ramaphosa pledged...",
    "the Chinese president called on...") tells the occasion mostly by what
    its leaders said, and names the talks once or not at all; one remark
    beside a page of other news is still read in passing.  (Measured on half A
    of the labelled sets, round 24: recall of record 51.0% to 54.1%, precision 96.0%
    to 96.1%; counted at full weight, a lone remark among other news came in.)
    Plans name no speaker and no day, so they are read only from an article
    largely about the occasion (see :func:`briefgen.corpus.outcomes.outcomes_of`).
    """

    def in_passing(said_there: int) -> bool:
        return told_in_passing(len(article.members), said_there, len(indexes))

    taken = set(article.speaking)
    statements = [i for i in indexes if i not in taken and prepared[i].fact.kind in ("statement", "event")]
    if not in_passing(len(statements)):  # else too few even if every statement were said there: their patterns are not read
        plans = [i for i in indexes if i not in taken and prepared[i].fact.kind == "plan"]  # only the entourage among them
        figures = [i for i in indexes if i not in taken and prepared[i].fact.kind == "figure"]  # only a leader's, quoted
        told = told_by(prepared[i] for i in article.members)  # what "the agreement", "this facility" name
        spoken = [i for i in statements + plans + figures if said_or_done(prepared[i], names_of[i], article.parties, article.date, told)]
        if spoken and not in_passing(len(spoken)):  # else reported in passing: its statements may be of anything else
            article.members = article.members + spoken  # members only: their quotes do not join the article to another
    article.outcomes = outcomes_of(article.members, article.speaking, indexes, prepared, (article.date, article.parties), party_key)
    return article


def _parts(article: ArticleOccasion, prepared: list[Prepared], parties: frozenset[str], hosts: frozenset[str]) -> list[int]:
    """The article's facts that are parts of its occasion: not dated elsewhere, not beside it, not of another meeting.

    A speaker's line said there stays whatever earlier time it names (see :mod:`briefgen.corpus.recalled_speech`).

    Nor of the tour's next leg, to a place none of ``hosts`` (the parties every report keeps coming back to) is, or told
    as the tour's sequel to a place none of ``parties`` is (see :mod:`briefgen.corpus.legs`),
    nor of the weeks before it or the visitor's stop before it (see :mod:`briefgen.corpus.lately`).
    What the two sides did together, told with the two of them as its subject, is of the meeting they held, whatever
    other meeting or happening around it it names (see :mod:`briefgen.corpus.together`).
    Read only for articles found to share an occasion with another: the quotes' patterns cost the most.
    """

    def of_this_meeting(i: int) -> bool:
        return (
            (i in together or not of_another_meeting(prepared[i], parties, party_key))
            and not of_an_outsider(prepared[i], parties, party_key)
            and not of_another_leg(prepared[i].fact.quote, hosts, party_key)
            and not of_a_leg_ahead(prepared[i].fact.quote, parties, party_key)
            and not of_weeks_before(prepared[i].fact, parties, party_key)
        )

    together = {i for i in (*article.members, *article.outcomes) if told_as_done_together(prepared[i].fact.quote)}
    here = [
        i
        for i in article.members
        if (
            not elsewhen(when_due_dropped(prepared[i].fact, article.date), article.date)
            or recalled_in_speech(prepared[i], article.parties, article.date)  # the time named is what a speaker spoke of
        )
        and (i in together or not beside_the_visit(prepared[i].fact.quote))
    ]
    return [i for i in here if of_this_meeting(i)] + [i for i in article.outcomes if of_this_meeting(i)]


def _same_occasion(a: ArticleOccasion, b: ArticleOccasion, prepared: list[Prepared] | None = None) -> bool:
    """Two articles' occasions are one: two parties each carries that the other names, dates within the window.

    A party the other article's facts do not carry as an entity still counts
    when its quotes name it (see :func:`quoted_parties`), once ``prepared`` is given.
    And one of the two names the party the other carries most: two reports around two leaders, neither
    naming the other's, are of two visits that share only what both speak of (see :mod:`briefgen.corpus.leads`).
    """
    if a.act != b.act or not _dates_meet(a, b) or not (_names_two(a, b, prepared) and _names_two(b, a, prepared)):
        return False
    # The second test decides; the first (entities alone, a subset) only spares reading quotes when it already fails.
    return not (
        of_other_leads(a.leads, a.names, b.leads, b.names) and of_other_leads(a.leads, _named(a, prepared), b.leads, _named(b, prepared))
    )


def _dates_meet(a: ArticleOccasion, b: ArticleOccasion) -> bool:
    """Two articles' dates within the window; a page dated by its month meets a day across the month's turn too."""
    if dates_near(a.date, b.date, WINDOW_DAYS):
        return True
    return any(page.by_month and meets_across_month(page.date, other.date, WINDOW_DAYS) for page, other in ((a, b), (b, a)))


def _names_two(a: ArticleOccasion, b: ArticleOccasion, prepared: list[Prepared] | None) -> bool:
    """Whether article ``b`` names two of ``a``'s parties: as entities of its facts, or else in its quotes."""
    return len(a.parties & b.names) >= 2 or len(a.parties & _named(b, prepared)) >= 2


def _named(a: ArticleOccasion, prepared: list[Prepared] | None) -> frozenset[str]:
    """The party keys article ``a`` names: its facts' entities, and, once ``prepared`` is given, its quotes' names."""
    if prepared is None:
        return a.names
    if a.quoted is None:
        a.quoted = quoted_parties([prepared[i].fact.quote for i in a.speaking])
    return a.names | a.quoted


@dataclass(frozen=True)
class Occasion:
    """Facts of several sources that report one occasion, and why."""

    members: tuple[int, ...]
    evidence: str


def find_occasions(prepared: list[Prepared]) -> list[Occasion]:
    """The occasions reported by two sources or more: one per occasion, with its evidence.

    Articles are compared only with articles that share a party with them
    and are dated in the same month, so the cost grows with the number of
    articles, not its square.
    """
    by_source: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(prepared):
        by_source[item.fact.source].append(index)
    articles = [a for source, indexes in sorted(by_source.items()) for a in article_occasions(source, indexes, prepared)]
    buckets: dict[tuple[str, int, int | None], list[int]] = defaultdict(list)
    months = [months_of(article.date) for article in articles]
    for n, article in enumerate(articles):
        for party in article.parties:
            for month in months[n]:
                buckets[(party, *month)].append(n)
    parent = list(range(len(articles)))

    def find(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for n, article in enumerate(articles):
        seen: set[int] = set()
        for party, month in itertools.product(article.parties, months[n]):
            for other in buckets[(party, *month)]:
                if other <= n or other in seen:
                    continue
                seen.add(other)
                if _same_occasion(article, articles[other], prepared):
                    parent[find(other)] = find(n)
    groups: dict[int, list[int]] = defaultdict(list)
    for n in range(len(articles)):
        groups[find(n)].append(n)
    found_occasions = []
    for group in (leg for joined in groups.values() for leg in legs_of(joined, articles)):  # a tour's legs: see tour_legs
        if not 2 <= len(group) <= MAX_SOURCES:
            continue
        sides = frozenset().union(*(articles[n].parties for n in group))  # a meeting of these two is the occasion's own
        hosts = frozenset.intersection(*(articles[n].parties for n in group))  # the sides of this leg of a tour
        parts = [(articles[n], _parts(articles[n], prepared, sides, hosts)) for n in group]
        kept = _not_before([(article, members) for article, members in parts if members], prepared)
        if len({article.source for article, _ in kept}) >= 2:
            found_occasions.append(_occasion(kept, prepared))
    return found_occasions + [_occasion(kept, prepared) for kept in terms_recalled(articles, prepared, party_key)]


def _not_before(kept: list[tuple[ArticleOccasion, list[int]]], prepared: list[Prepared]) -> list[tuple[ArticleOccasion, list[int]]]:
    """The occasion's parts without what its reports tell of the days before it (see :mod:`briefgen.corpus.earlier`)."""
    start = first_day([i for _, members in kept for i in members], prepared)
    if start is None:
        return kept
    trimmed = [(article, before_dropped(members, prepared, start)) for article, members in kept]
    return [(article, members) for article, members in trimmed if members]


def _occasion(kept: list[tuple[ArticleOccasion, list[int]]], prepared: list[Prepared]) -> Occasion:
    """One occasion's facts, and its evidence in words: parties, occasion words, dates."""
    group = [article for article, _ in kept]
    members = tuple(sorted(i for _, parts in kept for i in parts))
    # the parties: names some article keeps coming back to that every article of the occasion names
    parties = sorted(frozenset().union(*(a.parties for a in group)).intersection(*(a.names for a in group)))
    names = sorted(
        {e for i in members for e in prepared[i].fact.entities or () if party_key(e) in parties},
        key=lambda e: (party_key(e), len(e), e),
    )
    used = Counter(e for i in members for e in prepared[i].fact.entities or ())
    first: dict[str, str] = {}
    for name in sorted(names, key=lambda e: (-used[e], e)):  # each party by the name its reports use most
        first.setdefault(party_key(name), name)
    words = sorted(frozenset().union(*(prepared[i].word_set & OCCASION_STEMS for i in members)))
    dates = [prepared[i].fact.date for i in members]  # the occasion's span as its reports date its parts
    start = min(d.first_day for d in dates)
    end = max(d.last_day for d in dates)
    window = str(start) if start == end else f"{start} to {end}"
    evidence = (
        f"one occasion reported by {len(group)} sources: parties {', '.join(first[p] for p in sorted(first)) or ', '.join(parties)}; "
        f"occasion words {', '.join(words)}; dated {window}"
    )
    return Occasion(members, evidence)


def undecided_occasions(prepared: list[Prepared], decisions: LinkDecisions) -> list[tuple[list[Fact], str]]:
    """Each occasion's facts still to be decided, in date order, with its evidence.

    A fact stays in an occasion's proposal while it has a fact of another
    source there that no decision names it with and that does not already
    share its event id; so an occasion accepted or rejected once is not
    proposed again, and a report that joins it later is proposed with it.
    """
    found = []
    for occasion in find_occasions(prepared):
        facts = [prepared[i].fact for i in occasion.members]
        kept = [
            a
            for a in facts
            if any(b.source != a.source and not decisions.decided(a.id, b.id) and (a.event is None or a.event != b.event) for b in facts)
        ]
        if len({f.source for f in kept}) >= 2:
            found.append((sorted(kept, key=lambda f: (f.date.sort_key(), f.id)), occasion.evidence))
    return found
