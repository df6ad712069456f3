"""A speaker's description of the visit, an accord, the ties or a person: "Merz described the Kensington treaty as historic".

:mod:`briefgen.suggest.worth` reads "described X as Y" as a characterisation, courtesy that only a figure or a
signing rescues ("described the talks as constructive").  The labels keep most such lines all the same, as what a
side said of the occasion, checkable against its record: "Erdogan described the visit as a 'historic' step toward
…", "Prime Minister al-Sudani described the signed agreements as a roadmap for enhancing Iran-Iraq relations", "A
statement from Sharif's office described it as 'a project of strategic importance'", "a Whitehall source described
previous discussions as 'not in earnest'", "Modi said, describing Tanzania as India's 'largest and closest development
partner in Africa'".  The judges reject two kinds, and they stay out:

- the talks or the meeting described ("Putin described his talks with Mirziyoyev as 'constructive'", "described the
  round of talks as 'open'"), or anything described in a meeting's words of courtesy ("described the visit as
  'immensely productive'"): the courtesy said of every meeting;
- a description inside a relative clause ("… the opposition which had described the visit as an embarrassment"): the
  words of a third party, not of the sentence's speaker;
- a side or a person described in the writer's words of praise ("described Latvia as a brotherly nation"): the
  speaker's own words, quoted, make it a statement a brief can attribute ("describing him as a brother and 'a great
  friend of mine'"); without quotation marks it is the writer's summary of the praise.

:func:`described_span` gives where the description stands, so that the worth test weighs the rest of the sentence
as before: thanks, greetings or wishes around a description still make it a courtesy.
"""

from __future__ import annotations

import re

# Not in a relative clause ("the opposition which had described the visit as …"): a third party's words inside the
# sentence of another speaker.
_DESCRIBED = re.compile(
    r"(?<!\bwhich )(?<!\bwho )(?<!\bwhich had )(?<!\bwho had )\b[Dd]escrib(?:ed|es|ing) (?P<what>(?:[\w’'-]+ ){1,8}?)as\b"
)
# What a description may be of, kept: the occasion, a text agreed, a plan, the ties, contacts between the sides, "it".
_OCCASION = re.compile(
    r"\b(?:visit|trip|tour|agreements?|accords?|treaty|deal|pact|declaration|plan|project|initiative|partnership|"
    r"relations|ties|relationship|contacts?|discussions|negotiations|it)\b",
    re.IGNORECASE,
)
# The talks or a meeting described: the courtesy the judges reject, whatever the words.
_TALKS = re.compile(r"\b(?:talks|meeting|meetings|conversation|round)\b", re.IGNORECASE)
# A meeting's words of courtesy, whatever is described in them: "described the visit as “immensely productive”".
_COURTESY_WORDS = re.compile(
    r"^\s*[“\"‘]?(?:(?:very|highly|immensely|extremely|most|quite)\s+)?"
    r"(?:productive|constructive|useful|fruitful|cordial|warm|friendly|frank|successful|excellent|open|forward-looking)\b",
    re.IGNORECASE,
)
# A person or a side described: a name, a pronoun for a person, or a country.
_PERSON_OR_SIDE = re.compile(r"^(?:(?:him|her|himself|herself|themselves)|(?:[A-Z][\w’'.-]*\s*)+)\s*$")
# The description's own words in quotation marks, right after "as": "as “a great friend of mine”", "as a brother and “…”".
_QUOTED = re.compile(r"^\s*(?:(?:an?|the)\s+)?(?:[\w’'-]+\s+){0,4}?[“\"‘]")


def described_span(text: str) -> tuple[int, int] | None:
    """Where the sentence describes the occasion, an accord, the ties or someone (in their own quoted words) as
    something, or None (see the module's docstring)."""
    for found in _DESCRIBED.finditer(text):
        what = found.group("what").strip()
        if _TALKS.search(what) or _COURTESY_WORDS.match(text[found.end() :]):
            continue
        if _OCCASION.search(what) or (_PERSON_OR_SIDE.match(what) and _QUOTED.match(text[found.end() :])):
            return found.span()
    return None


def without_description(text: str) -> str:
    """The sentence with its description's verb and object left out (:func:`described_span`), for the courtesy test."""
    span = described_span(text)
    return text if span is None else text[: span[0]] + text[span[1] :]
