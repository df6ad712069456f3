"""Page chrome: the lines a news page prints for its reader and its own navigation, not for the report.

Cleaning drops such lines when they stand alone in a form it knows ("Read
more: …", "2 min read"), but many survive: run into another line, worded
otherwise, or set as a list.  Each has a number, a name or a date, so it
passes as a claim, and an editor deletes every draft of it.  They come in
classes, read from their words and, for a list of links, the page's shape:

- the page speaking to its reader: a sign-up or a follow button ("Sign up for
  our Politics Essential newsletter for insightful political analysis and
  up-to-date coverage delivered straight to your inbox", "Follow us on …"), a
  promotion "brought to you by" the outlet;
- the page's counters and stamps: "2 min read Last Updated : Jun 05 2023 |
  11:33 PM IST", "1 pages in this article";
- a subscription's offer in a paywall box: a price for a term ("$1 per week
  for 24 weeks*", "$4.75/week*"), its billing ("Billed as $19 plus GST every
  four weeks", "$1 will be added to your next bill", "your rate will
  increase"), and the perks offered ("Access News Break, our award-winning
  app"): the outlet selling itself, never the report;
- a series' navigation: "Part of a series: President Trump's 2025 Gulf Trip",
  "or see Part 1: President Trump's Gulf Trip: Previewing the Agenda";
- a wire's update note, which names the paragraphs it changed: "Adds detail
  from Mexico's foreign ministry statement in paragraphs 2,3, 5 and 7";
- a lead-in to a list, ending where its items begin ("According to
  officials, the agreements include:", "The deals inked today include,"):
  the items are the claims, and a lead-in that counts them ("signed five
  agreements, including:") is left to be drafted;
- the items of a list of links under its heading ("Read also:" over
  "- China invites Ukraine’s foreign minister for talks on …"), or of a box
  of the outlet's other stories ("More To Read", "Next In Nation"), marked or
  set one a line without a stop: other stories' headlines
  (:func:`link_list_lines`).
"""

from __future__ import annotations

import re

from briefgen.text.english import BULLET_MARKS, LEADING_QUOTES, NUMBER_WORDS, words_pattern

