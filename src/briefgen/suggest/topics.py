"""Proposing topics from the vocabulary by matching its own words.

Each topic's keywords are the words of its slug and of its one-line
description in facts/vocabulary.yaml, lightly stemmed ("agreements",
"agreed" and "agree" meet) and weighted by how few topics share them, so a
word that names one topic ("tractor") counts for more than one that many
descriptions use ("production").  No list of topics lives in the code: add a
topic to the vocabulary and suggest starts proposing it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from briefgen.ingest.meta import STOPWORDS

_STOP = (STOPWORDS - frozenset(("during", "after", "before", "amid", "among", "his", "her", "our", "your"))) | frozenset(
    (
        "these",
        "those",
        "such",
        "other",
        "general",
        "between",
        "both",
        "pakistan",
        "pakistani",
        "belarus",
        "belarusian",
        "bilateral",
        "state",
        "national",
        "goods",
        "what",
        "who",
        "which",
        "where",
        "when",
        "how",
        "hopes",
        "buys",
        "sells",
        "past",
        "planned",
        "including",
        "include",
        "includes",
        "related",
        "value",
        "set",
        "also",
        "more",
        "most",
        "new",
        "own",
        "them",
        "they",
        "there",
        "level",
        "high",
        "expected",
        "statements",
        "statement",
        "minister",
        "ministers",
        "president",
        "prime",
        "foreign",
        "cooperation",
        "collaboration",
        "importance",
        "important",
        "country",
        "countries",
        "growing",
        "mutual",
        "sides",
        "great",
        "existing",
        "general",
        "government",
        "governments",
        "official",
        "officials",
    )
)
# A few spellings and abbreviations news copy uses for words the vocabulary spells out.
_ALIASES = {
    "mou": "memorandum",
    "mous": "memorandum",
    "tech": "technology",
    "gdp": "economy",
    "economic": "economy",
    "cattle": "livestock",
    "ev": "electric",
    "evs": "electric",
    "fintech": "technology",
    "datacenter": "data",
    "centers": "centres",
    "center": "centre",
}
_SUFFIXES = (
    "isations",
    "isation",
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ness",
    "ery",
    "ers",
    "ies",
    "ied",
    "er",
    "ed",
    "es",
    "al",
    "s",
    "e",
)


def stem(word: str) -> str:
    """A crude, predictable stem: US spellings to British, then up to two suffixes off."""
    word = word.casefold().replace("’", "'")
    word = re.sub(r"'s?$", "", word)
    word = _ALIASES.get(word, word)
    word = word.replace("defense", "defence").replace("ization", "isation").replace("izing", "ising").replace("ize", "ise")
    for _ in range(2):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)] + ("y" if suffix in {"ies", "ied"} else "")
                break
        else:
            break
    return word


def _words(text: str) -> list[str]:
    """The words of ``text`` that can name a topic: possessives off, stop words out."""
    words = []
    for raw in re.findall(r"[A-Za-z][A-Za-z'’]*", text):
        word = re.sub(r"['’]s?$", "", raw).casefold()
        if word in _ALIASES or (word not in _STOP and len(word) > 2):
            words.append(word)
    return words


class TopicMatcher:
    """Scores a sentence against every topic of the vocabulary."""

    def __init__(self, topics: Mapping[str, str]) -> None:
        self.keywords: dict[str, dict[str, float]] = {}
        spread: dict[str, set[str]] = defaultdict(set)
        for slug, description in topics.items():
            words: dict[str, float] = {}
            for word in _words(description):
                words.setdefault(stem(word), 1.0)
            for word in slug.split("-"):
                if word.casefold() not in _STOP:
                    words[stem(word)] = 2.0  # the slug's own words name the topic
            self.keywords[slug] = words
            for key in words:
                spread[key].add(slug)
        # A word in more than three topics' descriptions says nothing about any one of them.
        self.weight = {key: (1.0 / len(slugs) if len(slugs) <= 3 else 0.0) for key, slugs in spread.items()}

    def scores(self, text: str) -> dict[str, float]:
        stems = {stem(w) for w in _words(text)}
        result: dict[str, float] = {}
        for slug, words in self.keywords.items():
            score = sum(boost * self.weight[key] for key, boost in words.items() if key in stems)
            if score:
                result[slug] = score
        return result

    def propose(self, text: str, *, limit: int = 4, threshold: float = 0.75) -> list[str]:
        """The topics scoring at least ``threshold``, best first (possibly none)."""
        scored = sorted(self.scores(text).items(), key=lambda item: (-item[1], item[0]))
        return [slug for slug, score in scored if score >= threshold][:limit]

    def main_topic(self, lede: str, body: str) -> str | None:
        """The article's own topic: the best match for its opening paragraph, else for its whole text."""
        for text in (lede, body):
            scored = sorted(self.scores(text).items(), key=lambda item: (-item[1], item[0]))
            if scored:
                return scored[0][0]
        return None
