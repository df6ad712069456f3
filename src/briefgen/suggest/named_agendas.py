"""Talks told with what they are about named: planned over fields or a named issue, or held over fields listed as examples.

An agenda in general words ("will discuss all aspects of bilateral relations", "will focus on deepening cooperation in
various fields", "discussed ways to strengthen mutual cooperation") names nothing a brief could get wrong, and the
worth test (:mod:`briefgen.suggest.worth`) refuses it as an agenda, a hope ("are expected to"), a flourish or generic
prose.  Two shapes name what the talks are about, and the labelled sets keep them as claims:

- *talks planned over named things*: "According to the Kremlin, the pair will discuss bilateral cooperation in trade,
  economic, and investment areas", "Both leaders are expected to review the progress of Bangladesh-Malaysia relations,
  particularly in the areas of trade and investment, labour, education, tourism and defence", "The talks will focus on
  bilateral economic relations and the war in Ukraine", "Anwar and Marcos will also talk about regional issues,
  especially those relating to the South China Sea".  Planned ("will", "would", "are expected to", "are set to", "are
  scheduled to", "are due to") with a verb of talks (discuss, review, talk about, exchange views on, focus on),
  then two fields of cooperation or an issue named by its place ("the situation in Gaza", "the war in Ukraine").
  Talks that only "cover" a list ("The talks will cover political, economic, cultural and humanitarian matters")
  stay an agenda: the list is what the talks span, not what the sides will take up;
- *talks held over fields given as examples*: "During their talks, the two leaders discussed ways to expand bilateral
  cooperation across various sectors, including defence, maritime security, digital technology …", "The two leaders
  took stock of bilateral relations including in areas of defence, trade and investment, energy, …".  A verb of talks
  held (discussed, explored, reviewed, took stock of, held discussions on), then "including", "such as",
  "particularly" or "focusing on" and three fields.  :mod:`briefgen.suggest.fields` reads talks held over fields
  listed in a row ("discussed cooperation in defense, security, trade …"); here the fields are examples set apart,
  so a spread word before them ("across various sectors, including …") is no longer all the sentence says.

A plan spread over everything ("all aspects", "the entire gamut", "various sectors", "a wide range of areas", "new
avenues", "pressing … issues") stays refused whatever it lists after, as does a plan in doubt ("It is likely that the
leaders will discuss …", "if they meet, they would discuss …"), and so do talks held over fewer than three
fields ("discussed ways to expand cooperation in defence and security"): the round-88 count of talks held in general
(16 labelled against 24 never judged) is why the held shape asks for the examples.
"""

from __future__ import annotations

import re

from briefgen.suggest.fields import SECTOR_WORD

# Talks planned: a verb of talks after a word of the future or of a schedule.
_PLANNED_TALKS = re.compile(
    r"\b(?:will|would|shall|(?:are|is) (?:also )?(?:expected|set|scheduled|due) to)\s+(?:also\s+)?"
    r"(?:discuss|review|talk about|exchange views on|focus on)\b",
    re.IGNORECASE,
)
# Talks held: a verb of talks in the past, never after "will", "to" or "be" (an agenda).
_HELD_TALKS = re.compile(
    r"(?<!\bwill )(?<!\bto )(?<!\bbe )\b(?:discussed|explored|reviewed|took stock of|"
    r"held (?:[\w-]+ )?discussions on|engaged in discussions on)\b",
    re.IGNORECASE,
)
# Examples set apart after the talks' subject: "…, including defence, maritime security, …".
_EXAMPLES = re.compile(r"\b(?:including|such as|particularly|especially|focusing on|covering)\b", re.IGNORECASE)
# An agenda spread over everything: its fields are only examples of everything.
_SPREAD = re.compile(
    r"\b(?:all|various|diverse|different|entire|whole|full|wide range of|range of|multiple|several|many) "
    r"(?:aspects|gamut|spectrum|fields|sectors|areas|issues|fronts|matters)\b|\bnew avenues\b|\bpressing\b",
    re.IGNORECASE,
)
_FIELD = re.compile(rf"\b{SECTOR_WORD}\b", re.IGNORECASE)
# An issue named by its place: "the situation in Gaza", "the war in Ukraine", "relating to the South China Sea".
_NAMED_ISSUE = re.compile(
    r"\b(?:situation (?:in|on)|war in|conflict in|crisis in|issues? of|relating to|related to) (?:the )?(?-i:[A-Z])", re.IGNORECASE
)
# A plan in doubt or only hoped for: "It is likely that the leaders will discuss …", "if they meet, they would discuss …".
_UNSURE = re.compile(r"\b(?:could|might|may|likely|possibly|reportedly|if|whether|hop(?:e|es|ed|ing))\b", re.IGNORECASE)
_PLANNED_FIELDS = 2
_EXAMPLE_FIELDS = 3


def _fields(text: str) -> int:
    """How many different fields of cooperation the words name ("trade and investment, energy" names three)."""
    return len({found.group(0).casefold()[:6] for found in _FIELD.finditer(text)})


def planned_agenda(text: str) -> bool:
    """Whether the sentence announces talks over two named fields or a named issue (see the module's docstring)."""
    planned = _PLANNED_TALKS.search(text)
    if planned is None or _UNSURE.search(text, 0, planned.start()):
        return False
    agenda = text[planned.end() :]
    if _SPREAD.search(agenda):
        return False
    return _fields(agenda) >= _PLANNED_FIELDS or bool(_NAMED_ISSUE.search(agenda))


def held_over_fields(text: str) -> bool:
    """Whether the sentence reports talks held over three fields given as examples (see the module's docstring)."""
    held = _HELD_TALKS.search(text)
    examples = _EXAMPLES.search(text, held.end()) if held is not None else None
    return examples is not None and _fields(text[examples.end() :]) >= _EXAMPLE_FIELDS
