"""The certainty gate: a figure read from a sentence is proposed only when its reading is certain.

:mod:`briefgen.suggest.values` reads every number that looks like a quantity.
On news nobody here wrote, the wrong readings come from a few classes of
English where the number is not a quantity of the unit it is given: a
reference to the parties ("the two summits"), a selection ("the first two
agreements", "the top 10 partners"), alternatives ("two or three
agreements"), a rate ("two flights a week", "$1,500 per capita"), a name or
an identifier ("the Big Four firms", "Phase 2 projects"), a compound size
("five star hotels", "5 year plans"), page furniture ("1349 WORDS", "1
pages"), a frequency read as a multiple ("met 3 times"), a currency that only
looks like the dollar ("S$5 billion") or a magnitude we do not read ("Rs 500
crore").  Each is a class, not a phrase: when a figure falls in one, the
draft is still proposed, without a value, because a wrong figure is worse
than none.

Kept apart from the reader so that each doubt is named once and tested on its
own, and so that the reader stays one screen of patterns.
"""

from __future__ import annotations

import dataclasses
import re

from briefgen.suggest.family_counts import counts_a_family
from briefgen.suggest.found import FoundValue
from briefgen.suggest.likenesses import counts_the_speakers
from briefgen.suggest.source_counts import cites_sources
from briefgen.suggest.unsure_forms import form_doubt
from briefgen.suggest.value_words import LOWER_AFTER, UPPER_AFTER
from briefgen.text.english import NUMBER_WORDS, ORDINAL_WORDS, words_pattern

_ORDINAL = re.compile(rf"{words_pattern(ORDINAL_WORDS)}|\d+(?:st|nd|rd|th)", re.IGNORECASE)
_CURRENCIES = frozenset(("USD", "PKR", "EUR", "GBP"))
_ANY_NUMBER = rf"(?:\d[\d,.]*|{words_pattern(NUMBER_WORDS)}|one)"

