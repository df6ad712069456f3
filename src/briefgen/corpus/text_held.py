"""What a text signed at an occasion holds: a sentence about the agreement a report has told signed is a part of it.

A report of a signing goes on to tell what was signed, and it names the text
again, not the visit, the talks or a speaker: "The agreement also covers a
bilateral police agreement", "The document is entitled 'Action Plan …'",
"The plan aims to raise competitiveness", "The MoUs centered on the currency
settlement system", "The treaty, based on the 1993 Treaty of Friendship and
Cooperation, will have no expiration date", "Under the trade deal, Oman has
offered India zero-duty market access".  Such a line is the writer's own, so it
has no verb of saying, and it often names no side at all, so neither
:func:`briefgen.corpus.spoken.spoken_at` nor
:func:`briefgen.corpus.occasion_words.said_of_occasion` takes it in; the
labels hold it as a part of the occasion.  Counted on half A (round 61), such
statements were the most precise part of the largest class of missed pairs of
record, statements with no verb of saying: taken in, nearly all their pairs
with the other reports of their occasion are right.

The text is named as the one at hand: its noun ("agreement", "treaty",
"pact", "deal", "document", "MoU", "declaration", "joint statement",
"action plan" …) opens the sentence after "the", "this", "these" or "both"
and at most three words ("The new bilateral agreement", "The defence pact"),
or frames it ("Under the deal, …", "As per the agreement, …"); a year among
or after the noun names an older text ("the 1993 Treaty", "The Action Plan
2020-24"), and is not read.  Since
"the agreement" points back to a text the report has told of, the line is
read only from an article whose occasion tells of a signing or a text.  A text
not yet signed ("the potential agreement", "a proposed deal") and a text
ranked among others of its kind ("The FTA is only Oman's second with an
individual country", "would be the first with a member of ASEAN") tell the
record of the relation, not this occasion, and stay out.  The line must be
dated on the occasion's days (see :func:`briefgen.corpus.spoken.falls_on_occasion`),
and every part is read later for another date, another meeting and an outsider.
(Measured, round 61, links of record with unjudged pairs counted wrong: half A
recall 78.30% to 79.12%, precision 93.37% to 93.39%; 508 right pairs added and
25 wrong, 22 of them judged afterwards, all different.)
"""

from __future__ import annotations

import re

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.spoken import falls_on_occasion
from briefgen.text.dates import PartialDate

#: The nouns of a text two sides sign: what "the agreement", "this document", "the MoUs" name.
_TEXT = (
    r"(?i:agreements?|treat(?:y|ies)|pacts?|deals?|documents?|memorand(?:um|a)(?: of understanding)?|mous?|accords?|protocols?|"
    r"declarations?|joint statement|communiqu[eé]|contracts?|road ?map|action plan|plan|FTA)"
)
#: At most three words between the determiner and the text ("The new bilateral agreement"), none a year.
_BETWEEN = r"(?: (?!(?:19|20)[0-9]{2}\b)[\w‑'’-]+){0,3}?"
#: What may not follow the text's noun: "of" (a text named by what it is of, "the Treaty of Friendship"), or a year
#: (an older text named by its years, "The Action Plan 2020-24").
_NAMED = r"\b(?! of\b)(?! (?:19|20)[0-9]{2})"
#: The text as the sentence's subject ("The agreement also covers", "these declarations reflect"), after a linking
#: word, an opening phrase or a clause of saying it ends ("But the deal …", "In addition to the defence and security
#: provisions, the pact includes …", "adding that the document …"), or as its frame ("Under the trade deal, …",
#: "As per the agreement, …").
_HELD = re.compile(
    rf"^[\"“‘']?(?:(?:And|But|Also) |[A-Z][^,;:]{{0,70}}, |\w+ing that )?(?:[Tt]he|[Tt]his|[Tt]hese|[Bb]oth){_BETWEEN} {_TEXT}{_NAMED}"
    rf"|^[\"“‘']?(?:Under|As per|According to) (?:the|this|these){_BETWEEN} {_TEXT}{_NAMED}[^,]{{0,40}},"
)
#: A text not yet signed, or ranked among the others of its kind: the record of the relation, not this occasion.
_NOT_THIS = re.compile(r"\b(?:potential|proposed|possible|planned|first|second|third|only)\b", re.IGNORECASE)

#: Word stems (as facts' words are cut, see :mod:`briefgen.corpus.words`) by which an occasion's facts tell of a text
#: or a signing: what "the agreement" of a later line points back to.
SIGNING_STEMS = frozenset(
    {
        "sign", "signe", "signi", "inked", "inks", "agree", "deal", "deals", "docum", "decla", "memor", "mou", "mous",
        "treat", "pact", "pacts", "proto",
    }
)  # fmt: skip


def held_in_text(item: Prepared, date: PartialDate) -> bool:
    """Whether a statement tells what a text signed at an occasion dated ``date`` holds (see the module docstring).

    The caller asks only of an article whose occasion tells of a signing or a text (:data:`SIGNING_STEMS`).
    """
    fact = item.fact
    if fact.kind != "statement":
        return False
    quote = fact.quote.lstrip()
    if not _HELD.search(quote) or _NOT_THIS.search(quote):
        return False
    return falls_on_occasion(item, date)
