"""Page furniture that is not an article: widgets, loading messages and teaser lists.

A page saved from a news aggregator or a site with a photo strip carries lines
that look like short headlines ("Loading...", "Browse all stories on …",
"No • 50%", "ST THUMBNAIL HUNGARY / TRT World").  Taken as headlines they cut
the page into several "articles", and ``sources add`` refused the page as
holding more than one.  This module names such lines as furniture, and tells
which parts of a page hold no paragraph of article text at all (a list of
teaser headlines, a poll), or are a site's menu under a list's heading ("What's
Hot", "Trending", "Most Read") with more titles than sentences, so that only
real articles count as parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from briefgen.ingest.bylines import is_stamp_line
from briefgen.ingest.header import headline_like, is_body, is_name_line

_R = TypeVar("_R")


class PartLike(Protocol[_R]):
    """What the modules that tidy a page's parts need of one (they stand below :mod:`briefgen.ingest.text`, which
    defines the part itself): its headline, paragraphs and removed lines."""

    headline: str | None
    paragraphs: list[str]
    removed: list[_R]


_P = TypeVar("_P", bound=PartLike[Any])


# Whole lines, matched case-insensitively: a loading message, a poll's answer with its share ("Yes • 50%", "No - 12 %",
# "68% Yes"), an aggregator's navigation ("Browse all stories on DeepNewz", "View original story", "Load more"), a
# thumbnail's caption or credit ("ST THUMBNAIL HUNGARY / TRT World") and a search box's prompt, copied with the page
# from its header ("Input your search keywords and press Enter.", "Hi, what are you looking for?", "Type above and press
# Enter to search. Press Esc to cancel.") and a notice that the page's scripts are off: a sentence to the reader, never
# the article's first paragraph.
_WIDGETS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("loading message", re.compile(r"(?:loading|please wait)\s*(?:\.{2,3}|…)?")),
    ("poll widget", re.compile(r"(?:yes|no|maybe|other)\s*[•·:|–—-]?\s*\d{1,3}(?:[.,]\d)?\s*%|\d{1,3}(?:[.,]\d)?\s*%\s*(?:yes|no)")),
    (
        "navigation",
        re.compile(
            r"(?:browse|see|view|show) (?:all|more) (?:stories|news|articles|posts)(?: (?:on|from|at|in) [\w .&'-]{1,40})?"
            r"|view (?:the )?original (?:story|article|post)|more stories|back to top|load more(?: stories)?"
        ),
    ),
    ("thumbnail caption", re.compile(r"[^.!?]{0,80}\bthumb(?:nail)?\b[^.!?]{0,80}")),
    (
        "search box",
        re.compile(
            r"(?:hi,? )?what are you looking for\??"
            r"|(?:input|type|enter)(?: your| the)?(?: search)?(?: keywords?| terms?| query| text)?(?: above| here| below)?,? and "
            r"(?:press|hit) enter(?: to search)?\s*[.…]*(?: press esc to cancel\.?)?"
            r"|search and (?:press|hit) enter\s*[.…]*"
        ),
    ),
    # A reader's bookmarks box, empty in a saved copy: its heading "Saved articles" and "You have not yet added any
    # article to your bookmarks!".
    (
        "bookmarks box",
        re.compile(
            r"saved (?:articles|stories|posts)|no saved (?:articles|stories|posts)(?: yet)?\.?"
            r"|you have(?: not|n[’']t) (?:yet )?(?:added|saved) any (?:articles?|stories|story|posts?)"
            r" to your (?:bookmarks|reading list)\s*[.!]?"
        ),
    ),
    # A newsletter's sign-up box: "Newsletter image" (its picture's label), "Subscribe to the Newsletter", "Join 10k+
    # people to get notified about new posts, news and tips.", "Do not worry we don't spam!".
    (
        "newsletter box",
        re.compile(
            r"newsletter (?:image|icon|logo)|subscribe to (?:the|our) newsletter\s*[.!]?"
            r"|join [\d.,]+\s*[km]?\+? (?:people|readers|subscribers|others) to get (?:notified|updates|the latest)\b.{0,80}"
            r"|(?:do not|don[’']t) worry,? we (?:do not|don[’']t) spam\s*[.!]?|we (?:do not|don[’']t|never) spam\s*[.!]?"
        ),
    ),
    # The notice a site prints where its scripts did not run: "JavaScript is off. Please enable to view full site.",
    # "Please enable JavaScript in your browser": a short line naming JavaScript and what the reader should do.
    (
        "script notice",
        re.compile(
            r"(?=.*\b(?:javascript (?:is|has been|seems to be) (?:off|disabled|not enabled|turned off|required)"
            r"|(?:enable|turn on|activate) (?:your )?javascript|javascript (?:must|needs to) be enabled|please enable)\b).{0,160}"
        ),
    ),
)


# Words of a site's menu bar: its sections ("NEWS", "BUSINESS", "MOVIES") and the pages beside them ("HOME", "VIDEOS").
_MENU_WORDS_TEXT = """home news business movies cricket sports sport entertainment lifestyle videos video photos world india
    politics opinion tech technology health travel food fashion auto education jobs markets money science
    culture life style latest trending podcasts weather e-paper epaper"""
_MENU_WORDS = frozenset(_MENU_WORDS_TEXT.split())


def is_menu_bar(text: str) -> bool:
    """Whether a line is a site's menu bar run together ("HOME NEWS BUSINESS MOVIES CRICKET SPORTS GET AHEAD"): four
    words or more in capitals, no sentence's punctuation, and at least half of them the names of a site's sections.
    A headline in capitals names people, places and what happened, not the sections of a site."""
    words = text.replace("|", " ").split()
    if len(words) < 4 or any(c.islower() for c in text) or any(c in text for c in ".,:;?!\"'“”‘’"):
        return False
    return 2 * sum(w.casefold() in _MENU_WORDS for w in words) >= len(words)


# The buttons of a share bar: the networks a page posts to and the links beside them ("Email", "Copy Link", "Print").
_SHARE_BUTTONS_TEXT = """facebook x twitter instagram pinterest linkedin tumblr reddit whatsapp telegram email e-mail print share
    copy link threads bluesky mastodon flipboard messenger viber youtube tiktok vk pocket"""
_SHARE_BUTTONS = frozenset(_SHARE_BUTTONS_TEXT.split())

# A share button's spoken label, as a screen reader gets it and a copied page keeps it: "Share this item via
# WhatsApp", "Share on Facebook", "Share this story on Reddit reddit" — the button's name may follow as its icon's
# text.  A line of nothing else, or "Share" alone, is a button, never an article's headline.
_NETWORKS = sorted(_SHARE_BUTTONS - {"share", "print", "copy", "link"}, key=len, reverse=True)
_NETWORK = "(?:" + "|".join(re.escape(network) for network in _NETWORKS) + ")"
_SHARE_PROMPT = re.compile(
    rf"share|(?:share(?: this)?(?: (?:item|story|article|post|page|link|video))? (?:via|on|to|with|by) {_NETWORK}(?: {_NETWORK})?\s*)+"
)


def is_share_row(text: str) -> bool:
    """Whether a line is a share bar's buttons run together ("Facebook Twitter Pinterest LinkedIn Tumblr Email"): two
    networks or more and nothing but the names of buttons.  No sentence or headline is a list of social networks."""
    words = re.sub(r"[|•·/()]", " ", text).casefold().split()
    networks = {w for w in words if w not in {"email", "e-mail", "print", "share", "copy", "link"}}
    return len(networks) >= 2 and all(w in _SHARE_BUTTONS for w in words)


def widget_kind(text: str) -> str | None:
    """The kind of widget or navigation line a whole (stripped) line is, or None."""
    lowered = text.casefold()
    if is_menu_bar(text):
        return "navigation"
    if _glued_list_heading(text):
        return "section label"
    if is_share_row(text) or _SHARE_PROMPT.fullmatch(lowered):
        return "share link"
    return next((kind for kind, pattern in _WIDGETS if pattern.fullmatch(lowered)), None)


# The heading a site sets over a list of other stories' headlines: "What's Hot", "Trending Now", "Latest News",
# "Most Read", "Editor's Picks", "Don't Miss".  Matched whole and case-insensitively, a closing colon aside.
_LIST_HEADING = re.compile(
    r"what(?:'s|’s| is) (?:hot|new|trending|happening)(?: now| today)?"
    r"|(?:(?:the )?latest|trending|popular|hot|top|recent|featured|breaking|most (?:read|popular|viewed|shared|commented))"
    r"(?: (?:now|today|this week))?(?: (?:news|stories|posts|articles|headlines|updates|topics|reads))?(?: (?:now|today))?"
    r"|editor(?:'s|’s|s'|s’|s)? (?:picks?|choice)|top picks|don(?:'t|’t) miss|must reads?|just in"
)


# A list's heading glued to the section's name after it, no space between: "Editor's PickPower and Politics".
_GLUED_HEADING = re.compile(r"(?<=[a-z’'])(?=[A-Z])")
# The section's name after it is a few words.
_SECTION_NAME_WORDS = 4


def _glued_list_heading(text: str) -> bool:
    """Whether a line is a list's heading run into a section's name ("Editor's PickPower and Politics"): the labels a
    theme prints over a featured story, copied without the space between them, never the story's headline."""
    glue = _GLUED_HEADING.search(text)
    if glue is None or not is_list_heading(text[: glue.start()]):
        return False
    rest = text[glue.start() :]
    return len(rest.split()) <= _SECTION_NAME_WORDS and not rest.rstrip().endswith((".", "!", "?"))


