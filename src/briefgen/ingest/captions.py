"""Marks that make a line a photo's caption, and words that label a piece's kind rather than name a place.

A caption can look like a headline: short, no full stop, a name and a place.  Two marks give it away wherever
it stands, and neither is written in a headline or a lede:

- where a person stands in the picture, in brackets: "Maldives President Mohamed Muizzu (left) with PM Modi",
  "(second right)", "(L)", "Mr Gilchrist Olympio (middle), a Togolese politician, …", or set off by commas after a
  name ("Fumio Kishida, left, and …");
- a credit after a bar naming a social account the picture was taken from: "… | X (@MEAIndia)";
- a credit in brackets closing the line: "The talks in Hanoi on May 26 (Photo: VNA)", "(Image: Reuters)".  A
  headline never credits a picture, so the line is a caption even with no full stop before its credit.
- a credit after a slash closing a whole sentence, the agency alone or its photographer first: "… for winter household
  heating. / Reuters", "… in Aachen, Germany. Thilo Schmuelgen / POOL / AFP".  A headline has no full stop to close,
  and a report's own last line credits its agency with a dash, not a slash; so is one straight after the word "Photo":
  "… and Prime Minister Robert Abela. Photo DOI"; or glued to its full stop with a bare slash: "… in Ottawa on Jan.
  12.Sean Kilpatrick/The Canadian Press";
- a news agency's name alone in brackets closing the line: "President Yoon Suk-yeol (Yonhap)";
- a tag in brackets closing the line that says the picture is an old one or only stands for the story: "… after his
  first meeting with the Brunei Sultan (File)", "(File photo)", "(Representational image)".

A piece's kind, written before a colon or a dash at the start of its first line ("Editorial: The government …",
"EXCLUSIVE — …"), has the shape of a dateline, but is never the place the story was filed from.

A whole sentence in the past about a named person (``PAST_SENTENCE``) is a caption or a lede, not a headline, and so
is a line that tells the moment a picture shows (``PICTURE_SENTENCE``: "being presented", "pictured", "met with").
"""

from __future__ import annotations

import re

from briefgen.text.english import LABELLED_PICTURE_CREDIT

