"""The writer's conjecture: what the page infers or senses around a visit, not anything done, signed or said.

Besides the acts of a visit, reports carry the writer's own guesses and the mood
they sense around it, told by nobody who could be cited:

- an inference the writer draws: "It's also easy to see why Hipkins may be
  reluctant to return home …", "But it was easy to see his repeated advocacy of
  'fair play' as a criticism of Trump's …", "It is likely that their upcoming
  meeting will address defense cooperation, given Prabowo's military
  background", "It appeared, Zambry had set things up for his boss …", "The
  Malaysian media seemed to pick up interest …";
- a mood held by no one named: "Still, hopes are high among Germany's allies
  that Merz will restore German leadership …", "The shift in leadership … has
  raised hopes of a reset in relations", "… who imposed tariffs and fueled
  speculation about separate deals", "There is also growing concern in the EU
  about China flooding the bloc …", "Consequently, there were some expectations
  of an historic announcement …".

An editor can check neither: the inference is the writer's reading, and the mood
has no holder whose words a brief could quote.  Judges delete such drafts as
commentary, guesses or characterisation.

Left alone: an act of raising a concern ("the Philippines has raised concerns
over reported Chinese construction"), which a side did and a brief reports; "debt
concerns are mounting", which tells a state of affairs; a verb of seeming in a
relative clause ("the Turkish president, who recently appeared to question …"),
which hedges an act told elsewhere; and any sentence that counts something (a
sum, a share, a number of things): "It is likely that the $2 billion deal …" is
checked for its figure.
"""

from __future__ import annotations

import re

from briefgen.suggest.commentary import counts_something

# The writer's inference: "it's easy to see", "It is likely that …", "It appeared, …", "… seemed to …".
_INFERENCE = re.compile(
    r"\b[Ii]t(?:[’']s|\s+is|\s+was)(?:\s+also)?\s+easy\s+to\s+see\b|"
    r"^It\s+(?:is|was)\s+(?:(?:very|quite|highly)\s+)?(?:likely|unlikely|probable)\s+that\b|"
    r"^It\s+(?:appeared|appears|seemed|seems),|"
    r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)\bseem(?:s|ed)?\s+to\b"
)
# A mood with no holder named: "hopes are high", "raised hopes of", "fueled speculation", "there is growing concern".
_MOOD = re.compile(
    r"\bhopes\s+(?:are|were|remain|remained)\s+high\b|"
    r"\b(?:raised|raises|raising|fuel(?:l)?ed|fuels|fuel(?:l)?ing|stoked|stoking|sparked|sparking)\s+(?:hopes|speculation)\b|"
    r"^(?:[A-Z][a-z]+,\s+)?[Tt]here\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:(?:growing|rising|widespread|some|much)\s+)?"
    r"(?:concern|hopes?|optimism|pessimism|speculation|unease|discontent|expectations?)\b"
)


def is_conjecture(text: str) -> bool:
    """Whether the sentence is the writer's inference or a mood no one named holds, with nothing counted (see the docstring)."""
    return bool(_INFERENCE.search(text) or _MOOD.search(text)) and not counts_something(text)
