"""Labels a site prints around an article that look like a short headline: tickers, taxonomy lists, photo credits.

A news page often opens with lines of its template that are short and unpunctuated, the shape of a headline:

- the label of a ticker or an alert bar ("News Flash", "Breaking News", "Just In"), printed over whatever story the
  page shows; it names the kind of item, never what happened, so no article's headline is only these words;
- the heading of the list of sections or tags the post is filed under ("Categories", "Tags:", "Filed under"), with
  the list itself on the very next line ("-Top News China UAE News"): the list names the site's sections, not the
  story, and a headline is never printed glued to such a heading, without a break between them;
- a photograph's credit alone on its line: an agency's or a paper's name, then "photo" or "file photo"
  ("Reuters file photo"), as pages print it over the caption.  A headline about a picture has a verb before
  "photo" ("Leaders pose for photo"); a credit is only names;
- a caption with no verb that says who stands with whom and where ("PM Rask with the Vellish PM in Port Avel"):
  a headline says what they did ("Rask meets Vell in Port Avel"), a picture only shows them together.  A headline
  set in title case ("Rask Meets With Vell In Port Avel") has the caption's shape, so a verb of meeting before
  "with" keeps it a headline;
- a caption that carries its picture's credit after a label and a colon ("Leaders at the signing Image: Harbour
  Agency via OPA", "… (Photo credit: Jane Doe)"), wherever on the line the credit stands: a headline names no
  photographer, and an "Image:" label set after words is never how one reads.  A caption the header's reader
  already knows by its closing credit ("… (Photo: PTI)") is left to it, kept in the text as a caption;
- a picture's credit alone with its label first ("Photo by: Jan Kowal", "Photo credit: Harbour Agency"), also with a
  bar after the label and only the owner's capitalised name after it ("Images | Akorda" over a kt.kz
  story, the picture's source being the presidency's press office): a headline never opens by saying who took a picture;
- a caption behind its picture's source label ("Image Source : OPA Leaders at the signing"), also after a share bar's
  "Follow us on" glued before it: a headline never opens by saying where its picture came from;
- a photographer's credit alone: a person's name, a slash, then the paper or agency the picture belongs to
  ("Jan Kowal/The Harbour Post"), printed tight against the slash.  A headline naming two sides ("Rask/Vell talks")
  puts a single name before the slash and says what happened after it;
- a caption set in the table cell under its picture: a sentence closed, its credit, and the cell's bar ("… in Seoul,
  Thursday. Yonhap |"); a headline has no full stop inside it and no bar at its end;
- the label of a link that lets readers report the page ("Report This Content", "Report an error"): a button;
- a line of a rates ticker, a currency pair's rate ("• KZT/USD = 0.00203 0%", :mod:`briefgen.ingest.tickers`);
- a row of the site's menu copied as one line ("World Russia Society Opinion Science Sport Incidents Business"): five
  capitalised words or more, with no small word between them, two thirds of them or more sections' names.  A
  headline set in title case says something, so it joins its words with "of", "to" or "in" and has a verb; a row of
  sections is only nouns, one after another;
- the categories a post is filed under, saved without the spaces between their links, so that each name runs into
  the next one's capital: "BlogFeatured ArticlesPress Statement" over a joint statement on najibrazak.com.  Only
  capitalised words, and two joins or more where a run of three small letters meets a capitalised word: a headline
  writes its small words ("and", "of") in small letters, a name with a capital inside ("McCain", "DeSantis") has one
  small letter before it, not a word's end, and a byline glued to its agency's initials ("Duncan MurrayNCA NewsWire")
  runs into capitals, not a name.  The last category's last word ends the line plain; a row of an icon font's labels
  ("ArrowIcon ShareIcon MailIcon PrintIcon") glues every word to its suffix and is left to the readings of the header.

Each is page furniture: taken for the headline it gave the archived source the site's words for a title.
"""

from __future__ import annotations

import re

