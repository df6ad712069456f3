"""The words facts are compared by: stems of their content words, names without accents or punctuation.

Two outlets write one thing differently ("nine" and "9", "$2bn" and "2
billion", "Erdoğan" and "Erdogan", "High-Level" and "High Level"); the
comparisons of :mod:`briefgen.corpus.evidence` see through such spellings by
comparing what this module makes of each text: its content words cut to
their first five letters (notify and notification meet), and its names.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import cast

from briefgen.text.english import FUNCTION_WORDS, MONTH_WORDS

# Reporting words that two accounts of anything share: not evidence that they report one thing.
_STOP = FUNCTION_WORDS | frozenset(("said", "says", "also", "more", "two", "both", "sides"))
_WORD = re.compile(r"[a-z]+|[0-9]+")
#: Letters a word is cut to before it is compared.
STEM = 5

# Words outlets write differently for one thing: "nine" and "9", "$2bn" and "2 billion", "Feb" and "February".
_SAME_WORD = {
    **{
        word: str(n)
        for n, word in enumerate(
            ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        )
    },
    "bn": "billion",
    "mn": "million",
    "mln": "million",
    "usd": "dollar",
    "us": "dollar",
    **{m[:3]: m for m in MONTH_WORDS},
    "sept": "september",
    # spellings of one unit: "80 km" and "85-kilometer", "cubic metres" and "cubic meters"
    **dict.fromkeys(("kilometer", "kilometers", "kilometre", "kilometres", "kms"), "km"),
    **dict.fromkeys(("meters", "metre", "metres"), "meter"),
}


_STEMS: dict[str, str] = {}  # word as written -> the word compared ("" for a word left out); a corpus repeats its words
#: Runs of letters and digits that :data:`_WORD` cuts in two or more ("2bn", "g20") -> the stems of their words.
_JOINED: dict[str, list[str]] = {}
#: What :data:`_STEMS` gives for such a run: no stem (stems are letters and digits), a sign to look it up in :data:`_JOINED`.
_SPLIT = "-"
#: Every ASCII character but a letter or a digit as a space: one C pass and a split find the runs of
#: letters and digits, which :data:`_WORD` would cut only where letters meet digits.  A table of bytes:
#: ``bytes.translate`` reads it by index, where ``str.translate`` looks each character up in a dict
#: (on 50,000 facts, 0.1 s of the 0.5 s their words take).
_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())
_SPACED = bytes.maketrans(_NOT_ALNUM, b" " * len(_NOT_ALNUM))
#: :data:`_SPACED` with each ASCII capital as its small letter: an ASCII text is lowered in the same pass
#: (``str.lower`` first was a tenth of the words' cost).  Not for a text made ASCII by dropping accents:
#: there ``str.lower`` comes first, as a capital may come from a character ``lower`` leaves alone ("ℌ").
_SPACED_LOWER = _SPACED.translate(bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz"))


def _stem(word: str) -> str:
    word = _SAME_WORD.get(word, word)
    return "" if word in _STOP or (len(word) == 1 and not word.isdigit()) else word[:STEM]


def ascii_letters(text: str) -> str:
    """Letters without their accents: "Erdoğan" and "Erdogan", "Türkiye" and "Turkiye" meet."""
    return _ascii_bytes(text).decode("ascii")


def _ascii_bytes(text: str) -> bytes:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore")


_PUNCTUATION = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=65536)
def entity_key(name: str) -> str:
    """A name as entities are compared: lower case, no accents, punctuation as spaces.

    Editors and outlets write one name differently: "High-Level Strategic Council" and "High
    Level Strategic Council", "Mohammed Shia' al-Sudani" and "Mohammed Shia al-Sudani".
    """
    return " ".join(_PUNCTUATION.sub(" ", ascii_letters(name.lower().replace("'", "").replace("’", ""))).split())


def content_words(text: str) -> set[str]:
    """Words that carry meaning, cut to their first five letters: notify and notification, organise and organize meet."""
    stems = _STEMS
    if len(stems) > 500_000:  # a bound on the memory the memo may take
        stems.clear()
        _JOINED.clear()
    if text.isascii():
        lowered, table = text.encode("ascii"), _SPACED_LOWER
    else:
        lowered, table = _ascii_bytes(text.lower()), _SPACED
    # The runs of letters and digits, repeats and all: a set of them first would cost more than the repeated look-ups.
    # (The stems come out in another order than through such a set; an order the hash seed already changes.)
    raw = (lowered.replace(b"$", b" dollar ") if b"$" in lowered else lowered).translate(table).decode("ascii").split()
    found: set[str | None] = set(map(stems.get, raw))  # most runs were met before: one look-up each
    if None in found:  # some were not: stemmed, then every run looked up again
        for run in raw:
            if run not in stems:
                words = _WORD.findall(run)
                if len(words) == 1:
                    stems[run] = _stem(run)
                else:  # letters and digits together: the words _WORD finds in it, each stemmed
                    stems[run] = _SPLIT
                    _JOINED[run] = [_stem(word) for word in words]
        found = set(map(stems.get, raw))
    if _SPLIT in found:
        found.discard(_SPLIT)
        for run in raw:
            if stems[run] == _SPLIT:
                found.update(_JOINED[run])
    found.discard("")
    return cast("set[str]", found)  # every run has its stem now: no None


_NAME_WORD = re.compile(r"[a-z]{4,}")


@functools.lru_cache(maxsize=65536)
def name_words(entities: frozenset[str]) -> frozenset[str]:
    """The words of a fact's names, cut to five letters: "Kassym-Jomart Tokayev" and "Tokayev" meet."""
    return frozenset(word[:STEM] for entity in entities for word in _NAME_WORD.findall(entity))
