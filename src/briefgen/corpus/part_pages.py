"""Part pages: a page that tells one part of a visit, in words that make no occasion of it, is a report of that visit.

:mod:`briefgen.corpus.occasions` reads an article's occasion from its own
facts: two parties it keeps coming back to, and facts that speak of a visit,
talks or a signing.  A page given to one part of a visit often has neither.
A university's or an agency's page on the visitor's lecture ("Kassym-Jomart
Tokayev, the President of Kazakhstan, delivered a lecture at the United
Nations University in Tokyo", then what he said of the UN) names the visitor
and the city only; a readout of the talks told by what the leaders said to
each other ("Lee Jae-myung told U.S. President Donald Trump on August 25 that
he hoped Trump would 'play the role of a global peacemaker'", "Xi told
Albanese that ...") names no talks.  Such a page makes no occasion, joins no
other report, and every line of it is left out, though another outlet's
report of the visit tells the same part: the pairs scored for their wording
(:mod:`briefgen.corpus.proposals`) tie the lecture to "On Friday, December 19,
Kassym-Jomart Tokayev met with Tokyo Governor Yuriko Koike" and the readout's
lede to "Lee hailed Trump's role as a peacemaker" in an occasion's other
reports, and propose them as small events beside the visit.

Here a page none of whose facts any occasion takes is a report of the
occasion one of its facts is tied to by wording at least :data:`PAGE_WORDING`
alike a part of another report: the part it tells.  That fact must be dated
within the window of that part (a preview a month before is another matter)
and not dated elsewhere by its words (a delegation's visit "in October" told
beside a December meeting), and a statement must tell that someone spoke (a
writer's own line, "Migration experts and activists are planning an
agreement", is not what was said there).  The page's tied facts join the
occasion, and with them its other facts that the occasion's reading takes
as parts, read with the occasion's sides and the tied part's day (what was
said or done there: :func:`briefgen.corpus.said_there.said_or_done`), when the
page is largely about it (:func:`briefgen.corpus.occasions.told_in_passing`), and
without what is dated elsewhere, of another meeting, of an outsider or of the
weeks before.  A page tied to two occasions joins the one it is tied to most.

Measured on half A of the labelled sets (round 69, links of record, unjudged
pairs counted wrong): precision 93.92% to 93.95%, recall 83.22% to 84.04%; 611
right pairs joined on seven sets (two lecture pages and two readouts among
them), 7 judged wrong and 11 unjudged, each of them a pair with a fact the
occasion held before; no pair lost.  Measured once on half B: precision 85.12% to
85.22%, recall 76.25% to 77.63% (958 right pairs joined, one new pair judged the same
event and 67 different).  Tying a page by its wording alone, with
no test of its date or its speech, joined 394 right pairs for 83 wrong (a
preview a month before, a delegation's visit of October, a writer's line).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from briefgen.corpus.beside import beside_the_visit
from briefgen.corpus.elsewhen import WINDOW_DAYS, elsewhen
from briefgen.corpus.evidence import Prepared, wording
from briefgen.corpus.lately import of_weeks_before
from briefgen.corpus.meetings import of_another_meeting
from briefgen.corpus.models import Fact
from briefgen.corpus.occasion_dates import dates_near
from briefgen.corpus.occasion_words import said_of_occasion, speaks_of_occasion
from briefgen.corpus.occasions import told_in_passing
from briefgen.corpus.outsiders import of_an_outsider
from briefgen.corpus.parties import party_key, party_keys
from briefgen.corpus.retold import across
from briefgen.corpus.said_there import Told, said_or_done, told_by
from briefgen.corpus.spoken import speaks
from briefgen.text.dates import PartialDate

#: Least wording likeness (0-1, :func:`briefgen.corpus.evidence.wording`) by which a page's fact tells a part of an occasion.
PAGE_WORDING = 0.5


def part_pages(occasions: Sequence[Sequence[Fact]], pairs: Sequence[tuple[Fact, Fact]], prepared: dict[str, Prepared]) -> list[list[Fact]]:
    """For each occasion (its facts), the facts of pages that tell one of its parts and make no occasion of their own.

    ``pairs``: the pairs scored for their wording; ``prepared`` holds each fact as the comparisons
    see it, by id (with its article).  A page joins one occasion at most.
    """
    taken = {fact.source for facts in occasions for fact in facts}  # a page any occasion takes a fact of reads as its own
    ties: dict[str, dict[int, list[tuple[float, Fact]]]] = defaultdict(lambda: defaultdict(list))
    for part, fact, n in across(occasions, pairs):
        if fact.source in taken or not _tells_part(fact, part.date):
            continue
        alike = wording(prepared[part.id], prepared[fact.id])
        if alike >= PAGE_WORDING:
            ties[fact.source][n].append((alike, fact))
    found: list[list[Fact]] = [[] for _ in occasions]
    for by_occasion in ties.values():
        n = max(by_occasion, key=lambda k: (len(by_occasion[k]), max(alike for alike, _ in by_occasion[k]), -k))
        tied = list({fact.id: fact for _, fact in by_occasion[n]}.values())
        found[n] += tied + _rest_of_page(tied, occasions[n], prepared)
    return found


def _tells_part(fact: Fact, day: PartialDate) -> bool:
    """Whether a page's fact may tell a part dated ``day``: dated near it, not elsewhere, and if a statement, one of speech."""
    if not dates_near(fact.date, day, WINDOW_DAYS) or elsewhen(fact.quote, day):
        return False
    return fact.kind != "statement" or speaks(fact.quote)


def _rest_of_page(tied: list[Fact], occasion: Sequence[Fact], prepared: dict[str, Prepared]) -> list[Fact]:
    """The page's other facts that the occasion's reading takes as parts, read on the day of the part the page tells."""
    article = prepared[tied[0].id].article
    if article is None:
        return []
    sides = _sides(occasion)
    day = max(tied, key=lambda f: (f.date.day is not None, f.date.sort_key())).date
    told = told_by(prepared[f.id] for f in occasion)
    ids = {f.id for f in tied}
    found = [item.fact for item in article.members if item.fact.id not in ids and _part_of(item, sides, day, told)]
    if told_in_passing(len(tied), len(found), len(article.members)):
        return []  # the part is told in passing, beside other news: what the page says besides may be of anything
    return found


def _part_of(item: Prepared, sides: frozenset[str], day: PartialDate, told: Told) -> bool:
    """Whether a page's fact is a part of the occasion of ``sides`` on ``day``, as :mod:`briefgen.corpus.occasions` reads its reports."""
    fact = item.fact
    if not dates_near(fact.date, day, WINDOW_DAYS):
        return False
    names = party_keys(fact.entities)
    if not (speaks_of_occasion(item) or said_of_occasion(item, names) or said_or_done(item, names, sides, day, told)):
        return False
    if elsewhen(fact.quote, day) or beside_the_visit(fact.quote):
        return False
    return not (
        of_another_meeting(item, sides, party_key) or of_an_outsider(item, sides, party_key) or of_weeks_before(fact, sides, party_key)
    )


def _sides(occasion: Sequence[Fact]) -> frozenset[str]:
    """The occasion's sides: the party keys its facts carry in two of its reports or more."""
    by_source: dict[str, set[str]] = defaultdict(set)
    for fact in occasion:
        by_source[fact.source] |= party_keys(fact.entities)
    counts = Counter(key for keys in by_source.values() for key in keys)
    return frozenset(key for key, n in counts.items() if n >= 2)
