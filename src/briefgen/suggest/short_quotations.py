"""A quotation short enough to cite whole: a few sentences, as many words as one claim holds, however its speaker is told.

:mod:`briefgen.suggest.quotation_runs` joins a quotation running over
sentences when a short attribution closes it or the writer's clause naming its
speaker opens it.  The labels cite a short quotation whole whatever the writer
puts after it: '"We have much in common, our history. We owe the Americans a
lot. We will never forget that," Merz said during a press briefing with Trump
in the Oval Office in Washington, referring in part to …' (an attribution
longer than those rules read), or a paragraph that is the quotation alone, its
speaker named in the paragraph before ('"An agreement has been reached between
our Special Representatives regarding border management. … Direct flights
between the two countries are also being resumed."').  Cut into sentences, no
draft quotes half of the statement an editor cites.

Of the quotations of several sentences in the labelled sets of half A, those
of at most :data:`MAX_QUOTED_WORDS` words (the longest span a claim has) are
cited whole ten times for each time their sentences are cited apart; longer
ones are cited apart more often than not, and are left to the other rules.

Here the quotation opens its first sentence and closes in its last, with no
other mark between; what follows the closing mark is nothing, or, when the
quoted words end with a comma, a question or an exclamation mark, the writer's
clause of at most :data:`MAX_TAIL_WORDS` words (who spoke, where, how, and what
the writer adds: it quotes no one, as it holds no quotation mark).  A quotation
that ends with its full stop and goes on ('… by 2030.” he said.') is not read
as closed by its speaker, and one the writer's clause opens is left to
:mod:`briefgen.suggest.run_openers` ('The statement said: "…"' is a document's
words, cited sentence by sentence).
"""

from __future__ import annotations

from briefgen.suggest.closing_speakers import CLOSING_MARK

#: The most quoted words a quotation cited whole may have: the longest span a labelled claim has.
MAX_QUOTED_WORDS = 40
#: The most words of the writer's clause after the closing mark.
MAX_TAIL_WORDS = 25

_MARKS = '“”"'


def _count_marks(text: str) -> int:
    return sum(text.count(mark) for mark in _MARKS)


def cited_whole(texts: list[str], mark: str) -> bool:
    """Is the quotation that ``mark`` opens the first of ``texts`` with, and that closes in the last, short enough to cite whole?

    ``texts`` are the sentences of the run, stripped.  The quotation may hold no other mark, and after its close comes
    nothing, or a short clause of the writer's after a comma, ? or ! (see the module's doc).
    """
    if len(texts) < 2 or not texts[0].startswith(mark) or any(_count_marks(text) for text in [texts[0][1:], *texts[1:-1]]):
        return False
    last = texts[-1]
    close = last.find(CLOSING_MARK[mark])
    if close < 0 or _count_marks(last) != 1:
        return False
    quoted = " ".join([texts[0][1:], *texts[1:-1], last[:close]])
    if len(quoted.split()) > MAX_QUOTED_WORDS:
        return False
    tail = last[close + 1 :].strip().rstrip(".").strip()
    if not tail:
        return True
    return last[:close].rstrip().endswith((",", "?", "!")) and len(tail.split()) <= MAX_TAIL_WORDS