# "two or three agreements", "5 to 6 projects", "2/3 visits": alternatives or an estimate, not one count.
_ALTERNATIVE_BEFORE = re.compile(rf"\b(?!(?:19|20)\d\d\b){_ANY_NUMBER}\s*(?P<joint>or|to|/|-|–|—)\s*$", re.IGNORECASE)
# "the two summits", "these two leaders", "both": who or what the story already named.
_REFERENCE_BEFORE = re.compile(r"\b(?:the|these|those|their|our|its|his|her)\s+$", re.IGNORECASE)
# "the first two agreements", "the top 10 partners", "the remaining three documents": a selection, not a total.
# "the highest three export markets", "the largest two buyers": a superlative before the number selects too.
_SELECTION_BEFORE = re.compile(
    r"\b(?:first|last|next|past|previous|final|top|bottom|other|remaining|initial|latest|same|"
    r"largest|biggest|highest|greatest|busiest|leading)\s+$",
    re.IGNORECASE,
)
# "Phase 2 projects", "No. 1 priorities", "Article 5 obligations": an identifier, not a count.
_IDENTIFIER_BEFORE = re.compile(
    r"(?:\bno\.|#|\b(?:number|article|section|phase|stage|level|line|block|unit|grade|class|category|chapter|clause|"
    r"paragraph|resolution|terminal|gate|platform|route|model|version|round|part|item|annex|tier|type|group|room|"
    r"flight|page|lot|plot|reactor|batch|season|episode))\s*$",
    re.IGNORECASE,
)
# "the Group of 20 major economies", "the Group of Seven": a forum's name (a capital G), while "a group of 20 investors" counts.
_NAMED_GROUP_BEFORE = re.compile(r"(?-i:\bGroup)\s+of\s+$")
# A rate, not an amount: "$1,500 per capita", "two flights a week", "100 trucks daily".
_RATE_AFTER = re.compile(
    r"^\s*(?:(?:per|a|an|each|every)\s+(?:capita|person|head|tonne|ton|barrel|kg|kilogram|unit|share|day|week|month|hour|"
    r"litre|liter|kwh|mwh|household|citizen|resident|passenger|visitor|worker|employee|student)\b(?!\s+(?:after|before|later|earlier|ago))|"
    r"daily|weekly|monthly|hourly|apiece|a\s+piece)",
    re.IGNORECASE,
)
_RATE_BEFORE = re.compile(r"\b(?:per[\s-]capita|per\s+head|per\s+person|average|avg\.?)\b[^.;]{0,40}$", re.IGNORECASE)
# "$5 billion a year": a yearly figure, which the period says.
_YEARLY_AFTER = re.compile(
    r"^\s*(?:(?:a|per|each|every)\s+(?:year|annum)\b(?!\s+(?:earlier|ago|later|before|after|since))|annually|yearly)\b",
    re.IGNORECASE,
)
# "S$5 billion", "HK$", "A$", "NT$": another dollar.  "Rs 500 crore", "5 lakh": a magnitude not read.
_OTHER_DOLLAR = re.compile(r"(?<![A-Za-z])(?P<code>[A-Z]{1,3})$")
# A misspelt magnitude ("Ksh52 billon", "$3 milion") is not read either: the amount would be a thousandth of it;
# nor a ledger's "MM" for millions ("nearly USD 97MM").
_UNREAD_MAGNITUDE = re.compile(
    r"^\s*(?:crores?|cr|lakhs?|lacs?|arab|kharab|mio|mrd|mil|bil|tn|mm|mlrd|(?:bil+|mil+|tril+)i?on?s?)\b", re.IGNORECASE
)
# "contribute at that level of 5%": a level the page named before, whose whole ("of GDP") that sentence says, not this one.
_NAMED_BEFORE_LEVEL = re.compile(
    r"\b(?:that|this|the\s+same)\s+(?:level|target|threshold|benchmark|goal|mark)\s+of\s+(?:about\s+|around\s+)?$", re.IGNORECASE
)
# A count written as eight digits or more with no separator is a page's timestamp or an identifier ("1701986822
# Mitsotakis and Erdogan want …" above a report): a count that large is written "1,701,986,822" or "1.7 billion".
_BARE_RUN = re.compile(r"\d{8,}(?![\d,.])")
# "20 percentage points" is not 20 percent.
_POINTS_AFTER = re.compile(r"^(?:age)?\s*points?\b|^age\b", re.IGNORECASE)
# "grew 3 times", "3 times more": a multiple; "met 3 times", "visited 3 times": how often.
_MULTIPLE_AFTER = re.compile(
    r"^\s*(?:more|less|higher|lower|larger|bigger|greater|faster|smaller|as\b|the\b|over\b|compared)", re.IGNORECASE
)
_MULTIPLE_BEFORE = re.compile(
    r"\b(?:(?:increas\w*|grew|grow\w*|rose|risen|rise|jump\w*|surg\w*|expand\w*|multipl\w*|boost\w*|up|doubl\w*|soar\w*)\s+"
    r"(?:\w+\s+){0,2}|by\s+)$",
    re.IGNORECASE,
)
# A length said as a distance ("80 km from the border", "300 kilometers northwest of Cairo") is where something is,
# not how long it is: :mod:`.distances` reads it as a distance.
_DISTANCE_AFTER = re.compile(
    r"^\s*(?:away|from|(?:north|south)(?:[\s-]?(?:east|west))?|east|west|off|outside|inside|into|across|per|an?\s+hour)\b",
    re.IGNORECASE,
)
# Plural nouns a number does not count as a checkable figure: page furniture and rhetorical enumerations.
_NOT_COUNTED = frozenset(
    (
        "words",
        "pages",
        "comments",
        "views",
        "shares",
        "likes",
        "photos",
        "images",
        "pictures",
        "videos",
        "reads",
        "readers",
        "followers",
        "subscribers",
        "results",
        "outcomes",
        "articles",
        "stories",
        "slides",
        "things",
        "reasons",
        "issues",
        "aspects",
        "factors",
        "matters",
        "points",
        "questions",
        "ideas",
        "kinds",
        "types",
        "sorts",
        "examples",
        "directions",
        "dimensions",
        "principles",
        "pillars",
        "priorities",
        "goals",
        "objectives",
        "topics",
        "themes",
        "elements",
        "fronts",
        "levels",
        "stages",
        "phases",
        "steps",
        "hrs",
        "mins",
        "secs",
        "yrs",
        "enemies",
        "friends",
        "brothers",
        "sisters",
        "neighbours",
        "neighbors",
    )
)
# A singular noun between a number and its plural noun makes a compound size or kind: "five star hotels",
# "5 year plans", "two party talks", "three nation tours".  The number counts stars, years or parties, not hotels.
_COMPOUND = frozenset(
    (
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "decade",
        "century",
        "star",
        "point",
        "party",
        "way",
        "nation",
        "country",
        "state",
        "side",
        "storey",
        "story",
        "bed",
        "room",
        "seat",
        "page",
        "man",
        "person",
        "digit",
        "fold",
        "lane",
        "track",
        "door",
        "wheel",
        "prong",
        "stage",
        "phase",
        "tier",
        "member",
        "billion-dollar",
        "million-dollar",
    )
)


