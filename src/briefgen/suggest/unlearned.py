"""What the reporter could not learn: a sentence that says only what was not known, disclosed or available.

Agency copy marks the edge of what it could find out: "It was not immediately
clear why the deputy was not at the airport", "Details of the deal were not
immediately available", "The spokesman did not disclose which invitation had
arrived first", "It was unclear, however, whether the agreement would have a big
impact".  Such a sentence reports a gap, not an act or a statement: there is
nothing in it an editor can check or cite, and editors delete the drafts.

The gap must open the sentence, as its main clause; a sentence that first
reports something and then notes what was left out ("Peskov said the meeting
would take place soon, but did not name any dates"; "Saudi state TV confirmed
the departure, without giving further details") is a statement with a
qualification, and is left alone.  So is a gap followed by a clause that states
something checkable: someone's words, an act, a figure ("Details of the
documents remain unclear, but To Lam said the two countries will also increase
cooperation in defence"; "No details have been given, but officials had
indicated it could be limited to about 50 a week"), and a gap in quoted words
a speaker is named for ('"It is not clear …," the minister said'), which is the
speaker's statement.  A clause that only guesses ("…, but it is unlikely to be
met with approval") states nothing of the kind.

Left alone as well: a leader who "did not mention" a subject, which editors keep
as a fact of what was said, and "an undisclosed sum" inside a claim.
"""

from __future__ import annotations

import re

from briefgen.text.english import LEADING_QUOTES, NUMBER_WORDS, words_pattern

# "It was not immediately clear …", "It was unclear, however, whether …", "It remains unknown …".
_NOT_CLEAR = re.compile(
    r"^It\s+(?:was|is|remains|remained)(?:,?\s+however,?)?\s+(?:still\s+)?"
    r"(?:not\s+(?:immediately\s+|yet\s+|entirely\s+)?(?:clear|known)|unclear|unknown)\b"
)
# "Details of the deal were not immediately available", "Further details were not disclosed", "No details were given".
_NO_DETAILS = re.compile(
    r"^(?:(?:Further|Other|More|Full|Financial)\s+)?[Dd]etails\b[^,;]{0,80}?\s+(?:were|was|are|is|remain|remained|have\s+been|has\s+been)\s+"
    r"(?:not\s+(?:immediately\s+|yet\s+)?(?:available|clear|known|disclosed|released|given|provided|made\s+public)|unclear|unavailable|unknown)\b"
    r"|^No\s+(?:further\s+|other\s+|more\s+)?details\s+(?:were|was|have\s+been|had\s+been)\s+(?:given|released|disclosed|provided|announced|made\s+public)\b"
)
# Someone who would not tell: "… did not disclose which …", "It did not offer other details", "He gave no details",
# "… declined to comment on details", "… did not say when …".
_WITHHELD = re.compile(
    r"\b(?:(?:did\s+not|didn[’']t|would\s+not|wouldn[’']t|declined\s+to|refused\s+to)\s+(?:immediately\s+)?"
    r"(?:disclose|reveal|specify|elaborate|comment|(?:give|offer|provide)\s+(?:any\s+)?(?:other\s+|further\s+|more\s+)?details|"
    r"say\s+(?:what|when|how|which|whether|why|who|if))"
    r"|(?:gave|offered|provided)\s+no\s+(?:other\s+|further\s+|more\s+)?details)\b"
)
# A verb that reports words or an act: a subject who "said …, but did not say when" has already told something.
_TOLD_OR_DONE = re.compile(
    r"\b(?:said|says|told|tells|stated|states|announced|announces|confirmed|confirms|indicated|indicates|added|noted|"
    r"signed|agreed|pledged|promised|unveiled|launched)\b"
)
# Where a clause begins: a subject who would not tell opens the sentence, with no clause before it.
_NEXT_CLAUSE = re.compile(r",?\s+but\s+|;\s*|\s+[—–]\s+|,\s+(?:while|although|though)\s+")
_FIGURE = re.compile(rf"\d|\b(?:{words_pattern(NUMBER_WORDS)})\b", re.IGNORECASE)


def _checkable(words: str) -> bool:
    """Whether the words state something a brief can check: someone's words, an act, or a figure."""
    return bool(_TOLD_OR_DONE.search(words) or _FIGURE.search(words))


def _gap_end(text: str) -> int | None:
    """Where the opening gap ends, if the sentence opens by saying what was not known or not told."""
    if opening := _NOT_CLEAR.search(text) or _NO_DETAILS.search(text):
        return opening.end()
    withheld = _WITHHELD.search(text)
    if withheld is None:
        return None
    subject = text[: withheld.start()]  # who would not tell, with nothing told or done before it
    if _NEXT_CLAUSE.search(subject) or _TOLD_OR_DONE.search(subject) or re.search(r"\bwithout\b", subject):
        return None
    return withheld.end()


def only_what_was_not_learned(sentence: str) -> bool:
    """Whether the sentence says only what the reporter could not learn (see the module's docstring)."""
    text = sentence.lstrip(LEADING_QUOTES)
    end = _gap_end(text)
    if end is None:
        return False
    return not _checkable(text[end:])  # a later clause, a speaker's attribution or a relative clause may carry the claim
