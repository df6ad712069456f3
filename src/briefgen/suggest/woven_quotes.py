"""A quoted phrase woven into the writer's own clause, its closing mark beyond the sentence: the draft keeps the clause.

Reports often run a speaker's words on inside their own sentence: 'Kenya has
“offered to provide land to Indian companies for cultivation of crops.' or
'Modi said several initiatives have been identified to take “our close
partnership to the next level.'  When the quotation is not closed before the
sentence ends (the closing mark lost, or the quotation running on into the next
sentence), trimming to marks that pair keeps only the words after the mark: a
predicate with no subject ("offered to provide land …"), which is never drafted,
so the statement is lost.

The quotation there is part of the writer's sentence, not a statement of its
own: it goes on in lower case right after a word of the clause (no colon or
comma introducing it).  Then the whole sentence, which the selection judged
worth drafting, is the quote; a quotation introduced as a statement of its own
('Lee said: “We will …') is still trimmed and weighed on its own words, so
rhetoric inside quotation marks stays out.  A clause opening on a pronoun ("He
also said that “…") is left trimmed too: the draft would not say who spoke.
"""

from __future__ import annotations

import re

# One opening mark, no mark after it, a lower-case word right after it, and a word (not a colon or a comma) before it.
_WOVEN = re.compile(r"^(?!(?:He|She|They|It|We|I)\b)[^“”\"]*[\w’'%)] [“\"](?=[a-z])[^“”\"]*$")


def woven_quotation(whole: str, trimmed: str) -> str:
    """The quote to draft: ``whole`` when its only mark opens a quotation woven into its clause that never closes in it,
    and ``trimmed`` (what pairing the marks left) otherwise."""
    if trimmed != whole and _WOVEN.match(whole) and whole.endswith(trimmed):
        return whole
    return trimmed
