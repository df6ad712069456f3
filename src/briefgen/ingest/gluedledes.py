"""A lede with a photo's caption glued to its end, kept as the lede instead of being taken off as the caption.

A caption's credit closing a line ("… during a meeting, in Kuwait, Sunday. (PTI)") marks the line as a caption
(:data:`briefgen.ingest.header.CAPTION`).  When a page runs the caption into the lede's paragraph, the mark closes
the lede too: "New Delhi: India and Kuwait on Sunday elevated their relationship to a strategic partnership as Prime
Minister Narendra Modi and the Kuwaiti leadership focused on a roadmap … technology. Prime Minister Narendra Modi with
his Kuwaiti counterpart … during a meeting, in Kuwait, Sunday. (PTI)" (Hindustan Times).  Taking the whole line off
loses the dateline's place and the lede's claims.  A caption is a line about one picture; a line that opens with a
dateline and a whole sentence of a lede's length before anything else is the lede, whatever is glued after it.
"""

from __future__ import annotations

import re

from briefgen.ingest.meta import dateline_length

# A lede's first sentence is longer than a caption's: "India and Kuwait on Sunday elevated their relationship …".
_LEDE_WORDS = 15
# The first sentence after the dateline, up to its end and the capital that opens the next one.
_FIRST_SENTENCE = re.compile(r".+?[.!?][\"”’]?\s+(?=[A-Z“\"])")


def is_glued_lede(text: str) -> bool:
    """Whether a line marked as a caption is the lede with a caption glued to its end (see the module's docstring)."""
    opening = dateline_length(text)
    if opening == 0:
        return False
    first = _FIRST_SENTENCE.match(text, opening)
    return first is not None and len(first.group(0).split()) >= _LEDE_WORDS
