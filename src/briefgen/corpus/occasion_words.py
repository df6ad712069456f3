"""Occasion words: whether a fact speaks of a part of a visit, which makes it a part of its occasion.

:mod:`briefgen.corpus.occasions` reads an article's occasion from the facts
that speak of one: a visit, an arrival, talks, a meeting, a signing, a
ceremony, a council, the ceremonial parts of a state visit, a courtesy call
in its programme.  A trade figure of last year or a remark on relations
since 1990 does not, and stays out of the occasion.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.other_senses import STEMS_WITH_OTHER_SENSES, without_other_senses
from briefgen.corpus.passive_openings import tells_passive_opening
from briefgen.corpus.words import content_words
from briefgen.text.cues import Caseless

#: Words (cut to five letters, as facts' words are) by which a fact speaks of a part of an occasion.
OCCASION_STEMS = frozenset(
    {
        "visit",
        "arriv",
        "lande",
        "trip",
        "tour",
        "summi",
        "welco",
        "recei",
        "greet",
        "talks",
        "meet",
        "meets",
        "meeti",
        "met",
        "sign",
        "signa",
        "signe",
        "signi",
        # a signing in the newsroom's word ("India and Sri Lanka on Saturday inked a defence pact")
        "inked",
        "inks",
        "cerem",
        "counc",
        "sessi",
        "invit",
        "host",
        "hoste",
        "hosts",
        "atten",
        "deleg",
        "agree",
        "deal",
        "deals",
        "docum",
        "decla",
        "memor",
        "mou",
        "mous",
        "discu",
        "negot",
        "farew",
        "recep",
        "depar",
        "confe",
        # the ceremonial parts of a state visit: paying tribute at a mausoleum, laying a wreath, a banquet, a keynote address
        "tribu",
        "wreat",
        "banqu",
        "keyno",
        # the programme of a visit: a speech, an address to a parliament or a forum, what is scheduled or slated
        "speec",
        "addre",
        "sched",
        "slate",
        # what the visit brings, announced during it: a plan unveiled, a sum pledged
        "unvei",
        "pledg",
        # a site opened at the visit ("Rajnath Singh and his Moroccan counterpart today jointly inaugurated TASL's defence
        # manufacturing facility"): the ceremony of the day, whose lines on the thing opened join it (see corpus.opened)
        "inaug",
    }
)


#: Units of a figure that measures a relation, not a count of what one occasion brought (a share, a multiple).
_RELATION_UNITS = frozenset({"percent", "%", "times", "per cent"})


#: A courtesy call in a visit's programme ("will call on President Murmu", "is to call on the Emir").  A call
#: reported done ("called on") is left to the occasion words around it: it is as often a visit of its own.
_CALL_ON = re.compile(r"\b(?:will|to|would|shall)(?: also)? call on\b", re.IGNORECASE)
#: Chairing a session of the visit ("will be co-chairing the Intergovernmental Consultations", "the meeting was
#: chaired by"): the word, not a title ("the Chairman of the National People's Congress", cut to the same five letters).
_CHAIRING = re.compile(r"\b(?:co-?)?chair(?:s|ed|ing)?\b", re.IGNORECASE)


#: A joint statement or communiqué ("the two leaders issued a joint statement on upgrading relations"): a text of
#: the talks, as a declaration is ("decla" above).  "Statement" alone is any remark to the press, so "joint" is asked.
_JOINT_STATEMENT = re.compile(r"\bjoint (?:statement|communiqu)", re.IGNORECASE)


#: A target for a level of the relation ("to raise trade to $15 billion", "a turnover of $2 billion", "aim to increase
#: this volume to $5bn"): it measures the relation, whatever visit set it, as a trade figure of last year does.
_RELATION_TARGET = re.compile(r"\b(?:trade|trading|turnover|volume)\b", re.IGNORECASE)


#: The span of a stay ("will be in the Philippines until November 4", "will stay in Hanoi through Thursday").
_STAY = re.compile(
    r"\b(?:will be|is|are|was|remains?|stays?|will stay|will remain) in (?:the )?[A-Z][^.;]{0,40}?\b(?:until|till|through)\b"
)


def _may_tell_stay(quote: str) -> bool:
    """Whether a quote holds what every match of :data:`_STAY` holds, written as it is (the pattern heeds case):
    " in " and "until", "till" or "through".  Most quotes have none: the pattern, tried at each capital, is not tried
    (on the 50,000-fact benchmark corpus, 5,402 quotes reach it: 0.008 → 0.001 s)."""
    return " in " in quote and ("until" in quote or "till" in quote or "through" in quote)


#: What the talks take up ("high on the agenda", "topped the agenda of his talks", "the agenda of the visit"); not
#: a project "on the agenda" of one side, which is a plan of its own.
_AGENDA = re.compile(
    r"\b(?:high|top|tops|topped|heads?|headed) (?:on )?the agenda\b|\bagenda of (?:the|his|her|their) (?:talks|visit|meeting)",
    re.IGNORECASE,
)
_AGENDA_FOUND = Caseless(_AGENDA)  # asked only whether it is found (see text/cues)


def brings_to_both(item: Prepared, parties: frozenset[str], party_key: Callable[[str], str]) -> bool:
    """Whether a fact is a commitment between an occasion's two sides: a plan with a sum, naming two of ``parties``.

    "Japan will invest 5 trillion yen in India over the next five years, Modi
    said on Saturday", "South Korea would provide $200 million of aid to Viet
    Nam": what a visit brings, announced during it, often in words that name
    no visit, talks or signing.  A plan that states a figure and names two of
    the occasion's parties (as entities) is such a commitment; a target for
    trade, turnover or its volume measures the relation instead, and a plan with no figure
    (a film to be premiered, a temple to be opened) is too often a happening
    of its own.  The caller asks only of facts dated to the occasion's day.
    """
    fact = item.fact
    if fact.kind != "plan" or fact.value is None or _RELATION_TARGET.search(fact.quote):
        return False
    return len({party_key(e) for e in fact.entities or ()} & parties) >= 2


#: A standing level of the relation ("bilateral trade stood at $7 billion at the time of the visit", "trade volume
#: reached $10 billion, Putin said at the talks"): it measures the relation, whatever occasion it was stated at.
_RELATION_LEVEL = re.compile(
    r"\b(?:trade|turnover|volume)\b[^.;]{0,40}?"
    r"\b(?:stood|stands|reach(?:ed|es)|exceed(?:ed|s)|surpass(?:ed|es)|amount(?:ed|s) to|totall?(?:ed|s))\b",
    re.IGNORECASE,
)


def speaks_of_occasion(item: Prepared) -> bool:
    """Whether a fact speaks of a part of an occasion (its words include a visit, talks, a signing...).

    A figure over a period ("28 joint projects in 2025") or a share ("the
    surplus is more than half of the trade balance, Lula said at the signing
    ceremony") measures the relation, whatever occasion it was stated at: it
    is a figure, not a part of the visit; so is a level of trade ("trade
    reached $10 billion, Putin said at the talks").  A count with no period
    ("26 MoUs signed") still is.  An occasion word in its other sense ("meeting 3% of the country's
    energy needs", "the Gulf Cooperation Council") makes no part (see :mod:`.other_senses`).
    """
    value = item.fact.value
    if item.fact.kind == "figure" and value is not None and (value.period or value.unit.lower() in _RELATION_UNITS):
        return False
    if item.fact.kind == "figure" and _RELATION_LEVEL.search(item.fact.quote):
        return False  # a level of trade, though stated at the talks
    if item.fact.kind == "statement":
        return False  # what someone said is a part only as :func:`said_of_occasion` finds
    found = OCCASION_STEMS & item.word_set
    if found and not (found <= STEMS_WITH_OTHER_SENSES and _only_in_other_senses(item)):
        return True
    if "joint" in item.word_set and _JOINT_STATEMENT.search(item.fact.quote):
        return True  # a text of the talks: "the two leaders issued a joint statement on upgrading relations"
    if "chair" in item.word_set and _CHAIRING.search(item.fact.quote):
        return True  # a session chaired: "PM Modi and Chancellor Scholz will be co-chairing the seventh IGC"
    if _may_tell_stay(item.fact.quote) and _STAY.search(item.fact.quote):
        return True  # the visit's span: "The Japanese prime minister will be in the Philippines until November 4"
    if tells_passive_opening(item.fact.quote):
        return True  # a ceremony told in the passive: "The port was officially opened in a ceremony attended by Xi"
    if "agend" in item.word_set and _AGENDA_FOUND.found(item.fact.quote):
        return True  # what the talks take up: "Infrastructure projects will be high on the agenda"
    return "call" in item.word_set and bool(_CALL_ON.search(item.fact.quote))  # a courtesy call: "will call on President Murmu"


def _only_in_other_senses(item: Prepared) -> bool:
    """Whether every occasion word of a fact is used in its other sense ("meeting 3% of the country's energy needs",
    "the Gulf Cooperation Council"): none is left once those phrases are taken out (see :mod:`.other_senses`)."""
    fact = item.fact
    claim, quote = without_other_senses(fact.claim), without_other_senses(fact.quote)
    if claim is None and quote is None:
        return False
    rest = f"{fact.claim if claim is None else claim}\n{fact.quote if quote is None else quote}"
    return OCCASION_STEMS.isdisjoint(content_words(rest))


#: What the sides agreed, or said before the press at the occasion ("Both agreed on the need for a ceasefire",
#: "Sisi said at the joint press conference"): the verb "agree", not the noun ("the agreement is expected to").
_SAID = re.compile(r"\bagree[ds]?\b|\bpress conference\b", re.IGNORECASE)


#: The two sides speaking as one ("the two leaders stressed", "Both Xi and Lula said"): what they said at the
#: occasion.  "The leaders emphasized the need for a railway" is left out: it is as often a point of a text.
_SAYING = r"(?:said|stressed|agreed|noted|called|decided|emphasi[sz]ed|reaffirmed|underlined|welcomed|expressed)"
_BOTH_SAID = re.compile(
    r"\b(?:the two|both) (?:leaders|presidents|heads of state)(?: \w+)?? " + _SAYING + r"\b"
    r"|\bboth\b[^.;]{0,40}?\b" + _SAYING + r"\b",
    re.IGNORECASE,
)


#: A saying placed at the occasion by its own words ("Putin said during his meeting with Mirziyoyev", "during my
#: talks with my brother Erdogan today, I reaffirmed", "on the sidelines of the summit"): what one leader said there.
#: Not "after the talks" nor "at the meeting" (a remark relayed later, a meeting of others, as often).
_SAID_AT = re.compile(
    r"\b(?:during|on the sidelines of) (?:the |his |her |their |my |our |this |today.s )?(?:\w+ ){0,2}"
    r"(?:meeting|talks|visit|summit|session|press conference|press briefing|news conference)\b",
    re.IGNORECASE,
)


#: A remark on the occasion itself, named as the one at hand ("the conclusions of this bilateral meeting",
#: "today's summit was a success"): not "a meeting", "the meetings", "this year", nor "this coming visit".
_OF_THIS_OCCASION = re.compile(
    r"\b(?:this|today.s)\s+(?!(?:next|last|previous|first|second|third|coming|upcoming|forthcoming|former|past)\b)"
    r"(?:[A-Za-z-]+\s+){0,3}?(?:meeting|summit|session|talks|visit)\b(?!s)",
    re.IGNORECASE,
)


def said_of_occasion(item: Prepared, names: frozenset[str]) -> bool:
    """Whether a statement reports what an occasion's sides agreed or said at it: a part of the occasion.

    "Xi and Trong on Tuesday agreed that their countries will build a shared
    future", "Erdogan said at the joint press conference that Gaza topped the
    agenda of his talks with Sisi", "the two leaders stressed that...": outlets
    report a visit's outcome as what was agreed or said, in words that name no
    visit or signing.  Such a statement, in an article that reports the
    occasion, is a part when it names two parties (``names``: the party keys
    of its entities; the sides, or where the two leaders spoke of Gaza and
    Lebanon, what they spoke of).  A remark of one leader alone ("Putin said
    Rosatom builds 20 units abroad"), a comment on an agreement ("the
    agreement is expected to ease trade"), what "the leaders emphasized" (as
    often a point of a text) and a statement with no word of agreeing or of
    the press are not.  One leader's words count when the quote places them
    at the occasion ("Oskaro said during his meeting with Marden that...",
    "during my talks with my brother Marden today, I reaffirmed"): a saying
    during its meeting, talks or visit is a part of it, as a joint press
    conference is; a remark "after the talks" is not.  A statement that names
    the occasion as the one at hand ("the conclusions of this bilateral
    meeting", "today's summit") is a remark on it, whoever makes it.
    """
    if item.fact.kind != "statement":
        return False
    if len(names) < 2:
        return False
    quote = item.fact.quote
    return bool(_SAID.search(quote) or _BOTH_SAID.search(quote) or _SAID_AT.search(quote) or _OF_THIS_OCCASION.search(quote))
