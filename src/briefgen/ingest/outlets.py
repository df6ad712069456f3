"""Naming the outlet: what the text says about itself, then the site it came from.

An outlet is read, in this order, from:

1. the text's own statements about where it appears: "Published in Dawn",
   "Dawn.com Published …", "ARY News reported", "According to the 24NewsHD
   TV channel", "Trend reports";
2. the site of the article's address (``--url``, or the page's canonical
   address), through a table of known news sites, which a project extends in
   ``facts/outlets.yaml`` (``site: Name`` lines; a project entry wins);
3. nothing: an outlet nobody stated stays empty.

A wire agency credited in a dateline ("BAKU (APP):", "Islamabad, Feb 5
(PTI)") wrote the copy but is not the outlet that published it, so it names
the outlet only when the site is unknown.  Where a statement and the site's
table entry name the same outlet ("Trend" and "Trend News Agency"), the
table's fuller name is kept.

"Published in" followed by a list ("Published in Economy, National, New
Zealand, Regional", as a site's theme prints under the byline) names the
sections the story is filed under, not the paper it appeared in: a paper's
own line names one paper, and what may follow its name after a comma is the
day ("Published in Dawn, March 5th, 2024").  "Published in English on …" names
the language (:mod:`languagenames`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from briefgen.ingest.agencies import WIRE_AGENCIES
from briefgen.ingest.languagenames import LANGUAGE_NAMES
from briefgen.ingest.meta import Found
from briefgen.ingest.platformnames import on_blog_platform
from briefgen.ingest.siteeditions import edition_name
from briefgen.ingest.sites import known_sites, lookup_site, site_key
from briefgen.ingest.source_ids import slug_words
from briefgen.project import OUTLETS_FILE
from briefgen.text.english import MONTH_PATTERN

_NAME = r"[A-Z0-9][\w&'.-]*(?:\s+[A-Z0-9][\w&'.-]*){0,3}"
# Statements of where the text itself appears ("statement"), then reports that name the outlet in passing ("lede").
_STATEMENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("statement", re.compile(rf"\bPublished in (?P<outlet>{_NAME})")),
    (
        "statement",
        re.compile(r"^(?P<outlet>[A-Z0-9][\w-]*\.(?:com|net|org|tv|news|pk|in|az|uz|by|kz)(?:\.[a-z]{2})?)\s+(?:Published|Posted)\b"),
    ),
    (
        "lede",
        re.compile(
            rf"\bAccording to (?:the )?(?P<outlet>{_NAME}?)\s+(?:TV channel|television channel|news channel|newspaper|news agency)\b"
        ),
    ),
    ("lede", re.compile(rf"(?:^|[,.]\s*)(?P<outlet>{_NAME}?)\s+(?:reported|reports)\b(?!\s+(?:that\s+)?(?:on|about))")),
)
# ", National, New Zealand": another name after a comma, which no day is: the statement lists the site's sections.
_SECTION_LIST = re.compile(rf"\s*,\s*(?!{MONTH_PATTERN}\b|\d)[A-Z]")
_NOT_OUTLET_WORDS = frozenset(("it", "he", "she", "they", "officials", "media", "sources", "the", "state", "belarusian", "reports"))


def site_of(url: str | None) -> str | None:
    """The host of an address without its "www." (None for no address)."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").casefold()
    return host.removeprefix("www.") or None


def load_outlets(root: Path) -> tuple[dict[str, str], list[str]]:
    """The table of known sites, with the project's own entries from facts/outlets.yaml; problems as messages."""
    table = dict(known_sites())
    path = root / OUTLETS_FILE
    if not path.is_file():
        return table, []
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return table, [f"{OUTLETS_FILE}: cannot read it ({' '.join(str(error).split())[:120]}); the built-in table is used"]
    if data is None:
        return table, []
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        return table, [f"{OUTLETS_FILE}: expected 'site: Outlet name' lines; the built-in table is used"]
    table.update({site_key(k): " ".join(v.split()) for k, v in data.items() if v.strip() and site_key(k)})
    return table, []


