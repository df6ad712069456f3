"""A headline read off as a label over its photo's caption: the line the page's address spells is the headline.

A short headline in sentence case over a photo and its caption ("PM’s delegation in Beijing" over "Solomon Islands
Prime Minister Manasseh Sogavare meeting up with the Chinese President Xi Jinping", then the report, on
sibconline.com.sb) has the shape of an overline over a longer headline (:mod:`briefgen.ingest.overlines`), so the
cut set the headline aside as a label and took the caption for the headline.  The page's address settles it when it
names the page by the set-aside line's words and by no word of the line read as the headline
("…/pms-delegation-in-beijing/"): a page is named after its title, never after a label over it, and a caption that
shares no word with the page's name is not its title.  Only an address whose page name is the label's words exactly
(three or more, stop words aside) is read, so that a section's name that happens to share a word with it decides
nothing; the longer page names that :func:`briefgen.ingest.outlets.address_names` reads are settled there.
"""

from __future__ import annotations

import dataclasses

from briefgen.ingest.outlets import page_name
from briefgen.ingest.source_ids import slug_words
from briefgen.ingest.text import Part, Removed

# Kinds of line the cut takes off above the headline as a label: an overline, a kicker, a section's name.
_LABEL_KINDS = frozenset(("section label",))
# The fewest words a page name must have to say which line is the page's title.
_FEWEST_WORDS = 3


def headline_over_caption(part: Part, address: str | None) -> Part:
    """The part with the line set aside as a label above its headline as the headline, and the line read as the
    headline recorded as a photo's caption, when the address names the label and not the headline (see the module's
    docstring); else the part as it is."""
    if part.headline is None or not address:
        return part
    _, named = page_name(address)
    if len(named) < _FEWEST_WORDS or named & set(slug_words(part.headline, 60)):
        return part
    label = next((r for r in part.removed if r.kind in _LABEL_KINDS and set(slug_words(r.text, 60)) == named), None)
    if label is None:
        return part
    removed = [
        Removed("photo caption", r.text, r.after) if r.kind == "headline" else Removed("headline", r.text, r.after) if r is label else r
        for r in part.removed
    ]
    return dataclasses.replace(part, headline=label.text, removed=removed)
