"""A photo's caption that names the person pictured by office alone: "Australian Prime Minister Scott Morrison".

A page that puts a picture above its text often keeps the caption as the first line, and when the page prints no
headline of its own (the headline was in the page's title, left out of its text), that line was read as the
headline.  A caption of this kind is a label, not a sentence: a nationality or a rank, the office, and the name
("Former President Gloria Arroyo", "Vanuatu Prime Minister Charlot Salwai"), and nothing after the name.  A headline
says what the person did ("Morrison to visit Vanuatu"), so it never stops at the name.

Title-case headlines capitalise their verbs ("President Putin Visits China"), so the words after the office are
taken for a name only when the text right below writes them again as they stand: the lede names the person it
pictures ("… that Australian Prime Minister (PM), Scott Morrison will be visiting …"), while no lede repeats a
headline's "Putin Visits China" word for word.
"""

from __future__ import annotations

import re

# The offices a caption names its person by; the words before them ("Prime", "Foreign", "Deputy", "Australian",
# "Former") are the office's rank or the country's name, capitalised as the caption writes them.
_OFFICES = (
    "Minister",
    "President",
    "Premier",
    "Chancellor",
    "King",
    "Queen",
    "Emir",
    "Amir",
    "Sultan",
    "Prince",
    "Secretary",
    "Ambassador",
    "Governor",
    "Senator",
    "Speaker",
    "Adviser",
    "Advisor",
    "Chairman",
    "Chairperson",
    "Commissioner",
    "Mayor",
)
_OFFICE_WORDS = frozenset(word.casefold() for word in _OFFICES)
# Up to three capitalised words before the office, the office, and one to three capitalised words of a name.
_NAMED_BY_OFFICE = re.compile(
    rf"^(?:[A-Z][a-z]+\s+){{0,3}}(?:{'|'.join(_OFFICES)})\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}})$"
)


def names_by_office(line: str, below: str) -> bool:
    """Whether ``line`` is only a person named by office ("Australian Prime Minister Scott Morrison") and the text
    ``below`` it writes the name again, as a photo's caption and the lede under it do."""
    match = _NAMED_BY_OFFICE.match(line.strip())
    if match is None:
        return False
    name = match.group("name")
    if any(word.casefold() in _OFFICE_WORDS for word in name.split()):
        return False  # "President Prime Minister …": no name follows the office
    return re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", below) is not None
