"""The attribution closing a quotation of a few sentences, read whole: any speaker, and where and when they spoke.

:mod:`briefgen.suggest.quotation_runs` joins a quotation running over
sentences into one draft when an attribution closes it, but read only a short
one naming the speaker ('"…," Merz said.',
:func:`briefgen.suggest.closing_speakers.closes_with_speaker`).  The labels
cite the quotation whole whatever its attribution says: '“Long-term power
trade agreement has been established between India and Nepal today. This will
give strength to the power sector of our countries,” PM Modi said in a joint
briefing at the Hyderabad House Thursday.', '“My visit to Poland comes as we
mark 70 years of our diplomatic relations. Poland is a key economic partner in
Central Europe,” he said in his departure statement earlier today.'  Cut into
sentences, each draft quotes under half of the statement, and none is the one
an editor cites.

Here the sentence closing the quotation ends its words with a comma (or ? or
!) and the mark, then names who spoke with a reporting verb: a name, a title
or a pronoun (the sentences before it say no more who spoke than the joined
draft does, so the join loses nothing).  The attribution may go on to say
where, when or how they spoke ('in a statement', ', as reported by TASS',
'told reporters during the signing ceremony'), but not say something more
('…,” he said, adding that …'), nor quote again.
"""

from __future__ import annotations

import re

from briefgen.suggest.closing_speakers import split_at_close

_VERB = r"(?:said|says|added|stated|declared|remarked|noted|stressed|emphasi[sz]ed|explained|warned|wrote|continued|told|posted|tweeted)"
_NAME = r"(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w.’'-]*"  # "Putin", "PM Modi", "Serbian President Aleksandar Vucic", "Mr. Trump"
# A name or title ("the Prime Minister", "the PM", "the Turkish president"), or a pronoun.
_SPEAKER = rf"(?:he|she|they|(?:the\s+)?{_NAME}|the\s+(?:[a-z]+\s+){{0,2}}(?:[A-Z][\w’'-]*\s+){{0,2}}[\w’'-]+)"
# After the closing mark: the speaker and the verb, or "said" and the speaker (never "noted The Economic Times": a
# paper's reading quoted by another is no one's statement), then the circumstances, if any.
_CLOSING = re.compile(rf"^\s*(?:{_SPEAKER}\s+(?:also\s+)?{_VERB}|(?:said|says|added)\s+{_SPEAKER})\b(?P<rest>[^“”\"]*)$")
# Circumstances that say more than who spoke, where and when: a statement of their own, or a second one reported.
_MORE = re.compile(
    r"\b(?:adding|saying|stating|noting|stressing|emphasi[sz]ing|explaining|insisting|urging|calling|warning|that|and|but)\b",
    re.IGNORECASE,
)
#: The most words the circumstances after the speaker may have.
MAX_CIRCUMSTANCE_WORDS = 16


def closes_with_attribution(text: str, mark: str) -> bool:
    """Does ``text`` close the quotation opened with ``mark``, then say only who spoke, and where, when or how?"""
    parts = split_at_close(text, mark)
    if parts is None or not parts[0].endswith((",", "?", "!")):
        return False
    attribution = _CLOSING.match(parts[1])
    if attribution is None:
        return False
    circumstances = attribution.group("rest").strip().rstrip(".")
    return len(circumstances.split()) <= MAX_CIRCUMSTANCE_WORDS and not _MORE.search(circumstances)
