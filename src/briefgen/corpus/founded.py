"""The thing a visit founds: a foundation stone laid, ground broken, a project launched is a thing its reports describe.

A visit often starts a works rather than opening one: "Prime Minister Narendra Modi and his Nepalese counterpart K P
Sharma Oli today jointly laid the foundation stone of the 900-megawatt Arun III Hydroelectric Power Plant", "They also
participated in the virtual ground-breaking ceremony for the launch of the 120 MW Sampur Solar Project".  The reports
then give the works' figures in lines of their own ("The project's estimated cost is US$ 1.2 billion", "The project will
also provide 21.9 per cent or 197 megawatts of the generated energy free of cost to Nepal"), as they do for a plant
opened; :mod:`briefgen.corpus.site_figures` joins those lines to the occasion, and reads here what was founded.

Only the acts of founding are read (a foundation or its stone laid, ground broken, a ground-breaking ceremony, a
"shilanyas", a launch) and only the nouns of works after them (:data:`briefgen.corpus.opened.THINGS` and "project",
"corridor"): "launched a dialogue" or "a groundbreaking agreement" found nothing.  A foundation's words run longer than
an opening's, for the cost is told between the act and the noun ("the foundation stone of the ambitious Rs 1.08 lakh crore
($17 billion) Ahmedabad-Mumbai high-speed rail project").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefgen.corpus.opened import THINGS
from briefgen.text.cues import may_hold

#: The nouns of a works founded: what a visit opens, and the project or corridor still to be built.
_WORKS = re.compile(r"\b(" + "|".join((*THINGS, "project", "corridor")) + r")s?\b", re.IGNORECASE)

#: A foundation laid or ground broken, and the words after it where the works are named, a cost among them.
_FOUNDING = re.compile(
    r"\b(?:la(?:y|ys|id|ying)\s+(?:the\s+)?foundations?(?:[- ]stones?)?|foundation[- ]stones?(?:[- ]laying)?"
    r"|(?:broke|break|breaks|breaking)\s+(?:the\s+)?ground|ground[- ]?breaking\s+ceremon(?:y|ies)|shilany[a]+s)"
    r"\b((?:\W+[\w'’-]+){1,14})",
    re.IGNORECASE,
)

#: A launch, and the few words after it: "launched the construction of the port", "the launch of the project".
_LAUNCH = re.compile(r"\blaunch(?:es|ed|ing)?\b((?:\W+[\w'’-]+){1,9})", re.IGNORECASE)

#: What every match of :data:`_FOUNDING` or :data:`_LAUNCH` holds, lower-cased.
_FOUNDING_CUES = ("foundation", "ground", "shilany", "launch")


def things_founded(quotes: Iterable[str]) -> frozenset[str]:
    """The nouns of the works ``quotes`` (an occasion's parts) tell founded or launched, lower-cased."""
    texts = [quote for quote in quotes if may_hold(quote, _FOUNDING_CUES)]
    phrases = [m.group(1) for quote in texts for pattern in (_FOUNDING, _LAUNCH) for m in pattern.finditer(quote)]
    return frozenset(noun.lower() for phrase in phrases for noun in _WORKS.findall(phrase))
