"""A statement reported with a pronoun for its speaker ("…," he said): the speaker's words when they name what they are about.

:mod:`briefgen.suggest.worth` drafts what a named speaker says ("…," Yoon said)
and left "he said" out, because the draft does not say who "he" is.  Reports
name the speaker once and go on with a pronoun, and editors keep those
statements, naming the speaker from the sentence before: '"We've shared the
view that the special strategic partnership between Japan and Australia has
risen to a new level," he added', "He said the US intended to "compete
vigorously" with China", "According to him, Azerbaijan and Russia act as
allies, friends, close partners, and neighbors".

The pronoun makes a statement of the words only where the words, without the
attribution, name something (a country, a body, a place): '"The discussions
were based on mutual trust," he added' names nothing a brief could check and
stays out.  Words about the ties name something besides the two sides, or are
praise whoever says them: "He said democratic values were the foundation of
ties between Australia and India" stays out.  Praise, hopes and agendas are weighed before this rule is asked,
as they are for a named speaker.
"""

from __future__ import annotations

import re

_PRONOUN = r"(?:he|she|they)"
_SAYING = r"(?:also |further |then |later )?(?:said|says|added|adds|stated|noted|continued|remarked|explained|declared|told reporters)"
# Where the pronoun's attribution stands: after the words closed by a comma or a closing mark ('…," he added'),
# between two commas ("The two countries, he said, are …"), or leading ("He said the US intended …", "According to him, …").
_ATTRIBUTION = re.compile(
    rf"[,.!?]\s*[”\"’']?\s*{_PRONOUN} {_SAYING}\b[,.]?|"
    rf"^{_PRONOUN} {_SAYING}\b(?:,| that\b)?|"
    r"^According to (?:him|her|them),",
    re.IGNORECASE,
)
# The two sides' relations as the subject of what was said.
_TIES = re.compile(r"\b(?:relations|relationship|ties|bonds?|friendship|partnership|cooperation)\b", re.IGNORECASE)
# The two sides of a bilateral report: words on the ties name a third thing to state a position.
_SIDES = 2
_NAME = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*")
_FIRST_PERSON = frozenset({"I", "I'd", "I’d", "I'm", "I’m", "I've", "I’ve"})


def names_past_first_word(text: str, not_names: frozenset[str]) -> set[str]:
    """The capitalised words of ``text`` past its first (each part of a hyphened one: "Indo-Pacific"), but ``not_names``.

    The first word is capitalised wherever a sentence starts, so it names nothing by its capital alone.
    """
    return {part for name in _NAME.findall(text)[1:] for part in name.split("-") if part[:1].isupper()} - not_names


def spoken_by_pronoun(text: str) -> bool:
    """Is the sentence a statement its speaker, a pronoun, is reported to have made, naming what it is about?"""
    said = _ATTRIBUTION.search(text)
    if said is None:
        return False
    words = (text[: said.start()] + " " + text[said.end() :]).strip(" “”\"‘’'")
    return len(names_past_first_word(words, _FIRST_PERSON)) > (_SIDES if _TIES.search(words) else 0)
