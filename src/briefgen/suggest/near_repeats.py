"""Near repeats: one sentence printed twice on a page with a word or two changed, drafted once.

Pages put one claim in two places in nearly the same words: a wire's lead
repeated below it with another source ("…, a Turkish source told Reuters" and
"…, one of the sources said"), a release's paragraph restated after the list
("They also welcomed the commencement of direct flight connection …" and "They
welcomed the upcoming commencement of direct flight connection …"), "the two
heads of state announced the elevation …" and "the two leaders announced the
elevation …".  The editor keeps one draft of the claim; the second is a repeat
with nothing the first lacks.  Judges reject it as such.

Two drafts of different sentences are one claim when their words, sorted, are
nearly the same (a token sort ratio of :data:`_RATIO`, so a paraphrase with
other words or another order of clauses is not one) and they state the same
figures and name the same days and months: "signed on Monday" and "signed on
Tuesday" are two claims however alike.  The later one is left out, unless the
earlier one is the page's opening line standing alone in its paragraph above the
report, a standfirst that the report's own sentence says again: then the
standfirst is left out and the report's sentence, with its paragraph, is kept.
Lines under :data:`_WORDS` words are left to the readers of headings.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from briefgen.suggest.sentences import Sentence, Span
from briefgen.text.quotes import fold

# How alike two drafts' sorted words must be (0-100) to be one claim printed twice.
_RATIO = 85
# Fewer words than this are a heading's, read elsewhere.
_WORDS = 6
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_DAY_OR_MONTH = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\b"
)


def _same_anchors(first: str, second: str) -> bool:
    """Whether the two texts state the same figures and name the same days and months."""
    return set(_FIGURE.findall(first)) == set(_FIGURE.findall(second)) and set(_DAY_OR_MONTH.findall(first)) == set(
        _DAY_OR_MONTH.findall(second)
    )


def is_near_repeat(first: str, second: str) -> bool:
    """Whether two drafts say one claim in nearly the same words (see the module's docstring)."""
    one, two = fold(first).casefold(), fold(second).casefold()
    if len(one.split()) < _WORDS or len(two.split()) < _WORDS:
        return False
    return fuzz.token_sort_ratio(one, two) >= _RATIO and _same_anchors(one, two)


def _standfirst(sentence: Sentence, sentences: list[Sentence], first: bool) -> bool:
    """Whether the sentence is the page's first drafted line and alone in its paragraph: a standfirst over the report."""
    return first and not any(s is not sentence and s.paragraph == sentence.paragraph for s in sentences)


def near_repeats(spans: list[tuple[Sentence, Span, str]], sentences: list[Sentence], headline: Sentence | None) -> set[int]:
    """The indexes in ``spans`` of the drafts that repeat another draft of the page (see the module's docstring)."""
    body = [(n, sentence, span) for n, (sentence, span, _) in enumerate(spans) if sentence is not headline]
    left_out: set[int] = set()
    for position, (n, sentence, span) in enumerate(body):
        for m, other, other_span in body[position + 1 :]:
            if other is sentence or n in left_out or m in left_out or other.paragraph <= sentence.paragraph:
                continue
            if is_near_repeat(span.text, other_span.text):
                left_out.add(n if _standfirst(sentence, sentences, position == 0) else m)
    return left_out
