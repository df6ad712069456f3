"""A good effect foretold of what the sentence before told, with nothing of its own to check.

After an agreement, an investment or a step, a page often adds what it
"will" do, in a sentence whose subject only points back: "This will help
bring investments to India from Poland", "This move aims to draw further
investments", "These investments are expected to contribute to the nation's
economic growth", "It will also help build an Inca Trail of the New Era".
Drafted alone, the claim has no subject an editor could name without the
sentence before (which is drafted on its own), and what it claims is a
benefit in general words: no act, no date, no amount.  An editor deletes it.

The shape is read by its grammar rather than by its phrases: a subject that
is only a pointing word ("it", "this", "these", "that", "those"), perhaps
with one noun ("this move", "this (agreement)"); a word of the future or
of aim ("will", "would", "could", "is expected to", "aims to", "is set
to"); and a verb of effect ("help", "bring", "boost", "contribute",
"strengthen", "attract" …), not one that may name a concrete act ("build",
"open", "provide").  A sentence carrying a number is left alone: an
effect with an amount or a count ("It is expected to generate $4.5 billion
in yearly revenues", "That will bring the portfolio to over $1 billion") is
a figure a brief cites.  So is a sentence that states what the thing is
("This will be the first visit …") or holds ("It will include …"): those
verbs are no effects.
"""

from __future__ import annotations

import re

# A subject that only points back, perhaps with one noun after the pointing word ("This move", "These investments")
# or the noun it stands for in brackets ("This (agreement)").
_POINTING_SUBJECT = r"(?:It|(?:This|These|That|Those)(?:\s+\(?[a-z]+\)?)?)"
# Words between the subject and the marker of the future that change nothing: "It, too, will", "This also will".
_FILLER = r"(?:\s*,?\s*(?:also|too|further|in turn|thus|therefore|in addition)\s*,?)?"
# The future, a likelihood or an aim.
_FORETELLING = (
    r"(?:will|would|could|can|may|might|shall|should|(?:is|are)\s+(?:expected|likely|set|poised|meant|intended|bound)\s+to|aims?\s+to)"
)
# Adverbs and helping verbs before the effect: "will further", "will also help to", "will go a long way in".
_HELPING = (
    r"(?:\s+(?:also|further|greatly|significantly|certainly|surely|undoubtedly|only|not only|"
    r"help(?:\s+to)?|serve\s+to|go a long way (?:in|to|towards)))*"
)
# Verbs of a good effect in general: what the thing will do for someone.  Verbs that also name a concrete act of
# a project or a firm ("It will build a plant", "It will open next month", "It will provide loans", "It will take
# place") are not among them; "help build" is, through its "help".
_EFFECT = (
    r"(?:help|bring|boost|enhance|contribute|draw|strengthen|deepen|pave|improve|promote|foster|attract|benefit|serve|"
    r"spur|advance|elevate|reinforce|consolidate|cement|facilitate|accelerate|ensure|allow|enable|usher|"
    r"take(?!\s+(?:place|part|off|over)\b))"
)
_FORETOLD_EFFECT = re.compile(
    rf"^\W*{_POINTING_SUBJECT}{_FILLER}\s+{_FORETELLING}{_HELPING}\s+[\"“‘']?{_EFFECT}\b",
)


def foretold_effect(sentence: str) -> bool:
    """Whether the sentence foretells a good effect of what the sentence before told, with no figure (see the docstring)."""
    return not re.search(r"\d", sentence) and _FORETOLD_EFFECT.search(sentence) is not None