_APPEAL = re.compile(r"\b(?:donat(?:e|ion|ions|ing)|subscri(?:be|ption|ptions)|membership|paywall|per issue)\b", re.IGNORECASE)
_SUPERLATIVE = frozenset(
    [
        "largest",
        "biggest",
        "greatest",
        "highest",
        "lowest",
        "smallest",
        "richest",
        "poorest",
        "fastest",
        "strongest",
        "most",
        "best",
        "worst",
        "top",
        "leading",
        "fastest-growing",
        "largest-ever",
        "busiest",
        "wealthiest",
        "oldest",
        "newest",
        "longest",
        "closest",
        "nearest",
        "cheapest",
        "heaviest",
    ]
)
# A plural noun right after a currency code: "2 USD loans" counts the loans ("was", "has" and the like are no nouns).
_NOUN_AFTER_CODE = re.compile(r"^\s+(?!(?:was|has|is|as|this|thus|plus|less|its|across|us)\b)[a-z]+s\b")
_SHORT_MAGNITUDES = frozenset(("mln", "bln", "mn", "bn", "trln", "m", "b", "k", "crore", "crores", "lakh", "lakhs", "lac", "lacs"))
_NAME_GOES_ON = re.compile(r"\s+(?-i:[A-Z][a-z])")
# "As ACE 53 currently stands", "the COP 28 talks": a number right after a name in capitals is part of the name.
_CAPITALS_BEFORE = re.compile(r"(?<![\w’'-])(?-i:[A-Z]{2,})\s$")


