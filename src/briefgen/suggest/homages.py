"""Homage paid by a visitor at a named memorial or to a named person: a stop of the visit, like an arrival.

"Later, he paid tribute to Mahatma Gandhi at Rajghat", "The Iranian president
laid a wreath at the Kremlin Wall’s Unknown Soldier’s Tomb before engaging in
talks", "he also laid flowers in tribute to late President Ho Chi Minh at his
mausoleum": the wreath or the flowers are ceremony, but where the visitor went and whom they
honoured is a stop of the trip, which a brief can get wrong and the labelled
sets keep.  :mod:`briefgen.suggest.hollow` reads a wreath as street ceremony,
and :mod:`briefgen.suggest.worth` finds no act in "paid respects"; both give
way to this reading when a name follows in the same clause.  A wreath at "the
monument", with nothing named, stays ceremony.
"""

from __future__ import annotations

import re

from briefgen.suggest.arrivals import arrival_at_named_place

# Paid tribute, homage or respects, offered respects, laid a wreath; then, in the same clause, a name
# ("to Mahatma Gandhi", "at a war memorial in Hanoi", "on the tomb of Heydar Aliyev", "at the “Tomb of …”").
_HOMAGE = re.compile(
    r"\b(?i:(?:pa(?:id|ys?|ying)|offer(?:s|ed|ing)?) (?:(?:a|his|her|their) )?(?:floral )?(?:tributes?|homage|respects?)|"
    r"la(?:id|ys?|ying) (?:a |floral )?(?:floral )?wreaths?|"
    # flowers laid as the tribute: "laid flowers in tribute to late President Ho Chi Minh at his mausoleum"
    r"la(?:id|ys?|ying) (?:a )?(?:bouquets? of |baskets? of )?flowers)"
    r"(?: and (?:[\w-]+ ){1,3})?[^.;,:!?]{0,40}?\b(?i:to|at|on|before) [^.;,:!?]{0,40}?(?<![\w’'-])[“\"]?[A-Z]"
)


def homage_at_named_place(text: str) -> bool:
    """Whether the sentence reports a tribute paid or a wreath laid at, or to, someone or something it names."""
    return bool(_HOMAGE.search(text))


def stop_at_named_place(text: str) -> bool:
    """Whether the sentence tells where the visitor went: an arrival at a named place (:mod:`.arrivals`) or homage paid."""
    return arrival_at_named_place(text) or homage_at_named_place(text)
