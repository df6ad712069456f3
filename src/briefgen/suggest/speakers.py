"""Who a statement names as its speaker, and what else it names: the reading :mod:`briefgen.suggest.worth` weighs.

What a named side said is a claim an editor keeps ("Erdogan stated that Turkiye is committed to peace"), what "he
said" is not until the speaker is known (:mod:`briefgen.suggest.pronoun_speakers`), and a statement that names
nothing but its speaker and the two sides is praise of the ties whoever speaks.  So the worth test asks three
things of a sentence: is it reported as said by a name, who spoke, and which names are left once the speaker is
taken out.
"""

from __future__ import annotations

import re

from briefgen.suggest.reporting_verbs import reporting_verb

# A statement reported with its named speaker: "X said the relationship had become …", "Y stated that Turkiye
# will …".  What a leader said is a claim editors keep; with a pronoun ("he added") the draft does not say who
# spoke, and emphasis ("stressed that") is weighed by the worth test's own rules.
_ATTRIBUTED = re.compile(
    r"(?<!\bhe )(?<!\bshe )(?<!\bthey )\b(?:said|says|stated|stating|declared|asserted|asserting|"
    # after a quotation, the speaker going on: '"…," Kallas continued.'
    r"(?<=[”\"] )(?:the (?:[\w’'-]+ ){1,3}|(?:(?-i:[A-Z])[\w’'-]+ ){1,3})(?:continued|added|noted|remarked)(?=\W*$)|"
    # a view stated as one: "Erdogan emphasized his belief that the militia's presence would end" (a bare
    # "emphasized that" is mostly praise of the ties)
    r"(?:emphasi[sz]ed|stressed|underlined|underscored|noted|affirmed|reaffirmed|expressed|reiterated) "
    r"(?:his|her|their|its) (?:belief|view|position|conviction) that)\b",
    re.IGNORECASE,
)
# Speech to an audience or in reply, reported as "said" is: "Xi told Albanese that …", '"…," Modi told reporters',
# "Trump responded that …" (never the passive "was told").  It makes the words a named side's statement, but not
# a position on named things (the worth test's named position reads the verbs above alone): "X told Y, 'we are
# willing to deepen ties with Norland'" stays generic, a pleasantry addressed to a guest.
_TOLD = re.compile(
    r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )\b(?:"
    r"told (?=(?-i:[A-Z])|(?:reporters|journalists|the (?:press|media))\b)|(?:insisted|responded|replied)\b)",
    re.IGNORECASE,
)
# Words whole, a compound of names ("India-Bangladesh") as one.
_WORDS_WHOLE = re.compile(r"[^\W\d_][\w’'-]*")
# A statement whose subject refers back to a sentence before: the draft would not say who.
_REFERS_BACK = re.compile(r"^(?:He|She|It|They|This|That|These|Those|His|Her|Their)\b")
_SPEAKER_ADVERBS = frozenset({"also", "further", "then", "later", "earlier", "again", "had", "has", "have"})
_NAME_RUN = re.compile(r"\s*(?:(?-i:[A-Z])[\w’'-]*\s*)+")
_PAIR_SPLIT = re.compile(r"[-–—]")
_POSSESSIVE = re.compile(r"[’']s?$")
_FIRST_PERSON = frozenset({"I", "I'd", "I’d", "I'm", "I’m"})


def names(text: str) -> set[str]:
    """The names a sentence gives past its first word (a country, a body, a region, a speaker)."""
    return {w for w in _WORDS_WHOLE.findall(text)[1:] if w[:1].isupper() and w not in _FIRST_PERSON}


def names_something(text: str) -> bool:
    """Does a speaker's statement name what it is about (a country, a body, a region), past its first word?

    "Hungary stands alone in the West" can be checked against what else is
    known; "We are making rapid progress towards this goal" cannot, nor can a
    statement about someone named only before it ("He united the Turkic world").
    """
    if _REFERS_BACK.match(text):
        return False  # "He put all his efforts into …": who "he" is was in the words before
    return bool(names(text))


def attribution(text: str) -> re.Match[str] | None:
    """The verb that reports a statement: "said", "stated" … or another verb of saying (:mod:`.reporting_verbs`)."""
    return _ATTRIBUTED.search(text) or reporting_verb(text)


def speaker(text: str) -> set[str]:
    """The names of who spoke: the run of names before the verb of saying ("President Erdogan also stated"), or after it
    when none stands before ("…, said Prime Minister Viktor Orban")."""
    said = attribution(text)  # "Lee voiced …", "Xi noted that …" too
    if said is None:
        return set()
    run: set[str] = set()
    for word in reversed(_WORDS_WHOLE.findall(text[: said.start()])):
        if word[:1].isupper():
            run.add(word)
        elif word not in _SPEAKER_ADVERBS:
            break
    if not run:
        after = _NAME_RUN.match(text, said.end())
        run = set(_WORDS_WHOLE.findall(after.group(0))) if after else set()
    return run


def subjects(text: str) -> set[str]:
    """What a statement names besides its speaker, each name of a pair on its own ("China-Brazil": China, Brazil)."""
    roots: set[str] = set()
    for word in names(text) - speaker(text):
        roots |= {part for part in _PAIR_SPLIT.split(_POSSESSIVE.sub("", word)) if part[:1].isupper()}
    return roots


def spoken_by_name(text: str) -> bool:
    """Is the sentence a statement its named speaker is reported to have made ("…," Yoon said)?

    A pronoun ("he said") names no one (:mod:`.pronoun_speakers` weighs it); a line that
    only leads in ("BelTA said, citing …:") states nothing yet.
    """
    return bool(_ATTRIBUTED.search(text) or _TOLD.search(text)) and not text.rstrip().endswith(":")
