"""Who speaks a sentence of a quotation that runs on: the attribution that closes it, read back.

News sets a leader's words as one quotation of several sentences with the
speaker named once, after the closing mark: '"I look forward to my
discussions with President Sisi ... . I will also meet the diaspora," Modi
said.'  Split into sentences, the first ones carry no speaker, and the
filters of :mod:`briefgen.suggest.worth` read them as a writer's hope or
generic prose, or find no one stating them.  They are the named speaker's
words all the same: each is judged as words whose attribution was trimmed off
(``check_worthy(..., said=True)``), so the filters weigh it as they weigh any
other sentence (thanks, greetings, hopes and generic readiness stay out) and
only then does the speaker count, when the words name what they are about.

(Judging each with the attribution written after it was tried and left: the
filters' exceptions for reported speech then let pleasantries through, such
as "The meeting was very cordial," X said.)

Only a quotation opened and closed within one paragraph is read this way; the
draft still quotes the sentence alone, as the source wrote it.
"""

from __future__ import annotations

import re

from briefgen.suggest.pronoun_speakers import names_past_first_word
from briefgen.suggest.sentences import Sentence
from briefgen.suggest.speakers import spoken_by_name

# The two sides' relations as the subject: "we have very good chemistry", "the strength of our relations is trust".
_TIES = re.compile(r"\b(?:relations|relationship|ties|bonds?|chemistry|trust|friendship|partnership)\b", re.IGNORECASE)
_FIRST_PERSON = frozenset({"I", "I’m", "I'm"})
# The two sides of a bilateral report.
_SIDES = 2
_OPENS = ("“", '"')
#: The mark that closes a quotation each opening mark starts.
CLOSING_MARK = {"“": "”", '"': '"'}
# The words after the closing mark: a short attribution and nothing else ('," PM Modi said.', ', said Erdogan.').
_TAIL = re.compile(r"^,?\s*((?:[^\s,;:“”\"]+\s+){0,7}[^\s,;:“”\"]+)\s*\.?\s*$")


def split_at_close(text: str, mark: str) -> tuple[str, str] | None:
    """The quoted words before the mark that closes the quotation opened with ``mark`` (trailing space cut), and
    what follows that mark; None when ``text`` does not close it."""
    close = text.find(CLOSING_MARK[mark], 1 if text.startswith(mark) else 0)
    return None if close < 0 else (text[:close].rstrip(), text[close + 1 :])


def closes_with_speaker(text: str, mark: str) -> bool:
    """Does ``text`` close the quotation opened with ``mark``, then name its speaker and say nothing else?"""
    parts = split_at_close(text, mark)
    if parts is None:
        return False
    before, after = parts
    tail = _TAIL.match(after)
    if tail is None or not before.endswith(","):
        return False  # '… stability."' or '…," she said, adding …': no attribution alone after the close
    return spoken_by_name(f"{mark}x,{CLOSING_MARK[mark]} {tail.group(1).rstrip('.')}.")  # a name, not "he said"


def praises_the_ties(text: str) -> bool:
    """Is the sentence about the two sides' relations, naming nothing else ("I think we (Norland and Vantaa) have good chemistry")?

    Praise of the ties stays generic whoever says it: a speaker does not make
    it a position, unless it names something besides the two sides.
    """
    names = names_past_first_word(text.lstrip("“\"‘' "), _FIRST_PERSON)
    return bool(_TIES.search(text)) and len(names) <= _SIDES


def spoken_by_closing_speaker(sentences: list[Sentence]) -> set[int]:
    """The starts in the body of the sentences of a running quotation, but its last, that its closing attribution names.

    A sentence that opens a quotation and does not close it starts the run;
    sentences with no quotation mark continue it; the first sentence with a mark ends it, and
    names the speaker if it closes the quotation with an attribution alone.
    """
    spoken: set[int] = set()
    run: list[Sentence] = []
    mark = ""
    for sentence in sentences:
        text = sentence.text.strip()
        if run and sentence.paragraph != run[0].paragraph:
            run = []  # the paragraph ended with the quotation open: no attribution closes it here
        if run and not any(m in text for m in '“”"'):
            run.append(sentence)
            continue
        if run:
            if closes_with_speaker(text, mark):
                spoken |= {s.start for s in run if not praises_the_ties(s.text)}
            run = []
            continue
        opener = text[:1]
        if opener in _OPENS and CLOSING_MARK[opener] not in text[1:]:
            run, mark = [sentence], opener
    return spoken
