"""Two names for the texts of one signing: "37 agreements" and "Thirty-six documents" may count one set.

A visit's signing is counted by every outlet, each in its own words: "Later
in the day, the sides signed 37 agreements" (the Morning Star) and
"Thirty-six documents were signed as the leaders met in Hanoi" (Nikkei,
intake_final2); "Indonesia and Brazil concluded the signing of four
agreements" and "The leaders witnessed the signing of eight key deals"
(intake_final108).  Documents, deals, pacts, accords and instruments name
any text signed, so a count in one of these names and a count in another
name of signed texts are one count told two ways when each sentence tells
of the signing itself, its verb next to the count ("signed 37 agreements",
"Thirty-six documents were signed"; not a plan of it, :mod:`.planned_counts`), and writes
no other count of signed texts ("one agreement on economic and technical
cooperation and eight MoUs" counts two sets) nor marks its count as a part or a
batch ("Putin and Tokayev signed 19 other documents").  Two specific names
("agreements" and "MoUs") may be two sets signed at one visit, and stay apart.

The other tests of :func:`~briefgen.corpus.counts.counts_clash` (the
tenth, or half for counts each told as the signing, :mod:`.signings`; the
dates, the aims, a shared word, the articles' shared names) still decide.
"""

from __future__ import annotations

import re

from briefgen.corpus.models import Fact
from briefgen.corpus.planned_counts import told_as_a_plan
from briefgen.corpus.signed_texts import SIGNED_NAME, SIGNING, count_sentence, signed_unit
from briefgen.text.english import NUMBER_WORDS, words_pattern

#: The units that name any text signed: a count in one of them may be a count in another name told otherwise.
_COVERING = frozenset({"document", "deal", "pact", "accord", "instrument"})
#: How near the count the verb of the signing is written, when the count is its object ("signed 37 agreements",
#: "the signing of four agreements") or its subject ("Thirty-six documents were signed"), in words: a count
#: farther from it is told as something else ("were briefed on the 36 agreement documents for cooperation, which
#: were signed between ministries and localities").
_BEFORE = 3
_AFTER = 4
#: Words that mark a count as a part or a batch of the signing, read in the count's words and the word before them
#: ("Putin and Tokayev signed 19 other documents", "another 20 agreements", "12 more MoUs", "a further five deals").
_PART = re.compile(r"\b(?:another|other|more|additional|further|remaining|separate)\b", re.IGNORECASE)
#: A count of signed texts as a sentence writes it: a number, up to two words, then a name of signed texts.
_A_COUNT = re.compile(
    rf"(?:(?<![\d.,])\d[\d,]*|\b(?:{words_pattern(NUMBER_WORDS)}))(?:[\s-]+[\w-]+){{0,2}}?[\s-]+"
    rf"{SIGNED_NAME}\b",
    re.IGNORECASE,
)


def two_names(unit_a: str, unit_b: str) -> bool:
    """Whether two units (as :func:`~briefgen.corpus.conflicts.unit_key` reads them) are two names of signed texts,
    one of them a name of any text ("agreements" and "documents"): asked first, for it reads no quote."""
    return unit_a != unit_b and bool({unit_a, unit_b} & _COVERING) and signed_unit(unit_a) and signed_unit(unit_b)


def named_two_ways(a: Fact, b: Fact, unit_a: str, unit_b: str) -> bool:
    """Whether two counts in two names of signed texts (:func:`two_names`) count one signing (see the module's rules)."""
    return two_names(unit_a, unit_b) and _the_signings_one_count(a) and _the_signings_one_count(b)


def _the_signings_one_count(fact: Fact) -> bool:
    """Whether the fact's count is told as the signing's own, in a sentence of a signing done that writes no other
    count of signed texts."""
    found = count_sentence(fact)
    if found is None or told_as_a_plan(found.sentence):
        return False
    counts = list(_A_COUNT.finditer(found.sentence))
    if len(counts) != 1 or _PART.search(" ".join([*found.before.split()[-1:], counts[0].group(0)])) is not None:
        return False  # two sets counted, or a count marked as a part or a batch ("signed 19 other documents")
    before = found.before.split()[-_BEFORE:]
    after = found.sentence[len(found.before) :].split()[1 : 1 + _AFTER]
    return any(SIGNING.search(word) is not None for word in before + after)
