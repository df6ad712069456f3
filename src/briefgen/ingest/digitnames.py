"""A site's registered name that mixes letters and figures, written as the address writes it.

A small site's address is its name, and some names are written with figures inside or after a single letter
("a24na.com", "l24.lt", "e2e4.news").  The readings of a name's closing or opening number ("dnn18" is "DNN18",
"14news" is "14 News") take a number standing apart from a word; these do not split at all, so the outlet was left
empty, and a reader knows the site by nothing else.  Letters and figures run together this way are a brand written as
a code, the way call signs and channel numbers are: the name is the address's own run of them, in capitals ("A24NA",
"L24", "E2E4 News" with the ".news" suffix's word).  Only a short name is read, since a long run of letters and figures
is more often an id than a name.

A longer name may run a word, a number and a word that says what kind of outlet it is ("naija24news.com"): the kind's
word stands apart, as the name is written ("Naija24 News"), and the word and number before it are the brand.
"""

from __future__ import annotations

import re

# A name of letters and figures, at least one of each, short enough to be a brand rather than an id.
_LONGEST = 8
_MIXED = re.compile(rf"(?=[a-z0-9]*[a-z])(?=[a-z0-9]*\d)[a-z0-9]{{2,{_LONGEST}}}")


def mixed_name(name: str) -> str | None:
    """The outlet a registered name of letters and figures run together is written as ("a24na" is "A24NA"), or None
    when the name is not such a run."""
    return name.upper() if _MIXED.fullmatch(name) else None


# "naija24news": a word of three letters or more, a number, and the word of an outlet's kind.
_WORD_NUMBER_KIND = re.compile(r"(?P<brand>[a-z]{3,}\d{1,4})(?P<kind>[a-z]{2,})")


def numbered_words(name: str, kinds: frozenset[str]) -> list[str] | None:
    """The brand and the kind's word of a registered name that runs a word, a number and one of ``kinds`` together
    ("naija24news" is "naija24", "news"), or None when the name is not such a run."""
    match = _WORD_NUMBER_KIND.fullmatch(name)
    return [match.group("brand"), match.group("kind")] if match is not None and match.group("kind") in kinds else None
