"""A sentence cut at ", adding that": its parts go back together as one unit to draft, so the draft says who added it.

:func:`briefgen.suggest.sentences.split_sentences` cuts "…, Erdoğan said, adding that
he believes accelerating economic recovery will encourage the voluntary return of
Syrian refugees" in two, for the second half may report a statement of its own.
Drafted apart, though, the second half has lost its speaker ("he believes …"), the
first half has lost what was added, and neither quotes half of the sentence the
labels and an editor cite: the speaker's statement as the writer reported it.

Here the parts of one sentence cut that way form one group, as a quotation of a
few sentences does (:mod:`briefgen.suggest.quotation_runs`), and
:func:`briefgen.suggest.selection.drafted_spans` weighs the group the same way: it
is drafted whole only when one of its parts would be drafted on its own and the
whole states at most one figure and dates at most one time; otherwise each part
keeps its own draft, as before.  The words together are not weighed again, as
they are not for a quotation its speaker opens: one part is a claim already,
and the join adds who made it and what they added ("This is another historic
moment …, Xi said, adding that China is ready to make them golden partners").
A part already inside a quotation run keeps that run, and parts are joined
only when the quote drafted from the whole still holds each of them.  A
sentence that opens with a quotation closed by its speaker ('“Trade has grown
every year,” the minister said, adding that …') is drafted whole when its
quoted words are a claim; when they read as rhetoric alone, the quote is
trimmed to them (:func:`briefgen.suggest.attributed_quotes.attributed_quotation`)
and the join, which would lose what was added, is not made.
"""

from __future__ import annotations

import itertools
import re

from briefgen.suggest.attributed_quotes import attributed_quotation
from briefgen.suggest.sentences import Sentence, joins_an_addition, quotable_span

_MARKS = re.compile(r"[“”\"]")


def _plain(text: str) -> str:
    return " ".join(_MARKS.sub("", text).split()).strip(" ,.;:")


def _quote_holds_each(parts: list[Sentence], body: str) -> bool:
    """Would the quote drafted from the parts joined hold every part's words (no trim to a quotation's marks)?"""
    whole = Sentence(parts[0].start, parts[-1].end, body[parts[0].start : parts[-1].end], parts[0].paragraph)
    quote = _plain(attributed_quotation(whole.text, " ".join(quotable_span(whole).text.split())))
    return all(_plain(part.text) in quote for part in parts)


def _continues(before: Sentence, after: Sentence, body: str) -> bool:
    """Is ``after`` the rest of ``before``'s sentence, cut from it at ", adding that"?"""
    return before.paragraph == after.paragraph and before.end <= after.start and joins_an_addition(body[before.end : after.start])


def with_additions_joined(groups: list[list[Sentence]], body: str) -> list[list[Sentence]]:
    """The groups in order, the single sentences cut from one sentence at ", adding that" made one group."""
    joined: list[list[Sentence]] = []
    for group in groups:
        previous = joined[-1] if joined else None
        if previous is not None and len(group) == 1 and _continues(previous[-1], group[0], body):
            cut_from_one = all(_continues(a, b, body) for a, b in itertools.pairwise(previous))
            if cut_from_one and _quote_holds_each([*previous, group[0]], body):
                previous.append(group[0])
                continue
        joined.append(list(group))
    return joined


def cut_at_additions(run: list[Sentence], body: str) -> bool:
    """Is the run one sentence cut at ", adding that" (each sentence the rest of the one before it)?"""
    return len(run) > 1 and all(_continues(before, after, body) for before, after in itertools.pairwise(run))
