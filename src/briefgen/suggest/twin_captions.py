"""A picture's caption printed twice: once alone, once again beside it with the picture's credit added.

Pages copied from a news site often carry a photo's caption twice, one line
after the other: the text under the picture, and the same words again in the
picture's overlay or alt text, closed by its credit ("… talks in the capital."
then "… talks in the capital. Credit: Jane Doe/Agency", "(Source: Agency)", or "Jane Doe / POOL / Agency").
A report never prints one of its sentences twice in a row, nor closes a
paragraph with a photographer's credit, so both copies are the caption; the
event it shows is told in the report, with its date and source.  A line
printed twice with nothing added (a caption a labeller may take as the
report's) is not read here: which copy is furniture is not told by the page.
"""

from __future__ import annotations

import re

# A credit closing the longer copy: "Credit: Jane Doe/AP", "(Source: Agency)", "| Photo Credit: J. Doe", or a
# photographer and the agencies joined by slashes, with no label: "Thilo Schmuelgen / POOL / AFP" (The Tribune).
_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_CREDIT_TAIL = re.compile(
    r"\s*[|·]?\s*\(?\s*(?:(?:photo|image|picture)\s+)?(?:credits?|source|photo(?:graph)?|image|picture)s?\s*:\s*[^()\n]{1,60}\)?\s*"
    rf"|\s+(?-i:{_NAME}(?:\s*/\s*{_NAME}){{1,3}})\s*",
    re.IGNORECASE,
)
# What may stand before the caption in the copy with the credit: an icon's name, a label ("Photo"), a few words at most.
_LEAD_WORDS = 3
# A caption says who is in the picture and what they do: a few words at least.
_CAPTION_WORDS = 4
# How far apart the two copies may be, counted in the page's lines of text.
_NEAR = 2


def _credited_copy(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` again, with at most a short lead before it and a picture's credit after it."""
    at = long.find(short)
    if at < 0 or long == short or len(short.split()) < _CAPTION_WORDS:
        return False
    lead, tail = long[:at], long[at + len(short) :]
    return len(lead.split()) <= _LEAD_WORDS and bool(_CREDIT_TAIL.fullmatch(tail))


def twin_caption_lines(body: str) -> frozenset[str]:
    """The lines of the body (stripped) that are one copy of a caption the page prints twice in a row, once with its
    credit: worked out once for the page, then asked of each sentence's line."""
    lines = [text.strip() for text in body.split("\n") if text.strip()]
    return frozenset(
        text
        for index, text in enumerate(lines)
        if any(_credited_copy(text, other) or _credited_copy(other, text) for other in lines[max(0, index - _NEAR) : index + _NEAR + 1])
    )
