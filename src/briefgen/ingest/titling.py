"""Which line is the headline, once the page's address is known.

The lines above an article are read first on their own (:mod:`briefgen.ingest.text`);
the address then settles three cases the lines alone cannot: a first line
that shares no word with the page's name is a kicker, kept as text, and so is a long line of prose that spells
half of the name or less, a standfirst (:mod:`standfirsts`); a first
line that is only the site's own name (or the name and its motto, over a
headline) is its masthead; and a line the
page's name spells is the headline, whatever the lines below it look like,
the first line or one shaped as a headline below a few lines of page
furniture (icons' labels, a section's name).
A button's label glued to the headline ("VisitXi and Lula …") is dropped where the address shows where the headline begins.
Once the outlet is known, a headline copied from the page's title bar sheds the
site's name after it ("… | Dawn") and a breadcrumb trail before it ("Home > World > …"), and a headline
never ends on a bare web address: "… work for denuclearization of N. Korea www.yonhapnews.co.kr" is an aggregator's
note of where the copy came from, glued to the title it copied.  Before the outlet is known,
a name after the title whose letters open the address's name ("… – EQ Mag" on eqmagpro.com) is the site's own name:
the outlet as the site spells it, better than the address's letters capitalised.
"""

from __future__ import annotations

import dataclasses
import re
from urllib.parse import urlsplit

from briefgen.ingest.commentsoff import title_of_notice
from briefgen.ingest.furniture import FEED_FOOTER
from briefgen.ingest.header import CAPTION, headline_like, is_body, is_section_name
from briefgen.ingest.headline_moves import set_aside, with_headline, without_headline, without_masthead
from briefgen.ingest.ledeplaces import opens_on_capital
from briefgen.ingest.ledetitled import headline_echoed_by_lede
from briefgen.ingest.meta import Found
from briefgen.ingest.outlets import address_disowns, address_names, is_masthead, letters_of, registered_domain, same_outlet
from briefgen.ingest.sites import known_outlet_names, known_sites, lookup_site
from briefgen.ingest.standfirsts import standfirst_over_text
from briefgen.ingest.text import Part

# How far down the page's title may sit below lines of furniture (icons' labels, a section's name, a date).
_FURNITURE_LINES = 4
# How far below lines that are none of the article's text (a site menu's items, a promotion, a photo's caption).
_FURNITURE_RUN = 16
# The most words of a line the address names as the title below the page's furniture: a headline's length at most.
_TITLE_WORDS = 25


def headline_by_address(part: Part, address: str | None) -> tuple[Part, dict[str, Found | None]]:
    """The part with its headline as the address settles it, and the evidence (``kicker``, ``titled``) for the notes."""
    found: dict[str, Found | None] = {}
    if part.headline and without_glued_label(part.headline, address) != part.headline:
        part = dataclasses.replace(part, headline=without_glued_label(part.headline, address))
    if part.headline and title_of_notice(part.headline):  # "Web DeskComments Off on <title>": a theme's meta line
        part = dataclasses.replace(part, headline=title_of_notice(part.headline))
    disowned = address_disowns(part.headline, address, part.body) if part.headline else None
    if disowned is not None and part.headline:
        found["kicker"] = Found(part.headline, disowned, "address")
        part = without_headline(part)
    standfirst = standfirst_over_text(part.headline, address, part.body) if part.headline else None
    if standfirst is not None and part.headline:  # a long line of prose the page's name disowns (:mod:`standfirsts`)
        found["standfirst"] = Found(part.headline, standfirst, "address")
        part = set_aside(part, "standfirst")
    if part.headline and (_is_masthead_line(part, address) or _carried_outlet(part.headline, address)):
        # The site's name over the article ("DayFR Euro" on euro.dayfr.com) is its masthead: the outlet, not the headline;
        # so is the name of the outlet a reading app carries ("Al Jazeera" over its story on inkl.com).
        part = without_masthead(part)
    # The line the address names, first or below page furniture and a section label ("Defense") that hold none of its words;
    # further down only below lines that are none of the text (a menu's items, a promotion, a photo's caption).
    for index, line in enumerate(part.paragraphs[:_FURNITURE_RUN] if not part.headline else []):
        if index >= _FURNITURE_LINES and any(is_body(p) and not CAPTION.search(p) for p in part.paragraphs[:index]):
            break
        if opens_on_capital(line):
            continue  # "Dar es Salaam. Mozambique President …": a lede opening on its dateline names the story, heads nothing
        named = address_names(line, address) if index == 0 or _title_shaped(line) else None
        if named is not None:
            part = with_headline(part, index)
            found["titled"] = Found(part.headline or "", named, "address")
            break
    if not part.headline:  # a republished feed's "The post <headline> appeared first on <site>." names the post
        for removed in part.removed_of("feed footer"):
            named_post = FEED_FOOTER.fullmatch(removed.text.strip())
            if named_post is not None:
                part = dataclasses.replace(part, headline=named_post.group("title"))
                break
    echoed = headline_echoed_by_lede(part)
    if not echoed.headline or echoed.headline == part.headline:
        return echoed, found
    standfirst = standfirst_over_text(echoed.headline, address, echoed.body)
    if standfirst:
        # The lede repeats a standfirst as it repeats a headline: a long line of prose the page's name disowns is set
        # aside, also when the kicker test put it back in the text ("The country's sovereign fund has established …").
        found["standfirst"] = Found(echoed.headline, standfirst, "address")
        return set_aside(echoed, "standfirst"), found
    return dataclasses.replace(echoed, headline=without_badge(echoed.headline, address)), found