from briefgen.ingest.header import CAPTION, is_section_name
from briefgen.ingest.tickers import rates_kind

# Matched case-insensitively against a whole line: the labels of a ticker or an alert bar.
_TICKER = re.compile(
    r"(?:news\s*flash|flash\s+news|breaking(?:\s+news)?|just\s+in|news\s+alert|developing(?:\s+story)?|live\s+updates?|latest\s+updates?)"
    r"\s*[:|]?"
)
# The heading of a list of the sections or tags a post is filed under, alone on its line.
_LIST_HEADING = re.compile(r"(?:categories|category|tags|tagged|topics|filed\s+under|posted\s+in)\s*:?")
# Case-sensitive: a credit's capitalised names, then "photo" in small letters ("Yomiuri Shimbun file photo", "AFP photo").
_PHOTO_CREDIT = re.compile(r"(?:[A-Z][\w&'’./-]*\s+){1,4}(?:(?:file|pool|handout)\s+)?photo(?:graph)?s?")
# A picture's credit alone, its label first: "Photo by: Heng Chivoan", "Photo credit: Jane Doe", "Photos courtesy of the
# Harbour Agency".  A headline never opens by saying who took a picture.
_LABELLED_CREDIT = re.compile(
    r"(?:photo(?:graph)?|image|picture|pic)s?\s+(?:by|credits?|courtesy(?:\s+of)?)\s*:?\s*[^:!?]{2,80}", re.IGNORECASE
)
# "Images | Akorda", "Photo | Reuters": the label, a bar, then one to four capitalised words and nothing else.  (The
# label with a colon, "Photo: Akorda", is read by the header's caption reader and kept with the text below it.)
_BARRED_CREDIT = re.compile(r"(?i:(?:photo(?:graph)?|image|picture|pic)s?)\s*\|\s*[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}")
# A picture's source label, then its caption: "Image Source : PTI Leaders at the talks", behind "Follow us on".
_SOURCED_CAPTION = re.compile(r"(?:follow\s+us\s+on\s+)?(?:photo|image|picture)\s+source\s*:\s*\S.*", re.IGNORECASE)
# Names, "with" in small letters, names again, and the place: "PM Rask with the Vellish PM In Port Avel".
_NAME = r"[A-Z][\w'’.-]*"
_WITH_CAPTION = re.compile(rf"(?:{_NAME}\s+){{1,4}}with\s+(?:the\s+)?(?:{_NAME}\s+){{1,4}}(?:in|at|In|At)\s+{_NAME}(?:\s+{_NAME}){{0,2}}")
# The verbs a title-case headline puts before "with" ("Rask Meets With Vell", "Vell Holds Talks With Rask").
_MEETING_VERB = re.compile(
    r"\b(?:meets|holds|hosts|talks|speaks|joins|poses|chats|dines|confers|visits|signs|shakes|greets|welcomes)\b",
    re.IGNORECASE,
)
# Words, then a picture's label and a colon, then a credit that ends the line (no sentence after it, such as a dateline
# glued on: "… (Photo: VNA). Hanoi (VNA) – President"): "… Masako Image: Household Agency via AP", "… (Image Credit: X)".
_PICTURE = r"(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|PHOTO|IMAGE)s?"
_CREDITED_CAPTION = re.compile(rf"\S.*?\s\(?{_PICTURE}(?:\s+[Cc]redits?)?\s*:\s*[^:.!?]{{2,100}}")
# What a headline with two sides' names around a slash says happened ("Joe Biden/Xi Jinping Summit"): no credit ends so.
_HAPPENING = re.compile(r"\b(?:summit|talks|meeting|visit|call|deal|ties|relations|pact|accord|treaty|agreement)s?\s*$", re.I)
# A person's two or three names, a slash without spaces, the owner's capitalised name: "Jan Kowal/The Harbour Post".
_OWNER = r"[A-Z][\w&'’.-]*"
_NAMED_CREDIT = re.compile(rf"{_NAME}(?:\s+{_NAME}){{1,2}}/(?:{_OWNER})(?:\s+{_OWNER}){{0,4}}")
# A sentence closed, one to three capitalised words of credit, the bar closing a table's cell: "… Thursday. Yonhap |".
_CELL_CAPTION = re.compile(r"\S.*[.!?][”\"’']?\s+(?:[A-Z][\w&'’.-]*\s+){0,2}[A-Z][\w&'’.-]*\s*\|")
# The label of a link for readers to flag the page.
_REPORT_LINK = re.compile(r"report\s+(?:this\s+(?:content|post|article|story|page|comment)|(?:an?\s+)?(?:error|abuse|typo|problem))")
# "BlogFeatured ArticlesPress Statement": a word's end of three small letters or more run into the next name's capital.
_GLUED_JOIN = re.compile(r"[a-z]{3}(?=[A-Z][a-z])")
_GLUED_JOINS = 2
_GLUED_ROW_WORDS = 8
# A list is short: a few sections' or tags' names.
_LIST_WORDS = 10
# A row of a menu: this many capitalised words at the least, and this share of them sections' names.
_MENU_ROW_WORDS = 5
_MENU_ROW_SHARE = 2 / 3


