"""A site's full name from the line that signs its article: "The Kenyan DAILY POST" under the text on kenyan-post.com.

An address often shortens the outlet's name: kenyan-post.com spelled as words is
"Kenyan Post", but the site signs every article "The Kenyan DAILY POST".  A line
at the head or the foot of the text that is nothing but capitalised words, some
of which spell the address's registered name in order and the rest only "The"
and words that name a kind of outlet ("Daily", "News"), is the site's own
name, and beats the address read as words.  A sentence never has that shape;
a line that merely spells the address is :func:`briefgen.ingest.outlets.spelled_outlet`'s.
"""

from __future__ import annotations

import itertools

from briefgen.ingest.meta import Found
from briefgen.ingest.outlets import OUTLET_WORDS, letters_of, registered_domain

# A signature line this long at most: a name, not a sentence.
_MOST_WORDS = 6
_FILLERS = OUTLET_WORDS | {"the"}


def _shown(word: str) -> str:
    """A word as the name is written in running text: a filler set in capitals for display ("DAILY") capitalised."""
    return word.capitalize() if word.isupper() and letters_of(word) in _FILLERS and len(word) > 3 else word


def signed_outlet(lines: list[str], url: str | None) -> Found | None:
    """The site's name as the first or last line signs it (see the module's docstring), or None."""
    domain = registered_domain(url)
    texts = [line.strip() for line in lines if line.strip()]
    if domain is None or not texts:
        return None
    wanted = letters_of(domain[0])
    for line in dict.fromkeys((texts[-1], texts[0])):
        words = line.split()
        if not 2 <= len(words) <= _MOST_WORDS or not all(w[0].isupper() and letters_of(w) for w in words):
            continue
        for size in range(1, len(words)):
            for kept in itertools.combinations(range(len(words)), size):
                rest = [letters_of(words[i]) for i in range(len(words)) if i not in kept]
                if letters_of("".join(words[i] for i in kept)) == wanted and all(w in _FILLERS for w in rest):
                    return Found(" ".join(_shown(w) for w in words), line, "text")  # the notes: the name that spells the domain
    return None