def without_badge(headline: str, address: str | None) -> str:
    """The headline without a template's badge glued after it ("NZ's PM arrives in Fiji for landmark visit Featured",
    as a site marks the stories it features), when the page's name in the address spells every word before it and not
    the badge; else as it is.  Only one capitalised word comes off, and only where the address shows the title ended."""
    title, _, badge = headline.rpartition(" ")
    if not badge.isalpha() or not badge[:1].isupper() or len(title.split()) < 3:
        return headline
    return title if address_names(title, address) is not None and address_names(headline, address) is None else headline


def _title_shaped(line: str) -> bool:
    """Whether a line below the page's furniture may be its title, when the address spells it: shaped as a headline,
    or a title written as a past-tense sentence without its full stop ("President Ilves met with the Finnish Head of
    State who arrived on a state visit" below "Press Releases" and "- Reset + Print" on the president's release page),
    which the headline test takes for a lede.  A paragraph ends on its full stop, and a photo's caption on its credit."""
    return headline_like(line) or (
        len(line.split()) <= _TITLE_WORDS and not line.rstrip().endswith((".", "!", "?", ":", ",", ";")) and not CAPTION.search(line)
    )


def _is_masthead_line(part: Part, address: str | None) -> bool:
    """Whether the part's headline is the site's masthead: its whole name, its name and motto, or its name's opening words."""
    headline = part.headline or ""
    if is_masthead(headline, address) or _masthead_with_motto(part, address) or _masthead_cut_short(headline, address):
        return True
    return _listed_own_name(headline, address)


def _listed_own_name(headline: str, address: str | None) -> bool:
    """Whether the headline is the name the table of known sites gives the page's own site, where the address does not
    spell it ("State House News Service" over a story on mediawebsite.net/shns, "Presidency of the Republic of Cyprus"
    on presidency.gov.cy): its masthead, as the name the address spells is."""
    own = lookup_site(address, known_sites()) if address else None
    return own is not None and " ".join(headline.split()).casefold() == own[1].casefold()


def _carried_outlet(headline: str, address: str | None) -> bool:
    """Whether the headline is only the name of another outlet the site table knows, on a page whose address is a
    different site: an aggregator or a reading app prints the name of the outlet whose story it carries over the story
    ("Al Jazeera", then "World", then the title).  An outlet's bare name is never a story's title."""
    if not address:
        return False
    own = lookup_site(address, known_sites())
    key = " ".join(headline.split()).casefold()
    return key in known_outlet_names() and (own is None or own[1].casefold() != key)


# A masthead that prints only the opening words of the site's name: two or three capitalised words, of this many letters at
# least, that spell the start of the registered name.
_SHORT_MASTHEAD_LETTERS = 8


def _masthead_cut_short(headline: str, address: str | None) -> bool:
    """Whether the headline is the opening words of the site's name as its address spells it ("The Diplomat" over an
    article on thediplomatinspain.com, where the logo sets "in Spain" apart): a masthead, not the article's title.
    A title this short that is the start of the site's own name names no story."""
    domain = registered_domain(address)
    words = headline.split()
    if domain is None or not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    letters, name = letters_of(headline), letters_of(domain[0])
    return len(letters) >= _SHORT_MASTHEAD_LETTERS and name.startswith(letters) and len(name) - len(letters) >= 3


# "SpaceWar.com - Your World At War": the site's name, a separator, its motto in capitalised words.
_MOTTO = re.compile(r"(?P<name>.{3,40}?)\s+(?:-|–|—|\||:)\s+(?P<motto>(?:[A-Z0-9][\w'’&.-]*\s*){1,6})")


def _masthead_with_motto(part: Part, address: str | None) -> bool:
    """Whether the part's headline is the site's name and its motto ("SpaceWar.com - Your World At War"), with a
    headline right below it.  A title bar's "Site - Headline" has the article's text below it, not another headline."""
    match = _MOTTO.fullmatch(part.headline or "")
    below = part.paragraphs[0] if part.paragraphs else ""
    return match is not None and is_masthead(match.group("name"), address) and headline_like(below)


