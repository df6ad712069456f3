"""Sentence ends a copied page hides: a quotation mark glued to the next sentence, or the network "X" read as an initial.

:func:`briefgen.text.english.sentence_spans` ends a sentence at a full stop before a space and a capital, and its
``glued`` reading restores a space a copied page lost between a word and a capital ("security.The two leaders").  Three
shapes of the same loss slip past both, and each joins a claim to the sentence before it, where the claim is drafted
under the wrong words or refused with them:

- a full stop and a closing curly mark glued to the next word: "a permanent member of the G20.”The Prime Minister is
  also expected to address …" (a straight mark glued so, "on Thursday.\"This visit aims …", is left: it may open the
  next sentence or close this one, and split there on the sets' pages it lost a labelled claim its sentence had
  carried and gained none);
- a closing curly mark set, after a space, where the opening one belongs: "for mutual trade and investment. ”Both
  sides are working on an agreement …" (the mark opens the next sentence);
- the network X, named by its one letter, ending a sentence: "… Narendra Modi said on X. Under the deal, Indian exports
  worth $3.64 billion …" (a single capital is otherwise an initial, "J. Smith").

Only the suggest stage reads ``glued`` sentences; a brief's own text, set by its editor, keeps the plain reading.
"""

from __future__ import annotations

import re

# A stop and a closing curly mark with no space before a capitalised word: "G20.”The".
_GLUED_MARK = re.compile(r"(?<=[\w)][.!?]”)(?=[A-Z][a-z]+\b)")
# A closing curly mark after a stop and a space, opening the next sentence: "investment. ”Both".
_TURNED_MARK = re.compile(r"(?<=[\w)][.!?])\s+(?=”[A-Z][a-z]+\b)")
# The network named by its letter: "said on X", "posted on X", "wrote on X".
_NETWORK = re.compile(r"\bon X$")


def lost_breaks(text: str) -> list[int]:
    """Where sentences of ``text`` (one line of a page) end though no space follows their stop (see the module)."""
    return sorted([match.end() for match in _GLUED_MARK.finditer(text)] + [match.start() for match in _TURNED_MARK.finditer(text)])


def network_named(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` the end of a sentence naming the network X ("said on X."), not an initial's?"""
    return bool(_NETWORK.search(text, 0, dot))
