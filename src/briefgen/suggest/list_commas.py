"""The commas of a list inside a clause close no clause: "will discuss Ukraine, the Middle East and trade on Thursday".

Whether a weekday lies ahead is read from the clause before it
(:mod:`briefgen.suggest.tense`), and a comma ends that clause.  A preview
often lists what a meeting will cover before it names the day: "The two
leaders are expected to discuss the war in Ukraine, the Middle East and trade
policy at meeting on Thursday".  Read at the last comma, the clause is "the
Middle East and trade policy at meeting", with no verb, and the coming
Thursday became the one before.  A list's last item is joined to the one
before by "and" or "or" inside the piece the date ends; the pieces before it
back to the verb are short names of things with no verb of their own.  Those
commas are blanked (each character kept in its place) before the clause is
read, so the clause reaches its verb again.  A piece that opens with "and",
"but" or a relative word ("…, and the talks end on Friday", "…, which opened
on Monday") is a clause of its own, and so is one with a verb in it; their
commas stay.
"""

from __future__ import annotations

import re

from briefgen.text.english import IRREGULAR_PASTS

#: A piece that opens with a conjunction or a relative word is a clause of its own, never an item of a list.
_NOT_A_CLAUSE = r"(?!(?:and|or|but|nor|yet|so|which|who|whom|whose|where|when|while|as|after|before|since|because|if)\b)"

#: The last piece of a list, up to the date: no conjunction or relative word first, "and"/"or" inside.
_LAST_ITEM = re.compile(
    rf"^\s+{_NOT_A_CLAUSE}"
    r"[^,]*?\s(?:and|or)\s[^,]*$",
    re.IGNORECASE,
)
#: An earlier item of the list: two to six words, none of them a conjunction or a relative word to begin with.
_ITEM = re.compile(
    rf"^\s+{_NOT_A_CLAUSE}"
    r"[^\s,]+(?:\s+[^\s,]+){0,5}\s*$",
    re.IGNORECASE,
)
#: A verb in a piece: then it is a clause, not an item of a list.
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|can|could|may|might|must|do|does|did|said|says|"
    rf"told|{IRREGULAR_PASTS}|signed|inked|(?-i:[a-z]{{2,}}[^e\W]ed))\b",
    re.IGNORECASE,
)
#: How many items a list may have before its last one.
_MOST_ITEMS = 4


def without_list_commas(words: str) -> str:
    """``words``, the text up to a date, with the commas of a list at its end blanked, every other character in place.

    "are expected to discuss the war in Ukraine, the Middle East and trade
    policy at meeting " → "… the war in Ukraine  the Middle East and trade
    policy at meeting ".  Only the commas between the list's items go; the
    piece before the first item keeps its own words (and its verb).
    """
    pieces = words.split(",")
    if len(pieces) < 2 or not _LAST_ITEM.match(pieces[-1]) or _VERB.search(pieces[-1]):
        return words
    first_item = len(pieces) - 1  # the index of the list's first piece after the verb's
    while first_item - 1 > 0 and len(pieces) - first_item < _MOST_ITEMS:
        earlier = pieces[first_item - 1]
        if not _ITEM.match(earlier) or _VERB.search(earlier):
            break
        first_item -= 1
    # The commas after pieces[first_item - 1] (the verb's piece) up to the last item join the list.
    head = ",".join(pieces[:first_item])
    return head + " " + " ".join(pieces[first_item:])
