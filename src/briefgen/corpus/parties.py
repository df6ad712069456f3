"""A party's key, and the parties named in a quote: the names an occasion's reports use when their entities leave one out.

:func:`party_key` is how every linking step compares two names of one side; :func:`party_keys` reads a fact's.

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

import functools
import re
from collections.abc import Iterable, Sequence

from briefgen.corpus.country_names import one_country_key
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


@functools.lru_cache(maxsize=65536)
def party_key(name: str) -> str:
    """A name as parties are compared: its last word of three letters or more, cut to five letters.

    "Recep Tayyip Erdoğan" and "Erdogan", "Mohammed Shia' al-Sudani" and
    "Mohammad Al-Sudani" meet; so do "King Salman" and "Mohammed bin Salman",
    which is why two parties are asked for, not one.  A joint body's name
    ("Supreme Strategic Committee") gives no key: see :data:`_BODY_HEADS`.
    A country known by two names ("Turkey", "Türkiye") gives one key (see
    :mod:`briefgen.corpus.country_names`).
    """
    words = [w for w in entity_key(name).replace("al ", " ").split() if len(w) >= 3]
    return one_country_key(words[-1][:5]) if words and words[-1][:5] not in _BODY_HEADS else ""


#: The last words (cut to five letters) of the names of joint bodies ("the Qatari-Turkish Supreme Strategic
#: Committee", "the Saudi-Egyptian Coordination Council", "a joint commission"): the word any committee ends
#: with, which no more names a side of an occasion than "the" does.  (Names of texts, "Agreement", "Treaty", are
#: left as they are: measured, dropping them cost more occasions than it joined.)
_BODY_HEADS = frozenset({"commi", "counc"})


_NO_NAMES: frozenset[str] = frozenset()


def party_keys(entities: Sequence[str] | None) -> frozenset[str]:
    """The party keys a fact's entities give; a fact with no entities (a draft, or half the facts of a big corpus)
    names no party, and no key is looked up for it."""
    return frozenset(filter(None, map(party_key, entities))) if entities else _NO_NAMES
