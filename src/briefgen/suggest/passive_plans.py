"""A named thing to be made or done, told in the passive: "A framework for dialogue … will also be created".

Reports of a visit's outcomes often leave out who acts: "A framework for administrative-level dialogue among
foreign affairs and defense authorities will also be created", "Over time, some parts will be built in Indonesia",
"Direct flights between the two countries are also being resumed", "Children and pregnant women will be excluded from
the plan".  Each is a checkable step (what, where), and the labels keep it; the worth test
(:mod:`briefgen.suggest.worth`) found no act word in it and refused it.  Only its last question asks this, after
ceremony, courtesy, hopes and generic prose have had their say, so that "ties will be strengthened" stays refused.

The verb after "will (also) be" / "is (also) being" must be one of making, opening, resuming, leaving out or
funding something, so that a page's own notice ("All the comments will be moderated"), a judgement ("will be
remembered") and a change told without its size ("barriers are being reduced", "trade will be increased") are no plan.
"""

from __future__ import annotations

import re

_MADE = (
    r"(?:built|constructed|created|set up|established|opened|resumed|relaunched|launched|signed|introduced|implemented|"
    r"excluded|deployed|delivered|supplied|provided|funded|financed|funnell?ed|upgraded|restored)"
)
_PASSIVE_STEP = re.compile(
    r"\b(?:will|shall)(?: also| soon| now| then| jointly| gradually)? be " + _MADE + r"\b|"
    r"\b(?:is|are)(?: also| now)? being " + _MADE + r"\b"
)


def passive_step(text: str) -> bool:
    """Whether the sentence tells a step to be made or under way, without its agent (see the module's docstring)."""
    return bool(_PASSIVE_STEP.search(text))
