"""How far apart two counts of one signing may be and still be one count told two ways.

:func:`briefgen.corpus.counts.counts_clash` reads two counts of one thing as
one count misreported only when they are a tenth apart at most: a smaller
count is more often of a part ("34 investment agreements" on the Wednesday,
"another 20" on the Thursday; "14 agreements, including three pacts") than
a mistake.  Yet the texts signed at one visit are the count outlets most
often get wrong, and by more than a tenth: "During the meeting with
President Prabowo Subianto, eight bilateral agreements were signed" against
"Indonesia and Brazil concluded the signing of four agreements"
(intake_final108).  Each sentence tells of the signing itself, and neither
counts a part of it.

So two counts of signed texts (agreements, MoUs, deals, documents, pacts,
accords, protocols, contracts, treaties) may be up to half apart
(:data:`~briefgen.corpus.clash.RANGE_SHARE`) when each quote tells of the
texts' signing or exchange, and neither marks its count as a part or a
further batch, nor tells of another session ("another 20", "including
three pacts", "12 more", "The first session in Doha witnessed the signing
of 16 agreements": such a word in the sentence before the count, or just
after it).  Nor may either tell the signing as still to come ("will sign
seven MoUs", "the 24 agreements to be signed", :mod:`.planned_counts`):
a preview counts the programme, and what is signed may differ from it
with no outlet wrong.  A count the quote does not write
(:mod:`.written`), a bound and a range are left to the tenth.  The other tests of
:func:`~briefgen.corpus.counts.counts_clash` (one unit, dates, aims, a
shared word, the articles' shared names) still decide.
"""

from __future__ import annotations

import re
from decimal import Decimal

from briefgen.corpus.clash import NEAR_SHARE, RANGE_SHARE
from briefgen.corpus.models import Fact
from briefgen.corpus.planned_counts import told_as_a_plan
from briefgen.corpus.signed_texts import SIGNING, count_sentence, signed_unit

#: Words that make a count a part of the signing, one batch of it or a signing of another session ("The first
#: session in Doha witnessed the signing of 16 agreements"): read in its sentence before the count, or just after it.
_PART = re.compile(
    r"\b(?:another|more|including|includ(?:e|es|ed)|among|of\s+which|additional|further|first|last|remaining|other|also|separate)\b",
    re.IGNORECASE,
)
#: How many words after the count may mark it as a part ("14 agreements, including three pacts").
_AFTER = 3


def signing_share(a: Fact, b: Fact, unit: str) -> Decimal:
    """The largest gap, as a share of the larger count, at which two counts in ``unit`` are one count told two ways."""
    if not signed_unit(unit):
        return NEAR_SHARE
    if all(_told_as_the_signing(f) for f in (a, b)):
        return RANGE_SHARE
    return NEAR_SHARE


def _told_as_the_signing(fact: Fact) -> bool:
    """Whether the fact's quote writes its count in a sentence telling of a signing, and not as a part or a batch."""
    if fact.value is None or fact.value.amount is None or fact.value.low is not None or fact.value.high is not None:
        return False  # a bound or a range ("over 20") states no one count to be misreported
    found = count_sentence(fact)
    if found is None:
        return False
    if SIGNING.search(found.sentence) is None or told_as_a_plan(found.sentence):
        return False  # no signing, or one still to come ("will sign seven MoUs"): a plan's count is no signing's
    after = " ".join(found.after.split()[:_AFTER])
    return _PART.search(found.before) is None and _PART.search(after) is None
