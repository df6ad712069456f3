"""Top copies: a line of the page's first paragraph that a fuller sentence further down prints again, word for word.

A news page opens on what it has to sell: a standfirst under the headline, a
photo's caption, a "Highlights:" line, a summary a syndicating site puts above
the copy.  Very often that line is not written for the top at all but lifted
from the report below, a clause or two shorter: "Business links were high on
the agenda as Putin and President Ilham Aliyev met in the Azerbaijani capital
of Baku" above the report's "Business links were high on the agenda as Putin
and President Ilham Aliyev met in the Azerbaijani capital of Baku, with …".
The report's copy carries the rest (the figure, the source, the day), and the
editor drafts from it; the top's copy is a second draft of one claim, with
less, and is thrown away.

A sentence of the body's first paragraph is left out when a sentence of a later
paragraph holds nearly all of its words (:data:`_SHARE`) in the same order and
at least as many words: a copy, not a paraphrase, since a summary in other
words may state what the report does not.  A copy that is the very same
sentence is left alone: its one draft is the same either way.  A short line
(fewer than :data:`_WORDS` words) is left to :mod:`briefgen.suggest.restated_headings`
and the other readers of headings: too few words make any two lines look alike.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from briefgen.suggest.sentences import Sentence
from briefgen.text.quotes import fold

# The share of the top line's words the later sentence must print, in the same order.
_SHARE = 0.85
# Fewer words than this are a heading's, read elsewhere.
_WORDS = 6
_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text).casefold())


def _copied_in(top: list[str], later: list[str]) -> bool:
    """Whether ``later`` prints nearly all of ``top``'s words, in their order, and at least as many words."""
    if len(later) < len(top) or later == top:
        return False
    needed = _SHARE * len(top)
    if sum((Counter(top) & Counter(later)).values()) < needed:
        return False  # not even the words are there: no need to look at their order
    matcher = SequenceMatcher(None, top, later, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) >= needed


def top_copies(sentences: list[Sentence]) -> frozenset[int]:
    """The start offsets of the sentences of the body's first paragraph that a sentence of a later paragraph prints
    again with more words (see the module's docstring)."""
    top = [s for s in sentences if s.paragraph == 0]
    below = [_words(s.text) for s in sentences if s.paragraph > 0]
    found = set()
    for sentence in top:
        words = _words(sentence.text)
        if len(words) >= _WORDS and any(_copied_in(words, later) for later in below):
            found.add(sentence.start)
    return frozenset(found)
