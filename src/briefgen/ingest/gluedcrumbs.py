"""A title printed twice, the first time glued to the breadcrumb trail above it: the second print is the headline.

Some pages lose the spaces between their trail's links and the title when saved, so the line above the title reads
"Iran General NewsIran FM on official visit to Oman" or "HomeAfricaEgyptian President visits Jordan to attend …
summit.", and the title follows alone on its line.  The glued line was read as the headline (a run of words with no
full stop) or set aside as a trail; either way the clean line right below it, which the glued line ends with, is the
title, even with a full stop at its end (a trail's copy of it says it is no sentence of the report).  The glue is a
small letter run into the title's capital: a line that merely ends with the next one's words after a space is left
to the readings of a title printed twice (:mod:`briefgen.ingest.twicetitled`).
"""

from __future__ import annotations

from briefgen.ingest.headline_moves import headline_from_paragraph, with_headline
from briefgen.ingest.text import Part

# A title has a few words, and is no paragraph of the report.
_MIN_WORDS = 4
_MAX_WORDS = 25


def _glued(line: str, title: str) -> bool:
    """Whether ``line`` is ``title`` with a trail's words run into its first capital ("…NewsIran FM …")."""
    if len(line) <= len(title) or not line.endswith(title) or not title[:1].isupper():
        return False
    before = line[-len(title) - 1]
    return before.isalpha() and before.islower()


def headline_after_glued_crumbs(part: Part) -> Part:
    """The part with its first paragraph as its headline when the line right above it, read as the headline or set
    aside as a breadcrumb trail, is that paragraph glued to the trail's words; else the part as it is."""
    if not part.paragraphs:
        return part
    title = part.paragraphs[0].strip()
    if not _MIN_WORDS <= len(title.split()) <= _MAX_WORDS:
        return part
    above = [r for r in part.removed if r.after == 0]
    if not above or above[-1].kind not in {"headline", "breadcrumb"} or not _glued(above[-1].text.strip(), title):
        return part
    if above[-1].kind == "headline":
        return headline_from_paragraph(part, 0)
    return with_headline(part) if part.headline is None else part
