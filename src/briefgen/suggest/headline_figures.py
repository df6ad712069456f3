"""A later figure that only places the headline's subject, or adds to what its subject does: the draft carries the headline.

A sentence with several figures gives one draft per figure, each quoting the
sentence up to its figure's clause (:mod:`briefgen.suggest.drafts`), so the
draft of a later figure quotes the sentence's headline figure too, and a
reader, like the labellers, reads that draft as the headline's claim.  Two
kinds of later figure are no claim of the sentence's own:

- a distance in the appositive that closes the sentence, saying where a place
  the main clause named lies: "signed a landmark agreement with Egypt on
  Friday to invest $35 billion in Ras El-Hekma, a region on the Mediterranean
  coast 350 kilometers northwest of Cairo" is the $35 billion deal, not 350
  km;
- a like figure in a predicate joined on with "and … also": "will acquire the
  development rights for Ras El-Hekma for $24 billion and will also convert
  $11 billion of deposits" is the $24 billion acquisition, the deposits an
  aside to it.

The draft then carries the headline figure, whose reading the certainty gate
has let through; when the main clause states an amount that gate left in
doubt ("invest Rs 500 crore in …"), it carries no figure, because a wrong
figure is worse than none.  A distance or an added figure the main clause
holds itself ("The $3.5-billion complex, about 50 miles (80 kilometers) north
of Lima, is meant …"), or one after an opening clause ("In addition to
acquiring … for $24 billion, ADQ will also convert $11 billion"), is the
claim, and keeps its value.
"""

from __future__ import annotations

import re

from briefgen.suggest.found import FoundValue

# The appositive that opens at the last comma before the distance: ", a region on the Mediterranean coast ".
_PLACE_APPOSITIVE = re.compile(
    r",\s+(?:(?:a|an|the|located|situated|lying|some|about|around|nearly|approximately|roughly)\b[^,;:—–()]*)?", re.IGNORECASE
)
# Between the headline figure and that comma, the place the main clause names, with no break of clause: " in Ras El-Hekma".
_SAME_CLAUSE = re.compile(r"[^,;:—–()]*")
# What may follow the distance to the sentence's end: its direction and the place it is measured from.
_CLOSES_SENTENCE = re.compile(r"[^,;:—–()]*[.!]?\s*")
# "$24 billion and will also convert $11 billion": a predicate of the same subject, joined on as an addition.
_ALSO_JOINED = re.compile(
    r",?\s+and\s+(?:(?:will|would|shall|is|are|was|were|has|have|had|to)\s+)?also\s+[a-z]+\s+"
    r"(?:(?:a|an|another|some|about|around|nearly|over|more\s+than|up\s+to)\s+)?",
    re.IGNORECASE,
)
# An amount the certainty gate read no value from: a currency sign or code, or a magnitude word, beside a number.
_AMOUNT_WORDS = re.compile(
    r"(?:[$€£]|\b(?:USD|Rs\.?|PKR|INR|EUR|GBP|Tk|Ksh)\s?)\s?\d|\d\s*(?:million|billion|trillion|bn|mn|crores?|lakhs?)\b",
    re.IGNORECASE,
)


def _is_distance(value: FoundValue) -> bool:
    return value.unit in ("km", "miles") and value.metric.endswith("distance")


def headline_figure(text: str, value: FoundValue, values: list[FoundValue]) -> FoundValue | None:
    """The figure the draft ending on ``value`` carries: ``value``, the sentence's headline figure, or None.

    ``values`` are the certain figures of ``text`` in the order they stand.
    """
    earlier = [v for v in values if v.end <= value.start]
    headline = earlier[-1] if earlier else None
    if _is_distance(value) and _CLOSES_SENTENCE.fullmatch(text, value.end):
        opening = text.rfind(",", 0, value.start)
        if opening < 0 or not _PLACE_APPOSITIVE.fullmatch(text, opening, value.start):
            return value  # the distance is not in the closing appositive: the main clause states it
        if headline is None:
            return None if _AMOUNT_WORDS.search(text, 0, opening) else value
        same_clause = headline.end <= opening and _SAME_CLAUSE.fullmatch(text, headline.end, opening)
        return headline if same_clause and not _is_distance(headline) else value
    if headline is not None and headline.unit == value.unit and _ALSO_JOINED.fullmatch(text, headline.end, value.start):
        return headline
    return value
