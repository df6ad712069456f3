"""Page furniture that is not an article: widgets, loading messages and teaser lists.

A page saved from a news aggregator or a site with a photo strip carries lines
that look like short headlines ("Loading...", "Browse all stories on …",
"No • 50%", "ST THUMBNAIL HUNGARY / TRT World").  Taken as headlines they cut
the page into several "articles", and ``sources add`` refused the page as
holding more than one.  This module names such lines as furniture, and tells
which parts of a page hold no paragraph of article text at all (a list of
teaser headlines, a poll), so that only real articles count as parts.
"""

from __future__ import annotations

import re

from briefgen.ingest.header import is_body

# Whole lines, matched case-insensitively: a loading message, a poll's answer with its share ("Yes • 50%", "No - 12 %",
# "68% Yes"), an aggregator's navigation ("Browse all stories on DeepNewz", "View original story", "Explore") and a
# thumbnail's caption or credit ("ST THUMBNAIL HUNGARY / TRT World").
_WIDGETS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("loading message", re.compile(r"(?:loading|please wait)\s*(?:\.{2,3}|…)?")),
    ("poll widget", re.compile(r"(?:yes|no|maybe|other)\s*[•·:|–—-]?\s*\d{1,3}(?:[.,]\d)?\s*%|\d{1,3}(?:[.,]\d)?\s*%\s*(?:yes|no)")),
    (
        "navigation",
        re.compile(
            r"(?:browse|see|view|show) (?:all|more) (?:stories|news|articles|posts)(?: (?:on|from|at|in) [\w .&'-]{1,40})?"
            r"|view (?:the )?original (?:story|article|post)|explore|more stories|back to top|load more(?: stories)?"
        ),
    ),
    ("thumbnail caption", re.compile(r"[^.!?]{0,80}\bthumb(?:nail)?\b[^.!?]{0,80}")),
)


def widget_kind(text: str) -> str | None:
    """The kind of widget or navigation line a whole (stripped) line is, or None."""
    lowered = text.casefold()
    return next((kind for kind, pattern in _WIDGETS if pattern.fullmatch(lowered)), None)


def furniture_parts(paragraph_lists: list[list[str]]) -> set[int]:
    """Indexes of the parts that hold no paragraph of article text, when another part does.

    A run of teaser headlines or a poll's questions below the article is cut off as a "part" of its own when a
    furniture line above it reads as a headline; a real second article has at least one paragraph that is a sentence.
    """
    bodied = {i for i, paragraphs in enumerate(paragraph_lists) if any(is_body(p) for p in paragraphs)}
    return set(range(len(paragraph_lists))) - bodied if bodied else set()
