"""A title printed twice, the first time glued to the breadcrumb trail above it: the second print is the headline.

Some pages lose the spaces between their trail's links and the title when saved, so the line above the title reads
"Iran General NewsIran FM on official visit to Oman" or "HomeAfricaEgyptian President visits Jordan to attend …
summit.", and the title follows alone on its line.  The glued line was read as the headline (a run of words with no
full stop) or set aside as a trail; either way the clean line right below it, which the glued line ends with, is the
title, even with a full stop at its end (a trail's copy of it says it is no sentence of the report).  The glue is a
small letter run into the title's capital: a line that merely ends with the next one's words after a space is left
to the readings of a title printed twice (:mod:`briefgen.ingest.twicetitled`).

A site's logo and a label may be glued into one word before the title instead ("site.btaUPDATED Bulgarian, Romanian
Prime Ministers Discuss …"), the title printed again right below, where the cut took its copies for photo captions:
the headline is the copy without that word (:func:`headline_without_glued_label`).  The word must hold a small letter
run into a capital ("btaUPDATED"): a headline opening on a plain word, a kicker or a place, is left as it is.
"""

from __future__ import annotations

import dataclasses
import re

from briefgen.ingest.headline_moves import headline_from_paragraph, with_headline
from briefgen.ingest.text import Part, Removed

# A title has a few words, and is no paragraph of the report.
_MIN_WORDS = 4
_MAX_WORDS = 25
# One word of glued furniture: a small letter run into a capital somewhere in it ("site.btaUPDATED").
_GLUED_WORD = re.compile(r"^\S*[a-z][A-Z]\S*$")


def _glued(line: str, title: str) -> bool:
    """Whether ``line`` is ``title`` with a trail's words run into its first capital ("…NewsIran FM …")."""
    if len(line) <= len(title) or not line.endswith(title) or not title[:1].isupper():
        return False
    before = line[-len(title) - 1]
    return before.isalpha() and before.islower()


def headline_after_glued_crumbs(part: Part) -> Part:
    """The part with its first paragraph as its headline when the line right above it, read as the headline or set
    aside as a breadcrumb trail, is that paragraph glued to the trail's words; else the part as it is."""
    part = headline_without_glued_label(part)
    if not part.paragraphs:
        return part
    title = part.paragraphs[0].strip()
    if not _MIN_WORDS <= len(title.split()) <= _MAX_WORDS:
        return part
    above = [r for r in part.removed if r.after == 0]  # the lines taken off above the first paragraph
    if not above or above[-1].kind not in {"headline", "breadcrumb"} or not _glued(above[-1].text.strip(), title):
        return part
    if above[-1].kind == "headline":
        return headline_from_paragraph(part, 0)
    return with_headline(part) if part.headline is None else part


def headline_without_glued_label(part: Part) -> Part:
    """The part with its headline's copy below as its headline when the headline is that copy behind one glued word of
    furniture ("site.btaUPDATED Bulgarian, …") and the copy stands right under it; else the part as it is."""
    if part.headline is None or " " not in part.headline.strip():
        return part
    word, title = part.headline.strip().split(" ", 1)
    title = title.strip()
    if not _GLUED_WORD.match(word) or not _MIN_WORDS <= len(title.split()) <= _MAX_WORDS:
        return part
    at = next((i for i, r in enumerate(part.removed) if r.kind == "headline"), None)
    if at is None or at + 1 >= len(part.removed) or part.removed[at + 1].text.strip() != title:
        return part
    removed = [*part.removed[:at], Removed("headline", title), Removed("page furniture", word), *part.removed[at + 1 :]]
    return dataclasses.replace(part, headline=title, removed=removed)
