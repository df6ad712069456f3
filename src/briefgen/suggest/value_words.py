"""The words around a number that say what it is: a bound, an approximation, a size, or no unit at all.

Kept apart from :mod:`briefgen.suggest.values`, which reads the numbers, so that
the word lists can grow without the reader growing past one screen of rules.
"""

from __future__ import annotations

import re

from briefgen.text.english import MONTH_PATTERN, NUMBER_WORDS, ORDINAL_WORDS, words_pattern

# A size or rating is not a count: "10-metre trucks", "90 horsepower engines", "80 km pipeline".
MEASURES = re.compile(
    r"^(?:metres?|meters?|km|kilomet(?:re|er)s?|miles?|feet|foot|inch(?:es)?|horsepower|hp|tonnes?|tons?|kg|kilograms?|"
    r"mw|kw|kv|gw|megawatts?|kilowatts?|litres?|liters?|cc|cubic|square|sq|storey|lanes?|seats?|seater|axles?|wheel|mm|cm|"
    r"barrels?|bcm|mmcfd)$",
    re.IGNORECASE,
)

# Power, the capacity of a plant or a project: "500 megawatts", "the 120 MW solar project", "up to 2 GW".
# Energy ("500 MWh") is not power, and a voltage ("400 kV") is not either: neither is read as power
# (:mod:`briefgen.suggest.tonnages` reads energy as energy).
POWER_PATTERN = r"(?-i:MW|GW|kW)|megawatts?|gigawatts?|kilowatts?"
POWER_UNITS = {
    "mw": "megawatts",
    "megawatt": "megawatts",
    "gw": "gigawatts",
    "gigawatt": "gigawatts",
    "kw": "kilowatts",
    "kilowatt": "kilowatts",
}

# The measured quantities read (a length, a volume, a power), by the unit as written.
QUANTITY_UNITS = {
    "km": "km",
    "kilometre": "km",
    "kilometer": "km",
    "cubic metre": "cubic metres",
    "cubic meter": "cubic metres",
    **POWER_UNITS,
}

# "11 of his ministers", "five of their officials": a part of someone's people, counted by the noun.
PARTITIVE = re.compile(r"^of\s+(?:his|her|their|its|our)\s+", re.IGNORECASE)

# Words that join clauses, not a number to its noun: "May 3–4 and includes".
GAP_STOP = frozenset(
    (
        "and",
        "or",
        "to",
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "that",
        "which",
        "who",
        "were",
        "was",
        "are",
        "is",
        "will",
        "has",
        "have",
        "had",
        "be",
        "been",
        "as",
        "than",
    )
)

# "no fewer than 17" is at least 17: a negated "less/fewer than" is a lower bound, never an upper one, and a negated
# "exceed" an upper one ("grants which will not exceed US$50,000"); "a maximum of five projects" is at most five.  "Exports add
# up to $30 billion a year" is their total, not a ceiling: "up" belongs to the verb.  So it does after a rise told in the
# past: "trade has risen up to $5 billion from $30 million" is the level it reached ("could rise up to" stays a ceiling).
_RISEN = "".join(rf"(?<!\b{verb} )" for verb in ("risen", "rose", "grown", "grew", "climbed", "jumped", "surged", "soared", "gone", "went"))
UPPER_BOUND = re.compile(
    rf"\b(?:(?<!\badd )(?<!\badds )(?<!\badded )(?<!\badding ){_RISEN}up\s?to|just (?:shy|short) of|"
    r"(?<!no )(?<!not )(?:less|fewer) than|under|below|not more than|no more than|at most|as much as|as many as|"
    r"(?:a |the )?maximum of|(?:not|never) exceed(?:s|ed|ing)?)\s*$",
    re.IGNORECASE,
)