def _title_case(sentence: str) -> bool:
    """A headline written in Title Case, where a capital says nothing about a name."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", sentence) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.9 * len(words)


def _is_count(value: FoundValue) -> bool:
    return not value.measure and value.unit not in {
        "km",
        "cubic metres",
        "megawatts",
        "gigawatts",
        "kilowatts",
        "years",
        "days",
        "hours",
        "minutes",
        "MoUs",
    }


def _count_doubt(sentence: str, value: FoundValue) -> str | None:
    """Why a count is not certainly a count of its noun, or None."""
    text = sentence[value.start : value.end]
    before = sentence[max(0, value.start - 40) : value.start]
    tokens = text.split()
    first = tokens[0]
    if _ORDINAL.fullmatch(first):
        return None  # a series counted over its period ("the seventh visit since 2015"), read by its own rule
    if value.unit.casefold() in _NOT_COUNTED:
        return "page furniture or a rhetorical enumeration"
    if cites_sources(sentence, value):
        return "the people the report cites ('two officials told Reuters'), not a figure"
    if counts_the_speakers(sentence, value):
        return "what the speakers are ('we are two peninsulas'), a likeness, not a figure"
    if counts_a_family(value):
        return "someone's family ('three of his daughters'), not a figure"
    if value.unit.isupper():
        return "a unit in capitals (page furniture)"
    if tokens[-1][:1].isupper() and _NAME_GOES_ON.match(sentence, value.end) and not _title_case(sentence):
        return "the noun goes on as a name ('the 3 Seas Initiative')"
    if value.amount == "1":
        return "one with a plural noun"
    if _CAPITALS_BEFORE.search(before):
        return "a number after a name in capitals ('ACE 53') is part of the name"
    if first.casefold() in {"two", "2"} and _REFERENCE_BEFORE.search(before):
        return "'the two …' names the parties"
    if _SELECTION_BEFORE.search(before):
        return "a selection ('the first two …'), not a total"
    opens = value.start == 0 or sentence[: value.start].strip()[-1:] in '“"‘(:—–'
    if first.isalpha() and first[0].isupper() and not opens and not _title_case(sentence):
        return "a capitalised number word is part of a name"
    if any(t.casefold() in _SHORT_MAGNITUDES for t in tokens[1:-1]):
        return "a magnitude the count does not read ('130 mln people')"
    if any(t.casefold() in _SUPERLATIVE for t in tokens[1:-1]):
        return "a selection ('the 10 largest exporters'), not a total"
    if any(t.casefold().strip("()") in _COMPOUND for t in tokens[1:-1]):
        return "a compound size or kind ('five star hotels')"
    return None


def doubt(sentence: str, value: FoundValue) -> str | None:
    """Why the reading of ``value`` is not certain, or None when it is.

    Every class named here is one where a figure read as it stands was wrong
    on some report: the figure is then left out and the draft proposed without
    a value.
    """
    before = sentence[max(0, value.start - 40) : value.start]
    after = sentence[value.end : value.end + 40]
    text = sentence[value.start : value.end]
    if re.match(r"[.,]\d", after):
        return "a number written another way ('1,5 billion')"
    if not value.measure and _BARE_RUN.match(text):
        return "eight digits or more with no separator: a timestamp or an identifier, not a count"
    form = form_doubt(sentence, value)
    if form is not None:
        return form
    alternative = _ALTERNATIVE_BEFORE.search(before)
    if alternative and value.low is None and value.high is None and (alternative.group("joint") in {"or", "/"} or _is_count(value)):
        return "alternatives ('two or three'), not one figure"
    if _IDENTIFIER_BEFORE.search(before):
        return "an identifier ('Phase 2'), not a quantity"
    if _NAMED_GROUP_BEFORE.search(before) and not _title_case(sentence):
        return "a forum's name ('the Group of 20'), not a count"
    if _RATE_AFTER.match(after) or (value.unit in _CURRENCIES and _RATE_BEFORE.search(before)):
        return "a rate ('per capita', 'a week'), not an amount"
    if (value.amount is not None or (value.low and value.high)) and (LOWER_AFTER.match(after) or UPPER_AFTER.match(after)):
        return "a bound after the figure its reader did not take ('1.5 to 2 million tonnes a year or more')"
    if value.measure and value.unit != "rank" and _UNREAD_MAGNITUDE.match(after):
        return "a magnitude not read ('crore', 'lakh', a misspelt 'billon')"
    if value.unit in _CURRENCIES:
        if _APPEAL.search(sentence):
            return "a reader appeal or a price on the page ('a donation for as little as $5'), not news"
        other = _OTHER_DOLLAR.search(before + text[: text.index("$")]) if "$" in text else None
        if other and other.group("code") not in {"US", "USD"}:
            return "another country's dollar"
        if re.search(r"dollar$", text, re.IGNORECASE) and re.match(r"^\s+[a-z]+s\b", after):
            return "'two billion-dollar projects' counts projects"
    if re.search(r"\b[A-Z]{3}$", text) and _NOUN_AFTER_CODE.match(after):
        return "'two USD loans' counts loans, in a currency"
    if value.unit == "percent" and _POINTS_AFTER.match(sentence[value.end :]):
        return "percentage points, not percent"
    if value.unit == "percent" and _NAMED_BEFORE_LEVEL.search(before):
        return "a percentage of a level named before ('that level of 5%'): of what, another sentence says"
    if value.unit == "times" and not (_MULTIPLE_AFTER.match(after) or _MULTIPLE_BEFORE.search(before)):
        return "how often ('met 3 times'), not a multiple"
    if value.unit == "km" and (_DISTANCE_AFTER.match(after) or value.metric == "length"):
        return "a distance, or a length of nothing named"
    if _is_count(value):
        return _count_doubt(sentence, value)
    return None


def certain_values(sentence: str, values: list[FoundValue]) -> list[FoundValue]:
    """The values whose reading is certain, a yearly amount given its period ("$5 billion a year")."""
    kept = []
    for value in values:
        if doubt(sentence, value) is not None:
            continue
        if value.period is None and _YEARLY_AFTER.match(sentence[value.end : value.end + 20]):
            value = dataclasses.replace(value, period="annual")
        kept.append(value)
    return kept
