"""Parties named in a quote: the names an occasion's reports use when their entities leave one out.

An article's facts carry as entities the names its writer or editor chose:
an outlet reporting "Anwar arrived here Thursday to continue his official
visit to China" from Beijing tags "Beijing" and "Li Qiang", not "China",
though the quote names it.  :mod:`briefgen.corpus.occasions` joins two
articles into one occasion only when each names two of the other's parties;
read from the entities alone, one outlet's "China" and "Malaysia" against
another's "Beijing" and "Anwar" leave the visit in two pieces.  So a party
the entities miss still counts when a quote names it: a capitalised word
whose first five letters are the party's key ("China", "Malaysian" for
"Malaysia": a country's adjective often begins with its name).

Only capitalised words are read (a name, not the word "china" in a sentence
of crockery), and not the first word of a sentence alone: "Both", "The".
Read only for articles whose occasions already share a party and a month.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefgen.corpus.words import entity_key

#: A capitalised word of three letters or more (any letters, so "Türkiye" and "Việt" are read too).
_NAME = re.compile(r"\b[A-Z\u00c0-\u00de][^\W\d_]{2,}")


def quoted_parties(quotes: Iterable[str]) -> frozenset[str]:
    """The party keys (a name's last word cut to five letters, as occasions compare parties) the quotes' names give.

    Each capitalised word is read as a name of its own: "Prime Minister
    Anwar Ibrahim" gives "prime", "minis", "anwar", "ibrah"; only keys that
    are some article's party matter to the caller, so the extra words do no harm.
    """
    keys: set[str] = set()
    for quote in quotes:
        for word in _NAME.findall(quote):
            key = entity_key(word)
            if len(key) >= 3:
                keys.add(key[:5])
    return frozenset(keys)