def is_list_heading(text: str) -> bool:
    """Whether a whole line is the heading of a list of other stories ("What's Hot", "Trending", "Most Read").
    Such a heading names the list's place on the site, never what happened, so no article is headed by it."""
    return bool(_LIST_HEADING.fullmatch(text.strip().rstrip(":").strip().casefold()))


def headline_list_parts(paragraph_lists: list[list[str]], headlines: list[str | None]) -> set[int]:
    """Indexes of the parts that are a site's list of other stories' headlines, when another part holds an article.

    A menu block above the report ("What's Hot", three headlines with their dates, a newsletter's blurb, the
    section names) is cut off as a "part" of its own when its heading reads as a headline, and one stray sentence in
    it (the newsletter's "Get the latest news ...") keeps :func:`furniture_parts` from seeing it as furniture.  Such a
    part opens with a list's heading (its headline, or its first line when it has none) and holds more headline-like
    or short lines than sentences: a list of titles, not a report.
    """
    found: set[int] = set()
    for index, (paragraphs, headline) in enumerate(zip(paragraph_lists, headlines, strict=True)):
        heading = headline if headline is not None else next(iter(paragraphs), "")
        sentences = sum(is_body(p) for p in paragraphs)
        titles = sum(headline_like(p) or len(p.split()) <= 3 for p in paragraphs if not is_body(p))
        if is_list_heading(heading) and titles > sentences:
            found.add(index)
    articles = [i for i, paragraphs in enumerate(paragraph_lists) if i not in found and any(is_body(p) for p in paragraphs)]
    return found if articles else set()


