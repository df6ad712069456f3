"""The boxes a blog theme prints between an article and its comment form: the writer's box and the related post's.

A WordPress news theme (TieLabs' Jannah and Sahifa, on many small news sites) closes each post with the writer's box,
headed "About" and the writer's name ("About Kristine McNally"), then a box headed "Check Also" with one other post's
title and its opening words, then the comment form.  A copy of the page keeps the two headings as lines of their own.
The writer's heading, read as a headline, cut the page in two, the box and the related post a second "article", and
``sources add`` refused the page though it holds one report.

A reporter writes neither line as a paragraph of the story: "Check Also" alone on its line is the theme's label, and
"About" before a person's name alone (two or three words in a name's capitals, :func:`briefgen.ingest.header.is_bare_name`)
titles a box about that person, never a report (a crosshead names a subject: "About PM Modi's Visit To Guyana" is
no name and stays text).  Both are whole-line readings, as the comment form's (:mod:`briefgen.ingest.commentforms`).
"""

from __future__ import annotations

import re

from briefgen.ingest.header import is_bare_name

_CHECK_ALSO = re.compile(r"check\s+also\s*:?", re.IGNORECASE)
_ABOUT_NAME = re.compile(r"About\s+(?P<name>[A-Z]\S+(?:\s+[A-Z]\S+){1,2})")


def theme_box_kind(text: str) -> str | None:
    """``"theme box"`` when a whole (stripped) line is the heading of a theme's writer's or related post's box."""
    line = text.strip()
    if _CHECK_ALSO.fullmatch(line):
        return "theme box"
    about = _ABOUT_NAME.fullmatch(line)
    if about is None:
        return None
    # "McNally", "DeSantis": a capital inside a surname is still a name's (the name test takes capitals inside a word
    # for an acronym's or a glued word's).
    name = " ".join(w[0] + w[1:].lower() for w in about.group("name").split())
    return "theme box" if is_bare_name(name) else None
