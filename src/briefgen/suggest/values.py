"""Figures stated in a sentence, as structured values, and the kind of a statement.

A value is read only from words that state it: money with its magnitude
("US$50.2 million" is 50200000 USD), percentages, multiples ("1.5 times"),
ranks ("fourth-largest") and counts with their unit ("2,700 Belarus
tractors", "two Joint Ministerial Commission (JMC) sessions").  Years, days
of the month, ordinals and spans of time are not counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from briefgen.text.english import MAGNITUDE_WORDS, MONTH_PATTERN, NUMBER_WORDS, ORDINAL_WORDS, words_pattern

_MAGNITUDE = {**MAGNITUDE_WORDS, "k": 10**3, "mn": 10**6, "m": 10**6, "bn": 10**9}
_CURRENCY = {"us$": "USD", "$": "USD", "usd": "USD", "rs": "PKR", "rs.": "PKR", "pkr": "PKR", "€": "EUR", "£": "GBP"}
# Words that cannot be read as a count on their own are left alone: "one of the first", "a dozen agreements",
# and "hundred" or "thousand", which are only part of a number ("two thousand tractors").
_WORDS = {word: n for word, n in NUMBER_WORDS.items() if word not in {"one", "dozen", "hundred", "thousand"}}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

_MONEY = re.compile(
    rf"(?P<cur>US\$|\$|USD\s?|Rs\.?\s?|PKR\s?|€|£)\s?(?P<n>{_NUMBER})\s*(?P<mag>thousand|million|billion|trillion|mn|bn|m\b|k\b)?",
    re.IGNORECASE,
)
_PERCENT = re.compile(rf"(?<![\w.])(?P<n>{_NUMBER})\s*(?:per ?cent|percent|%)", re.IGNORECASE)
_TIMES = re.compile(rf"(?<![\w.])(?P<n>{_NUMBER})\s+times\b", re.IGNORECASE)
_RANK = re.compile(rf"\b(?P<n>{words_pattern(ORDINAL_WORDS)}|\d+(?:st|nd|rd|th))-largest\s+(?P<what>[a-z]+(?:\s+[a-z]+)?)")
# A unit is a plural noun, but not "Belarus", "business" or "analysis".
_COUNT = re.compile(
    rf"(?<![\w$.,/-])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{words_pattern(_WORDS)})\s+"
    r"(?P<words>(?:[\w()&/-]+\s+){0,4}?)(?P<unit>[A-Za-z]+s)(?<![sui]s)(?![\w-])",
    re.IGNORECASE,
)
_NOT_UNITS = frozenset(
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
    )
)
_MONTH_BEFORE = re.compile(rf"{MONTH_PATTERN}\s*$")
_MONTH_AFTER = re.compile(rf"^\s*{MONTH_PATTERN}")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_FIRST_MONTHS = re.compile(
    r"first (?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months of (?P<y>(?:19|20)\d\d)", re.IGNORECASE
)
_PERIOD_YEAR = re.compile(r"\b(?:in|as of|for|of|during) (?P<y>(?:19|20)\d\d)\b")

# Lowercase only: "May" is a month, "may" a modal.
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is set to|are set to|is to|are to|expected|is likely|are likely|likely to|plans? to|planned|"
    r"scheduled|aims? to|intends? to|may|might|going to|to be signed|are afoot)\b|^(?:Plans|Will)\b"
)
_REPORTING = re.compile(
    r"\b(?:said|says|added|stated|noted|told|emphasi[sz]ed|underscored|highlighted|expressed|opined|pointed out|indicated|mentioned|"
    r"believes?|stressed|urged|offered)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|agreed|signed|witnessed|arrived|discussed|reached|held|met|visited|celebrated|called on|co-chaired|briefed|"
    r"explored|reviewed|identified|made|hosted|notified|established|launched|pledged|saw|stood|rose|fell|increased|grew|came|maintained|"
    r"recogni[sz]ed|decided|approved|delivered|supplied|exported|imported)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundValue:
    """A number the sentence states, at full magnitude, and where it stands in the sentence."""

    metric: str
    amount: str
    unit: str
    period: str | None
    start: int
    end: int
    measure: bool  # money, percentage, multiple or rank (not a count of things)


def _amount(number: str, magnitude: int = 1) -> str:
    value = Decimal(number.replace(",", "")) * magnitude
    return format(value.normalize(), "f")


def _slug(words: str, limit: int = 3) -> str:
    """The last ``limit`` words as a slug: "two Joint Ministerial Commission sessions" → "ministerial-commission-sessions"."""
    tokens = words.split()[-limit:]
    return "-".join(re.findall(r"[a-z0-9]+", " ".join(tokens).casefold())) or "count"


_METRIC_PHRASES = (
    ("trade volume", "trade-volume"),
    ("trade target", "trade-target"),
    ("annual trade", "trade-target"),
    ("mutual trade", "trade"),
    ("exports", "exports"),
    ("imports", "imports"),
    ("econom", "economy"),
    ("invest", "investment"),
    ("trade", "trade"),
)


def _metric(sentence: str, kind: str, start: int, end: int) -> str:
    """A metric named after the nearest thing measured ("trade volume", "exports")."""
    lowered = sentence.casefold()
    best: tuple[int, str] | None = None
    for phrase, metric in _METRIC_PHRASES:
        for found in re.finditer(re.escape(phrase), lowered):
            distance = found.start() - end if found.start() >= end else start - found.end()
            if best is None or distance < best[0]:
                best = (max(distance, 0), metric)
    if best is None:
        return {"money": "amount", "percent": "percentage", "times": "growth-multiple"}[kind]
    metric = best[1]
    if kind == "money":
        return {"economy": "economy-size", "trade": "trade-value"}.get(metric, metric if "-" in metric else f"{metric}-value")
    base = metric.removesuffix("-volume").removesuffix("-target")
    return f"{base}-growth" if kind == "percent" else f"{base}-growth-multiple"


def _period(sentence: str) -> str | None:
    months = _FIRST_MONTHS.search(sentence)
    if months:
        count = _WORDS.get(months.group("n").casefold()) or int(months.group("n"))
        year = months.group("y")
        return f"{year}-01/{year}-{count:02d}"
    years = {m.group("y") for m in _PERIOD_YEAR.finditer(sentence)}
    if len(years) == 1:
        return years.pop()
    if re.search(r"\bannual\b", sentence, re.IGNORECASE):
        return "annual"
    return None


def find_values(sentence: str) -> list[FoundValue]:
    """Every figure the sentence states, in the order they appear."""
    values: list[FoundValue] = []
    taken: list[tuple[int, int]] = []
    period = _period(sentence)

    def free(start: int, end: int) -> bool:
        return not any(start < b and a < end for a, b in taken)

    for match in _MONEY.finditer(sentence):
        magnitude = _MAGNITUDE.get((match.group("mag") or "").casefold(), 1)
        unit = _CURRENCY.get(match.group("cur").strip().casefold(), "USD")
        values.append(
            FoundValue(_metric(sentence, "money", *match.span()), _amount(match.group("n"), magnitude), unit, period, *match.span(), True)
        )
        taken.append(match.span())
    for pattern, kind, unit in ((_PERCENT, "percent", "percent"), (_TIMES, "times", "times")):
        for match in pattern.finditer(sentence):
            if free(*match.span()):
                values.append(
                    FoundValue(_metric(sentence, kind, *match.span()), _amount(match.group("n")), unit, period, *match.span(), True)
                )
                taken.append(match.span())
    for match in _RANK.finditer(sentence):
        raw = match.group("n").casefold()
        rank = ORDINAL_WORDS.get(raw) or int(re.sub(r"\D", "", raw))
        what = match.group("what").split()
        if len(what) > 1 and what[1] in {"by", "in", "of", "and", "for", "with"}:
            what = what[:1]
        values.append(FoundValue(f"{_slug(' '.join(what), 2)}-rank", str(rank), "rank", None, *match.span(), True))
        taken.append(match.span())
    for match in _COUNT.finditer(sentence):
        number, unit = match.group("n"), match.group("unit")
        start, end = match.span()
        if not free(start, end) or unit.casefold() in _NOT_UNITS or _YEAR.match(number):
            continue
        if _MONTH_BEFORE.search(sentence[:start]) or _MONTH_AFTER.match(sentence[match.end("n") :]):
            continue  # a day of the month
        if number.casefold() in _WORDS and re.search(r"\bthe\s+$", sentence[:start], re.IGNORECASE):
            continue  # "the two countries": a reference, not a figure
        amount = str(_WORDS[number.casefold()]) if number.casefold() in _WORDS else _amount(number)
        words = re.sub(r"\([^)]*\)", " ", match.group("words"))
        unit_text = unit if any(c.isupper() for c in unit[1:]) else unit.casefold()
        values.append(FoundValue(_slug(f"{words} {unit}"), amount, unit_text, period, start, end, False))
        taken.append((start, end))
    values.sort(key=lambda v: v.start)
    return values


def is_reported(sentence: str) -> bool:
    """A direct quotation, or a sentence whose opening words report what someone said."""
    opening = " ".join(sentence.split()[:8])
    return sentence.lstrip().startswith(("“", '"')) or bool(_REPORTING.search(opening))


def classify(sentence: str, values: list[FoundValue], *, quoted: bool = False) -> str:
    """plan (future), figure (a number), statement (what someone said), event (past), or statement.

    ``quoted``: the full sentence opens with a quotation mark (the span may not).
    A plan stated in someone's words is still a plan; the caller turns it into
    a statement when no future date backs it.
    """
    if _FUTURE.search(sentence):
        return "plan"
    if any(v.measure for v in values):
        return "figure"
    if quoted or is_reported(sentence):
        return "figure" if values else "statement"
    if _PAST.search(sentence):
        return "event"
    if values:
        return "figure"
    return "statement"
