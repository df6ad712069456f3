"""A cheap look for the words without which a long pattern read without regard to case cannot match.

Some of linking's patterns (a sum given at a visit, a span of years ahead)
are long alternations compiled with ``re.IGNORECASE``, which Python's engine
tries at every place of a quote: 100-200 us a quote.  Every match holds one
of a few words, so a quote holding none of them is left as it is without
trying the pattern.

``str.lower`` finds an ASCII word where ``re.IGNORECASE`` would, but for four
characters the pattern takes for an ASCII letter and ``lower`` does not make
one (checked over every code point: the dotted and the dotless i, the Kelvin
sign, the long s); for every other character ``lower`` keeps the length and
whether it is a word character, so a word boundary stays where it was.  A text
with one of the four is always handed to the pattern.
"""

from __future__ import annotations

import re

_ODD_CASES = ("\u0130", "\u0131", "\u212a", "\u017f")

#: The last text lowered and its lower case, as one pair (replaced whole, never changed).  The rules of an
#: occasion's parts ask about one quote in turn ("without a rank", "without a count", "without an anniversary"
#: ...), most of them leaving it as it is: the same object comes back, and is lowered once, not once per rule.
#: The pair holds the text, so no other text can come to have its identity while it is remembered.
_last: tuple[str, str] = ("", "")


def may_hold(text: str, words: tuple[str, ...], word_starts: re.Pattern[str] | None = None) -> bool:
    """Whether ``text`` may hold, in any case, one of ``words`` (ASCII, lower case), or a match of ``word_starts``.

    ``word_starts`` is a pattern for the lower-cased text, for a short word that
    must start a word to count ("aid" is in "said"); False means no pattern
    read without regard to case can find any of them.
    """
    global _last
    if not text.isascii() and any(odd in text for odd in _ODD_CASES):
        return True
    last = _last
    if last[0] is text:
        lowered = last[1]
    else:
        lowered = text.lower()
        _last = (text, lowered)
    for word in words:  # a loop, not ``any`` over a generator: a quote is looked at a dozen times, by as many rules
        if word in lowered:
            return True
    return word_starts is not None and word_starts.search(lowered) is not None
