"""A quotation of a few sentences, its speaker named where it opens or closes: one span, not one per sentence.

News gives a leader's words as one quotation running over several sentences,
the speaker named once, after the closing mark ('"We have much in common.
We owe you a great deal. We will never forget that," Merz said.') or before
the opening one ('Tusk remarked: "Is this the end? It is not."').  An editor
cites the quotation whole, as the speaker's statement; split into sentences,
each draft quotes a fraction of it, and none stands for the statement (nor
says, in its first sentences, who made it).

A run of two to four sentences of one paragraph, opened by a mark that no
sentence before its last closes, with no other mark inside, and either closed
by an attribution (any speaker, and where and when they spoke:
:mod:`briefgen.suggest.run_attributions`) or opened by the writer's clause
naming its speaker (a name, a title or a pronoun, however the writer brings
them in: :mod:`briefgen.suggest.run_openers`), is drafted as one sentence
spanning them all, when it stays within :data:`MAX_WORDS` words and its
sentences date at most one time (:func:`dates_one_time`).  A quotation as
short as a claim is joined however the writer tells who spoke
(:mod:`briefgen.suggest.short_quotations`).  Longer quotations and any other
shape keep their per-sentence drafts.

A run is drafted whole only when one of its sentences would be drafted on its
own (:func:`drafted_alone`): when only some of its sentences were, the labels
cite the quotation whole ('“Our relations with Indonesia are developing
steadily. Trade turnover is growing. We have good prospects …,” Putin said',
where the filters keep only the last sentence's words); when none is, its
words are thanks or praise, and stay out.  Joined, the words may still read
as rhetoric to the filters, and each worthy sentence is drafted alone; not
when the writer's clause opening the run names its speaker ('He added,
“Australia and India share a commitment to …. Together we have an important
role to play …”'): one sentence is a claim already, and the join adds only
who made it and the rest of what they said.
"""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.attributed_quotes import attributed_quotation
from briefgen.suggest.closing_speakers import CLOSING_MARK, closes_with_speaker
from briefgen.suggest.dates import dated_phrases
from briefgen.suggest.run_attributions import closes_with_attribution
from briefgen.suggest.run_openers import opened_by_speaker
from briefgen.suggest.sentences import Sentence, Span
from briefgen.suggest.short_quotations import cited_whole
from briefgen.suggest.speakers import spoken_by_name
from briefgen.suggest.worth import check_worthy

#: The most words a quotation drafted whole may have: longer, it is a speech, and its sentences are cited apart.
MAX_WORDS = 90
_SHORTEST, _LONGEST = 2, 4


def _marks(text: str) -> int:
    return sum(text.count(m) for m in '“”"')


def _run_from(sentences: list[Sentence], first: int) -> int:
    """The index past the last sentence of a quotation run starting at ``first``, or ``first`` when none starts there."""
    head = sentences[first].text.strip()
    opened = opened_by_speaker(head)
    if opened:
        mark, named_first = opened.group("mark"), True
        if _marks(head[opened.end() :]):
            return first  # the quotation closes (or another opens) in its first sentence
    elif head[:1] in CLOSING_MARK and _marks(head[1:]) == 0:
        mark, named_first = head[0], False
    else:
        return first
    for last in range(first + 1, min(first + _LONGEST, len(sentences))):
        sentence = sentences[last]
        text = sentence.text.strip()
        if sentence.paragraph != sentences[first].paragraph:
            return first
        if _marks(text) == 0:
            continue
        closed = named_first and _marks(text) == 1 and text.endswith((CLOSING_MARK[mark], CLOSING_MARK[mark] + "."))
        ends_run = closes_with_speaker(text, mark) or closes_with_attribution(text, mark)
        # however its speaker is told, a quotation as short as a claim is cited whole: see .short_quotations
        short = not named_first and cited_whole([s.text.strip() for s in sentences[first : last + 1]], mark)
        if closed or short or (not named_first and _marks(text) == 1 and ends_run):
            return last + 1 if last + 1 - first >= _SHORTEST else first
        return first
    return first


def quotation_runs(sentences: list[Sentence], body: str) -> list[list[Sentence]]:
    """The sentences in order, each alone or grouped with the rest of the quotation it opens (see the module's doc)."""
    groups: list[list[Sentence]] = []
    index = 0
    while index < len(sentences):
        end = _run_from(sentences, index)
        run = sentences[index:end]
        if end > index and len(body[run[0].start : run[-1].end].split()) <= MAX_WORDS:
            groups.append(run)
            index = end
        else:
            groups.append([sentences[index]])
            index += 1
    return groups


def speaker_opens(run: list[Sentence]) -> bool:
    """Does the writer's clause opening the run name who speaks it ('Merz said: "…', 'He added, “…')?"""
    return opened_by_speaker(run[0].text.strip()) is not None


def drafted_alone(sentence: Sentence, span: Span) -> bool:
    """Would the sentence of a run be drafted on its own: its quote, trimmed to the quoted words, still worth a draft?

    The sentence was kept (``span``); the drafts weigh its quote once more when trimming it to marks that pair
    dropped an attribution, as :func:`briefgen.suggest.drafts.suggest_drafts` does.  The sentence naming the speaker
    is kept for its speaker ('…clear," Minister X said'); what counts is what its words say alone ('This is truly a
    major change,” he said' leaves a flourish; 'We have good prospects in a number of … areas of cooperation,” Putin
    said' a claim).
    """
    whole = " ".join(span.text.split())
    quote = attributed_quotation(sentence.text, whole)
    return len(quote.split()) >= 4 and (quote == whole or check_worthy(quote, said=spoken_by_name(whole)))


def joined(run: list[Sentence], body: str) -> Sentence:
    """One sentence spanning the run, as the body writes it."""
    return run[0] if len(run) == 1 else Sentence(run[0].start, run[-1].end, body[run[0].start : run[-1].end], run[0].paragraph)


def dates_one_time(run: list[Sentence], published: dt.date | None, ref_year: int | None) -> bool:
    """Do the run's sentences date at most one time between them (each by the first date it states)?

    A quotation that dates two events, one sentence each, is two statements, as one stating two figures is: '“Last
    year, President Putin and I decided to cross the $100 billion bilateral trade target by 2030. But, after my
    discussions with President Putin from yesterday, … I don’t think that we need to wait for 2030. …,” he said'.
    Joined, the draft would take the first sentence's year for the second's news.
    """
    firsts = set()
    for sentence in run:
        found = dated_phrases(sentence.text, published, future=False, ref_year=ref_year)
        if found:
            firsts.add(found[0][2])
    return len(firsts) <= 1