# "over" after a verb it belongs to is no bound: "handed over 700 housing units", "rolled over $100 million"; nor is
# the "over" of what a sum is spread across: "spread over 156 projects", "distributed over 5,300 projects".
_PARTICLE_OVER = "".join(
    rf"(?<!\b{verb} )"
    for verb in (
        *("hand", "hands", "handed", "handing", "roll", "rolled", "rolling", "turn", "turned", "took", "taken"),
        *("spread", "spreads", "spreading", "distributed", "scattered"),
    )
)
LOWER_BOUND = re.compile(
    rf"\b(?:more than|{_PARTICLE_OVER}over|above|at least|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topped|in excess of|"
    r"upwards? of|north of|beyond|"
    r"no less than|not less than|no fewer than|not fewer than|as little as|as low as|as few as|starting at|starting from|"
    r"(?:a |the )?minimum of)\s*$",
    re.IGNORECASE,
)

# "from X to Y", also "from the current X to Y", "from its present X": a change from one figure to another, not a range;
# so is "which exceeds X to Y", a level and then the aim an earlier verb raises it to ("to increase our trade volume,
# which exceeds $1.5 billion to $5 billion"), where the writer left out the comma that sets the two apart.
CHANGE_FROM = re.compile(
    r"\b(?:from\s+(?:(?:the|its|their|a|current|present|existing|today[’']s|(?:this|last) year[’']s)\s+){0,3}"
    r"|(?:exceed|surpass)(?:s|ed|ing)?\s+)$"
)

# A threshold crossed is a floor: "exports exceeded the 10 billion euro mark", "crossed the 500 MW threshold".
_CROSSED = (
    r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?|cross(?:es|ed|ing)?|pass(?:es|ed|ing)?|"
    r"br(?:oke|eaks?|eaking)(?:\s+through)?|breach(?:es|ed|ing)?)\s+the"
)
_THRESHOLD_NOUNS = "mark|threshold|barrier|milestone|level"
THRESHOLD_BEFORE = re.compile(_CROSSED + r"\s*$", re.IGNORECASE)
THRESHOLD_AFTER = re.compile(rf"^[\s-]*(?:[A-Za-z]+[\s-]+){{0,2}}?(?:{_THRESHOLD_NOUNS})\b", re.IGNORECASE)
# The threshold named before its figure: "trade … has crossed the figure of 3 Billion dollars", "passed the mark of 1,000".
THRESHOLD_OF = re.compile(rf"{_CROSSED}\s+(?:figure|{_THRESHOLD_NOUNS})\s+of\s*$", re.IGNORECASE)
# A level crossed by a sum, a share or a tonnage is a floor with no threshold word: "bilateral trade has crossed
# $3 billion".  Only for such levels: a count after "crossed" is what was crossed ("crossed 20 checkpoints"), and
# "passed" is left out, as a law passes a sum ("passed $3 billion in aid") and a house passes bills.
# "tops" and "topping" join "topped" here only: a bare "top" is a rank ("the top 10 percent of earners").
# A bare "top" is that verb only where a verb must stand: after "to" or a modal ("expected to top $5 billion", "could
# top"), or right after the trade it measures ("saw bilateral trade value top $30 billion").
LEVEL_CROSSED = re.compile(
    r"\b(?:cross(?:es|ed|ing)?|tops|topping|"
    r"(?:to|will|would|could|might|should|can|may|value|trade|turnover|exports|imports|investment|sales)\s+top)\s*$",
    re.IGNORECASE,
)

# Words ending in -s that qualify the noun after them, which is the thing counted: "100 news organizations",
# "three arms deals", "50 goods trains".  Put in front of a count's unit pattern.  "gas" and "news" are never the thing
# counted, whatever follows them: "three gas compressor stations" counts stations, "247 news agency" is a name.
MODIFIER_NOT_UNIT = (
    r"(?!(?:news|arms|sports|customs|goods|savings|electronics|logistics)\s+[A-Za-z]+s\b)(?!(?:gas|news)\b)"
    r"(?!dozens\s+(?:of\s+)?(?:[\w-]+\s+)?[A-Za-z]+s\b)"  # "two dozens world leaders": the leaders are counted, by the dozen
)

