"""A headline behind a tag in capitals: the tag files the story under a place or a desk, the words after it are the title.

Some sites print a story's headline behind the name of the country or city it is filed under, in capitals and set off
by a bar or a spaced dash: "NEPAL | Indian prime minister aims to bolster ties" (a world page's country tag), "ZAGREB –
First formal meeting" (a network of capitals' short news).  The tag is the page's filing, as a breadcrumb is; the
headline the story was given is what follows it.  A headline never opens so: words in capitals before a bar or a
spaced dash, with the title written in ordinary case after them.  A label that names the piece's kind ("EXCLUSIVE –",
"ANALYSIS |") stays, as those are part of how the piece is titled; so does a colon's label ("FOCAC: China and
Nigeria …"), which the headline itself writes.

A page copied as text may also run its breadcrumb's section names into the headline, with no space or bar between:
"NewsLocalGreek Prime Minister Kyriacos Mitsotakis visits Cyprus on Monday" (the trail "News › Local" above the
title).  Two section names or more written together and then the title's first word, each starting with a capital
against the last letter of the one before, are no words of a headline: the trail is taken off.
"""

from __future__ import annotations

import re

from briefgen.ingest.captions import KIND_LABELS, LINE_LABELS

# One or two words in capitals of three letters or more, a bar or a spaced dash, then a title in ordinary case of three
# words or more whose first word is not in capitals too: "UK – US trade deal signed" pairs two countries, no tag.
_TAGGED = re.compile(
    r"^(?P<tag>[A-Z][A-Z'.-]{2,}(?:\s+[A-Z][A-Z'.-]{2,})?)\s+(?:\||[–—]|-{1,2})\s+"
    r"(?P<title>[“\"‘']?[A-Z][a-z][^|]*)$"
)
# The sections of a news site's trail, run together in front of the title: "NewsLocal", "NewsWorldEurope".
_SECTIONS = ("News", "Local", "World", "Business", "Politics", "Economy", "Opinion", "Sports", "Sport", "Region", "National")
_GLUED_TRAIL = re.compile(rf"^(?:{'|'.join(_SECTIONS)}){{2,4}}(?=[A-Z][a-z])")
_LABELS = KIND_LABELS | {word.upper() for word in LINE_LABELS}
_TITLE_WORDS = 3


def without_tag(headline: str) -> str:
    """The headline without a tag in capitals before a bar or a spaced dash ("NEPAL | Indian prime minister aims to
    bolster ties" gives "Indian prime minister aims to bolster ties"), or without a trail of section names run into it
    ("NewsLocalGreek Prime Minister …"); a kind's label and anything else as it is."""
    trail = _GLUED_TRAIL.match(headline.strip())
    if trail is not None and len(headline.strip()[trail.end() :].split()) >= _TITLE_WORDS:
        return headline.strip()[trail.end() :]
    match = _TAGGED.match(headline.strip())
    if match is None or match.group("tag").split()[0].strip(".'-") in _LABELS:
        return headline
    title = match.group("title").strip()
    if len(title.split()) < _TITLE_WORDS or title.isupper():
        return headline
    return title
