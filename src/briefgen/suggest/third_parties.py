"""Background on a third country: a sentence that names neither side of the page's relation.

A page on a visit or a deal between two countries often stops to explain
someone else: a third country's election, its tariffs, the host of a past
summit ("U.S. President Donald Trump has reintroduced tariff measures" on a
Mexico–Canada page).  A brief on the relation has nothing to check there.

suggest cannot see labels, so the sides come from the page itself, read
generously (a side missed would cost its sentences): every country the
headline or the lede names, the one the page names most (the two most, when
headline and lede name fewer than two), and both countries of a sentence that
names exactly two with a meeting or a signing.  A country is known by its name,
its other spellings, its adjective ("Chinese") and its capital ("Beijing"),
from the ``countryinfo`` library rather than a table kept here; a side is
also known by any word that begins like its name ("Kazakh" for Kazakhstan)
and by the leaders the page names after its adjective ("Chinese President
Xi Jinping") or with a title and its name (:mod:`briefgen.suggest.side_people`:
"Marcos, the Philippine president").

The library is read as the news names countries: a part of a country under its ISO code is the country
("Welsh Guards" are the United Kingdom's), an adjective a country shares with its dependencies is the country's
("French", "American"), a region's word before a name makes it the region's ("North American"), and names are
compared without their accents ("Türkiye"); "the two governments" are the sides, as "the two countries" are.

A sentence is left undrafted only when it names a third country outright and
no side at all, says nothing of a meeting, a signing or the two sides
("both countries"), and is not a side speaking ("we", "our").
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from countryinfo import all_countries

from briefgen.suggest.side_people import people_of
from briefgen.text.english import unaccented

# What ties a sentence to the relation whoever it names: a meeting, a signing, the two sides.
_RELATION = re.compile(
    r"\b(?:visit\w*|met|meet\w*|talks|sign(?:s|ed|ing)?|agree\w*|accords?|memorand\w*|treat(?:y|ies)|"
    r"mous?|bilateral|joint\w*|both (?:countries|nations|sides|leaders|governments)|"
    r"the (?:two )?(?:countries|nations|sides|leaders|presidents)|the two governments|"
    r"counterpart\w*|discuss\w*|trips?|tours?|travel\w*|attend\w*|(?-i:[Ww]e|[Oo]urs?|us)\b)",  # "US" is a country, "us" a side speaking
    re.IGNORECASE,
)
# Two countries named together in a sentence of meeting or signing are the relation's sides.
_MEETING = re.compile(r"\b(?:met|meet\w*|talks|sign(?:s|ed|ing)?|visit\w*|agree\w*|memorand\w*|treat(?:y|ies)|deals?)\b", re.I)
# A name after a side's adjective, past a title in small letters: "Egyptian counterpart Abdel Fattah al-Sisi".
_CAPITALISED_RUN = re.compile(r"(?:[a-z]{5,}\s+)?((?:[A-Z][\w'’.-]*\s+){0,4}[\w'’-]*[A-Z][\w'’-]*)")


@dataclass(frozen=True)
class Country:
    """A country as news names it: exact names (name, spellings, adjective, capital) and the stem of its name."""

    key: str
    names: tuple[str, ...]
    stem: str
    capital: str = ""


def _plain(name: str) -> bool:
    return bool(name) and all(ch.isascii() for ch in name) and not name.isdigit()


# A country's adjective its dependencies share ("French" of Réunion, "American" of the Northern Mariana Islands) is the
# country's when it has this many times the people of all the others together; "Congolese" of two Congos is no one's.
_DEPENDENCIES = 10


@dataclass(frozen=True)
class _Entry:
    """One entry of the library as read: its names, its adjectives, its people and its ISO code."""

    key: str
    names: frozenset[str]
    adjectives: frozenset[str]
    population: int
    code: str
    stem: str
    capital: str


def _entries() -> list[_Entry]:
    found: list[_Entry] = []
    for info in all_countries():
        try:
            name, capital, demonym = info.name(), info.capital(), info.demonym()
            spellings = info.alt_spellings()
            population, code = info.info().get("population"), info.iso().get("alpha2", "")
        except Exception:
            continue
        names: set[str] = {n for field in (name, capital, demonym) for n in ([field] if isinstance(field, str) else field or [])}
        for spelling in spellings:
            if spelling.isupper() and 2 <= len(spelling) <= 3:
                if spelling not in (info.iso().get("alpha2", ""), info.iso().get("alpha3", "")) or spelling == "US":
                    names |= {spelling, ".".join(spelling) + "."}  # "UAE", "U.S.": an abbreviation, not an ISO code ("IN")
            elif len(spelling) >= 4:
                names.add(spelling)
        adjectives = {plain for n in ([demonym] if isinstance(demonym, str) else demonym or []) if _plain(plain := unaccented(n))}
        first = name.split()[0] if name else ""
        stem = first[: max(4, len(first) - 2)] if len(name.split()) == 1 else ""
        people = population if isinstance(population, int) else 0
        kept = frozenset(plain for n in names if _plain(plain := unaccented(n)))  # "Brasília" as "Brasilia"
        found.append(
            _Entry(
                name, kept, frozenset(adjectives), people, str(code), stem, capital if isinstance(capital, str) and _plain(capital) else ""
            )
        )
    return found


def _with_parts(found: list[_Entry]) -> list[_Entry]:
    """Each entry that is a part of a country, counting no people of its own under that country's ISO code ("Wales",
    the United Kingdom's GB), folded into that country: "the Prince of Wales" and "Welsh Guards" name the United Kingdom."""
    whole = {e.code: e for e in found if e.code and e.population}
    parts = [e for e in found if not e.population and e.code in whole and whole[e.code] is not e]
    merged = {
        e.key: dataclasses.replace(
            e,
            names=e.names.union(*(p.names for p in parts if p.code == e.code)),
            adjectives=e.adjectives.union(*(p.adjectives for p in parts if p.code == e.code)),
        )
        for e in whole.values()
    }
    return [merged.get(e.key, e) for e in found if e not in parts]


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country of the library, with the names a news page uses for it."""
    found = _with_parts(_entries())
    shared = Counter(n for entry in found for n in entry.names)
    owners: dict[str, str] = {}
    for adjective in {a for e in found for a in e.adjectives if shared[a] > 1}:
        holders = sorted((e for e in found if adjective in e.names), key=lambda e: e.population, reverse=True)
        if holders[0].population >= _DEPENDENCIES * sum(e.population for e in holders[1:]):
            owners[adjective] = holders[0].key
    # "Chinese" is Hong Kong's adjective too: a name several countries share stays only with the one it begins like,
    # and an adjective with a country whose dependencies share it.
    return tuple(
        Country(
            e.key,
            tuple(sorted(n for n in e.names if shared[n] == 1 or (e.stem and n.startswith(e.stem)) or owners.get(n) == e.key)),
            e.stem,
            e.capital,
        )
        for e in found
    )


# A region's word before a name makes it the region's: "North American", "Latin American", "South Sudan" (not Sudan).
_REGION = r"(?<!\bNorth )(?<!\bSouth )(?<!\bLatin )(?<!\bCentral )"


def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.]){_REGION}(?:{alternatives})(?![\w$])")  # "US$10 billion" is a currency


@cache
def _exact(country: Country) -> re.Pattern[str]:
    return _pattern(country.names)


@cache
def _loose(country: Country) -> re.Pattern[str]:
    stem = rf"|\b{re.escape(country.stem)}\w*" if country.stem else ""
    names = "|".join(re.escape(n) for n in sorted(country.names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.]){_REGION}(?:{names}){stem}", re.IGNORECASE)


def loosely_named(country: Country, text: str) -> bool:
    """Whether the text names the country by any of its names or a word begun like it ("Kazakh")."""
    return bool(_loose(country).search(unaccented(text)))


def named(text: str) -> list[Country]:
    """The countries a text names outright (name, spelling, adjective or capital), accented or not ("Türkiye")."""
    plain = unaccented(text)
    return [c for c in countries() if c.names and _exact(c).search(plain)]


@dataclass(frozen=True)
class Sides:
    """The sides of the page's relation and the leaders the page ties to them."""

    countries: tuple[Country, ...]
    leaders: frozenset[str]
    people: tuple[frozenset[str], ...] = ()  # each side's leaders, in the order of countries

    def named_in(self, text: str) -> bool:
        """Whether the text names a side: by any of its names or a word begun like it, or by one of its leaders."""
        if any(loosely_named(c, text) for c in self.countries):
            return True
        return any(word in self.leaders for word in re.findall(r"[\w'’-]+", text))