# A bound written after the figure, past the noun and the period it is counted over: "15 million tonnes of
# cargo per year or more" is at least 15 million tonnes a year, "20 percent or less" at most 20 percent.
# The bound words may not open a new figure or a new thing: "75% of exports and more than 80%", "40 people
# plus 20 staff", "20 percent or below the average" bound nothing.
_PERIOD_AFTER = (
    r"(?:\s+of\s+[a-z]+)?(?:\s*\([A-Za-z]+\))?"
    r"(?:\s*(?:(?:per|a|an|each|every)\s+(?:year|annum|month|week|day)|annually|yearly|monthly|daily)\b)?"
)
_NOT_NEXT = rf"(?!\s*[-–]?\s*[$€£¥]?\d)(?!\s+(?:than|that|a|an|the|half|{words_pattern(NUMBER_WORDS)})\b)"
# Bare "and over", "and more", "and under" are bounds only where the clause ends with them: "aged 65 and over,".
_CLAUSE_END = r"(?=\s*(?:[,.;:!?)\]\"”’—–]|$))"
LOWER_AFTER = re.compile(
    rf"^{_PERIOD_AFTER}\s*(?:(?:at the minimum|at least|or more|or above|and above|and upwards|or higher|or greater|"
    rf"[\s-]*plus)\b{_NOT_NEXT}|(?:and|or) (?:over|more)\b{_CLAUSE_END})",
    re.IGNORECASE,
)
UPPER_AFTER = re.compile(
    rf"^{_PERIOD_AFTER}\s*(?:(?:at the most|at most|at the maximum|or less|or fewer|or below|or lower)\b{_NOT_NEXT}|"
    rf"(?:and|or) (?:under|below)\b{_CLAUSE_END})",
    re.IGNORECASE,
)
APPROXIMATE_AFTER = re.compile(rf"^{_PERIOD_AFTER}\s*(?:or so|or thereabouts)\b", re.IGNORECASE)

APPROXIMATE = re.compile(
    r"\b(?:about|around|nearly|almost|approximately|roughly|some|close to|approached|approaching|an estimated|estimated at|approx\.?|"
    r"circa|in the region of|on the order of|of the order of)\s*$",
    re.IGNORECASE,
)

# A rank is a figure when it places a role in trade or money, which the trade data measure: "second-largest
# economy", "third-largest trading partner", "fourth-largest dairy producer".  "The world's third-largest
# democracy" or "second-largest city" ranks a country or place by a size the story never states: an epithet.
RANKED_ROLE = re.compile(
    r"^(?:econom|trad|partner|export|import|invest|source|suppl|consum|market|buy|purchas|produc|destination|lend|"
    r"creditor|donor|customer|contribut|sharehold|manufactur|sell|recipient|holder|emitter|shipper)",
    re.IGNORECASE,
)

# Plural words that are not a unit a number counts: "the two countries", "three decades".
NOT_UNITS = frozenset(
    (
        "countries",
        "sides",
        "nations",
        "teams",
        "parties",
        "governments",
        "leaders",
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "minutes",
        "decades",
        "times",
        "others",
        "occasions",
        "ways",
        "areas",
        "sectors",
        "was",
        "has",
        "does",
        "this",
        "its",
        "his",
        "as",
        "yes",
        "thus",
        "plus",
        # A speaker's rhetorical formula is no checkable count: "three constants remain unchanged", "the two musts".
        "constants",
        "musts",
        # Money is no count of coins: "20 billion Jamaican dollars" or "50 billion rupees" in a currency not named for certain.
        "dollars",
        "rupees",
        "riyals",
        "rials",
        "dirhams",
        "dinars",
        "pounds",
        "pesos",
        "francs",
        "rubles",
        "roubles",
        "shillings",
        "manats",
        "soms",
        "soums",
        "euros",
        "liras",
        "kroner",
        "kronor",
        "kronur",
        "rands",
        "nairas",
        "cedis",
        "kwachas",
        "afghanis",
    )
)

