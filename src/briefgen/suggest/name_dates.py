"""Date words printed as part of a name, which date nothing.

A year after a capitalised word names an occasion ("the World Government
Summit 2024", "Expo 2020"), and a capital "Today" after one names a paper or a
programme ("USA Today", "The Europe Today: Prime Minister …" after a dateline):
read as dates they would date the sentence by the name's year or by the day of
writing instead of by the words that tell when the act was done.
"""

from __future__ import annotations

import re

from briefgen.text.english import FUNCTION_WORDS

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def in_a_name(kind: str, words: str, text: str, start: int) -> bool:
    """Whether the date phrase ``words`` of this kind, at ``start`` in ``text``, is the end of a capitalised name."""
    if kind != "year" and words != "Today":
        return False
    before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    return bool(before and before.group(1)[0].isupper() and before.group(1).casefold() not in FUNCTION_WORDS)