def page_sides(title: str, lede: str, sentences: list[str]) -> Sides:
    """The page's sides, read generously: headline, lede, the most named, two countries met or signed together."""
    sides = {c.key: c for c in named(title) + named(lede)}
    counts: Counter[str] = Counter()
    by_key: dict[str, Country] = {}
    for text in sentences:
        here = named(text)
        for country in here:
            counts[country.key] += 1
            by_key[country.key] = country
        if len(here) == 2 and _MEETING.search(text):
            sides.update((c.key, c) for c in here)
    sides.update((key, by_key[key]) for key, _ in counts.most_common(1 if len(sides) >= 2 else 2))
    texts = [title, lede, *sentences]
    page = " ".join(texts)
    people: list[frozenset[str]] = []
    for country in sides.values():
        found: set[str] = set()
        for text in texts:
            for match in _exact(country).finditer(text):
                run = _CAPITALISED_RUN.match(text, match.end() + 1)
                words = run.group(1).split() if run and text[match.end() : match.end() + 1] == " " else []
                named_words = words[1:] if run and run.group(1) == run.group(0) else words
                # "President Xi Jinping": Xi, Jinping; "al-Sisi": Sisi too
                found.update(part for w in named_words[-2:] for part in [w.strip("."), *w.split("-")[1:]] if part)
        found |= people_of(country.names, country.stem, texts)  # "Marcos, the Philippine president"
        # A word the page also writes in small letters ("The") or a country's name is no leader's name.
        people.append(frozenset(w for w in found if not re.search(rf"\b{re.escape(w.lower())}\b", page) and not named(w)))
    return Sides(tuple(sides.values()), frozenset().union(*people), tuple(people))


def third_party_background(text: str, sides: Sides) -> bool:
    """Whether the sentence is background on a third country: one named, no side, no meeting or signing."""
    if not sides.countries or _RELATION.search(text) or sides.named_in(text):
        return False
    words = text.split()
    if sum(w.isupper() for w in words) * 2 >= len(words):
        return False  # a line set in capitals: "IN" or "US" may be only a word
    return bool(named(text))