def outlet_of_site(url: str | None, table: dict[str, str]) -> Found | None:
    """The outlet a known site belongs to: the most specific table entry for the address ("en.dailypakistan.com.pk" is
    dailypakistan.com.pk's; "trt.global/afrika-english/…" is that folder's, not the host's)."""
    host = site_of(url)
    if host is None or url is None:
        return None
    entry = lookup_site(url, table)
    if entry is None:
        return None
    key, outlet = entry
    outlet = edition_name(host, key, outlet)  # "uk.news.yahoo.com": Yahoo News UK (:mod:`siteeditions`)
    return Found(outlet, host if "/" not in key else f"{host}/{key.split('/', 1)[1]}", "site")


def stated_outlet(lines: list[str]) -> Found | None:
    """An outlet the text names, from its first lines (byline, dateline, lede).

    ``where`` is "statement" when the text says where it appears ("Published
    in Dawn"), "lede" when it only names an outlet reporting ("ARY News
    reported"), which may be another outlet's report.
    """
    for line in lines:
        for where, pattern in _STATEMENTS:
            match = pattern.search(line)
            if match is None:
                continue
            outlet = match.group("outlet").strip(" .,")
            if match.group(0).startswith("Published in") and _SECTION_LIST.match(line, match.end()):
                continue  # "Published in Economy, National, …": the sections the story is filed under
            if not outlet or outlet.split()[0].casefold() in _NOT_OUTLET_WORDS or len(outlet) < 2 or outlet.casefold() in LANGUAGE_NAMES:
                continue
            end = line.find(".", match.end())
            evidence = line[max(0, match.start()) : end if end > 0 else len(line)].strip(" ,.")
            return Found(outlet, evidence[:160], where)
    return None


def is_wire(name: str) -> bool:
    """A wire agency's credit ("APP", "PTI", "Reuters"), not a publisher's name."""
    return name.casefold().strip(" ()") in WIRE_AGENCIES


def same_outlet(stated: str, listed: str) -> bool:
    """Whether a name in the text and a table entry name one outlet ("Trend" / "Trend News Agency", "APP - UrduPoint / …")."""
    a, b = stated.casefold(), listed.casefold()
    a_words, b_words = re.findall(r"[\w.]+", a), re.findall(r"[\w.]+", b)
    if not a_words or not b_words:
        return False
    return b_words[: len(a_words)] == a_words or a_words[: len(b_words)] == b_words or f" {b} " in f" {' '.join(a_words)} "


def registered_domain(url: str | None) -> tuple[str, str] | None:
    """The registered name of an address's site and its public suffix: ("deccanchronicle", "com"), ("dailypakistan", "com.pk").

    Read with the public suffix list bundled in ``tld`` (no network), so that
    "en.dailypakistan.com.pk" and "www.bbc.co.uk" give the name their owner registered.
    """
    if not url:
        return None
    from tld import get_tld

    result = get_tld(url, as_object=True, fail_silently=True, fix_protocol=True)
    if result is not None and not isinstance(result, str) and result.domain.casefold() == "www":
        # "www.africa.com": a private registry's suffix (its customers' sites are "x.africa.com") that is also a site
        # of its own; "www" names no site, so the address is read by the public suffixes alone
        result = get_tld(url, as_object=True, fail_silently=True, fix_protocol=True, search_private=False)
    if result is None or isinstance(result, str) or not result.domain:
        return None
    return result.domain.casefold(), result.tld.casefold()


# A run of capitalised words, or one name with a dot, digits or inner capitals ("Today.Az", "NewsDrum", "24NewsHD");
# "and", "of" and "for" may join two of its words, as in a name ("Global Banking and Finance Review").
_CAPITALISED_RUN = re.compile(r"(?<![\w.-])(?:[A-Z0-9][\w'’.&-]*)(?:[ \t]+(?:(?:and|of|for)[ \t]+)?(?:[A-Z0-9][\w'’.&-]*))*")
# The words that join a name's capitalised words: never its first or last word.
_JOINING_WORDS = frozenset(("and", "of", "for"))


def letters_of(text: str) -> str:
    """Letters and digits alone, lower case: how names and addresses are compared ("The Daily-Post" and "thedailypost")."""
    return "".join(c for c in text.casefold() if c.isalnum())


