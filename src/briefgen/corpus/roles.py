"""Who plays which part in a figure: whose partner is ranked, who exports to whom.

Two reports of a relation name the same two countries and much the same
words, yet "the UAE is India's third-largest trading partner" and "India is
the UAE's second-largest trading partner" are two figures, not one figure
stated differently: the rank belongs to a different country in each.  Nor
is "Norland's exports to Sudmark" the figure of "Sudmark's exports to
Norland".  A figure is the same only with the same parties in the same
roles, so each quote is read for the roles it states:

* a rank: whose it is ("India's third-largest trading partner", "the
  largest investor in India", "the second-largest partner of the UAE") and
  what is ranked (partner, investor, destination...);
* a flow of goods or money: where it goes ("exports to Sudmark", "imports
  from Norland"), and whose it is when the quote says ("Norland's exports").

Two facts whose quotes each state a role of one kind (a rank of one thing, a
flow in one direction) with different parties are :func:`opposed`.  A quote
that states no role, or names no party, is never opposed: the rule only
speaks when both quotes say who is who.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: A party: one or a few capitalised words, or an acronym ("India", "the UAE", "Saudi Arabia").
_PARTY = r"((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)"
_ORDINAL = r"\b(?:(?:[a-z]+|\d+(?:st|nd|rd|th))[\s-])?(?:largest|biggest|leading|top|main)"
_THING = r"(?:[\s-]+\w+){0,2}?\s+(partner|investor|destination|market|supplier|source|exporter|importer|buyer|seller)s?\b"
_POSSESSIVE = r"['’]s?"
#: "India's third-largest trading partner"
_RANK_OWNED = re.compile(_PARTY + _POSSESSIVE + r"\s+" + _ORDINAL + _THING)
#: "the third-largest trading partner of India", "the fourth-largest investor in India"
_RANK_OF = re.compile(_ORDINAL + _THING + r"\s+(?:of|in|for|to)\s+(?:the\s+)?" + _PARTY)
#: "exports to Sudmark", "imports from Norland", "will supply 2,700 tractors to India": where the goods go or come from
_FLOW = re.compile(r"\b(?:export|import|shipment|deliver|suppl)\w*\s+(?:[\w,.$%-]+\s+){0,4}?(to|from|into)\s+(?:the\s+)?" + _PARTY)
#: "Norland's exports", "Norland exported"
_FLOW_OWNED = re.compile(_PARTY + r"(?:" + _POSSESSIVE + r"\s+|\s+)(export|import)\w*")

#: Words (cut to five letters, as :mod:`briefgen.corpus.evidence` cuts them) without one of which a quote states no role.
_ROLE_STEMS = frozenset(
    {"large", "bigge", "leadi", "top", "main", "expor", "impor", "shipm", "deliv", "suppl", "partn", "inves", "desti", "marke"}
)


def may_state_roles(words: set[str] | frozenset[str]) -> bool:
    """Whether a fact's content words (cut to five letters) may state a role: a set lookup, before any pattern is read."""
    return not _ROLE_STEMS.isdisjoint(words)


_NOT_PARTIES = frozenset({"the", "its", "their", "his", "her", "this", "that", "country", "world"})


def _forms(text: str) -> tuple[str, ...]:
    """A party as compared, lower case and without accents: its last word, and the initials of a name of several
    words, so that "the United Arab Emirates" (emirates, uae) and "the UAE" (uae) meet."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower().split()
    return (plain[-1], "".join(w[0] for w in plain)) if len(plain) > 1 else (plain[-1],)


@functools.lru_cache(maxsize=65536)
def roles(quote: str) -> frozenset[tuple[str, str, str]]:
    """The roles a quote states, as (kind, what, party): ("rank", "partner", "india"), ("flow", "destination", "sudmark")."""
    found: set[tuple[str, str, str]] = set()

    def add(kind: str, what: str, party: str) -> None:
        found.update((kind, what, form) for form in _forms(party))

    for match in _RANK_OWNED.finditer(quote):
        add("rank", match.group(2).lower(), match.group(1))
    for match in _RANK_OF.finditer(quote):
        add("rank", match.group(1).lower(), match.group(2))
    for match in _FLOW.finditer(quote):  # whatever the verb, "to" names where the goods go and "from" where they come from
        add("flow", "origin" if match.group(1).lower() == "from" else "destination", match.group(2))
    for match in _FLOW_OWNED.finditer(quote):  # "Norland's exports" come from Norland, "Norland's imports" go to it
        add("flow", "origin" if match.group(2).lower() == "export" else "destination", match.group(1))
    return frozenset(r for r in found if r[2] not in _NOT_PARTIES and len(r[2]) > 1)


def opposed(quote_a: str, quote_b: str) -> bool:
    """Whether two quotes give one kind of role to different parties: two figures, however alike their words.

    Compared per kind of role (a rank of partners, a flow's destination...):
    opposed when both quotes state that role and no party of one is a party
    of the other.
    """
    ra, rb = roles(quote_a), roles(quote_b)
    if not ra or not rb:
        return False
    for kind_what in {(k, w) for k, w, _ in ra} & {(k, w) for k, w, _ in rb}:
        parties_a = {p for k, w, p in ra if (k, w) == kind_what}
        parties_b = {p for k, w, p in rb if (k, w) == kind_what}
        if parties_a.isdisjoint(parties_b):
            return True
    return False