_POSITION = r"(?:(?:extreme|far|second|2nd|third|3rd|fourth|4th)\s+)?(?:left|right|centre|center|middle|L|R|C)(?:\s+to\s+right)?"
# "(left)", "(second right)", "(L)", "(left to right)", "(middle)": where a person stands in the picture.
POSITION_MARK = rf"\s\({_POSITION}\)(?=[\s,;]|$)"
# "| X (@MEAIndia)", "/ Twitter (@PMOIndia)", "| @narendramodi": a picture taken from a social account, credited at the end.
SOCIAL_CREDIT = r"\s[|/]\s*(?:[A-Z][\w .-]{0,30}\s*)?\(?@\w{1,30}\)?\s*$"
# "(Photo: VNA)", "(Photos: Reuters)", "(Image: AFP)", "(File photo: AP)", "(Photo credit: Jane Doe)" closing the line.
PICTURE_CREDIT = rf"\s{LABELLED_PICTURE_CREDIT}\.?\s*$"
# "Prime Minister Fumio Kishida, left, and President Yoon …", "…, second right, …": the same, set off by commas after a name.
COMMA_POSITION_MARK = r"[A-Za-z.]\s*,\s(?:(?:extreme|far|second|third)\s)?(?:left|right|cent(?:er|re))(?:\s+to\s+right)?,\s"
# "… with the Brunei Sultan (File)", "(File photo)", "(Representational image)": a picture from the archive, or one that
# stands for the story rather than shows it, tagged so at the end of its caption.  A headline reports news and never
# says its words are an old picture's.
_TAGGED_PICTURE = r"(?:[Ii]mage|[Pp]hoto|[Pp]ic)"
ARCHIVE_TAG = (
    rf"\s\((?:[Ff]ile(?:\s+{_TAGGED_PICTURE})?|[Rr]epresentationa?l?(?:\s+{_TAGGED_PICTURE})?"
    rf"|[Rr]epresentative\s+{_TAGGED_PICTURE})\)\.?\s*$"
)
# "… household heating. / Reuters", "… Germany. Thilo Schmuelgen / POOL / AFP": a sentence closed, then the picture's credit.
_CREDIT_WORD = r"[A-Z][\w&'’.-]*"
SLASHED_CREDIT = rf"[.!?][”\"’']?\s+(?:{_CREDIT_WORD}\s+){{0,3}}(?:/\s+{_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{0,2}}\s*)+$"
# "… on Parliament Hill in Ottawa on Jan. 12.Sean Kilpatrick/The Canadian Press": the photographer and the agency, glued
# to the caption's full stop with no space and joined by a bare slash, as The Globe and Mail's saved pages print them.
# Prose never runs a name into the stop before it and ends on "Name/Agency".
GLUED_CREDIT = rf"[\w)][.!?](?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{1,3}})/(?:The\s)?{_CREDIT_WORD}(?:\s{_CREDIT_WORD}){{0,3}}\s*$"
# "… between Libya's Prime Minister and Prime Minister Robert Abela. Photo DOI": a sentence closed, then the picture's
# credit straight after the word "Photo", as a slash sets it off above ("Photo credit: …" lines are read elsewhere).
CLOSING_PHOTO_CREDIT = rf"[.!?][”\"’']?\s+(?:Photo|PHOTO|Picture|Image)s?\s+{_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{0,3}}\s*$"
# "… during President Suluhu's state visit: Photo/State House Kenya": the picture's owner after the word "Photo" and a
# slash, set off from the caption by a colon, as Kenya's People Daily credits its pictures.  A headline names no
# picture's owner; "…: Photo/Video", "PHOTOS/VIDEO" tag a headline's media, no owner.
SLASHED_PHOTO_CREDIT = (
    rf"[^\W\d_][”\"’']?\s*:\s*(?:Photo|PHOTO|Picture|Image)s?\s*/\s*(?!(?i:videos?|photos?|gallery)\b)"
    rf"{_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{0,3}}\s*$"
)
# "President Yoon Suk-yeol (Yonhap)": a news agency's name alone in brackets closing the line credits the picture above
# it.  An agency's headline never credits itself, and a report's closing credit ends a sentence (see header.CAPTION).
PICTURE_AGENCIES = r"(?:Yonhap|AFP|Reuters|AP|Xinhua|EPA|Kyodo|Bernama|Antara|ANTARA|VNA|TASS|Anadolu|PTI|ANI|IANS|APP|dpa|DPA)"
AGENCY_CREDIT = rf"\s\({PICTURE_AGENCIES}\)\s*$"
# "photo_camera PHOTO/LA MONCLOA - King Mohammed VI receives …": the name of the camera icon a site draws before its
# captions (an icon font's ligature), left in the text when the page is saved.
ICON_CAPTION = r"^photo_camera\s"
# "(Picture caption: The New Zealand delegation to Samoa performs a waiata …)": a caption the page labels as one, in
# brackets at the top of a ministry's news item.
LABELLED_CAPTION = r"^\(\s*(?:[Pp]icture|[Pp]hoto|[Ii]mage)\s+[Cc]aption\s*:"
# "… and Kausea Natano. — © ap": a sentence closed, then a dash and the copyright sign before the picture's owner, or
# the sign alone, the agency and its photographer after it ("… in Athens, September 10, 2019. © Reuters / Alkis
# Konstantinidis").  A report's closing credit names its agency after the dash with no copyright sign, and a headline
# closes no sentence.
COPYRIGHT_CREDIT = r"[.!?][”\"’']?\s*(?:[—–-]{1,2}\s*)?©\s*[^\W\d_][\w .&'’/-]{0,40}$"
# "… that has left thousands dead. /REUTERS/Kevin Lamarque": a sentence closed, then the agency in capitals between
# slashes and the photographer, as some sites paste the wire's picture credit under its caption.
SLASHED_AGENCY_CREDIT = r"[.!?][”\"’']?\s+/[A-Z]{2,}/\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3}\s*$"
CAPTION_MARKS = (
    f"{POSITION_MARK}|{COMMA_POSITION_MARK}|{SOCIAL_CREDIT}|{PICTURE_CREDIT}|{SLASHED_CREDIT}|{ARCHIVE_TAG}|{AGENCY_CREDIT}|{ICON_CAPTION}"
    f"|{LABELLED_CAPTION}|{CLOSING_PHOTO_CREDIT}|{SLASHED_PHOTO_CREDIT}|{GLUED_CREDIT}|{COPYRIGHT_CREDIT}|{SLASHED_AGENCY_CREDIT}"
)

# "French President Emmanuel Macron received a ceremonial welcome at Rashtrapati Bhavan": a named person, a verb in the
# past and an article make a whole sentence, a picture's caption or a lede that lost its full stop, never a headline,
# which says it in the present without the article ("Macron receives ceremonial welcome").  Only capitalised words may
# stand before the verb, so a passive headline ("Pacts signed as leaders meet") is not one.  Unlike the marks above it
# does not tell a caption from a lede, so the line is only kept from the headline, not removed.
PAST_SENTENCE = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,6}(?:[a-z]{3,}ed|met|held|gave|took|made|began|led|paid|shook|laid)\s+(?:a|an|the|his|her|their)\s"
)

