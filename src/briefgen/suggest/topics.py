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

from briefgen.ingest.source_ids import STOPWORDS

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


# An official's title names a portfolio, not what the sentence is about: "the transport minister",
# "Minister for Commerce and Textiles", "Defence Secretary".
_TITLES = re.compile(
    r"\b(?:minist(?:er|ry|ers)|secretary|department|commissioner)\s+(?:of|for)\s+(?:the\s+)?[\w&-]+(?:(?:,\s*|\s+and\s+)[\w&-]+){0,3}"
    r"|\b[\w&-]+(?:\s+and\s+[\w&-]+)?\s+(?=(?:minister|ministry|ministers|secretary)\b)",
    re.IGNORECASE,
)


def without_titles(text: str) -> str:
    """The text with officials' portfolios left out, so that they propose no topic."""
    return _TITLES.sub(" ", text)


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

    def triggers(self, text: str, slug: str) -> list[str]:
        """The words of ``text`` that match the topic's keywords, as written, in order, each once."""
        keys = self.keywords.get(slug, {})
        found: list[str] = []
        for word in _words(without_titles(text)):
            if stem(word) in keys and self.weight.get(stem(word), 0) and word not in found:
                found.append(word)
        return found

    def _about(self, slug: str, words: list[str]) -> bool:
        """Whether the matched words are about the topic, not a passing word.

        One word is enough when it is the topic's whole name ("tractors") or a
        word only this topic's description uses ("vaccine"); a topic named by
        several words needs more than one of them ("Red Zone" is not about
        technology zones, "joint statement" not about joint ventures).
        """
        stems = {stem(w) for w in words}
        if len(stems) >= 2:
            return True
        if not stems:
            return False
        (key,) = stems
        slug_words = [stem(w) for w in slug.split("-")]
        if key in slug_words:
            return len(slug_words) == 1
        return self.weight.get(key, 0) >= 1.0

    def propose_with_words(self, text: str, *, limit: int = 4, threshold: float = 0.75) -> list[tuple[str, list[str]]]:
        """The topics the sentence is about, best first, each with the words that triggered it."""
        scored = sorted(self.scores(without_titles(text)).items(), key=lambda item: (-item[1], item[0]))
        chosen = []
        for slug, score in scored:
            words = self.triggers(text, slug)
            if score >= threshold and self._about(slug, words):
                chosen.append((slug, words))
        return chosen[:limit]

    def propose(self, text: str, *, limit: int = 4, threshold: float = 0.75) -> list[str]:
        """The topics scoring at least ``threshold`` whose words are about them, best first (possibly none)."""
        return [slug for slug, _ in self.propose_with_words(text, limit=limit, threshold=threshold)]

    def main_topic(self, lede: str, body: str) -> str | None:
        """The article's own topic: the best match for its opening paragraph, else for its whole text."""
        for text in (lede, body):
            scored = sorted(self.scores(text).items(), key=lambda item: (-item[1], item[0]))
            if scored:
                return scored[0][0]
        return None
