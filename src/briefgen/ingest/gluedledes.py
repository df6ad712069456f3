"""A lede with a photo's caption glued to its end, kept as the lede instead of being taken off as the caption.

A caption's credit closing a line ("… during a meeting, in Kuwait, Sunday. (PTI)") marks the line as a caption
(:data:`briefgen.ingest.header.CAPTION`).  When a page runs the caption into the lede's paragraph, the mark closes
the lede too: "New Delhi: India and Kuwait on Sunday elevated their relationship to a strategic partnership as Prime
Minister Narendra Modi and the Kuwaiti leadership focused on a roadmap … technology. Prime Minister Narendra Modi with
his Kuwaiti counterpart … during a meeting, in Kuwait, Sunday. (PTI)" (Hindustan Times).  Taking the whole line off
loses the dateline's place and the lede's claims.  A caption is a line about one picture; a line that opens with a
dateline and a whole sentence of a lede's length before anything else is the lede, whatever is glued after it.

The same page runs the caption on after a lede that has no dateline: "India and Brunei on Wednesday expanded their
long-standing cooperation in space … vision for the Indo-Pacific. Prime Minister Narendra Modi with Sultan of Brunei
Hassanal Bolkiah in Brunei on Wednesday. (PTI)".  A caption's credit belongs to the sentence right before it, and
that sentence is written as captions are: names, then "with" and whom they stand with, no verb ("Prime Minister
Narendra Modi with Sultan of Brunei …"), or the moment the picture shows ("Prime Minister Narendra Modi being
conferred with Oman's highest honour …").  What stands before it is the lede when its first sentence has a lede's
length and is not itself written as a caption.  A caption of two sentences runs the other way: it shows the picture
first and tells more after it ("… presents the National Order … to Chinese President Xi Jinping …, April 17, 2025. XI
met Cambodian King Norodom Sihamoni on Thursday …. (Photo: Xinhua)"), and is taken off whole.
"""

from __future__ import annotations

import re

from briefgen.ingest.captions import COMMA_POSITION_MARK, PICTURE_SENTENCE, POSITION_MARK
from briefgen.ingest.header import CAPTION
from briefgen.ingest.meta import dateline_length

# A lede's first sentence is longer than a caption's: "India and Kuwait on Sunday elevated their relationship …".
_LEDE_WORDS = 15
# The first sentence after the dateline, up to its end and the capital that opens the next one.
_FIRST_SENTENCE = re.compile(r".+?[.!?][\"”’]?\s+(?=[A-Z“\"])")


# A caption naming who stands with whom: capitalised names, then "with" in small letters ("Prime Minister Narendra
# Modi with Sultan of Brunei …", "Prime Minister Narendra Modi with his Kuwaiti counterpart …").
_WITH_PICTURE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,6}with\s")
# Where one sentence ends and the next begins: a full stop (perhaps inside a quotation's close) and a capital.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z“\"])")
# Where a person stands in the picture: "(left)", ", right, ".
_POSITION = re.compile(f"{POSITION_MARK}|{COMMA_POSITION_MARK}")


def _captioned(text: str) -> bool:
    """Whether a sentence (or the text from one on) is written as a caption: who stands with whom, the moment a picture
    shows, or where a person stands in it."""
    return bool(_WITH_PICTURE.match(text) or PICTURE_SENTENCE.match(text) or _POSITION.search(text))


def _lede_before_caption(text: str) -> bool:
    """Whether a line with no dateline is a lede with the caption run on after it (see the module's docstring)."""
    credit = CAPTION.search(text)
    if credit is None or text[credit.start()] not in ".!?":  # the caption's mark is no credit after its full stop
        return False
    credited = text[: credit.start() + 1]
    breaks = list(_SENTENCE_BREAK.finditer(credited))
    if not breaks:
        return False
    lede, caption = credited[: breaks[-1].start()], credited[breaks[-1].end() :]
    first = credited[: breaks[0].start()]
    return len(first.split()) >= _LEDE_WORDS and not _captioned(lede) and _captioned(caption)


def is_glued_lede(text: str) -> bool:
    """Whether a line marked as a caption is the lede with a caption glued to its end (see the module's docstring)."""
    opening = dateline_length(text)
    if opening == 0:
        return _lede_before_caption(text)
    first = _FIRST_SENTENCE.match(text, opening)
    return first is not None and len(first.group(0).split()) >= _LEDE_WORDS