def _distinctive(word: str) -> bool:
    """A single word that can only be a name: inner capitals, a dot, digits, or all capitals ("NewsDrum", "Kun.uz", "KESQ")."""
    core = word.strip(".'’")
    return any(c.isupper() for c in core[1:]) or "." in core or any(c.isdigit() for c in core)


# Words that name a kind of outlet: a name that spells the domain and adds them ("Shafaq News" on shafaq.com) is the site's.
OUTLET_WORDS = frozenset(
    [
        "news",
        "daily",
        "times",
        "post",
        "tribune",
        "herald",
        "express",
        "observer",
        "chronicle",
        "journal",
        "gazette",
        "review",
        "mail",
        "star",
        "telegraph",
        "today",
        "online",
        "tv",
        "radio",
        "agency",
        "wire",
        "press",
        "media",
        "network",
        "monitor",
        "report",
        "reporter",
        "weekly",
        "magazine",
        "digest",
        "insider",
        "shimbun",  # Japanese for newspaper: "The Yomiuri Shimbun", "Asahi Shimbun"
    ]
)


def _extends_domain(words: list[str], wanted: set[str]) -> bool:
    """Whether capitalised words spell the domain and then only outlet words ("Shafaq News", "Kestrel Daily Times",
    "The Yomiuri Shimbun" for yomiuri.co.jp), or "The"/"Daily" and then the domain ("The Kestrel" for kestrel.com)."""
    for cut in range(1, len(words)):
        head, tail = words[:cut], words[cut:]
        named = letters_of(" ".join(head[1:] if letters_of(head[0]) == "the" else head))
        if named in wanted and all(letters_of(w) in OUTLET_WORDS for w in tail):
            return True
        if all(letters_of(w) in {"the", "daily"} for w in head) and letters_of(" ".join(tail)) in wanted:
            return True
    return False


def spelled_outlet(lines: list[str], url: str | None) -> Found | None:
    """The name in the text whose letters spell the address's registered domain: "Deccan Chronicle" for deccanchronicle.com,
    or spell it and add only words that name a kind of outlet: "Shafaq News" for shafaq.com.

    Only certain readings: the name must be capitalised words that spell the
    whole registered name (or the name and its suffix, "Today.Az" for
    today.az; or the name without a leading "the"; or the name and outlet words after it, or "The"/"Daily" before
    it), in the text's own case; one ordinary capitalised word ("Today", "Trend") is not enough, since it may just
    begin a sentence.
    """
    domain = registered_domain(url)
    if domain is None or len(domain[0]) < 3:
        return None
    name, suffix = domain
    if on_blog_platform((urlsplit(url or "").hostname or "").casefold(), name, suffix):
        return None  # "WordPress.com" in a wordpress.com blog's furniture is the platform's name (:mod:`.platformnames`)
    wanted = {letters_of(name), letters_of(name + suffix)}
    if name.startswith("the") and len(name) > 6:  # thediplomaticinsight.com: "Diplomatic Insight"
        wanted.add(letters_of(name[3:]))
    edition = _edition_label(url, name)
    if edition:  # euro.dayfr.com: "DayFR Euro" (or "Euro DayFR") names the site's edition
        wanted |= {letters_of(name + edition), letters_of(edition + name)}
    for candidate, joined in _capitalised_names(lines, _LONGEST_NAME):
        if candidate[0] in _JOINING_WORDS or candidate[-1] in _JOINING_WORDS:
            continue
        if letters_of(joined) not in wanted and not _extends_domain(joined.split(), wanted):
            continue
        if len(candidate) == 1 and not _distinctive(joined):
            continue
        return Found(_as_written(joined, lines), joined, "text")
    return None


# The most words a site's name found in the text may have.
_LONGEST_NAME = 5


