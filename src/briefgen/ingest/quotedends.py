"""A line's closing punctuation read before the quotation marks that close it.

American style sets the full stop inside the closing quotation mark: 'He added that agreement was also signed for
protecting "classified information."', "Further, Modi welcomed French investment in defense under 'Make in India.'"
(NewsBytes).  Such a line ends on the mark, but its sentence ends on the full stop before it, as surely as one written
'… "classified information".' does.  A headline has no closing punctuation inside its quotation marks or outside them
("Modi: 'Liberty, equality and fraternity embedded in Indian constitution also'").  Read only by its last character,
a sentence closed so was taken for a short headline, and three of them after the article's last plainly closed
sentence for a list of other stories' titles, cut off the article's end.
"""

from __future__ import annotations

# The marks that close a quotation: straight and curly, double and single.
_CLOSING_QUOTES = "\"”’'"


def ends_with(text: str, marks: tuple[str, ...]) -> bool:
    """Whether ``text`` ends with one of ``marks`` once the quotation marks closing it are set aside:
    '… "classified information."' ends with a full stop, "… 'Make in India.'" too, "… constitution also'" with none."""
    return text.rstrip(_CLOSING_QUOTES).endswith(marks)