def furniture_parts(paragraph_lists: list[list[str]]) -> set[int]:
    """Indexes of the parts that hold no paragraph of article text, when another part does.

    A run of teaser headlines or a poll's questions below the article is cut off as a "part" of its own when a
    furniture line above it reads as a headline; a real second article has at least one paragraph that is a sentence.
    """
    bodied = {i for i, paragraphs in enumerate(paragraph_lists) if any(is_body(p) for p in paragraphs)}
    return set(range(len(paragraph_lists))) - bodied if bodied else set()


def teaser_tail(paragraphs: list[str]) -> int:
    """Where a list of other stories' headlines below the article begins (``len(paragraphs)`` when there is none).

    Three or more headline-like lines after the last paragraph that is a sentence ("Mali parliament grants interim
    president a new term", "US cuts foreign aid budgets") are the site's "Explore" strip, not the article's end.
    """
    last_body = max((i for i, p in enumerate(paragraphs) if is_body(p)), default=-1)
    tail = paragraphs[last_body + 1 :]
    if last_body < 0 or len(tail) < 3 or not all(headline_like(p) or len(p.split()) <= 3 for p in tail):
        return len(paragraphs)
    return last_body + 1


#: Makes one removed line: its kind, its text and how many of its part's paragraphs come before it
#: (:class:`briefgen.ingest.text.Removed`); a line folded in from another part keeps its place on the page.
MakeRemoved = Callable[[str, str, int], Any]


