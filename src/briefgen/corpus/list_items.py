"""An item of a list of texts signed at an occasion: a part of the signing that introduced the list.

A report of a signing often names the texts one by one, and an outlet's
sentences cut the list into pieces that each stand as a claim of their own:
"The MoUs include one on defence cooperation; on Multi-sectoral Grant
Assistance for Eastern Province; on Cooperation in the Field of Health …",
"… as well as financial alliances between Etihad Credit Insurance … and the
Commercial Bank of Ethiopia", "others cover partnership between the Ethiopian
Investment Commission and …", "Others are on Media Exchange and Cooperation
between China Media Group and the Nigerian Television Authority", "the Dambulla
Agricultural Storage Complex … for temperature and humidity control;".  Such an
item names no side, no verb of saying, often no text ("agreement", "MoU")
either, so neither :func:`briefgen.corpus.spoken.spoken_at`,
:func:`briefgen.corpus.occasion_words.said_of_occasion` nor
:func:`briefgen.corpus.text_held.held_in_text` takes it in; yet the labels hold
it, as the sentence it continues, a part of the occasion.

An item is known by how it is written, not by what it says: it goes on from
the sentence before it, opening on a word that adds to a list ("and", "as well
as", "along with", "alongside", "besides", "others", "other deals"); or it
ends on the semicolon that parts a list's items; or it opens in lower case (a
piece cut out of a longer sentence) and holds such semicolons or names a text or its signing ("a
Memorandum of Understanding between …", "agreements were also signed on …",
"the two countries also secured letters of intent on …").  It is read only
from an article whose occasion tells of a signing or a text (the caller asks,
as for :mod:`briefgen.corpus.text_held`), and only when dated on the
occasion's days (see :func:`briefgen.corpus.spoken.falls_on_occasion`); every
part is read later for another date, another meeting and an outsider.  An
item that looks ahead ("will", "to be undertaken", "would") is the plan of a
later step, and one that calls its text "proposed" or "potential" a text not
yet signed: both stay out, as does one with a verb of saying opening it
("adding that …", "saying that …": what was said is the rules of speech's to
read) and a clause that goes on about the sentence before it rather than
adding an item to it ("which was restructured in accordance with the Joint
Declaration signed during …", "where the two leaders will …", "after …").
(Measured, round 62, links of record with unjudged pairs counted wrong: half A
recall 79.02% to 79.54%, precision 93.55% to 93.59%; 330 right pairs added on
three sets, of a state visit's MoUs, projects and joint documents listed item
by item, and 2 unjudged: an earlier visit's pledge already read into the
occasion, paired with two new items.)
"""

from __future__ import annotations

import re

from briefgen.corpus.evidence import Prepared
from briefgen.corpus.spoken import falls_on_occasion
from briefgen.text.cues import Caseless, may_hold
from briefgen.text.dates import PartialDate

#: The kinds of fact a list item is read as: a text signed is an event, a project agreed a plan, a line a statement.
_KINDS = frozenset({"statement", "event", "plan"})

#: Words that add an item to a list already begun, at the opening of a claim.
_ADDS = re.compile(
    r"^[\"“‘']?(?:and|as well as|along with|alongside|besides|plus)\b"
    r"|^[\"“‘']?(?i:others?|other (?:deals|agreements|documents|texts|memoranda|mous|pacts|accords|projects))\b"
)
#: The semicolon that parts a list's items, at the claim's end.
_PARTED = re.compile(r";[\"”’']?\s*$")
#: The semicolons of a list's items in a piece cut out of a longer sentence ("on Multi-sectoral Grant Assistance for
#: Eastern Province; on Cooperation in the Field of Health …").
_PARTS = re.compile(r"; ")
#: A text or its signing, named in a claim cut out of a longer sentence (opening in lower case).
_TEXT = re.compile(
    r"\b(?:agreements?|treat(?:y|ies)|pacts?|deals?|memorand(?:um|a)|mous?|accords?|protocols?|contracts?|"
    r"letters? of intent|declarations?|signed|inked|signing)\b",
    re.IGNORECASE,
)
_TEXT_FOUND = Caseless(_TEXT)  # asked only whether it is found (see text/cues)
#: A later step or a text not yet signed, a saying, or a clause that goes on about the sentence before it rather
#: than adding to it ("which was restructured in accordance with the Joint Declaration signed during …", "where the two
#: leaders will …"): the plan of what is to come, words the rules of speech read, the background of a text recalled.
_NOT_AN_ITEM = re.compile(
    r"\b(?:will|would|shall|to be|expected|plans? to|tentative(?:ly)?|potential|proposed|possible|planned)\b"
    r"|^\w+ing that\b|^(?:said|says|told|added)\b"
    r"|^(?:which|who|whom|whose|where|when|while|whereas|after|before|since|until|as(?! well as)|if|because)\b",
    re.IGNORECASE,
)


#: What every match of :data:`_TEXT` holds, lower-cased ("sign" for signed and signing): its caseless pattern is tried
#: only on a claim with one of them (see :mod:`briefgen.text.cues`; on the 50,000-fact benchmark corpus, 1,005 of the
#: 4,544 claims opening in lower case have one).
_TEXT_CUES = (
    "agreement",
    "treat",
    "pact",
    "deal",
    "memorand",
    "mou",
    "accord",
    "protocol",
    "contract",
    "letter",
    "declaration",
    "sign",
    "inked",
)


def _may_name_a_text(text: str) -> bool:
    return may_hold(text, _TEXT_CUES) and _TEXT_FOUND.found(text)


def is_list_item(quote: str) -> bool:
    """Whether a claim reads as one item of a list (see the module docstring), whatever the list is of."""
    text = quote.strip()
    if not text:
        return False
    # The marks of an item first: most claims have none (they open in upper case), and the long caseless
    # pattern of what is not an item is then never tried (on 50,000 facts, 0.035 s of the occasions).
    if not (_ADDS.search(text) or _PARTED.search(text) or (text[0].islower() and (_PARTS.search(text) or _may_name_a_text(text)))):
        return False
    return _NOT_AN_ITEM.search(text) is None


def item_of_signing(item: Prepared, date: PartialDate) -> bool:
    """Whether a fact is an item of the list of texts signed at an occasion dated ``date``.

    The caller asks only of an article whose occasion tells of a signing or a text
    (:data:`briefgen.corpus.text_held.SIGNING_STEMS`).
    """
    return item.fact.kind in _KINDS and is_list_item(item.fact.quote) and falls_on_occasion(item, date)
