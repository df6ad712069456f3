"""Credit lines and bare link labels: short header lines that read like a headline but head no article.

A news page prints, between a photo and the story, who supplied the picture or
the copy ("Source: REUTERS", "Photo: AFP", "Courtesy: Xinhua"), or an agency's
name alone ("The Canadian Press") or a staff byline naming no one ("Staff Writers",
"Web Desk"), and under a teaser a bare link label
("Read more", "Continue reading").  Such a line is short, has no closing
punctuation and so reads like a headline; taken as one, with the byline and
time stamp that follow it, it cut the page into a second "article" and
``sources add`` refused the page until the editor chose a part.  These lines
name who supplied something or point elsewhere; they never say what happened,
so they never start an article.  They are kept as lines of text otherwise: the
reading of the header around them (which line is the headline, whether three
short lines are a list of points) stays as it was.

A credit counts only when its label is one of the words pages use for it and
what follows is a name of a few words with nothing of a sentence about it: a
headline that happens to open with "Source" ("Source says talks have
stalled") has a verb in lower case and is left alone.

A reprint closes with the names of the outlets it took the story from, joined by a slash ("NBC News / PNG Today"):
two or three short capitalised names, one of them ending on "News" or being a wire agency's.  A blog's reprint says
where it took the story from with "via" in lower case ("via CAAI", between the photo's caption and the stamp of the
story it copied); taken for a headline over that stamp, it cut the page in two and ``sources add`` refused it.  A
syndication site prints the outlet it carries in brackets on a line of its own ("(MENAFN- AzerNews)"): a credit too.
"""

from __future__ import annotations

import re

from briefgen.ingest.agencies import WIRE_AGENCIES

# "Source: REUTERS", "Image credit: ANI", "Courtesy - PTI": labels that only ever credit ("Sources:" may open a headline).
_CREDIT = re.compile(
    r"(?:(?:photo|image|picture|video)\s+)?(?:source|credits?|courtesy)(?:\s*[:|–—-]\s*|(?<=courtesy)\s+(?:of\s+)?)(?P<who>.{2,60})",
    re.IGNORECASE,
)
# "Photo: AFP", "Photo by Xinhua", "Image: Reuters/Toby Melville": a picture's label, which a gallery's headline also
# wears ("Photos: Modi visits Paris"), so it counts only before an agency's name or an agency/photographer pair.
_PICTURE = re.compile(r"(?:photo|image|picture|video)s?(?:\s*[:|–—-]\s*|\s+by\s+)(?P<who>.{2,60})", re.IGNORECASE)
# "NBC News / PNG Today": two or three names of up to three capitalised words each, joined by slashes.
_OUTLET_NAME = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}"
_OUTLET_PAIR = re.compile(rf"{_OUTLET_NAME}(?:\s+/\s+{_OUTLET_NAME}){{1,2}}")
_PICTURE_WORDS = frozenset(("supplied", "file", "handout", "screengrab", "screenshot"))
# "via CAAI": a blog's reprint names where it took the story from, in lower case (a headline capitalises its first word:
# "Via Rail Canada cuts routes").
_VIA = re.compile(r"via\s+(?P<who>.{2,60})")

# "(MENAFN- AzerNews)", "(MENAFN)": the syndication site's credit naming the outlet it carries, on its own line.
_SYNDICATION = re.compile(r"\(MENAFN(?:\s*[-–—]\s*[^()]{2,60}(?:\([A-Z]{2,8}\))?)?\)")
# A name of a few words as a credit prints it: capitalised words, initials, slashes and small joining words.
_NAME_WORD = re.compile(r"[A-Z0-9][\w.'’&-]*|of|the|and|de|via|/|[|,&]")
_MAX_NAME_WORDS = 6
# An agency's name spelled out alone on its line: "The Canadian Press", "Associated Press", "Kyodo News".
_AGENCY_NAME = re.compile(r"(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:press|news agency|press agency|wire)", re.IGNORECASE)
# A staff credit alone on its line, naming no one: "Staff Writers", "By Staff Reporter", "Our Correspondent", "Web Desk".
STAFF_CREDIT = re.compile(
    r"(?:by\s+)?(?:(?:our|a)\s+)?(?:(?:staff|special|senior|foreign|political|diplomatic|chief)\s+(?:writers?|reporters?|correspondents?)"
    r"|correspondents?|(?:news|web|digital|online|city|foreign)\s+desk)\s*\.?",
    re.IGNORECASE,
)
# A link's label alone on its line, with nothing after it.
_LINK_LABEL = re.compile(
    r"(?:read|see|show|load|view)\s+(?:more|all|full story|the full story|full article|the full article)\s*(?:[.…>»›]+)?"
    r"|continue\s+reading\s*(?:[.…>»›]+)?|click here(?: to read more)?\s*(?:[.…>»›]+)?",
    re.IGNORECASE,
)


def is_agency_name(text: str) -> bool:
    """Whether a whole line is a wire agency's name alone ("Reuters", "The Canadian Press")."""
    stripped = text.strip(" .")
    return stripped.casefold().removeprefix("the ") in WIRE_AGENCIES or bool(_AGENCY_NAME.fullmatch(stripped))


def _is_credited_name(who: str) -> bool:
    words = re.sub(r"([/|,&])", r" \1 ", who.strip(" .")).split()
    return 0 < len(words) <= _MAX_NAME_WORDS and all(_NAME_WORD.fullmatch(w) for w in words)


def credit_kind(text: str) -> str | None:
    """What a whole (stripped) line is when it credits or links ("credit line", "link line"), or None: no headline."""
    match = _CREDIT.fullmatch(text) or _VIA.fullmatch(text)
    if match is not None and _is_credited_name(match.group("who")):
        return "credit line"
    picture = _PICTURE.fullmatch(text)
    if picture is not None and _is_credited_name(who := picture.group("who")):
        first = re.split(r"[\s/|,]+", who.strip(" ."))[0].casefold()
        if first in WIRE_AGENCIES or first in _PICTURE_WORDS or "/" in who:
            return "credit line"
    if is_agency_name(text) or STAFF_CREDIT.fullmatch(text) or _outlets_credited(text) or _SYNDICATION.fullmatch(text):
        return "credit line"
    if _LINK_LABEL.fullmatch(text):
        return "link line"
    return None


def _outlets_credited(text: str) -> bool:
    """Whether a whole line names the outlets a reprint took its story from ("NBC News / PNG Today")."""
    if not _OUTLET_PAIR.fullmatch(text):
        return False
    names = [name.strip() for name in text.split("/")]
    return any(name.endswith(" News") or name.casefold() in WIRE_AGENCIES for name in names)
