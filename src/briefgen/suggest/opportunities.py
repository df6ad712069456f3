"""An occasion described as an opportunity or a platform: what it is for, not what it did.

"The meetings also provide a platform for discussing pressing regional and
international issues", "It will provide an excellent opportunity for both
sides to advance the partnership", "The summit will provide an opportunity
to review progress": the sentence's subject is the occasion (or a pronoun
for it), and all it says of it is that it gives a chance to talk.  Judges
reject these as generic agendas; nothing in them happened or was decided.

Only the sentence whose opening words are that subject is refused: a named
speaker who calls the visit an opportunity ("President Ruto ... said the
State visit will provide an opportunity to explore building a partnership",
"he said his talks would be an opportunity to chalk out a roadmap") is a
position of record, labelled as such, and keeps its draft.  So does a chance
to do something a brief can check ("This visit will also be an opportunity to
hold the Founder Summit of the International Solar Alliance"): an act that is
held, signed, attended, launched or visited is news, not an agenda.
"""

from __future__ import annotations

import re

from briefgen.text.english import LEADING_QUOTES

# The subject: a pronoun, an editor's bracketed noun ("[The visit]"), or a determiner and up to three words, none
# of them a verb of saying; then at most two modals or adverbs; then the occasion given as a chance.
_OPPORTUNITY = re.compile(
    r"^(?:It|They|This|That|\[[^\]]{1,40}\]|(?:The|These|This|Those|Such|Both) (?:[\w’'-]+ ){0,2}[\w’'-]+)"
    r" (?:(?:will|would|can|could|should|also|further|thus|therefore) ){0,2}"
    r"(?:provides?|offers?|serves? as|be|is|are|represents?) "
    r"(?:an? |the )?(?:excellent |good |important |great |unique |ideal |key |useful |valuable |significant )?"
    r"(?:opportunity|platform|occasion|forum) (?:to|for)\b"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?]) +|(?<=[.!?][”\"]) +")
# A chance to do an act that leaves a trace: the occasion named by it is news.
_ACT = re.compile(r"\b(?:hold|sign|attend|launch|inaugurate|open|visit|meet|conclude|announce|unveil)\b")
_SAYING = re.compile(r"\b(?:said|says|stated|told|noted|added)\b")


def occasion_as_opportunity(text: str) -> bool:
    """Is a sentence of the text an occasion given as an opportunity or a platform, by its own subject, for no act?"""
    for sentence in _SENTENCE_BREAK.split(text.strip()):
        sentence = sentence.lstrip(LEADING_QUOTES)
        match = _OPPORTUNITY.match(sentence)
        if match and not _SAYING.search(match.group(0)) and not _ACT.search(sentence, match.end()):
            return True
    return False
