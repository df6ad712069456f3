"""The name a site goes by, when no statement in the text and no entry of the table of known sites gives it.

Two readings, each of a class of pages:

- **the site's name written as its address** at the head of the text
  ("Assahafa.com" over the article on assahafa.com): the outlet is the name,
  and ".com", ".net" or ".org" is only where it lives ("Assahafa");  a
  country's ending that is part of a brand ("News.Az", "Kun.uz") is kept;
- **the address's registered name spelled as words**, the last resort before
  an empty outlet: a small site's address is its name
  ("kigalijournal.com" is "Kigali Journal", "manila-shimbun.com" is "Manila
  Shimbun", "thesudantimes.com" is "The Sudan Times").  Words are split
  only where the split is certain: at a hyphen, and before the words that
  name a kind of outlet ("journal", "times", "express"), then after a
  leading "the"; a part with no vowel is an acronym ("xyzexpress" is "XYZ
  Express"); a country's code glued to the end of a name ("signalng" is
  "Signal") is where the site is, not a part of its name (:mod:`countrycodes`).
  A short name that does not split ("rudolfo", "chazidian") is
  the one word capitalised: the reader knows the site by it, where an empty
  outlet tells nothing; so is a long one that no certain split divides
  ("aussiedlerbote", "ilmessaggiere"), which could be several words written any
  way: the words are not guessed, the name is written as its address writes it
  (every labelled page of the development half has an outlet, and none is
  better served by none), a leading "the" apart when eight letters or more follow
  it and do not open as "theatre", "theory" or "there" do ("theindianawaaz" is
  "The Indianawaaz").  The same holds for what is
  left of a name without a leading "the" ("thehawk.in" is "The Hawk") or a
  closing number ("dnn18.com" is "DNN18", "kestrel24.com" is "Kestrel 24") or
  an opening one ("14news.com" is "14 News"):
  the article and the number are how the name is written, not part of the
  word to be split.  The words that
  split a name are the outlet words, the words of newspapers' nameplates
  ("banner", "courier", "sentinel") and the names of world regions
  ("radarafrica.com" is "Radar Africa") and of countries
  ("bizwatchnigeria.ng" is "Bizwatch Nigeria", :mod:`countrywords`); a name too long for one word that
  opens with such a word splits after it when the rest is one short word ("observerdubai.com" is
  "Observer Dubai"), where it would otherwise name nothing; a name of three letters or fewer is
  an acronym ("eir" is "EIR");  a public suffix that is an outlet word names
  the kind of outlet ("eir.news" is "EIR News", "asianews.network" is "Asianews Network"), except that ".news",
  ".press" and ".tv" add nothing to a name that already ends in a word naming a kind of outlet, in English or another
  language, or the language of an edition: "usajournal.news" is "Usa Journal", "ogreszinas.news" is "Ogres
  Zinas", "samaaenglish.tv" is "Samaa English"; nor ".news" and ".press" to a name that is a word rather than an
  acronym: "particle.news" is "Particle", "thestates.news" "The States", "southfront.press" "Southfront" (a
  television channel's ".tv" is more often part of its name, unless the name itself opens with "tele", as Latin
  America's and Europe's channels write it: "telemedellin.tv" is "Telemedellin");  on a blog host
  ("kestrelbanner.blogspot.com") the blog's own label is its name.  Under a
  development or staging copy ("outlet-dev.hostingfirm.com") the registered
  name is the host's, and names nothing.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from briefgen.ingest.countrycodes import without_country_code
from briefgen.ingest.countrywords import COUNTRY_WORDS
from briefgen.ingest.digitnames import mixed_name, numbered_words
from briefgen.ingest.hostsegments import english_words
from briefgen.ingest.languagenames import LANGUAGE_NAMES
from briefgen.ingest.meta import Found
from briefgen.ingest.outlets import OUTLET_WORDS, outlet_in_address, registered_domain, site_of, spelled_outlet
from briefgen.ingest.platformnames import BLOG_PLATFORMS
from briefgen.ingest.signoffs import signed_outlet

# ".com" after a single name: the address, not part of the outlet's name.
_GENERIC_ENDING = re.compile(r"^(?P<name>[A-Z][A-Za-z0-9-]{2,})\.(?:com|net|org)$")
# A part of a registered name this long without a split may hold several words: it is not read.
_LONGEST_WORD = 12
_VOWELS = frozenset("aeiouy")
# A rest this long after a leading "the" is a name of its own, unless it opens as the words "the" runs into do
# ("theatre", "theory", "there"): "theindianawaaz" is "The Indianawaaz".
_LONG_REST = 8
_RUN_ON = frozenset("aor")
# After a leading "the", the letters that open the words "the" runs into ("theatre", "thee", "their", "theory", "there"):
# a short rest opening on one of them may be such a word ("the|atrely" is not certain).  "u" opens none but "theurgy":
# "theugandan" is "The Ugandan" (round 104's fresh sample), as "thehawk" is "The Hawk".
_SHORT_RUN_ON = frozenset("aeior")
# A name with no vowel this short is an acronym ("cppcc" is "CPPCC"); longer, it may be anything.
_LONGEST_ACRONYM = 6
# The words a region's name is made of besides the regions themselves: "Middle East", "West Africa".
_COMPASS_WORDS = frozenset(("middle", "east", "west", "north", "south", "central", "northern", "southern", "eastern", "western"))
# Words of newspapers' nameplates besides the outlet words, and names of world regions: where a site's name may split.
_NAMEPLATE_WORDS = frozenset(
    [
        "banner",
        "courier",
        "sentinel",
        "bulletin",
        "standard",
        "guardian",
        "independent",
        "inquirer",
        "dispatch",
        "examiner",
        "beacon",
        "mirror",
        "register",
        "ledger",
        "globe",
        "record",
        "leader",
        "voice",
        "nation",
        "paper",
        "pioneer",
        "messenger",
        "recorder",
        "telegram",
    ]
)
_REGION_WORDS = frozenset(
    [
        "africa",
        "asia",
        "europe",
        "eurasia",
        "arabia",
        "america",
        "americas",
        "caribbean",
        "pacific",
        "balkans",
        "caucasus",
        "levant",
        "maghreb",
        "sahel",
    ]
)
# Words that already say what kind of outlet a name is, besides the English outlet words: "news" in the languages
# of sites that publish in English too ("ogreszinas", "sindhkhabar"), and the language of an edition ("samaaenglish").
_KIND_WORDS = frozenset(
    [
        "zinas",
        "khabar",
        "akhbar",
        "haber",
        "noticias",
        "nouvelles",
        "nachrichten",
        "nieuws",
        "notizie",
        "novosti",
        "uutiset",
        "nyheter",
        "habari",
        "english",
        "arabic",
        "urdu",
        "hindi",
        "bangla",
        "french",
        "spanish",
        "russian",
        "chinese",
    ]
)
# Public suffixes that say only what every news site is: after a name that already says its kind, they add nothing.
_GENERIC_KIND_SUFFIXES = frozenset(("news", "tv", "press"))
# Of those, the suffixes a site named by a word lives on without taking them into its name ("particle.news"); a
# television channel's ".tv" is more often written into it.
_WORD_NAMED_SUFFIXES = frozenset(("news", "press"))
# A television channel's name that opens with "tele" and goes on with a name of its own ("telemedellin", "telesur"):
# ".tv" adds nothing to it; "tele" and three letters more at the least.
_TELE_NAME = 7
_SPLIT_WORDS = OUTLET_WORDS | _KIND_WORDS | _NAMEPLATE_WORDS | _REGION_WORDS | COUNTRY_WORDS
# A people's language or a country's name: on ".news" it names no outlet alone ("thai.news" is "Thai News").
_PEOPLES_NAMES = LANGUAGE_NAMES | COUNTRY_WORDS
# Longest first, so that a name splits at its longest word; sorted once, for every address read.
_SPLIT_BY_LENGTH = tuple(sorted(_SPLIT_WORDS, key=len, reverse=True))
_PLACE_BY_LENGTH = tuple(sorted(_SPLIT_WORDS | _COMPASS_WORDS, key=len, reverse=True))
# Names kept for examples and tests (RFC 2606): no site's.
_RESERVED = frozenset(("example", "localhost", "invalid", "test"))
# A development or staging copy on a hosting firm's address ("outlet-dev.hostingfirm.com",
# "outlet-outlet-staging.cdn.firm.com"): the outlet's name is joined to the staging word, and the registered name is
# the host's, not the outlet's.  A staging label of its own, or with a version only, before the registered name
# ("dev.mwakilishi.com", "dev-v4.freemalaysiatoday.com") is the outlet's own copy: its registered name is the outlet's.
_STAGING_WORD = r"(?:dev|devel|staging|stage|preview|sandbox)"
_STAGING = re.compile(rf"[a-z]{{3,}}-{_STAGING_WORD}(?:[.-]|$)|(?:^|[.-]){_STAGING_WORD}-[a-z]{{3,}}(?:[.-]|$)")


def plain_name(found: Found) -> Found:
    """The outlet without a generic ending it was written with ("Assahafa.com" is "Assahafa")."""
    match = _GENERIC_ENDING.match(found.value)
    return Found(match.group("name"), found.evidence, found.where) if match else found


def _word(part: str) -> str:
    return part.upper() if not _VOWELS & set(part) else part.capitalize()


def _split_outlet_words(name: str) -> list[str] | None:
    """``name`` as a leading part and the outlet words after it ("kigalijournal": kigali, journal), or None."""
    tail: list[str] = []
    rest = name
    while True:
        word = next((w for w in _SPLIT_BY_LENGTH if rest.endswith(w) and len(rest) - len(w) >= 3), None)
        if word is None:
            break
        tail.insert(0, word)
        rest = rest[: -len(word)]
    return [rest, *tail] if tail else None


def nameless_address(url: str | None) -> bool:
    """Whether an address names its site by a number alone ("http://3.127.128.221/2025/10/22/…", a mirror or a
    server's own address): no name can be read from it, so a page there is as if it had no address at all."""
    host = urlsplit(url or "").hostname or ""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def host_words(url: str | None) -> Found | None:
    """The outlet an address's registered name spells as words (see the module's docstring), or None."""
    domain = registered_domain(url)
    if domain is None:
        return None
    name, suffix = domain
    host = (urlsplit(url or "").hostname or "").casefold()
    if _STAGING.search(host.removesuffix(f"{name}.{suffix}")):
        return None
    # "eir.news": the suffix says what kind of outlet it is; ".news", ".press" and ".tv", which say only what every such
    # site is, are where a name that already says so lives ("usajournal.news"), or a word ("particle.news"), where
    # ".network" still adds a word of the name
    kind = [suffix] if suffix in OUTLET_WORDS and not (suffix in _GENERIC_KIND_SUFFIXES and _brand_alone(name, suffix)) else []
    if name in BLOG_PLATFORMS:  # each blog or newsletter has its own label before the platform's name: that label names it
        labels = host.split(".")
        name = labels[labels.index(name) - 1] if labels.index(name) > 0 else ""
    number = re.search(r"(?<=[a-z]{2})\d{1,4}$", name)  # "dnn18": the number closes the name as it is written
    name = name[: number.start()] if number else name
    opening = re.match(r"\d{1,4}(?=[a-z]{3})", name)  # "14news": the number opens the name, a word of its own
    name = name[opening.end() :] if opening else name
    mixed = None if number or opening else mixed_name(name)  # "a24na", "l24": letters and figures run together
    numbered = None if number or opening or mixed else numbered_words(name, OUTLET_WORDS)  # "naija24|news"
    if (
        mixed is None
        and numbered is None
        and (not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", name) or len(name) < 3 - bool(number) or name in _RESERVED)
    ):
        return None
    if numbered is not None:
        words = numbered
    elif mixed is not None:
        words = [mixed]
    elif "-" in name:
        words = name.split("-")
    elif number and len(name) <= 3:
        words = [name.upper()]  # "ab7": letters this few before a number are an acronym
    elif kind and len(name) <= _LONGEST_WORD:
        words = [name.upper() if len(name) <= 3 else name]  # "eir.news": a name of three letters is an acronym
    else:
        name = without_country_code(name)  # "signalng": Signal's site in Nigeria (:mod:`countrycodes`)
        article = name.startswith("the") and len(name) >= 7
        core = name[3:] if article else name
        split = _outlet_of_place(core) or _split_outlet_words(core) or _split_leading_word(core)
        if split is None and len(core) <= _LONGEST_WORD and _VOWELS & set(core) and not (article and core[0] in _SHORT_RUN_ON):
            split = [core]  # "rudolfo", "the|hawk", "the|ugandan": a short name that does not split is one word
        if split is None and not article and len(core) <= _LONGEST_ACRONYM and not _VOWELS & set(core):
            split = [core]  # "cppcc": a short name with no vowel is an acronym
        if split is None and len(core) > _LONGEST_WORD:
            split = english_words(core)  # "globalsouthworld": a long name made of English words (:mod:`hostsegments`)
        elif split is not None and len(split[0]) > _LONGEST_WORD:
            split = [*(english_words(split[0]) or [split[0]]), *split[1:]]  # "fosterinstant|news"
        if split is None:  # "aussiedlerbote": no certain split, so the name as the address writes it, after its "the"
            article = article and len(core) >= _LONG_REST and core[0] not in _RUN_ON  # "the|indianawaaz", not "theatregoers"
            split = [core] if article else [name]
        words = ["the"] * article + split
    shown = [w if w.isupper() or w == "of" else _word(w) for w in [*words, *kind]]
    if number:  # written onto an acronym ("DNN18"), after a word ("Kestrel 24")
        shown[len(words) - 1] += number.group(0) if shown[len(words) - 1].isupper() else f" {number.group(0)}"
    if opening:  # "14 News", "24 Hoursworlds"
        shown.insert(0, opening.group(0))
    return Found(" ".join(shown), site_of(url) or "", "address")


def _brand_alone(name: str, suffix: str) -> bool:
    """Whether a name on a generic suffix is the outlet's whole name, the suffix only where it lives: a name that says
    its kind (:func:`_says_kind`), or, on ".news" and ".press", a name that is a word ("particle.news" is "Particle",
    "southfront.press" is "Southfront"), where an acronym takes the suffix's word ("eir.news" is "EIR News"), and so
    does a people's or a country's name, which names no outlet on its own ("thai.news" is "Thai News", not "Thai")."""
    letters = re.sub(r"\d+", "", name)
    is_word = len(letters) > 3 and bool(_VOWELS & set(letters)) and letters not in _PEOPLES_NAMES
    # "telemedellin.tv": a channel whose name opens with "tele" already says it is television
    television = suffix == "tv" and name.startswith("tele") and len(name) >= _TELE_NAME
    return _says_kind(name) or television or (suffix in _WORD_NAMED_SUFFIXES and is_word)


def _says_kind(name: str) -> bool:
    """Whether a registered name ends in a word naming a kind of outlet or an edition ("usajournal", "ogreszinas",
    "samaaenglish"): such a name is whole, and a suffix such as ".news" or ".tv" is only where it lives."""
    return any(name.endswith(w) and len(name) - len(w) >= 3 for w in OUTLET_WORDS | _KIND_WORDS)


def _split_leading_word(name: str) -> list[str] | None:
    """A name too long for one word, as a word that splits names and one short word after it ("observerdubai":
    observer, dubai; "nigeriahealthwatch": nigeria, healthwatch), or None.

    Only a name longer than one word can be is read so ("leadership" stays one word, not "Leader Ship"), and only
    when what follows the first word is itself short enough to be one word and has a vowel."""
    if len(name) <= _LONGEST_WORD:
        return None
    word = next((w for w in _SPLIT_BY_LENGTH if name.startswith(w) and 4 <= len(name) - len(w) <= _LONGEST_WORD), None)
    rest = name[len(word) :] if word else ""
    return [word, rest] if word and _VOWELS & set(rest) else None


def _outlet_of_place(name: str) -> list[str] | None:
    """``name`` as an outlet word, "of", and a place ("timesofmiddleeast": times, of, middle, east), or None.

    The place after "of" must split wholly into the words that split names, and the compass words a region's
    name is made of ("Middle East", "West Africa"), or be one short word ("timesofoman")."""
    match = re.fullmatch(r"(?P<kind>[a-z]+?)of(?P<place>[a-z]{3,})", name)
    if match is None or match.group("kind") not in OUTLET_WORDS | _NAMEPLATE_WORDS:
        return None
    place: list[str] = []
    rest = match.group("place")
    while rest:
        word = next((w for w in _PLACE_BY_LENGTH if rest.endswith(w)), None)
        if word is None:
            break
        place.insert(0, word)
        rest = rest[: -len(word)]
    if rest:
        if place or len(rest) > _LONGEST_WORD or not _VOWELS & set(rest):
            return None
        place = [rest]
    return [match.group("kind"), "of", *place]


def named_by_site(lines: list[str], url: str | None) -> Found | None:
    """The site's name as the text spells its address (without a generic ending), else as the text's own names and outlet
    words make it up (:func:`briefgen.ingest.outlets.outlet_in_address`)."""
    spelled = spelled_outlet(lines, url)
    if spelled is not None:
        return plain_name(spelled)
    return signed_outlet(lines, url) or outlet_in_address(url, "\n".join(lines))
