"""A quotation closed by its named speaker ('“…,” said Prime Minister Orbán during …'): the draft quotes it whole.

News sets a leader's words first and names the speaker after them: '“Turks and
Hungarians will win together in the 21st century,” said Hungarian Prime
Minister Viktor Orbán during a joint press conference.'  The sentence's span
loses its opening mark, so pairing the marks
(:func:`briefgen.suggest.sentences.balance_quotes`) kept only the quoted words.
That draft did not say who spoke, which is what an editor checks a statement
against, and with a long attribution it covered too little of the statement
to be the one an editor would cite: the statement was lost.

When the sentence opens with the quotation and closes it before an attribution
naming its speaker (a name or a title, never a pronoun: the draft must say who),
the quote is the sentence whole, marks and all, which pair up.  The quoted words
are still weighed on their own first, as :mod:`briefgen.suggest.drafts` weighs
any trimmed quote: naming the speaker makes a claim checkable, it does not make
praise or a wish one ('“…are now at their best moment ever,” said Xi'), unless the attribution tells where they
were said at the visit: to reporters or the media, at its press conference, during the meeting, or at the event
itself ('“As you know they don’t have the advantage of having sea,” Trump told reporters',
'“China plays a major role in the growth of our economy,” Boluarte said at the event').  Said there, before the
other side and on the record, the words are the side's statement at the visit, which the labels keep whatever they
are ("It's no secret that we have very different views on the conflict", a landmark, a partner "more important than
ever").  Words said after the talks, or in a statement, are still weighed on their own ('“Our friendship is now
stronger than ever before,” said Prime Minister Tom Dalen after the talks').  A
quotation introduced by the writer ('Lee said: “…') or running on into the next
sentence is left to the other rules (:mod:`briefgen.suggest.woven_quotes`).
"""

from __future__ import annotations

import re

from briefgen.suggest.sentences import balance_quotes, quotes_pair
from briefgen.suggest.speakers import spoken_by_name
from briefgen.suggest.worth import check_worthy
from briefgen.suggest.woven_quotes import woven_quotation

_VERB = (
    r"(?:said|says|stated|asserted|declared|remarked|added|noted|told|wrote|insisted|stressed|emphasi[sz]ed|"
    r"underlined|underscored|continued|explained|warned|affirmed|reiterated|replied|responded|announced)"
)
_NAME = r"[A-Z][\w.’'-]*"
_BEFORE = rf"(?:(?:the )?(?:{_NAME} )+|the (?:[\w’'-]+ ){{1,3}})"  # "Merz ", "Prime Minister Orbán ", "the president "
_AFTER = rf"(?:the (?:[\w’'-]+ ){{0,3}})?{_NAME}"  # "Xi", "Hungarian Prime Minister …", "the Turkish president"
# One quotation opening the sentence, closed by a comma (or ?/!) and its mark, then the named speaker and the verb
# ("…,” Merz asserted") or the verb and the named speaker ("…,” said Prime Minister Orbán"); never "he said".
_CLOSED_BY_SPEAKER = re.compile(
    rf"^(?P<mark>[“\"])[^“”\"]{{20,}}[,?!]\s?[”\"]\s+"
    rf"(?!(?i:he|she|they|it|we|i)\b)(?:{_BEFORE}(?:also )?{_VERB}\b|{_VERB} {_AFTER})"
)

# Where the words were told: to the press at the visit, at its press conference, at the meeting itself ('…," Trump told
# reporters', '…," Scholz said at a joint press conference with Erdogan', '…," Tokayev announced during his meeting
# with …').  On the record before the other side, they are the side's statement at the visit, whatever their words.
_AT_OCCASION = re.compile(
    r"\b(?:(?:at|during|in) (?:a|the|their|his|her) (?:joint )?(?:press|news) (?:conference|briefing|meet)|"
    r"told (?:reporters|the press|(?:the )?media|a news conference|journalists)|"
    r"(?:during|at the beginning of) (?:his|her|their|the) (?:[\w-]+ ){0,2}(?:meeting|talks)|"
    # at the event itself ('…," Boluarte said at the event'); words said after the talks or in a statement later are
    # weighed on their own
    r"at the (?:event|ceremony|signing ceremony))\b",
    re.IGNORECASE,
)


def attributed_quotation(sentence: str, whole: str) -> str:
    """The quote to draft from ``whole`` (the sentence's span, its opening mark dropped): the sentence whole when its
    quotation is closed by its named speaker, else what pairing the marks leaves (:mod:`.woven_quotes`)."""
    trimmed = woven_quotation(whole, balance_quotes(whole))
    text = " ".join(sentence.split())
    match = _CLOSED_BY_SPEAKER.match(text)
    quote = match.group("mark") + whole if match else ""
    if match is None or trimmed == whole or not text.startswith(quote) or not quotes_pair(quote):
        return trimmed
    if not check_worthy(trimmed, said=spoken_by_name(whole)) and not _AT_OCCASION.search(text, len(trimmed)):
        return trimmed  # the bare words are rhetoric ("…at their best moment ever"), told at no occasion of the visit
    return quote
