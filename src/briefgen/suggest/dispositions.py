"""A named side's stated disposition toward the other: its readiness to work with it, or a leader's expressed hope.

Two wordings the worth test (:mod:`briefgen.suggest.worth`) refused as hollow, which the labels keep as a side's
position in the talks (a brief can get it wrong: which side said it, toward whom, to what end):

- :func:`named_readiness`: a named side declares itself ready or willing to work with the other, named too ("Xi said
  that China is ready to work with Egypt to deepen mutual trust", "China stands ready to work with Mexico to uphold
  mutual respect", "Xi Jinping has reiterated his readiness to work closely with President Bola Tinubu to …").
  :func:`briefgen.suggest.pledges.is_generic_readiness` drops readiness toward nothing named; the labels keep it
  when the ready side is named, and drop it when a pronoun stands for it ("He expressed readiness to work with
  Tinubu to …", judged a generic pledge), so a name before the readiness is required; a country's readiness said
  through its possessive ("Li expressed Beijing's willingness to work with Addis Ababa") is left out, as a wish is;
- :func:`expressed_wish`: one leader's hope, desire, wish or willingness, expressed ("Marcos expressed his desire to
  explore 'fresh opportunities'", "President Lourenço expressed hope for future cooperation with Brazil", "He also
  expressed his hope for a future visit from President Al-Sisi to Malaysia"): what one side asked for or looked
  to.  Both sides' shared wish ("both sides expressed a strong desire to deepen cooperation", "the leaders expressed
  their commitment") stays the generic account of the talks the judges reject, and so does a country's wish said
  through its possessive ("expressed China's willingness to strengthen cooperation").

Either is kept only as a whole sentence, closed by its stop: a line the page cuts mid-phrase ("China is ready to
work with Egypt to tap the potential of cooperation in traditional areas such") has lost what it was about.
"""

from __future__ import annotations

import re

from briefgen.text.english import MONTH_NAMES, WEEKDAY_NAMES

_READINESS = re.compile(
    r"\b(?:ready|readiness|willing|willingness|prepared) to work (?:closely |together |hand in hand )?with "
    r"(?:the |his |her |its )?(?-i:[A-Z])",
    re.IGNORECASE,
)
# A country's readiness said through its possessive ("expressed Beijing's willingness to work with …"): as with a wish
# (below), the words of the country's statement, told by the writer, not a leader's stand.
_POSSESSED = re.compile(r"[A-Z][\w-]*[’']s $")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# Capitalised words that name no side: a sentence's opening pronoun, article or preposition, a day, a month.
_OPENERS = "He She It They We I The This That These Those A An Both Each During In On At After Before Meanwhile Also And But For"
_NOT_A_NAME = frozenset((*_OPENERS.split(), "His", "Her", "Their", "Its", "Our", *WEEKDAY_NAMES, *MONTH_NAMES))
# One leader's wish, expressed: "expressed his desire to", "voiced hope that", "expressed his strong willingness to".
_WISH = re.compile(
    r"\b(?:expressed|expresses|voiced|voices|conveyed|conveys) (?:(?:his|her) )?(?:[a-z]+ )?"
    r"(?:hopes?|desire|wish|willingness)\b(?! to work\b)"
)
# Many speakers, not one: "both sides expressed", "the two leaders voiced", "they expressed".
_MANY = re.compile(r"\b(?:[Bb]oth|[Tt]he two|[Tt]hey|[Tt]he leaders|[Tt]he sides)\b")
_WHOLE = re.compile(r"[.!?][”\"’')]*\s*$")


def named_readiness(text: str) -> bool:
    """A named side ready or willing to work with the other, named, in a whole sentence (see the module's docstring)."""
    ready = _READINESS.search(text)
    if ready is None or not _WHOLE.search(text) or _POSSESSED.search(text, 0, ready.start()):
        return False
    return any(word[:1].isupper() and word not in _NOT_A_NAME for word in _WORD.findall(text[: ready.start()]))


def expressed_wish(text: str) -> bool:
    """One leader's hope, desire, wish or willingness, expressed, in a whole sentence (see the module's docstring)."""
    wish = _WISH.search(text)
    return wish is not None and bool(_WHOLE.search(text)) and not _MANY.search(text, 0, wish.start())


def stated_disposition(text: str) -> bool:
    """Does the sentence state a named side's readiness or one leader's expressed wish (see the module's docstring)?"""
    return named_readiness(text) or expressed_wish(text)
