"""Counts of texts signed: the units that name them, the verbs of a signing, and the sentence that writes a count.

What :mod:`.signings`, :mod:`.planned_counts` and :mod:`.named_texts` read alike: a count of agreements, MoUs,
deals, documents, pacts, accords, protocols, contracts, treaties or instruments, in the sentence of its quote
that writes it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefgen.corpus.models import Fact
from briefgen.corpus.written import written_figure

#: The names of texts signed, as an alternation of their singular stems.
_NAMES = r"(?:agreement|mou|memorand\w*|deal|document|pact|accord|protocol|contract|treat\w*|instrument)"
#: Units that count texts signed (word stems, as :func:`~briefgen.corpus.conflicts.unit_key` gives them).
SIGNED_UNITS = re.compile(rf"^{_NAMES}$")
#: A name of texts signed as a sentence writes it, singular or plural ("agreements", "MoU", "treaties").
SIGNED_NAME = rf"{_NAMES}s?"
#: A verb of a signing or an exchange of texts.
SIGNING = re.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|exchang(?:e|es|ed|ing)|conclud(?:e|es|ed|ing))\b", re.IGNORECASE)

#: The unit under which counts of signed texts are grouped when one metric joins them, whatever their name
#: (:func:`~briefgen.corpus.conflicts.find_conflicts`).
TEXTS_KEY = "signed texts"


def signed_unit(unit: str) -> bool:
    """Whether a unit (as :func:`~briefgen.corpus.conflicts.unit_key` reads it) counts texts signed."""
    return SIGNED_UNITS.match(unit) is not None


class CountSentence(NamedTuple):
    """The sentence of a quote that writes a count, what it writes before the count, and the quote after the count."""

    sentence: str
    before: str
    after: str


def count_sentence(fact: Fact) -> CountSentence | None:
    """Where the fact's quote writes its count (see :class:`CountSentence`); None when the quote does not write it."""
    if fact.value is None:
        return None
    quote = fact.quote
    figure = written_figure(quote, fact.value.stated_numbers)
    if figure is None:
        return None
    start = max(quote.rfind(". ", 0, figure.start()) + 1, 0)
    stop = quote.find(". ", figure.end())
    return CountSentence(quote[start : len(quote) if stop < 0 else stop], quote[start : figure.start()], quote[figure.end() :])
