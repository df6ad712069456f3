"""A long site name run together, split into the English words it is made of: "globalsouthworld" is "Global South World".

The last resort for naming a site (:func:`briefgen.ingest.selfnames.host_words`)
splits a registered name only at words it knows name outlets, places or
nameplates; a longer name made of other words ("connectgujarat",
"fosterinstantnews") was left unnamed.  A word-frequency segmenter
(``wordsegment``, measured on the labelled sets against ``wordninja``: both
split about two names in three as their owners write them, ``wordsegment``
fewer foreign names into nonsense) reads such names.  A wrong name is worse
than none, so a reading is kept only when every piece is a word of three
letters or more: a foreign name cut into English fragments ("a us siedler
bote", "deep new z market") is left alone.  Its word tables take about half a
second to load, so they are loaded the first time a name needs them, not when
``sources add`` starts.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# A piece shorter than this is a fragment of a word the segmenter does not know ("a", "us", "z"), not a word of the name.
_SHORTEST_PIECE = 3


@cache
def _segmenter() -> Any:
    """The ``wordsegment`` module with its word tables loaded (once a process, on first use)."""
    import wordsegment  # type: ignore[import-untyped]

    wordsegment.load()
    return wordsegment


def english_words(name: str) -> list[str] | None:
    """The words of a run-together name ("worldstockmarket": world, stock, market), or None when it is not certainly
    two or more English words of three letters or more."""
    if not name.isalpha():
        return None
    segmenter = _segmenter()
    pieces = [str(piece) for piece in segmenter.segment(name)]
    if len(pieces) < 2 or "".join(pieces) != name or any(len(p) < _SHORTEST_PIECE or p not in segmenter.UNIGRAMS for p in pieces):
        return None
    return pieces


def segments(name: str) -> list[str]:
    """The pieces the segmenter reads in a run-together name of letters ("signalng": signal, ng), known words or not;
    the name itself alone when it is not all letters."""
    if not name.isalpha():
        return [name]
    return [str(piece) for piece in _segmenter().segment(name)]


def known_word(piece: str) -> bool:
    """Whether the segmenter's word table holds ``piece`` as a word."""
    return piece in _segmenter().UNIGRAMS