def _capitalised_names(lines: list[str], longest: int | None = None) -> Iterator[tuple[list[str], str]]:
    """Each run of up to ``longest`` words (any number when None) of the lines' runs of capitalised words, and the run
    joined without the punctuation closing it; line by line, from each word, the longest run first ("DayFR Euro", not
    "DayFR")."""
    for line in lines:
        for run in _CAPITALISED_RUN.finditer(line):
            words = run.group(0).split()
            for start in range(len(words)):
                last = len(words) if longest is None else min(len(words), start + longest)
                for end in range(last, start, -1):
                    candidate = words[start:end]
                    yield candidate, " ".join(candidate).rstrip(".,;:'’-–—")


def _as_written(name: str, lines: list[str]) -> str:
    """``name`` as the page writes it in ordinary case, when it was found in capitals ("(AFRICAN EXAMINER) –" over
    "African Examiner reports …"): capitals in a dateline's credit or a photo credit are the typography of the line,
    and the same letters written in ordinary case elsewhere are how the outlet spells itself.  A name written in
    capitals only ("KESQ", "NDTV") stays as it is: it is an acronym, or the page gives no other spelling."""
    if not name.isupper():
        return name
    letters = letters_of(name)
    return next((written for _, written in _capitalised_names(lines) if letters_of(written) == letters and not written.isupper()), name)


def _edition_label(url: str | None, name: str) -> str:
    """The one label before a site's registered name ("euro" in euro.dayfr.com), if it names an edition: not "www"."""
    host = (urlsplit(url or "").hostname or "").casefold()
    labels = host.split(".")
    if name not in labels:
        return ""
    before = labels[: labels.index(name)]
    return before[0] if len(before) == 1 and before[0] not in {"www", "m", "amp", "mobile"} else ""


def is_masthead(line: str, url: str | None) -> bool:
    """Whether a line is nothing but the site's own name (a masthead over the article), spelled as its address has it."""
    found = spelled_outlet([line], url)
    return found is not None and letters_of(found.value) == letters_of(line)


# Subjects an outlet's name may hold between a place and an outlet word ("Iraq Business Review", "TRT World").
_SUBJECT_WORDS = frozenset(("business", "economic", "financial", "finance", "world", "global", "diplomatic", "energy", "trade"))

# Capitalised words of the text ("Iraq", "ARY"), which may make up a site's name with outlet words.
_PROPER_WORD = re.compile(r"(?<![\w'’-])[A-Z][A-Za-z]{2,}(?![\w'’-])")


def outlet_in_address(url: str | None, text: str) -> Found | None:
    """The outlet an unknown site's name spells out of the text's own names and outlet words: "Iraq Business Review"
    for iraqbusinessreview.com when the text names Iraq.

    A registered name is read this way only when it splits wholly into such words, at least one a name the text
    writes with a capital and at least one an outlet word: a name like "rudaw" or "mees" says nothing certain about
    how the outlet writes itself, and "thenews" (no name of the text in it) could be "The News" or "The News
    International".  Ties go to the split with the fewest words.
    """
    domain = registered_domain(url)
    if domain is None:
        return None
    name = letters_of(domain[0])
    written: dict[str, str] = {}
    for word in _PROPER_WORD.findall(text):  # "Astana" rather than the dateline's "ASTANA"
        if word.casefold() not in written or (written[word.casefold()].isupper() and not word.isupper()):
            written[word.casefold()] = word
    vocabulary = {**{w: w.capitalize() for w in OUTLET_WORDS | _SUBJECT_WORDS}, "the": "The", **written}
    # best[i]: the shortest split of name[:i] into known words
    best: list[list[str] | None] = [[]] + [None] * len(name)
    for end in range(1, len(name) + 1):
        for start in range(end):
            head, piece = best[start], name[start:end]
            if head is not None and piece in vocabulary and (best[end] is None or len(head) + 1 < len(best[end] or [])):
                best[end] = [*head, piece]
    words = best[len(name)]
    if not words or len(words) < 2:
        return None
    common = OUTLET_WORDS | _SUBJECT_WORDS | {"the"}
    if not any(w in written and w not in common for w in words) or not any(w in OUTLET_WORDS for w in words):
        return None
    outlet = " ".join(w.capitalize() if w in common else vocabulary[w] for w in words)
    return Found(outlet, urlsplit(url or "").hostname or "", "address")


