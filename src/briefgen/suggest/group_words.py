"""Counts written as a word for a group ("a pair of", "a dozen", "half a dozen"), and counts of a group already known.

"Over a dozen agreements" states at least twelve and "a dozen agreements" about
twelve: writers use "a dozen" as a round number, so the value is marked
approximate, while "a pair of" is exactly two.  "Two dozen agreements" is
twenty-four, as round (never two agreements), and "two hundred companies" two
hundred; "more than two dozens world leaders", as some writers put it, is at least
twenty-four leaders (never two "dozens").  "Dozens of agreements" states no number and is not read.

"The two countries" refers back to the parties of the story, and "the more
powerful of Japan's two chambers" or "either of the two ports" picks one thing
out of a group the reader already knows of: the number sizes that group, it is
not a figure the story reports, so no value is proposed for it.  So does a count
of parties after "between": "a country landlocked between two giants, China and
Russia" sets a scene, it counts nothing a brief would check.
"""

from __future__ import annotations

import re

from briefgen.text.english import MAGNITUDE_WORDS

GROUP_PATTERN = r"a\s+pair\s+of|half\s+a\s+dozen|a\s+dozen"
# The number each group word stands for, and whether the writer meant it as a round number.
_GROUPS = {"a pair of": ("2", False), "half a dozen": ("6", True), "a dozen": ("12", True)}
# What a word between a count and its noun multiplies it by: "130 thousand citizens", "two dozen agreements" (24),
# "two hundred companies" (200), "two hundred thousand citizens" (200,000).
_MULTIPLIERS = {**MAGNITUDE_WORDS, "dozen": 12, "dozens": 12, "hundred": 100}

# "the larger of the", "the more powerful of Japan’s", "one of its", "either of the": the words before "two chambers".
_PICK = re.compile(
    r"(?:\bthe\s+(?:(?:more|less|most|least)\s+[\w-]+|[\w-]+(?:er|est))|\b(?:one|either|neither|each|which))"
    r"\s+of\s+(?:the|its|their|his|her|[\w-]+['’]s)\s+$",
    re.IGNORECASE,
)

# Who "the two …" refers back to: the parties of the story, never a count worth a figure.
_PARTIES = re.compile(
    r"(?:countries|sides|leaders|nations|parties|states|presidents|peoples|ministers|premiers|governments|delegations|"
    r"heads|capitals|neighbou?rs|allies|partners|economies|companies|firms|men|women|officials|powers|superpowers|giants|"
    r"rivals|republics|kingdoms|monarchies|blocs|militaries|armies)$",
    re.IGNORECASE,
)


def group_count(words: str) -> str | None:
    """The number a group word stands for, or None when the words are no group word."""
    group = _GROUPS.get(" ".join(words.casefold().split()))
    return group[0] if group else None


def is_round(words: str) -> bool:
    """Whether the words are a group word writers use as a round number ("a dozen"), not an exact one ("a pair of")."""
    return _GROUPS.get(" ".join(words.casefold().split()), ("", False))[1]


def names_known_group(before: str, unit: str) -> bool:
    """Whether a count written in words sizes a group the reader already knows rather than reporting a figure.

    "The two countries" and "between two giants" refer to the parties; "the elder of
    the two brothers" picks one thing out of the group.  ``before`` is the
    sentence up to the count, ``unit`` the noun counted.
    """
    return bool(re.search(r"\b(?:the|between)\s+$", before, re.IGNORECASE) and _PARTIES.match(unit)) or bool(_PICK.search(before))


def count_multiplier(gap: list[str]) -> tuple[int, list[str]]:
    """What the words opening ``gap`` (between a count and its noun) multiply the count by, and the words left.

    "two dozen agreements" is 24 agreements, "two hundred thousand citizens" 200,000 citizens: a multiplier
    belongs to the number, never to the noun counted.  "Two dozens (of) world leaders", a plural English speakers
    abroad write, is 24 leaders too.
    """
    times, index = 1, 0
    while index < len(gap) and gap[index].casefold() in _MULTIPLIERS:
        times, index = times * _MULTIPLIERS[gap[index].casefold()], index + 1
    if index and gap[index - 1].casefold() == "dozens" and gap[index : index + 1] == ["of"]:
        index += 1  # "two dozens of photographs": the plural a writer from another language gives the multiplier
    return times, gap[index:]
