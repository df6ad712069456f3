"""Other meetings: what sets a fact apart from the visit it is reported with.

A visit's reports also name meetings that are not the visit: a summit of
many states held during it ("the China-Arab States Summit"), a body of many
members ("the six-member Gulf Cooperation Council"), a happening the part is
placed after ("following his participation in G20 and APEC summits"), a
regional format ("Central Asia + Japan", "a consultative meeting of the heads
of state"), the leaders of three countries or a third country's leader
attending, and the meetings held "in preparation for the visit" (before it).
:mod:`briefgen.corpus.occasions` leaves the facts that report them out of
the visit's occasion.  A meeting named for the visit's own two sides ("the
Malaysia-China Business Forum", "the Pakistan-Uzbekistan business forum")
is a part of the visit's programme, and stays in.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.words import entity_key
from briefgen.text.cues import Caseless

#: A clause that places the reported part after or before something else ("following his participation in
#: G20 and APEC summits", "Following visits to Washington and Moscow, ...", ", after Lula declined last year to
#: ..."): it dates and names that other thing, not the part the sentence reports.
_PLACED = re.compile(
    r"(?:^|[,;]\s*|\s[-\u2013\u2014]\s*)(?:following|after|ahead of)\b[^,;.]{3,120}?(?=,|;|$|\.\s|\.$)",
    re.IGNORECASE,
)


def without_placing(quote: str) -> str:
    """A quote without the clauses that place its part relative to another happening.

    "Xi arrived in Brasilia on 20 November for a state visit, following his
    participation in G20 and APEC summits": the arrival is a part of the
    visit; the summits named in the clause are other meetings and must not
    set it apart.  Only a clause that opens the sentence or follows a comma
    is taken out: "signed after talks in March" keeps its month.
    """
    return _PLACED.sub(" ", quote)


#: Names of meetings of many parties: a summit or forum held during a visit is another meeting.
_MEETING_OF_MANY = re.compile(r"\b(?:summit|forum|assembly|conference)\b", re.IGNORECASE)
#: A body of many members ("the six-member Gulf Cooperation Council"), or several summits named in one quote.
_MANY = re.compile(
    r"\b(?:\w+-member|summits)\b|\bsummit\b.*\bsummit\b"
    # a later meeting the visit is placed before ("the visit comes months before Tokyo hosts the Quad summit")
    r"|\b(?:months|weeks|days) (?:before|ahead of)\b[^.;]{0,60}\b(?:summit|forum|conference)\b"
    # a regional format: "a consultative meeting of the heads of state", "the meeting of the leaders of Central Asian
    # countries", "a summit of the Turkic states"
    r"|\bconsultative meetings?\b"
    r"|\b(?:meeting|summit)s? of (?:the )?(?:leaders|heads of states?)\b(?! of (?:the )?two\b)"
    # the meetings held to prepare a visit are before it ("In preparation for the visit, meetings of ... were held")
    r"|\bin preparation for (?:the|this|his|her|their) (?:state |official )?(?:visit|trip|summit)\b",
    re.IGNORECASE,
)
_MANY_FOUND = Caseless(_MANY)  # asked only whether it is found (see text/cues)
#: A format of a group and one other ("Central Asia + Japan", "C5+1"): a meeting of many.
_PLUS_FORMAT = re.compile(r"\w\s*\+\s*(?:\d\b|[A-Z])")
#: A leader named with the country led; three countries so named in one quote make a meeting of three or more
#: ("President of Kyrgyzstan X, President of Tajikistan Y, and President of Turkmenistan Z are expected to attend").
_LEADER_OF = re.compile(r"\b(?:President|Prime Minister|King|Emir|Chancellor) of (?:the )?([A-Z][\w'-]*)")


def of_another_meeting(item: Prepared, parties: frozenset[str] = frozenset(), party_key: Callable[[str], str] = str) -> bool:
    """Whether a fact names a meeting of many parties (a summit, a forum, an assembly): another meeting than the visit.

    "Mr Xi's attendance at the China-Arab States Summit", "separate talks
    with the six-member Gulf Cooperation Council", "a China-Gulf summit and a
    China-Arab summit": a multilateral meeting held during a visit is another
    meeting, not a part of the visit.  A meeting named for the two sides of
    the occasion (:func:`of_the_two`, given the occasion's ``parties``) is the visit's own.
    """
    quote = without_placing(item.fact.quote)
    # a name only a placing clause carries names that other happening ("G20 Summit"), not this part
    placed = {w[:5] for clause in _PLACED.findall(item.fact.quote) for w in entity_key(clause).split()}
    named = [e for e in item.fact.entities or () if not placed.issuperset(w[:5] for w in entity_key(e).split())]
    return any(
        _MEETING_OF_MANY.search(e) and not of_the_two(e, parties, party_key) and not of_one_side(e, parties, party_key) for e in named
    ) or _of_many_by_its_words(quote, parties, party_key)


def _of_many_by_its_words(quote: str, parties: frozenset[str], party_key: Callable[[str], str]) -> bool:
    """Whether a quote's words make its meeting one of many: a body, a format, three leaders, a third attending."""
    if _MANY_FOUND.found(quote) or _PLUS_FORMAT.search(quote) or len(set(_LEADER_OF.findall(quote))) >= 3:
        return True
    return _an_outsider_attends(quote, parties, party_key)


#: Attending a meeting, the words a report of who else comes uses ("will also take part in the meeting").
_ATTENDS = re.compile(r"\b(?:take|takes|took|taking) part\b|\battend(?:s|ed|ing)?\b|\bparticipat(?:e|es|ed|ing)\b")


def _an_outsider_attends(quote: str, parties: frozenset[str], party_key: Callable[[str], str]) -> bool:
    """Whether the leader of a country that is no side of the occasion attends: a meeting of more than the two.

    "The President of Ostria Vell will also take part in the meeting", in a
    report of Norland's visit to Sudmark: the meeting a third leader comes to
    is not the bilateral visit.
    """
    if not parties or not _ATTENDS.search(quote):
        return False
    return any(party_key(country) not in parties for country in _LEADER_OF.findall(quote))


#: A meeting's name that opens with two names joined by a hyphen or a dash ("Malaysia-China Business Forum").
_TWO_SIDES = re.compile(r"^(?:the\s+)?([^\W\d_][\w.']*(?:\s+[^\W\d_][\w.']*)?)\s*[-\u2013\u2014]\s*([^\W\d_][\w.']*)", re.IGNORECASE)


def of_the_two(name: str, parties: frozenset[str], party_key: Callable[[str], str]) -> bool:
    """Whether a meeting's name joins two of an occasion's parties, one on each side of its hyphen: a bilateral meeting.

    "Malaysia-China Business Forum 2023" during the Malaysian prime
    minister's visit to China is a part of his programme; "China-Arab States
    Summit" during a visit to Saudi Arabia is not ("Arab States" is no party
    of it).  ``parties`` are party keys (see :func:`briefgen.corpus.occasions.party_key`).
    """
    match = _TWO_SIDES.match(name.strip())
    if match is None or not parties:
        return False
    first, second = party_key(match.group(1)), party_key(match.group(2))
    return first != second and first in parties and second in parties


#: Two names joined by a hyphen or a dash anywhere in a meeting's name ("Asia-Pacific", "China-Arab States").
_JOINED = re.compile(r"([^\W\d_][\w.']*)\s*[-\u2013\u2014]\s*([^\W\d_][\w.']*)")


def of_one_side(name: str, parties: frozenset[str], party_key: Callable[[str], str]) -> bool:
    """Whether a meeting's name names one of an occasion's parties and joins none of them to an outsider.

    "The Asia-Pacific Conference of German Business" that the German
    chancellor opens in New Delhi during his visit to India is a part of his
    programme: its name names one side ("German") and joins no party to
    another ("Asia-Pacific" joins two regions).  "The China-Arab States
    Summit" during a visit to Saudi Arabia names China, but joins it to "Arab
    States", no party: a summit of many, another meeting.  The words of a
    meeting itself ("forum", "summit") are no party, even when a report's
    entities make one of them a key.
    """
    if not parties:
        return False
    words = [w for w in entity_key(name).replace("-", " ").split() if len(w) >= 3 and not _MEETING_OF_MANY.search(w)]
    if not any(party_key(w) in parties for w in words):
        return False
    return all((party_key(a) in parties) == (party_key(b) in parties) for a, b in _JOINED.findall(name))
