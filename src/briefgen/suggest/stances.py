"""A named leader's stand toward a named party: "Scholz dismissed Erdogan's accusations against Israel as 'absurd'".

Beside the talks, a report tells where each side stood on the other, or on a
third party: "PM Chinh urged Brazil to open its market to Vietnam's pangasius
and shrimp", "Zelensky then declined Orban's proposals for a ceasefire",
"Sogavare rejected suggestions his government might give Beijing a military
foothold", "President Xi praised Egypt's efforts to de-escalate tensions".
Each is a side's position, checkable against its own record, and the labels
keep them; yet :mod:`briefgen.suggest.worth` found in them no act it knows
(nothing signed, met or visited), or read "urged … to" as an exhortation, and
dropped them.

The stand is a claim when it is told as one: the sentence opens on its
speaker, named (a name or a title, never a pronoun, whose stand the draft
could not place, nor a country, which is a government's record rather than a
leader's word at the visit), and the verb that follows takes a side: urged or
called on someone (named, not "both sides": that is the leaders' wish for the
ties) to do something, accused, dismissed, denied, rejected, declined,
defended, condemned, criticised, pleaded or pressed for, refused to, or
praised a named party's efforts, role, decision or strategy (praise of a
country's progress or of its leader stays a courtesy).  Hopes, pledges,
courtesies and the writer's framing are weighed before this rule and stay
dropped.
"""

from __future__ import annotations

import re

from briefgen.ingest.countrycodes import country_names

_TITLE = (
    r"(?:(?:President|Prime Minister|Chancellor|PM|Mr\.?|Ms\.?|Mrs\.?|King|Emir|Premier|Minister|Secretary|"
    r"General Secretary|Crown Prince|Sheikh)\s+)"
)
# Who takes the stand: a name (a title before it or not), "the German chancellor", or two names joined by "and".
_SPEAKER = (
    rf"(?P<speaker>{_TITLE}*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}}|"
    r"[Tt]he (?:[A-Z][\w-]+ )?(?:president|chancellor|prime minister|premier|emir|king)|"
    r"Both [A-Z][\w’'-]+ and [A-Z][\w’'-]+)"
)
# What may open the sentence before its speaker: a connective, or a clause of its own ("When asked about …, ").
_LEAD = (
    r"(?:(?:However|In particular|At the same time|In response|In turn|For (?:his|her) part|Meanwhile),\s+|"
    r"(?:[A-Z][a-z]+ing|When asked|After|During)\b[^,]{3,120},\s+)?"
)
_ADVERBS = r"(?:(?:also|then|further|even|strongly|steadfastly|firmly|sharply|has|have|had)\s+){0,2}"
# Urging "both sides" or "all countries" is a wish for the ties or for the world, no side's stand on a party.
_NAMED_PARTY = r"(?!(?:both|the two|all|other) (?:sides|countries|nations|parties|leaders)\b)(?:[\w’'-]+\s+){1,6}?to\s+[a-z]+"
_STAND = (
    rf"(?:urg(?:ed|es)\s+{_NAMED_PARTY}|call(?:ed|s)\s+(?:on|upon)\s+{_NAMED_PARTY}|"
    r"accus(?:ed|es)|dismiss(?:ed|es)|den(?:ied|ies)|reject(?:ed|s)|declin(?:ed|es)|defend(?:ed|s)|condemn(?:ed|s)|"
    r"critici[sz](?:ed|es)|plead(?:ed|s) for|press(?:ed|es) (?:for|on)|refus(?:ed|es) to|"
    r"prais(?:ed|es) (?:[A-Z][\w’'-]+[’']s |the )(?:[\w-]+ ){0,2}(?:efforts?|role|contribution|decision|strategy|position|stance))\b"
)
_STANCE = re.compile(rf"^[“\"]?{_LEAD}{_SPEAKER},?\s+{_ADVERBS}{_STAND}")
# Words that open a sentence without naming who speaks.
_NOT_A_SPEAKER = frozenset({"He", "She", "They", "It", "We", "I", "This", "That", "These", "Those", "The", "Its", "His", "Her"})


def stance_taken(text: str) -> bool:
    """Does the sentence tell a named leader's stand toward a named party ("Scholz dismissed Erdogan's accusations")?"""
    match = _STANCE.match(text.strip())
    if match is None:
        return False
    speaker = match.group("speaker")
    if speaker.split()[0] in _NOT_A_SPEAKER and not speaker.startswith("The "):
        return False  # a pronoun: whose stand it is lies in the sentence before
    return speaker.removeprefix("The ").removeprefix("the ") not in country_names()  # a country is a government, not a leader
