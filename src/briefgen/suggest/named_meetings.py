"""A meeting with a counterpart, or at a place, the sentence names: the visit's own event, whatever it is said to be for.

"During his stay, Xi will meet with Prime Minister Hun Manet and Senate President
Hun Sen to discuss strengthening bilateral ties", "Narendra Modi will hold talks
with Mitsotakis to discuss ways to further deepen the relationship", "Ishiba told
a joint press conference with Lula after their meeting in Tokyo that the two
countries will deepen their cooperation in many fields": what the meeting is for,
or what was said at it, is generic prose, but who met whom, or where (and, from
the page, when), is a claim a brief can get wrong, as an arrival at a named place
is (:mod:`briefgen.suggest.arrivals`).  The counterpart or the place is a capital
right after the meeting's word, or after a few words that only lead to one
("with the leaders of Vietnam", "in Perth", "with his counterpart Ramaphosa");
a meeting that "shows Nigeria's effort" or "met with resistance from Washington"
names no one it was held with.  The generic words are rescued from the steps
that refuse agendas and hopes (:func:`briefgen.suggest.hollow.agenda_only`,
:mod:`briefgen.suggest.worth`'s generic prose), never from those that refuse a
ceremony, thanks or praise: a pose for photographers "as they met on Sept. 21"
stays out.
"""

from __future__ import annotations

import re

# Words that only lead to the counterpart or the place: "with the leaders of", "with his counterpart", "in", "outside".
_LEAD = (
    r"(?:with|the|his|her|their|its|our|both|top|senior|visiting|leaders?|leadership|counterparts?|heads?|of|"
    r"in|at|outside)"
)
_NAMED = rf"(?:{_LEAD}\s+){{0,4}}[A-Z]"
_MEETS_NAMED = re.compile(
    rf"\b(?i:meet|meets|met|meeting|meetings)\s+{_NAMED}|"
    # "will hold talks with Mitsotakis", "held wide-ranging discussions with President Ruto"
    rf"\b(?i:hold|holds|held|holding)\s+(?:[\w-]+\s+){{0,2}}(?i:talks|discussions|consultations)\s+{_NAMED}"
)


def meets_someone_named(text: str) -> bool:
    """Whether the sentence tells of a meeting, held or to come, with a counterpart or at a place it names."""
    return bool(_MEETS_NAMED.search(text))