# The page speaking to its reader: an invitation to sign up or follow, the reader's inbox, the outlet's promotion.
_TO_READER = re.compile(
    r"^\W*(?:sign up|subscribe) (?:to|for|now)\b|\bfollow us on\b|\b(?:to|in) your inbox\b|\bbrought to you by\b|\bclick here\b",
    re.IGNORECASE,
)
# The page's counters and stamps: reading time, a page count, an update stamp with its colon.
_COUNTER = re.compile(
    r"\b\d{1,3}\s*min(?:ute)?s?\.?\s+read(?:ing time)?\b|^\W*\d{1,3} pages? in this (?:article|story)\b|\blast updated\s*:",
    re.IGNORECASE,
)
# A subscription's offer: a line opening on a price for a term ("$1 per week", "$4.75/week*", "$1 for the first 4
# weeks"), billing ("Billed as $4.00 …", "added to your next bill", "your rate will increase", "the regular rate of
# $19"), or a perk offered with the outlet's own app or edition ("Access News Break, our award-winning app").  A price
# in a report has a subject and a verb before it ("wages of $300 a month were agreed"), never these words to a buyer.
_PRICE = r"(?:[$€£₹]|\b(?:US|CA?|AU?|NZ|HK|S)\$)\s?\d[\d.,]*"
_OFFER = re.compile(
    rf"^\W*{_PRICE}\*?\s*(?:/\s*|per |a |an |for (?:the |your )?first \d{{1,2}} )(?:day|week|month|year)s?\b"
    rf"|\bbilled (?:as|at) {_PRICE}|\badded to your (?:next )?bill\b|\byour rate will (?:increase|change|rise)\b"
    rf"|\bthe regular rate of {_PRICE}|\bcancel (?:at )?any ?time\b|\boffer (?:is )?available to (?:new|all|existing)\b"
    r"|^\W*(?:access|read|download|get|enjoy|play|try) (?:[\w-]+,? ){0,4}our (?:[\w-]+ ){0,2}(?:app|e-edition|newsletters?|podcasts?)\b",
    re.IGNORECASE,
)
# A series' navigation: "Part of a series: …", "or see Part 1: …".
_SERIES = re.compile(r"^\W*(?:part of (?:a|the|our) series\b|(?:or )?see part (?:\d{1,2}|one|two|three|four|five)\b)", re.IGNORECASE)
# A wire's update note: an editing verb first, then the paragraphs it changed ("Adds detail … in paragraphs 2,3, 5 and 7").
_UPDATE_NOTE = re.compile(r"^\W*(?:adds|updates|recasts|corrects|rewrites|changes)\b[^.]{0,150}\bparagraphs? \d", re.IGNORECASE)
# A lead-in whose last word hands over to a list's items: "… include:", "… including:", "… the following:".
_HANDS_OVER = re.compile(r"\b(?:includes?|included|including|following|as follows|namely)\s*[:,]\s*$", re.IGNORECASE)
# A count or an amount, which makes a lead-in a claim of its own ("signed five agreements, including:").
_FIGURE = re.compile(rf"\d|\b(?:{words_pattern(NUMBER_WORDS)})\b", re.IGNORECASE)
# The heading of a list of links, alone on its line: "Read also:", "Also read", "Related:", "See also", and the boxes of
# the outlet's other stories: "More To Read", "Next In Nation", "Most Popular", "You may also like".
_LINKS_HEADING = re.compile(
    r"^\W*(?:read also|also read|read more|see also|related(?: stories| articles| news| posts)?|more on this(?: story)?|"
    r"more to read|more (?:stories|news)|next in \w+|most (?:read|popular|viewed)|you (?:may|might) also like|"
    r"recommended(?: for you)?|top stories)\W*$",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(rf"^\s*[{re.escape(BULLET_MARKS)}–—-]\s")
# A line set as a headline, with no stop at its end ("New rules to benefit workers"): a link in a box without marks.
_HEADLINE_ITEM = re.compile(r"^\s*(?![a-z])\S+(?:\s+\S+){2,24}(?<![.!?:;,])(?<![.!?][”’\"'])\s*$")
# The last word of a sentence the page broke across lines ("… South Africa wanted to"): no headline ends on it.
_BROKEN_END = re.compile(r"\b(?:to|the|of|and|or|a|an|that|is|are|was|were|in|for|with|on|at|by|as|from|but|its|their)\s*$")


def _headline_item(line: str) -> bool:
    """Is the line set as a headline: words with no stop at the end, not opening in small letters (a sentence's
    second half) nor ending on a word no headline ends on (its first half)?"""
    return bool(_HEADLINE_ITEM.match(line)) and not _BROKEN_END.search(line)


def is_page_chrome(text: str) -> bool:
    """Is the sentence the page's own (a word to the reader, a counter, an offer, a series link, an update note, a list's
    lead-in)?"""
    rest = text.lstrip(LEADING_QUOTES)
    if _TO_READER.search(rest) or _COUNTER.search(rest) or _OFFER.search(rest) or _SERIES.match(rest) or _UPDATE_NOTE.match(rest):
        return True
    return bool(_HANDS_OVER.search(rest)) and not _FIGURE.search(rest)


def link_list_lines(body: str) -> frozenset[int]:
    """The indexes of the lines of ``body`` that are items of a list of links, each under a links heading ("Read also:").

    An item is a line marked as one ("- China invites …") or a headline without its stop ("MACC shifts into high gear"):
    a box of links often prints its stories' headlines one a line, with no marks.  A line ending as a sentence does is the
    report again, and the list ends there.
    """
    found: set[int] = set()
    under_heading = False  # the lines since the last line with text are a links heading and its items
    for n, line in enumerate(body.split("\n")):
        if not line.strip():
            continue
        if _LINKS_HEADING.match(line):
            under_heading = True
        elif under_heading and (_LIST_ITEM.match(line) or _headline_item(line)):
            found.add(n)  # a marked item, or another story's headline set alone on its line
        else:
            under_heading = False
    return frozenset(found)
