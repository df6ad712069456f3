"""An example, a precedent or a gloss: a sentence that opens by saying it only serves the one before.

A writer who has stated something general often goes on with an example of it
or a precedent from other times, and says so in the sentence's first words:
"For example, in June, there was discontent when … no questions were allowed at
the joint press encounter between the Chancellor and the Chinese Prime Minister
Li Qiang", "For example, at a meeting in July, the Russian leader positively
commented on the trade and economic relations", "In the past, during visits from
abroad, there have been press encounters in the Chancellery without the
opportunity to ask questions".  What follows such an opening belongs to another
occasion, or to no occasion at all: background to the visit, which judges delete.

A gloss on the act just told does the same with the act's aim or effect: "In
doing so, they look to leave behind years of animosity …", "In doing so, it will
rapidly scale up Australia's critical minerals production …".  The act is drafted
from the sentence before; the gloss says only what it is hoped to bring.

Only the opening is read, as its own clause closed by a comma: "for example" in
the middle of a sentence lists items of a claim ("agreements on, for example,
energy and ports"), and a gloss that reports an act ("In doing so, he became the
first …") has no word of aim or of the future after its subject.  Openings that
date an earlier act of the relation ("Previously,", "Earlier,", "At that time,")
are left alone: labels keep the earlier meetings and signings they tell.
"""

from __future__ import annotations

import re

# "For example,", "For instance,", "In the past,": an illustration or a precedent of what was said before.
_EXAMPLE = re.compile(r"^(?:For\s+(?:example|instance)|In\s+the\s+past),\s")
# "In doing so, they look to …", "In doing so, it will …": the aim or the effect of the act told before.
_GLOSS = re.compile(
    r"^In\s+(?:doing\s+so|so\s+doing),\s+(?:[\w’'-]+\s+){1,4}?"
    r"(?:will|would|could|can|may|might|(?:aim|look|seek|hope|want|intend)s?\s+to)\b"
)


def is_illustration(text: str) -> bool:
    """Whether the sentence opens as an example, a precedent or a gloss on the one before (see the docstring)."""
    return bool(_EXAMPLE.match(text) or _GLOSS.match(text))
