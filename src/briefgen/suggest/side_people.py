"""The people a page ties to a side of its relation, by a title and the side's name beside it.

A sentence often names a side only through its leader: "Marcos said ...",
"Yunus told reporters ...".  The page says once whose leader that is, in one
of a few shapes news uses for an office holder: the side before the title
("Philippine President Ferdinand Marcos Jr.", "Spain's Prime Minister Pedro
Sánchez", "Bangladesh's chief adviser Muhammad Yunus"), the side after the
name ("Marcos, the Philippine president"), or after the title and the name
("President Ferdinand Marcos Jr. of the Philippines").  Only the surname is
kept, since later sentences call the person by it; a title is required, so
that "Chinese Communist Party" yields no person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefgen.text.english import FULL_MONTH_PATTERN, FULL_WEEKDAY_PATTERN

# An office a leader or an envoy holds, as news writes it before or after a name.
_TITLE = (
    r"(?:(?:[Vv]ice[- ])?[Pp]resident|[Pp]rime [Mm]inister|PM|[Pp]remier|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Ee]mir|"
    r"[Ss]ultan|[Cc]rown [Pp]rince|(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Tt]rade|[Ff]inance|[Dd]eputy) )?[Mm]inister|"
    r"[Cc]hief [Aa]dviser|(?:[Ff]oreign |[Ss]tate )?[Ss]ecretary|[Ll]eader|[Cc]ounterpart|[Aa]mbassador|[Ee]nvoy)"
)
_CAP = r"[A-ZÀ-ÖØ-Þ]"
# One to four capitalised words, the last a name (a trailing "Jr." is no surname).
_NAME = rf"((?:{_CAP}[\w'’.-]*\s+){{0,3}}{_CAP}[\w'’-]*)(?:,?\s+(?:Jr|Sr)\b\.?)?"
_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
# "on Monday, the Chinese president ...": a day or a month before the comma is no name.
_CALENDAR = re.compile(f"{FULL_WEEKDAY_PATTERN}|{FULL_MONTH_PATTERN}")


def _side(names: Iterable[str], stem: str) -> str:
    spelled = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    begun = rf"|\b{re.escape(stem)}\w*" if stem else ""  # "Philippine" begins like "Philippines"
    return rf"(?<![\w.])(?:{spelled}{begun})(?:['’]s)?"


def _shapes(side: str) -> tuple[re.Pattern[str], ...]:
    titles = rf"{_TITLE}(?:\s+{_TITLE})*"
    return (
        re.compile(rf"{side}\s+(?:the\s+)?{titles}\s+{_NAME}"),
        re.compile(rf"{_NAME},\s+(?:the\s+|a\s+)?{side}\s+{titles}"),
        re.compile(rf"{_NAME},\s+(?:the\s+)?{titles}\s+of\s+(?:the\s+)?{side}"),
        re.compile(rf"\b{titles}\s+{_NAME}\s+of\s+(?:the\s+)?{side}"),
    )


def _surname(name: str) -> list[str]:
    words = [w.strip(".,") for w in name.split()]
    words = [w for w in words if w and w not in _SUFFIXES and not re.fullmatch(_TITLE, w)]
    if not words or _CALENDAR.fullmatch(words[-1]):
        return []
    last = words[-1]
    return [last, *(part for part in last.split("-")[1:] if part[:1].isupper())]  # "al-Sisi": Sisi too


def people_of(names: Iterable[str], stem: str, texts: Iterable[str]) -> set[str]:
    """Surnames the texts give with a title and one of the side's names ("Spain's Prime Minister Pedro Sánchez")."""
    shapes = _shapes(_side(names, stem))
    found: set[str] = set()
    for text in texts:
        for shape in shapes:
            for match in shape.finditer(text):
                found.update(_surname(match.group(1)))
    return found