# "Chris Hipkins speaks to the media from Shanghai during his China visit": the same in the present, a caption saying
# what the picture shows.  A headline in the present drops the article ("Hipkins speaks to media"); a line that keeps
# an article and then refers back to its subject ("his", "her", "their") is written as a sentence, not as a headline.
# Verbs of saying are left out: a headline reports words in full ("Leader says the deal is his best work").
PRESENT_SENTENCE = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,6}(?!(?:says|tells|warns|urges|vows|claims|insists|asks|calls)\s)[a-z]{3,}s\s(?:[\w'’-]+\s+){0,3}?(?:the|a|an)\s[a-z].*\b(?:his|her|their)\s"
)

# "PM Rask being presented with the guard of honour upon his arrival", "President Vell pictured at the harbour", "Prime
# Minister Rask met with President Vell": a caption tells the moment its picture shows, with the subject "being" done
# to, "pictured" or "seen" somewhere, or meeting, talking or shaking hands "with" someone in the past.  A headline says
# it in the present ("Rask meets Vell", "Rask receives guard of honour"), and "seen" in a headline is a forecast ("Rates
# seen rising"), never followed by where or with whom.  Like the two above, the line is only kept from the headline.
PICTURE_SENTENCE = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,6}(?:being\s+[a-z]{3,}(?:ed|en|wn|ht)\s"
    r"|(?:pictured|photographed)\s|seen\s+(?:here\s+)?(?:with|during|at|alongside|arriving|greeting|shaking)\s"
    r"|(?:met|shook\s+hands|spoke|talked|chatted|interacted|posed)\s+with\s)"
)

# The kind of a piece, as a site labels it above or before its text (upper case; the first word is compared).
KIND_LABELS = frozenset(
    (
        "EDITORIAL",
        "EDITORIALS",
        "EXCLUSIVE",
        "EXPLAINER",
        "EXPLAINED",
        "INTERVIEW",
        "OPINION",
        "ANALYSIS",
        "COMMENTARY",
        "COMMENT",
        "FEATURE",
        "FEATURES",
        "REVIEW",
        "OP-ED",
        "OPED",
        "FACTBOX",
        "FACTCHECK",
        "FACT-CHECK",
        "INSIGHT",
        "PROFILE",
        "PODCAST",
        "LETTERS",
        "OBITUARY",
        "SPONSORED",
        "ADVERTORIAL",
        "SPECIAL",
        "PREVIEW",
        "RECAP",
        "TIMELINE",
        "EDITORS",
        "EDITOR'S",
        "VIEWPOINT",
        "PERSPECTIVE",
        "COLUMN",
        # A legal and business publisher's label over each piece ("ARTICLE" above a Mondaq lede): the piece's kind.
        "ARTICLE",
        # A newsletter's or a mailing list's tag for a forwarded report ("NEWS - Thai minister aims for visit"): the
        # piece is news, and no place is called so.
        "NEWS",
        # The kind of document a page prints below the report ("COMMUNIQUE: Oil pipeline construction …", the full
        # text of what the leaders signed): a heading, never the place the report was filed from.
        "COMMUNIQUE",
        "COMMUNIQUÉ",
        "STATEMENT",
        "TRANSCRIPT",
        "READOUT",
    )
)

# Words that open a line in title case as a dateline would, but name no place ("Opinion: …", "Editorial | …").
LINE_LABELS = frozenset(
    {
        "Note",
        "Update",
        "Editor",
        "Correction",
        "Breaking",
        "Watch",
        "Live",
        "Read",
        "Also",
        "Photo",
        "Video",
        "Source",
        "Sources",
        "Fuente",  # Spanish for "Source": "Fuente: Published by TrinidadExpress.com" over English copy on a Spanish site
        "Fonte",  # Portuguese and Italian for "Source"
        "Summary",
        "Highlights",
        "Background",
        "Details",
        "Context",
        "Analysis",
        "Opinion",
        "Related",
        "Flashback",  # a pointer to an older story in the page's body: "FLASHBACK: Nauru switches diplomatic recognition …"
        "Tags",
        "Share",
        "Home",
        "Comment",
        "Disclaimer",
        "Caption",
        "Credit",
        "Image",
        "File",
        "Quote",
        "Question",
        "Answer",
        "Key",
        "Tip",
        # A forwarded e-mail's header, kept on a mailing list's archived page: "Subject: NEWS - Thai minister …".
        "Subject",
        # Where a photo stands, opening its caption: "Above: Barbados Foreign Minister Maxine McClean (UN Photo/…)".
        "Above",
        "Below",
        "Pictured",
        # A photo page's cue before its caption, as Philippine outlets print it: "LOOK: President Ferdinand Marcos Jr.
        # and …, inspect the troops …"; "LISTEN:" before a clip.
        "Look",
        "Listen",
    }
)
