"""The row of buttons a page prints for its readers over the article: furniture, never the report.

Sites print their readers' tools as a line of their own, above the headline or between it and the lede, and a copy
of the page keeps what the buttons were labelled with:

- the control that makes the article's letters larger or smaller: "+ ↺ − 16 px" (a larger, a reset and a smaller
  button with the size between), "A | A | A" or "A- A A+" (the same letter in three sizes, perhaps with the page's
  other reading buttons after a bar: "A- A A+ | High contrast"), "Font size", "Decrease text size", or the two
  buttons' names alone, "minus" over "plus";
- a row of buttons drawn as pictures (print, e-mail, share), of which a copy of the page keeps only the bars between
  them: "| | |";
- an archive's row of links, each label in square brackets: "[Date Prev][Date Next][Thread Prev][Thread Next][Date
  Index ][Thread Index ]", as mailing lists' archived pages print it over every message.

Such a line is only buttons, a measure and separators; no headline, dateline or sentence of a story is made of them,
so the whole line is page furniture.  Left in, it was archived as the article's first paragraph, or, as the only line
above the lede, it became the headline.
"""

from __future__ import annotations

import re

_SIGN = r"[+−–-]"
# Whole lines, matched case-insensitively after stripping.
_TOOLBAR = re.compile(
    # "+ ↺ − 16 px", "− 16px +", "16 px": signs and a reset arrow around the size in pixels.
    rf"(?:(?:{_SIGN}|↺|⟲)\s*)*\d{{1,2}}\s*px(?:\s*(?:{_SIGN}|↺|⟲))*"
    # "A | A | A", "A- A A+", "-A A +A", "A A A": the letter at three (or two) sizes, signs or bars between.
    rf"|(?:{_SIGN}?a{_SIGN}?)(?:\s*\|?\s*{_SIGN}?a{_SIGN}?){{1,3}}"
    # the same control, a bar, then the page's other reading buttons in a few words: "A- A A+ | Tăng tương phản Giảm
    # tương phản" (larger and smaller contrast, in the site's own language), "A- A A+ | High contrast"
    rf"|{_SIGN}?a{_SIGN}?(?:\s+{_SIGN}?a{_SIGN}?){{2}}\s*\|\s*[^\W\d_]+(?:\s+[^\W\d_]+){{0,7}}"
    # "Font size", "Text size:", "Decrease font size", "Reset text size".
    r"|(?:(?:increase|decrease|reset|change)\s+(?:the\s+)?)?(?:font|text)\s+size\s*:?"
    # "minus", "plus": the same two buttons' names spelled out, each alone on its line, as a copy keeps them when the
    # buttons are drawn as pictures (Oman Observer).
    r"|minus|plus"
    # "| | |": the bars left between buttons drawn as pictures.
    r"|\|(?:\s*\|)+"
    # "[Date Prev][Date Next][Thread Prev]…": three or more links, each a few words in square brackets.
    r"|(?:\[\s*[a-z]+(?:\s+[a-z]+){0,2}\s*\]\s*){3,}"
)


def toolbar_kind(text: str) -> str | None:
    """``"toolbar"`` when a whole (stripped) line is a page's row of readers' buttons, else None."""
    return "toolbar" if _TOOLBAR.fullmatch(text.casefold()) else None
