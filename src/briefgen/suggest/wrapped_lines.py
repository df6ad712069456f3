"""Line breaks a page's text was wrapped at: the halves of one sentence, not two lines.

Most archived pages put a break only where the page has one: between a
heading, a caption or a summary point and the text, so the sentence splitter
ends a sentence at every break (:func:`briefgen.suggest.sentences.split_sentences`).
Some pages come hard-wrapped, every line cut near a fixed width with no blank
line between paragraphs, and archiving sets each line as a paragraph of its
own ("… He was welcomed / by the country's Prime Minister Viktor Orbán at the
airport of Budapest. During / talks with the Hungarian President …"): read
line by line, one sentence is drafted as two fragments, or not at all, each
half too short to state anything.

A break is a wrap when the line before it is no longer than a wrapped column
(:data:`_WIDEST`), ends without a sentence's closing mark, and breaks off
mid-phrase: the next line goes on in small letters, or the line ends on a
comma or on a word no sentence or heading ends on ("the two / Prime
Ministers").  A page counts as wrapped only when at least
:data:`_FEWEST_WRAPS` of its breaks go on in small letters; a list of
agreements, one per line, each a capitalised title, never does, nor a title
over its date.
"""

from __future__ import annotations

import re

from briefgen.text.english import BULLET_MARKS

#: The longest line a wrapped column holds: pages are wrapped at 60 to 90 characters, a paragraph on one line is longer.
_WIDEST = 100
#: The breaks a paragraph needs, each before a line going on in small letters, before any of its breaks is read as a wrap.
_FEWEST_WRAPS = 2
_CLOSED = re.compile(r"[.!?:;…][\"”’')\]]*$")
# An initial closing the line ("the Prime Minister of Mongolia L. / Oyun-Erdene"): a name goes on, no sentence ends.
_INITIAL = re.compile(r"\s[A-Z]\.$")
# Words a sentence, a heading or a caption does not end on: the line breaks mid-phrase ("the two / Prime Ministers").
_OPEN_END = re.compile(
    r"\b(?:the|a|an|of|in|on|at|to|for|from|with|by|and|or|but|as|is|are|was|were|be|has|have|had|that|which|who|its|their|"
    r"his|her|our|this|these|two|between|into|over|under|than|more)$",
    re.IGNORECASE,
)


def _goes_on(line: str, following: str) -> bool:
    """Does ``line`` break off mid-sentence, ``following`` carrying it on?"""
    stripped, next_line = line.rstrip(), following.lstrip()
    if (
        not stripped
        or not next_line
        or len(stripped) > _WIDEST
        or (_CLOSED.search(stripped) and not _INITIAL.search(stripped))
        or next_line[0] in BULLET_MARKS
    ):
        return False
    ended_open = stripped.endswith(",") or bool(_OPEN_END.search(stripped) or _INITIAL.search(stripped))
    return next_line[0].islower() or ended_open


def wrapped_joints(paragraphs: list[str]) -> set[int]:
    """The indices of the body's paragraphs that go on, unbroken, in the paragraph after them.

    Archiving sets each line of a hard-wrapped page without blank lines as a
    paragraph of its own, so the wrap is a paragraph break here; a paragraph
    of several lines is never part of one.
    """
    lines = [p if "\n" not in p.strip("\n") else "" for p in paragraphs]
    joints = {n for n in range(len(lines) - 1) if _goes_on(lines[n], lines[n + 1])}
    small = [n for n in joints if lines[n + 1].lstrip()[:1].islower()]
    return joints if len(small) >= _FEWEST_WRAPS else set()


def joined_paragraphs(paragraphs: list[str]) -> list[list[int]]:
    """The body's paragraphs in runs: a wrapped paragraph with those it goes on in, any other alone."""
    joints = wrapped_joints(paragraphs)
    runs: list[list[int]] = []
    for number in range(len(paragraphs)):
        if number - 1 in joints:
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs


def wrapped_line_numbers(body: str) -> frozenset[int]:
    """The indexes of the body's lines (split at each line break) that go on in the line after them: never a heading."""
    paragraphs = body.split("\n\n")
    joints = wrapped_joints(paragraphs)
    numbers = set()
    line = 0
    for number, paragraph in enumerate(paragraphs):
        line += paragraph.count("\n")
        if number in joints:
            numbers.add(line)
        line += 2  # the blank line between this paragraph and the next
    return frozenset(numbers)
