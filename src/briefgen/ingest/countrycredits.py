"""An agency's credit written after a dateline's country without brackets: "KINGSTON, Jamaica, CMC – …".

Regional agencies set their short name in the dateline in two ways.  The bracketed one ("KINGSTON, Jamaica, July
21, 2016 (CMC) –") was read; the other puts the name after the country as one more item of the list, "KINGSTON,
Jamaica, CMC – Jamaica's Prime Minister …", and left the page with no place, since the dash the reader waits for
after the country came one item later.

The credit is a name in capitals of two to six letters (an agency's short name, never a word of the sentence) and
is only how the dateline closes: the place read is still the city, and the credit names who wrote the copy, not the
outlet that printed it (docs/adding-sources.md), so it is matched without a group and never read as an outlet.

This module holds only a pattern (no imports), so that :mod:`briefgen.ingest.meta` can use it.
"""

from __future__ import annotations

# ", CMC", ", GINA": after the country, before the dateline's dash; optional, so the country alone still closes it.
UNBRACKETED_CREDIT = r"(?:,\s*[A-Z]{2,6}(?![A-Za-z]))?"
