"""A word or two in quotation marks inside a clause: the writer's distance from a term, no break in the clause.

News puts a borrowed term in quotation marks without quoting anyone: "Abe is
expected to discuss with his Israeli counterpart Benjamin Netanyahu deepening
bilateral ties in a "comprehensive" manner during his stay from Sunday to Monday".
A quotation mark ends a clause when it opens or closes someone's words, so the
clause of "Sunday" was cut at "comprehensive", lost its "is expected to", and the
plan's Sunday was read as the Sunday before.  Marks around three words or fewer,
with no punctuation inside and a word of the clause on each side, quote no one's
words: they are blanked (each character kept in its place) before the clause is read.
"""

from __future__ import annotations

import re

_OPEN = '"\u201c'
_CLOSE = '"\u201d'
#: A quoted term of one to three words, with letters (and hyphens or apostrophes) only, inside a clause.
_TERM = re.compile(
    rf"(?<=[\w,] )(?P<open>[{_OPEN}])(?P<words>[^\W\d_][\w'’-]*(?: [\w'’-]+){{0,2}})(?P<close>[{_CLOSE}])(?= \w)"
    rf"|(?<=\w)(?P<glued>[{_OPEN}])(?P<gwords>[^\W\d_][\w'’-]*(?: [\w'’-]+){{0,2}})(?P<gclose>[{_CLOSE}])(?= \w)"
)


def without_scare_quotes(text: str) -> str:
    """``text`` with the marks around each quoted term blanked, every other character where it was."""
    return _TERM.sub(lambda m: " " + (m.group("words") or m.group("gwords")) + " ", text)