def moved(removed: MakeRemoved, line: Any, below: int) -> Any:
    """``line``, removed from a part folded below ``below`` paragraphs of another: the same line, placed there."""
    return removed(getattr(line, "kind", ""), getattr(line, "text", ""), getattr(line, "after", 0) + below)


def fold_headline_stubs(parts: list[_P], removed: MakeRemoved) -> None:
    """Join a part that is only a headline (and at most one standfirst paragraph) to the next part when that part's
    "headline" is a name alone ("The Nation"): the name is the outlet's or the author's line under the standfirst,
    so the page holds one article, not two.  The same holds when that "headline" is a time stamp alone ("Published:
    25th January 2019 01:10 PM | Last Updated: …"): a date heads no article.  The folded name is recorded as a byline,
    the folded stamp as an update line (so its "Published:" date is read as one, and no one is named by it).  A real
    second article has a headline that reads as one."""
    index = 0
    while index + 1 < len(parts):
        stub, nxt = parts[index], parts[index + 1]
        if stub.headline and len(stub.paragraphs) <= 1 and nxt.headline and (is_name_line(nxt.headline) or is_stamp_line(nxt.headline)):
            below = len(stub.paragraphs)
            stub.paragraphs += nxt.paragraphs
            kind = "byline" if is_name_line(nxt.headline) else "update line"  # a time stamp is no one's byline
            carried = [moved(removed, r, below) for r in nxt.removed if getattr(r, "kind", "") != "headline"]
            stub.removed += [removed(kind, nxt.headline, below), *carried]
            del parts[index + 1]
        else:
            index += 1


def tidy_parts(parts: list[_P], removed: MakeRemoved) -> None:
    """Fold the parts that hold no article into a neighbour, and cut teaser lists off the end of each article,
    recording every line taken out where it stood (the archived source's notes list them, and the rules that read a
    page's top must not take a teaser list at its foot for lines above the story)."""
    fold_headline_stubs(parts, removed)
    paragraph_lists = [p.paragraphs for p in parts]
    lists = headline_list_parts(paragraph_lists, [p.headline for p in parts])
    for index in sorted(lists | furniture_parts(paragraph_lists), reverse=True):
        extra = parts.pop(index)
        # its own furniture too ("Published: 09 Oct 2023, 8:36 AM" under a "Follow us on" box): the notes name every line
        lines = list(extra.paragraphs)
        for line in sorted((r for r in extra.removed if getattr(r, "kind", "") != "headline"), key=lambda r: -getattr(r, "after", 0)):
            lines.insert(getattr(line, "after", 0), line.text)  # in the page's order, each after the paragraphs above it
        into = parts[index - 1 if index else 0]
        below = len(into.paragraphs) if index else 0  # under the part before it, or above the first article
        into.removed += [removed("furniture part", t, below) for t in [extra.headline or "", *lines] if t]
    for part in parts:
        cut = teaser_tail(part.paragraphs)
        part.removed += [removed("teaser", t, cut) for t in part.paragraphs[cut:]]
        del part.paragraphs[cut:]
