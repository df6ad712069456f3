"""What a figure measures: the metric a drafted value is given.

Two drafts can only be compared, and a conflict between outlets found, when
their metrics name the same thing; and a metric that names the wrong thing
(an actual year's trade called a target) sets a figure against one it has
nothing to do with.  So the name comes from the words nearest the figure
("trade volume", "exports", "investment"), a percentage says what it is a
percentage of, and "annual trade" is a target only where the sentence says
it is aimed at.
"""

from __future__ import annotations

import re

_METRIC_PHRASES = (
    ("trade volume", "trade-volume"),
    ("trade target", "trade-target"),
    ("annual trade", "annual-trade"),  # a target only when the words say so (see metric_name)
    ("mutual trade", "trade"),
    ("exports", "exports"),
    ("imports", "imports"),
    ("econom", "economy"),
    ("invest", "investment"),
    ("trade", "trade"),
)


# Words that make a figure of trade an aim rather than what was traded.
_TARGET = re.compile(
    r"\b(?:target\w*|goals?|aim\w*|objectives?|sights|seek\w*|(?:plans?|planned|hopes?|intends?|expects?)\s+to|"
    r"to\s+(?:reach|raise|increase|boost|double|triple|take|bring|hit|elevate|enhance|expand|lift|push)|"
    r"(?:will|would|could|can|should)\s+(?:\w+\s+)?(?:reach|rise|grow|hit|exceed|cross|surpass|double|touch|increase|climb)|"
    r"by\s+20\d\d)\b",
    re.IGNORECASE,
)
#: A rise by so much, then the level it reached: "increasing by 40% to reach $500 million" is a result, not an aim.
_RESULT = re.compile(r"\bby\s+(?:about\s+|nearly\s+|some\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s*$", re.IGNORECASE)
#: Words after a figure that open a part of it: what follows names the part's measure, not the figure's.
_PART = re.compile(r",\s*(?:including|of\s+which|among\s+them)\b")
#: Characters around a figure of trade (not an annual one) in which such words make it a target.
_AIM_BEFORE, _AIM_AFTER = 90, 25
_TRADE = frozenset(("annual-trade", "trade", "trade-volume"))


def metric_name(sentence: str, kind: str, start: int, end: int) -> str:
    """The metric of the figure at ``start``-``end``, named after the nearest thing measured ("trade volume", "exports").

    ``kind`` is what was read: ``money``, ``percent`` or ``times``.
    """
    lowered = sentence.casefold()
    best: tuple[int, str] | None = None
    for phrase, metric in _METRIC_PHRASES:
        for found in re.finditer(re.escape(phrase), lowered):
            if found.start() >= end and _PART.search(lowered, end, found.start()):
                continue  # "$461.9 million, including exports of $375.3 million": the exports are a part, not this figure
            distance = found.start() - end if found.start() >= end else start - found.end()
            if best is None or distance < best[0]:
                best = (max(distance, 0), metric)
    if kind == "percent":
        return _percent_metric(sentence, start, end, best[1] if best else None)
    if best is None:
        return {"money": "amount", "times": "growth-multiple"}[kind]
    metric = best[1]
    if kind == "money" and metric in _TRADE:
        # "annual trade of $1 billion by 2030" anywhere in its sentence; "aiming to increase bilateral trade to USD 2 billion" near it
        around = sentence if metric == "annual-trade" else sentence[max(0, start - _AIM_BEFORE) : end + _AIM_AFTER]
        if any(not _RESULT.search(around, 0, aim.start()) for aim in _TARGET.finditer(around)):
            return "trade-target"
    if metric == "annual-trade":  # "annual trade stood at $300 million": what was traded
        metric = "trade-volume"
    if kind == "money":
        return {"economy": "economy-size", "trade": "trade-value"}.get(metric, metric if "-" in metric else f"{metric}-value")
    return f"{metric.removesuffix('-volume').removesuffix('-target')}-growth-multiple"


# A percentage of what: a share of a whole ("make up 67 per cent", "18% of total exports"), a tariff, or a change.
_SHARE = re.compile(
    r"\b(?:share|stake|mak(?:e|es|ing)\s+up|made\s+up|account\w*\s+for|constitut\w*|of\s+(?:the\s+|its\s+)?total)\b",
    re.IGNORECASE,
)
_TARIFF = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|tax(?:es)?|levy)\b", re.IGNORECASE)
_CHANGE = re.compile(
    r"\b(?:gr[eo]w\w*|increas\w*|rose|ris\w*|jump\w*|surg\w*|fell|fall\w*|drop\w*|declin\w*|decreas\w*|up|down|expand\w*|boost\w*|"
    r"climb\w*|soar\w*|shr[ai]nk\w*|contract\w*|by)\b",
    re.IGNORECASE,
)

_LEVEL_BEFORE = re.compile(
    r"\b(?:(?<!up )to|at|reach\w*)\s+(?:(?:about|around|nearly|almost|over|some|roughly|approximately)\s+)?$", re.IGNORECASE
)


def _percent_metric(sentence: str, start: int, end: int, base: str | None) -> str:
    """ "trade-growth" only where the words say the figure is a change; a share or a tariff says so; else a percentage."""
    near = sentence[max(0, start - 50) : end + 40]
    thing = base.removesuffix("-volume").removesuffix("-target") if base else None
    readings = [(_SHARE, "share"), (_TARIFF, "tariff-rate"), (_CHANGE, "growth")]
    if _LEVEL_BEFORE.search(sentence[max(0, start - 30) : start]):  # "has increased to 96%": the level reached, not the change
        near, readings = sentence[: end + 40], readings[:2]
    for pattern, what in readings:
        if pattern.search(near):
            return f"{thing}-{what}" if thing and what != "tariff-rate" else what
    return f"{thing}-percentage" if thing else "percentage"


def metric_slug(words: str, limit: int = 3) -> str:
    """The last ``limit`` words as a slug: "two Joint Ministerial Commission sessions" → "ministerial-commission-sessions"."""
    tokens = words.split()[-limit:]
    return "-".join(re.findall(r"[a-z0-9]+", " ".join(tokens).casefold())) or "count"


_OWNER_BEFORE = re.compile(r"\b([A-Z][\w-]*)['’]s?\s+$")
_OWNER_AFTER = re.compile(r"\s+(?:of|in|for)\s+(?:the\s+)?([A-Z][\w-]*)")


def rank_owner(sentence: str, start: int, end: int) -> str:
    """Whose rank it is, as the start of the metric ("india-"), or "": "India's third-largest trading partner",
    "the fourth-largest investor in India".  "The UAE is India's third-largest partner" and "India is the UAE's
    second-largest partner" are two figures: drafts curated unchanged must not share their metric."""
    found = _OWNER_BEFORE.search(sentence[:start]) or _OWNER_AFTER.match(sentence, end)
    return f"{metric_slug(found.group(1), 1)}-" if found else ""
