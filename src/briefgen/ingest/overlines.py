"""An overline over the headline: a short phrase in sentence case that introduces the story, never its title.

Some sites print a few words above the headline that say what the story is about or what led to it ("Wide range of
issues", "After cuddling up to Putin"), set in small letters as a sentence is, then the headline, then the report.
Read from the top, the overline was the first headline-like line and so the headline, and the real headline was kept
as the report's first paragraph.  An overline is a fragment: fewer words than the headline below it by three at the
least, none of it in title case (a title-case line is how a headline is written on the many sites that write so), no
comma in it (a headline names its two sides so: "Modi, MBS boost hydrocarbon ties"), and the line right below the
headline opens the report, a paragraph of sentences.  A headline over its deck is the other way round: the deck is a
sentence, however it ends, longer than a headline ("Modi described it as "historic," while the Saudi Crown Prince
stressed …", past sixteen words), or the report follows the first line directly.
"""

from __future__ import annotations

from briefgen.ingest.header import headline_like, is_body, title_cased

# An overline's length in words: a phrase, not a sentence, nor a name of two words ("Teller Report": the masthead).
_SHORTEST = 3
_LONGEST = 6
# How many words more the headline below has than its overline, and the most a headline has (a deck has more).
_LONGER_BY = 3
_HEADLINE_WORDS = 16


def is_overline(text: str, following: str | None, after: str | None) -> bool:
    """Whether ``text`` is an overline over the headline ``following``, with the report opening on ``after``."""
    if following is None or after is None:
        return False
    words = text.split()
    return (
        _SHORTEST <= len(words) <= _LONGEST
        and headline_like(text)
        and not title_cased(text)
        and "," not in text
        and headline_like(following)
        and len(words) + _LONGER_BY <= len(following.split()) <= _HEADLINE_WORDS
        and is_body(after)
    )
