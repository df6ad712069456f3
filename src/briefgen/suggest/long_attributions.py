"""A quotation whose attribution is the longer part of its sentence: the draft quotes the sentence whole.

Pairing a sentence's quotation marks (:func:`briefgen.suggest.sentences.balance_quotes`) leaves the speaker's words:
'“Together we represent nearly 500 million people,” he said, proposing joint work in technology, education, and
renewable energy.' was drafted as "Together we represent nearly 500 million people".  When the words around the
quotation are the longer part of the sentence, they say more than who spoke: where and to whom ('…,” Foreign Affairs
Ministry’s spokesman … told reporters in Jakarta on Friday'), what else the speaker did
('…,” he emphasised, and promised the prompt construction of a monument in Berlin …'), when the words would come true
('…” as early as the second half of this year, when Brazil will serve as the chair country, Lula said').  The
statement an editor cites is then the sentence whole, and the bare words cover too little of it to be that statement:
it was lost, though its words were drafted.

Only a quotation already worth drafting on its own words is widened (:mod:`briefgen.suggest.drafts` weighs the bare
words first, and drops them when they are rhetoric): the attribution never makes a claim of praise or a wish.  The
words around the quotation must report it (a verb of saying: said, told, stressed, announced …), and a second
quotation opened after the attribution ('…,” said Meloni at a press conference …, “Italy and Germany …') stays out:
the draft ends where the attribution does.  :mod:`briefgen.suggest.attributed_quotes` keeps a quotation opening the
sentence and closed by its named speaker whole at any length; this module takes the other shapes when the
attribution is the longer part: a pronoun or a description for the speaker ("said a member of the French
delegation"), the writer's lead-in before the quotation ('…, PM Modi said, "The relationship …').  A sentence that
opens inside a quotation the sentence before began ('I believe this percentage will be even higher this year," Putin
stated, …') keeps its bare words: with the attribution it would stand for the whole quotation, whose first sentence
holds the figure and the day it speaks of.  A quotation the writer introduces with a colon ('…, PM Shehbaz
said: “We have discussed …') is a statement set out as one, and keeps its own words.
"""

from __future__ import annotations

import re

# A verb that reports the quotation, in the words around it.
_SAYING = re.compile(
    r"\b(?:said|says|stated|told|added|noted|stressed|emphasi[sz]ed|remarked|asserted|declared|announced|reiterated|"
    r"wrote|explained|warned|underlined|underscored|affirmed|insisted|replied|responded|continued|recalled)\b",
    re.IGNORECASE,
)
# What closes the quotation right after its words: a stop or a comma and the closing mark.
_CLOSING = re.compile(r"[,.;:!?…]*[”\"’]?")
# A second quotation opened after the attribution, as the speaker goes on: a mark after a comma or a colon, a word
# right after it (a nickname in marks, 'Rolliansyah “Roy” Soemirat', opens none).
_SECOND_OPENING = re.compile(r"[,:]\s[“\"](?=\w)")
_OPENING_MARKS = ("“", '"')


def with_attribution(sentence: str, whole: str, quote: str) -> str:
    """The quote to draft: ``whole`` (the sentence's span; with the mark the sentence opens on) up to the end of its
    attribution, when ``quote`` (the bare quoted words, already found worth drafting) is less than half of it and the
    rest reports it; else ``quote``."""
    start = whole.find(quote)
    if not quote or quote == whole or start < 0:
        return quote
    text = " ".join(sentence.split())
    candidate = whole
    if text[:1] in _OPENING_MARKS and text.startswith(text[:1] + whole):
        candidate, start = text[:1] + whole, start + 1  # the opening mark the span dropped: the marks pair again
    after = start + len(quote)
    closed = _CLOSING.match(candidate, after)
    if closed is not None and closed.group(0)[-1:] in '”"' and not any(mark in candidate[:start] for mark in '“”"'):
        return quote  # the quotation opened in the sentence before: its last sentence does not stand for all of it
    second = _SECOND_OPENING.search(candidate, closed.end() if closed else after)
    if second is not None:
        candidate = candidate[: second.start()].rstrip(" ,;:—–-")  # "…, said Meloni at …, “Italy and …": the attribution only
    lead = candidate[:start].rstrip(' “"')
    if lead.endswith(":"):
        return quote  # 'PM Shehbaz said: “We have discussed …': a statement introduced as one, weighed on its words
    around = lead + " " + candidate[after:]
    if len(candidate) <= 2 * len(quote) or not _SAYING.search(around):
        return quote
    return candidate
