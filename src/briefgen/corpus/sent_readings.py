"""What the parse workers read of each fact for linking, sent back with the parse of its file.

On two cores the loader's work before the linking fork is the longest part
of a cold ``check``: it validates each fact and prepares it for linking
(:func:`briefgen.corpus.evidence.prepare`) while the parse workers, done
with their files, leave their core idle.  Two parts of preparing a fact need
only its texts, not a validated fact, and a worker reads them from the parsed
item, its claim and quote stripped as validation strips them:

- its words (:func:`~briefgen.corpus.words.content_words`), the largest part
  of preparing it;
- whether its quote has any word a stay's end is told with
  (:func:`~briefgen.corpus.end_words.may_tell_an_end`): most have none, and the
  loader then reads no end from it, as :func:`~briefgen.corpus.stays.stay_end`
  would find none.

The words travel as a tuple: :mod:`marshal` writes a set in sorted order,
which cost the workers as much as finding the words, and a tuple in a tenth
of that; the loader makes it a set again for about a quarter of what finding
the words costs it (on 50,000 facts, 0.06 s against 0.22 s).  An item that is
not a fact with a text claim and quote gets no reading (if it validates after
all, the loader reads it itself, as it does a file it parsed).
"""

from __future__ import annotations

from briefgen.corpus.end_words import may_tell_an_end
from briefgen.corpus.words import content_words

#: One fact's reading: its words, and whether its quote may tell a stay's end; None where the loader reads it itself.
Reading = tuple[tuple[str, ...], bool] | None


def item_readings(data: object) -> list[Reading] | None:
    """For each item of a parsed facts file (a list), what linking reads of its claim and quote."""
    if not isinstance(data, list):
        return None
    found: list[Reading] = []
    for item in data:
        claim, quote = (item.get("claim"), item.get("quote")) if isinstance(item, dict) else (None, None)
        if isinstance(claim, str) and isinstance(quote, str):
            quote = quote.strip()
            found.append((tuple(content_words(f"{claim.strip()}\n{quote}")), may_tell_an_end(quote.lower())))
        else:
            found.append(None)
    return found
