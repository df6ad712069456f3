"""A line that prints the headline again behind a short label is no dateline: "Bulgaria: Bulgarian PM: Sofia …".

Some templates print the title a second time over the text with the story's country or section before it and a colon
("Bulgaria: Bulgarian PM: Sofia Interested in Joining Egypt-Greece-Cyprus Gas Project" under that headline), and the
label before the colon has a dateline's shape ("New Delhi: India and Kuwait …"), so it was read as the place, and the
report's own dateline further down ("CAIRO - 25 September 2018: …") was never reached.  A dateline is followed by the
report's first sentence, and no report opens by repeating its own title word for word: a line whose words after a
label of a few words are the headline's whole words is the title's copy, not the dateline.
"""

from __future__ import annotations

# A label is a country's or a section's name: a few words ("Bulgaria", "South Africa", "World News").
_LABEL_WORDS = 3
# A title has a few words: a two-word remainder may be a label's value, not a title.
_MIN_WORDS = 4


def _words(text: str) -> list[str]:
    return text.casefold().split()


def repeats_headline(paragraph: str, headline: str | None) -> bool:
    """Whether ``paragraph`` is a short label, a colon and then the headline's words, whole and alone."""
    if not headline or ":" not in paragraph:
        return False
    label, rest = paragraph.split(":", 1)
    title = _words(headline)
    return 0 < len(label.split()) <= _LABEL_WORDS and len(title) >= _MIN_WORDS and _words(rest) == title
