"""Fields of cooperation in a sentence: a list of them is an agenda, one of them a topic, and talks held over them a report.

"The political, economic, military and social aspects of our cooperation" names
no event: fields listed in a row are what agendas and communiqués are made of,
and :mod:`briefgen.suggest.worth` drops such prose unless something else in the
sentence is checkable.  One field named as the subject of talks ("in the energy
sector") is a specific topic.

Talks already held and reported with the fields they covered are an account of
the meeting, not an agenda: "The two leaders discussed cooperation in areas such
as defense, security, trade, technology, healthcare, renewable energy and climate
justice", "Their discussions covered diverse areas of bilateral ties, including
trade & investment, Science and technology, Defence and security".  Who met, when,
and what they covered is what a brief reports of a visit, and the labelled sets
keep these sentences.  Only the past tense counts: "will discuss", "is to be
reviewed" are still an agenda, and a hope or a pledge is weighed before this rule.
"""

from __future__ import annotations

import re

# Fields of cooperation.  Three or more of them listed in a row is an agenda, not a result:
# "the political, economic, military and social aspects of our cooperation".
#: A field of cooperation (also asked by the modules that read whether a promise names one).
SECTOR_WORD = (
    r"(?:politic(?:s|al)|econom(?:y|ic)|trade|commerc(?:e|ial)|militar(?:y)|defen[cs]e|social|cultur(?:e|al)|humanitarian|"
    r"transport(?:ation)?|transit|energy|agricultur(?:e|al)|industr(?:y|ial)|investments?|education(?:al)?|scien(?:ce|tific)|"
    r"technical|technolog(?:y|ical)|tourism|security|health(?:care)?|logistics|youth|environment(?:al)?|"
    r"inter-?parliamentary|people-to-people)"
)
_SECTOR = re.compile(rf"\b{SECTOR_WORD}\b")
_SECTOR_LIST = re.compile(rf"\b{SECTOR_WORD}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+to\s+|,?\s+from\s+){SECTOR_WORD}\b)+")
# One field named as the subject of talks ("in the energy sector", "in the field of hydropower"): a
# specific topic, unlike a list of fields or "various sectors".
_ONE_FIELD = re.compile(
    r"\b(?:in|on|for) the (?!(?:various|different|diverse|many|several|other|relevant|key|priority|important)\b)"
    r"(?:[a-z-]+ ){1,2}(?:sector|industry)\b(?!s)|"
    r"\bin the field of (?!(?:various|different|diverse|many)\b)[a-z-]+\b(?!(?:,\s*[a-z-]+)*,?\s+(?:and|or)\s)"
)
# Talks held, told by what they covered, in the past tense: "discussed", "covered", "centred on", "reviewed".
# Never after "will", "to", "be" or "been": "will be discussed", "to be reviewed" are an agenda.  Not "focused on"
# ("the commission mainly focused on … in various sectors"), "explored ways to deepen" (an intention) nor "the full
# spectrum": the writer's summary of a forum.
_HELD_OVER = re.compile(
    r"(?<!\bwill )(?<!\bto )(?<!\bbe )(?<!\bbeen )\b(?:discussed|covered|reviewed|cent(?:red|ered) on|"
    r"engaged in discussions on|included reviewing)\b(?! the (?:full|entire|whole) (?:spectrum|gamut))",
    re.IGNORECASE,
)


def is_agenda(text: str) -> bool:
    """Does the sentence list three or more fields of cooperation in a row, as agendas and communiqués do?

    Fields are common nouns and adjectives: capitalised, they are the name of
    a ministry or a body ("Minister of Investments, Industry and Trade").
    """
    text = text[:1].lower() + text[1:]
    return any(len({w.group(0)[:6] for w in _SECTOR.finditer(m.group(0))}) >= 3 for m in _SECTOR_LIST.finditer(text))


def one_field_named(text: str) -> bool:
    """Is one field named as the subject of talks ("ways to enhance ties in the energy sector"), not a list of them?"""
    return bool(_ONE_FIELD.search(text)) and not is_agenda(text)


def fields_discussed(text: str) -> bool:
    """Does the sentence report talks held over fields it lists ("the two leaders discussed cooperation in defense, …")?"""
    held = _HELD_OVER.search(text)
    return held is not None and is_agenda(text[held.end() :])