def site_label_kind(text: str) -> str | None:
    """The kind of site label a whole (stripped) line is ("ticker label", "list heading", "report link", "photo
    credit", "photo caption"), or None."""
    lowered = text.casefold()
    if _TICKER.fullmatch(lowered):
        return "ticker label"
    if _LIST_HEADING.fullmatch(lowered):
        return "list heading"
    if _REPORT_LINK.fullmatch(lowered):
        return "report link"
    if _PHOTO_CREDIT.fullmatch(text) or _LABELLED_CREDIT.fullmatch(text) or _BARRED_CREDIT.fullmatch(text):
        return "photo credit"
    if _NAMED_CREDIT.fullmatch(text) and not _HAPPENING.search(text):
        return "photo credit"
    if _SOURCED_CAPTION.fullmatch(text) or _CELL_CAPTION.fullmatch(text):
        return "photo caption"
    if _CREDITED_CAPTION.fullmatch(text) and not CAPTION.search(text):  # a caption the header's reader knows stays text
        return "photo caption"
    if _WITH_CAPTION.fullmatch(text) and not _MEETING_VERB.search(text, 0, text.find(" with ")):
        return "photo caption"
    if _is_menu_row(text) or _is_glued_categories(text):
        return "menu"
    return rates_kind(text)  # "• KZT/USD = 0.00203 0%" (:mod:`tickers`)


def _is_glued_categories(text: str) -> bool:
    """Whether a line is a post's categories run together: capitalised words only, two joins or more (see the docstring)."""
    words = text.split()
    if not words or len(words) > _GLUED_ROW_WORDS or not all(w.isalpha() and w[0].isupper() for w in words):
        return False
    return len(_GLUED_JOIN.findall(text)) >= _GLUED_JOINS and _GLUED_JOIN.search(words[-1]) is None


def _is_menu_row(text: str) -> bool:
    """Whether a line is a row of a site's menu: capitalised words only, most of them sections' names."""
    words = text.split()
    if len(words) < _MENU_ROW_WORDS or not all(w.isalpha() and w[0].isupper() for w in words):
        return False
    return sum(is_section_name(w) for w in words) >= _MENU_ROW_SHARE * len(words)


def listed_kind(previous: str | None, text: str) -> str | None:
    """The kind of a line printed right below a line of furniture ``previous`` (no blank line between), or None: the
    caption under a gallery's counter, the list under a list's heading (a few words, not a sentence)."""
    if previous == "gallery counter":
        return "photo caption"
    if previous == "list heading" and len(text.split()) <= _LIST_WORDS and not text.endswith((".", "!", "?")):
        return "category list"
    return None