# A period that makes an ordinal a count: "since 2015", "since March 2022", "in the past eight months".
# "since being inaugurated" names no span that can be checked, so it does not count; "since the outbreak of
# Covid-19" names the event that opens it.
_SINCE = (
    rf"since\s+(?:(?:(?:{MONTH_PATTERN})\s+)?(?:19|20)\d\d\b|"
    r"the\s+(?:outbreak|start|beginning|end|onset)\s+of\s+(?:the\s+)?(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})|last\s+year\b|"
    # "since he became Chancellor in 2021", "since assuming office in 2021": a term of office that opened in a stated year.
    r"(?:(?:he|she)\s+(?:became|took|assumed)|becoming|taking|assuming)\s+[\w\s]{1,30}?\bin\s+(?:19|20)\d\d\b)"
)
_SPAN_COUNT = rf"(?:{words_pattern(NUMBER_WORDS)}|\d+)"
_PAST_SPAN = rf"(?:in|over|during)\s+the\s+(?:past|last)\s+(?:{_SPAN_COUNT}\s+)?(?:years?|months?|weeks?|decades?)\b"
_ORDINAL = rf"(?:{words_pattern(ORDINAL_WORDS)}|\d+(?:st|nd|rd|th))"
# "the seventh visit to the UAE since 2015", "his third official trip abroad in the past year".
SERIES = re.compile(
    rf"\b(?P<n>{_ORDINAL})\s+(?:(?:official|state|working|foreign|overseas)\s+)?(?P<unit>visit|trip|tour)\b"
    rf"[^.;:,()]{{0,50}}?\s(?P<period>{_SINCE}|{_PAST_SPAN})",
    re.IGNORECASE,
)
# "… and the third in the past eight months": the same things counted over another period.
SERIES_MORE = re.compile(rf",?\s+and\s+(?:the\s+)?(?P<n>{_ORDINAL})\s+(?P<period>{_SINCE}|{_PAST_SPAN})", re.IGNORECASE)


def qualify(before: str, after: str, amount: str | None, *, level: bool = False) -> tuple[str | None, str | None, str | None, bool]:
    """(amount, low, high, approximate) of one figure once the words before and after it are read.

    "up to 40" is a ceiling, "more than 40" or "40 or more" a floor, "about 40" approximate:
    the readers of each kind of figure share this one reading of the words around it.  ``after`` should
    run some 40 characters past the figure, so that a bound after its noun and period is seen.  ``level`` says the
    figure is a level a quantity reaches (money, a share, a weight, a crowd), which "crossed" bounds below.
    """
    approximate = bool(APPROXIMATE.search(before) or APPROXIMATE_AFTER.match(after))
    if UPPER_BOUND.search(before):
        return None, None, amount, approximate
    crossed = (
        THRESHOLD_OF.search(before)
        or (THRESHOLD_BEFORE.search(before) and THRESHOLD_AFTER.match(after))
        or (level and LEVEL_CROSSED.search(before))
    )
    if LOWER_BOUND.search(before) or LOWER_AFTER.match(after) or crossed:
        return None, amount, None, approximate
    if UPPER_AFTER.match(after):
        return None, None, amount, approximate
    return amount, None, None, approximate


def qualify_around(
    sentence: str, start: int, end: int, amount: str | None, *, level: bool = False
) -> tuple[str | None, str | None, str | None, bool]:
    """:func:`qualify` for the figure at ``start:end`` of ``sentence``, read in the usual window: 30 characters
    before it ("up to", "more than", "about") and 40 after (a bound after its noun and period)."""
    return qualify(sentence[max(0, start - 30) : start], sentence[end : end + 40], amount, level=level)
