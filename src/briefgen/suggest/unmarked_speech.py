"""Direct speech printed without quotation marks, which keeps its speaker's "today".

Some sites drop the quotation marks of a wire report and keep the words:
"We are making history today, Vucic told Xi as they stood on the balcony".
The words are still the speaker's, said on the day of the report's event, so
their "today" is that day, not the later day the page went up.  They are known
by a speaker's first person ("we", "I", "our") before an attribution that
closes them (", Vucic told Xi", ", he said"); a reporter's own sentence
("Vucic said today that …") is not speech and keeps the page's day.
"""

from __future__ import annotations

import re

# ", Vucic told Xi", ", the minister said", ", he added": an attribution closing the words before it.
_CLOSING_ATTRIBUTION = re.compile(
    r",\s+(?:the\s+(?:[\w’'-]+\s+){1,3}|(?:[A-Z][\w’'-]*\s+){1,3}|(?:he|she|they)\s+)(?:said|says|told|tells|added|stressed|declared)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:(?i:we|us|our|my|me)|I)\b")


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def unmarked_speech(text: str) -> bool:
    """Whether the sentence ``text`` opens with a speaker's own words, unquoted, closed by their attribution."""
    end = _SENTENCE_END.search(text)
    sentence = text[: end.start()] if end else text
    if sentence.lstrip().startswith(("“", '"', "‘")):
        return False  # quotation marks: the caller reads those already
    closing = _CLOSING_ATTRIBUTION.search(sentence)
    return closing is not None and bool(_FIRST_PERSON.search(sentence[: closing.start()]))
