"""Own words: what a participant recalls in a quotation dates what is recalled, not the saying.

"'Last year in Kazan, we had very fruitful discussions which gave a positive
direction to our relations,' he added": Modi said it to Xi at Tianjin, and the
labels hold it a part of the Tianjin meeting, whatever year its words name.  The
date a statement is said on is the reporter's to give, outside the quotation
marks ("At a meeting with López Obrador in San Francisco last month, Xi, according
to ...", the day of another meeting); so :func:`briefgen.corpus.elsewhen.elsewhen`
reads a statement's words outside its quotations only.  Only statements: an event
or a figure quoted is what it reports, not something said.
"""

from __future__ import annotations

import re

from briefgen.corpus.models import Fact

#: A quotation between its marks, curly or straight, or opened and left open to the end of the sentence (an
#: outlet's quotation of several sentences closes on a later one: '"The interests of 2.8 billion people ...').
_QUOTATION = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
#: A quotation opened in an earlier sentence and closed in this one ("The dragon and the elephant must walk
#: together as good neighbours, partners, and friends.”): everything before its closing mark was quoted.
_CLOSED_HERE = re.compile(r"^[^“”\"]*”")


def outside_quotations(quote: str) -> str:
    """The words of ``quote`` outside its quotations: the reporter's, who dates the saying."""
    return _QUOTATION.sub(" ", _CLOSED_HERE.sub(" ", quote))


def dated_words(fact: Fact) -> str:
    """The words that date a fact against its occasion: a statement's outside its quotations, any other fact's all."""
    return outside_quotations(fact.quote) if fact.kind == "statement" else fact.quote
