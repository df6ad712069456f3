"""A headline printed twice, its first copy behind a trail or a counter: the second copy is the headline.

Some pages print the title once in a block that carries more than the title (a breadcrumb trail from the site's home,
"Home World King Mohammed VI Hosts Spanish Prime Minister", "Home / International News / Barbados And Jamaica Prime
Ministers Hold Bilateral Talks"; a share counter and the site's name from the title bar,
"111 TT PM in Jamaica | Barbados Today") and again alone right below it, "King Mohammed VI Hosts Spanish Prime
Minister", "TT PM in Jamaica".  The first line was read as the headline, its trail or counter with it, and the
headline itself stayed in the body as its first line.  No report opens by repeating the words closing the line above
it: a headline-shaped first line whose words are the whole of the words the line above ends on, with at most a few
words before them and nothing after but the site's name behind a bar or a dash, is the headline, and the line above
is its copy with the page's furniture around it.  Up to two short lines of the page's furniture may stand between
the two copies (an icon's label, a language switch: "Ï Leaders of Turkmenistan and Uzbekistan Hold Restricted Talks"
over "mail-icon", "EN RU TK" and "Leaders of Turkmenistan and Uzbekistan Hold Restricted Talks", the first copy behind a
glyph of the site's icon font); they leave the text with the first copy.
"""

from __future__ import annotations

import re

from briefgen.ingest.header import headline_like, is_body
from briefgen.ingest.headline_moves import headline_from_paragraph
from briefgen.ingest.text import Part

# A trail or a counter before the copy: "Home World", "111", "News > Africa".  The marks between a trail's steps are
# no words of it: "Home / International News / …" is a trail of three words.
_MOST_BEFORE = 4
_SEPARATORS = frozenset(("/", ">", "»", "›", "|", "\\"))
# A title has a few words: a two-word line repeats as a label, not as a title.
_MIN_WORDS = 4
# Lines of furniture that may stand between the copies, and the most words each may have: "mail-icon", "EN RU TK".
_MOST_BETWEEN = 2
_FURNITURE_WORDS = 3
# The site's name after the copy, as a title bar writes it: "… | Barbados Today", "… - Dawn".
_SITE_TAIL = re.compile(r"^\s*(?:[|–—]|\s-\s|-)\s*\S")


def _words(text: str) -> list[str]:
    return text.casefold().split()


def trailed_copy(headline: str, line: str) -> bool:
    """Whether ``headline`` holds ``line`` whole, behind a few words of trail and before at most the site's name."""
    inner = _words(line)
    outer = _words(headline)
    if len(inner) < _MIN_WORDS or len(outer) <= len(inner):
        return False
    for start in range(len(outer) - len(inner) + 1):
        if sum(word not in _SEPARATORS for word in outer[:start]) > _MOST_BEFORE:
            break
        if outer[start : start + len(inner)] != inner:
            continue
        after = " ".join(headline.split()[start + len(inner) :])
        if start > 0 and not after:
            return True
        if after and _SITE_TAIL.match(" " + after):
            return True
    return False


def headline_behind_trail(part: Part) -> Part:
    """The part with its first paragraph as the headline when the headline read is that line with a trail or a counter
    before it (see the module's docstring); else the part as it is."""
    if part.headline is None or not part.paragraphs:
        return part
    for index, line in enumerate(part.paragraphs[: _MOST_BETWEEN + 1]):
        if is_body(line):
            return part
        if headline_like(line) and trailed_copy(part.headline, line):
            return headline_from_paragraph(part, index)
        if len(line.split()) > _FURNITURE_WORDS:
            return part
    return part