# "© 2024 Kestrel Daily. All rights reserved.", "Copyright (c) Kestrel Media Group".
_COPYRIGHT = re.compile(
    r"(?:©|\([cC]\)|\bCopyright\b)\s*(?:©|\([cC]\))?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?(?:by\s+)?"
    r"(?P<outlet>[A-Z0-9][\w&'.-]*(?:\s+[A-Z0-9][\w&'.-]*){0,4})"
)


def copyright_outlet(lines: list[str], url: str | None) -> Found | None:
    """The outlet a copyright line names ("© 2024 Kestrel Daily"), when that name agrees with the address: its letters
    spell the registered domain, or begin with it ("Kestrel Daily" on kestrel.com), or the domain is inside them.

    A copyright under a photo ("© Reuters") names the picture's owner, not the page's; an address to check the name
    against is therefore required, and a name that does not agree with it is left out."""
    domain = registered_domain(url)
    if domain is None or len(domain[0]) < 3:
        return None
    name = letters_of(domain[0])
    last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    for index, line in enumerate(lines):
        for match in _COPYRIGHT.finditer(line):
            outlet = re.sub(r"\s+(?:All|Ltd|Limited|Inc|LLC|Group)\b.*$", "", match.group("outlet")).strip(" .,")
            letters = letters_of(outlet)
            # a name that only begins the site's name and ends the text may be cut short ("Copyright by Asi" on asiatoday)
            cut = index == last and not line[match.end() :].strip() and letters != name and name.startswith(letters)
            if len(letters) >= 3 and not cut and (letters.startswith(name) or name in letters or name.startswith(letters)):
                return Found(outlet, line[match.start() : match.start("outlet") + len(outlet)], "statement")
    return None


def page_name(url: str) -> tuple[str, set[str]]:
    """The address's page name (its wordiest path segment, less a story number and file type at its end, "--1119186694.html")
    and its words, however few."""
    parts = [p for p in urlsplit(url).path.split("/") if p]
    name = max(parts, key=lambda p: len(re.findall(r"[a-z]+", p.casefold())), default="")
    return name, set(slug_words(re.sub(r"[-_+.]", " ", re.sub(r"(?:[-_.]+\d{5,})?(?:\.[a-z]{2,5})?$", "", name.casefold())), 30))


def _page_name(url: str | None) -> tuple[str, set[str]] | None:
    """The address's page name and its words (:func:`page_name`), when it has five or more: else it names nothing."""
    if not url:
        return None
    name, named = page_name(url)
    return (name, named) if len(named) >= 5 else None


def address_disowns(headline: str, url: str | None, body: str) -> str | None:
    """The words of the address's page name when they show that ``headline`` is not the article's headline (a kicker
    such as "$30 billion trade agreements signed" over a page named "xi-meets-crown-prince-on-high-stakes-visit").

    Only a page name of five or more words that the article's text bears out (at least half of them in the body) is
    read, and only a line sharing none of its words is disowned: a foreign-language or id-like page name says nothing.
    """
    page = _page_name(url)
    if page is None:
        return None
    name, named = page
    in_body = set(slug_words(body, 100_000))
    if sum(w in in_body for w in named) * 2 < len(named) or named & set(slug_words(headline, 30)):
        return None
    return name


def address_names(line: str, url: str | None) -> str | None:
    """The address's page name when it spells ``line``: the page's own title, whatever shape the lines around it take.

    "…/Vietnam-and-China-agree-to-build-shared-future-as-Xi-visits-Trong" names its first line word for word, though
    a standfirst and a photo id below it look like a list of summary points.  Only a page name of five or more words
    that holds every word of the line (and the line at least four fifths of its own) counts.
    """
    page = _page_name(url) if len(line) <= 200 else None
    if page is None:
        return None
    name, named = page
    readings = (
        set(slug_words(line, 30)),
        set(slug_words(re.sub(r"['’]", " ", line), 30)),  # "people-s": an apostrophe as a word break
        set(slug_words(re.sub(r"['’]s\b", "", line), 30)),  # "boris-johnson-charm-offensive": the possessive dropped
    )
    if not any(said and said <= named and len(said) * 5 >= len(named) * 4 for said in readings):
        return None
    return name