# A button's label glued to the headline's first word, with no space: "VisitXi and Lula elevate ties"; or a kicker of a few
# words glued so, as a saved page runs the two lines together: "The 'door to Europe'Benelux leaders meet in Luxembourg …".
_GLUE = re.compile(r"(?<=[a-z'’\"”])(?=(?P<first>[A-Z][A-Za-z0-9]*))")
# How far into the line the glue may stand: a label or a short kicker, never a clause.
_GLUED_WITHIN = 40


def without_glued_label(headline: str, address: str | None) -> str:
    """The headline without a label or kicker glued before it ("Visit" in "VisitXi and Lula …", "The 'door to Europe'" in
    "The 'door to Europe'Benelux leaders …"), when the page's name in the address (five words or more) opens with the word
    after the glue ("/stories/xi-lula-elevate-china-brazil-ties-…"); else as it is.

    Inner capitals alone prove nothing ("McCain", "DeepNewz"): the address must show where the headline begins."""
    parts = [p for p in urlsplit(address or "").path.split("/") if p]
    name = max(parts, key=lambda p: len(re.findall(r"[a-z0-9]+", p.casefold())), default="")
    words = re.findall(r"[a-z0-9]+", name.casefold())
    if len(words) < 5:
        return headline
    glued = next((m for m in _GLUE.finditer(headline, 1, _GLUED_WITHIN) if words[0] == m.group("first").casefold()), None)
    return headline[glued.end() :] if glued is not None else headline


# "… | Dawn", "… - The Express Tribune", "… :: Trend": a name after a separator at the end of a title bar.
_SITE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::|•|·)\s+(?P<name>[^|–—:•·]{2,60})$")
_CRUMB = re.compile(r"\s+[>»›]\s+")
# "… N. Korea www.yonhapnews.co.kr": a host written alone after the title, with "www." or a scheme before it.
_ADDRESS_TAIL = re.compile(r"\s+\(?(?:https?://)?www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\)?$", re.IGNORECASE)
_HOME = frozenset(("home", "homepage", "start", "main"))
# "… to Colombia | News": the site's section after a bar closing the title bar, a word or two of section names.
_SECTION_SUFFIX = re.compile(r"\s+\|\s+(?P<name>[A-Za-z]+(?: [A-Za-z]+)?)$")


# Fewest letters of a site's name after a title that may stand for the address's name, and the share of it they cover.
_SHORTEST_SITE = 4


def titled_site(headline: str | None, address: str | None) -> Found | None:
    """The site's name after a title ("… – Harbour Mag" on harbourmagpro.com): capitalised words after the last
    separator whose letters open the address's registered name and make at least half of it.  A clause of the
    headline after a dash ("… – report says", "… - Xi") spells no site's address, so it is kept."""
    suffix = _SITE_SUFFIX.search(headline or "")
    domain = registered_domain(address)
    if headline is None or suffix is None or domain is None or len(headline[: suffix.start()].split()) < 3:
        return None
    name = suffix.group("name").strip()
    letters, site = letters_of(name), letters_of(domain[0])
    if not all(word[0].isupper() or word[0].isdigit() for word in name.split()):
        return None
    if len(letters) < _SHORTEST_SITE or 2 * len(letters) < len(site) or not site.startswith(letters):
        return None
    return Found(name, name, "text")  # the name in the text that spells the site's address, as notes say


def without_site_name(title: Found | None, outlet: Found | None, address: str | None = None) -> Found | None:
    """The headline without the outlet's name appended to it ("Two ports agree | Dawn" when the outlet is Dawn, or a
    name that opens the address's, :func:`titled_site`) and
    without a breadcrumb trail from the site's home ("Home > World > Two ports agree"); an editor's title is kept."""
    if title is None or title.where == "option":
        return title
    text = title.value
    crumbs = _CRUMB.split(text)
    if len(crumbs) >= 2 and crumbs[0].casefold() in _HOME:
        text = crumbs[-1]
    tail = _ADDRESS_TAIL.search(text)
    if tail is not None and len(text[: tail.start()].split()) >= 3:
        text = text[: tail.start()]
    suffix = _SITE_SUFFIX.search(text)
    named = suffix is not None and outlet is not None and same_outlet(suffix.group("name"), outlet.value)
    if suffix and (named or titled_site(text, address)) and len(text[: suffix.start()].split()) >= 3:
        text = text[: suffix.start()]
    section = _SECTION_SUFFIX.search(text)
    if section and is_section_name(section.group("name")) and len(text[: section.start()].split()) >= 3:
        text = text[: section.start()]
    return title if text == title.value else Found(text, title.evidence, title.where)
