"""Subheadings: the short lines a page sets between the paragraphs of its report, each heading the section under it.

Once the report has begun, a page may break it with a line of its own in a
headline's style ("Minister gets warm welcome at the airport", "Norland to
open a consulate"), or print a related story's headline as a link between two
paragraphs.  Either line names what the paragraphs under it tell, or another
story, in the clipped words of a headline: no full stop, a present tense for
a past act, an infinitive for a plan.  The section itself states the claim,
with its date, its speaker and its full wording, so the line's draft only
repeats it (or is off the subject) and an editor throws it away.

A line is read as a subheading only from the page's shape, not its words:

- it is a line of its own with no more words than a heading (at most
  :data:`_HEADING_WORDS`) and ends on a word, not on a stop or a comma (a
  sentence broken across lines ends on one or the other);
- a line of running text comes before it, so the report has begun: the
  summary lines under a headline, which may be the only place a claim is
  printed, are left to :mod:`briefgen.suggest.summary`;
- a line of running text comes directly after it: a heading heads a
  paragraph, where the last line of an excerpt cut short, or a caption before
  a credit, does not;
- neither it nor the line after it is an item of a list ("- …", "2. …"),
  whose items each state a claim, and the line before it does not end with a
  colon ("During the talks, it said:"), which makes it the words announced.
"""

from __future__ import annotations

import re

# A heading is no longer than a deck's summary line (see .summary).
_HEADING_WORDS = 20
# Running text: a line of at least this many words ending with a stop (or a stop inside closing quotes).
_RUNNING_WORDS = 8
_STOP = re.compile(r"[.!?:;…][\"”’')\]]*\s*$|[\"”]\s*$")
# A line that ends on a word (a letter or a digit, or a closing bracket after one): a heading's end, not a sentence's.
_ENDS_ON_WORD = re.compile(r"[\w)]\s*$")
# An item of a list: "- …", "• …", "2. …", "3) …".
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·]\s|\d{1,2}[.)]\s)")


def _running(line: str) -> bool:
    return len(line.split()) >= _RUNNING_WORDS and bool(_STOP.search(line)) and not _LIST_ITEM.match(line)


def subheading_lines(body: str) -> frozenset[int]:
    """The indexes of the lines of ``body`` that are subheadings set inside the report (see above), found in one pass."""
    lines = body.split("\n")
    found = set()
    begun = False  # a line of running text came before: the report has begun
    before = ""  # the last line with text before this one
    for n, line in enumerate(lines):
        if begun and _heading_shaped(line) and not before.rstrip().endswith(":"):  # a colon announces a quotation or item
            after = next((later for later in lines[n + 1 :] if later.strip()), "")
            if _running(after):
                found.add(n)
        if line.strip():
            before = line
            begun = begun or _running(line)
    return frozenset(found)


def _heading_shaped(line: str) -> bool:
    """A heading's length, ending on a word, and no item of a list."""
    words = len(line.split())
    return 3 <= words <= _HEADING_WORDS and not _STOP.search(line) and bool(_ENDS_ON_WORD.search(line)) and not _LIST_ITEM.match(line)
