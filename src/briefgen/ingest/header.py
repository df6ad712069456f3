"""How the lines above an article's text look: headlines, captions, bylines, section menus.

A page's text opens with lines that are not the article: the site's section
menu, a section label repeated over the headline, a byline that is only a
name, the headline itself (sometimes ending in a full stop).  These tests
read one line (or one block of lines) at a time, so that
:mod:`briefgen.ingest.text` can tell the headline from the furniture around it
without guessing: each answers yes only for a shape the article's own text
does not take.
"""

from __future__ import annotations

import re

from briefgen.ingest.abbreviatedends import ends_on_initials
from briefgen.ingest.captions import CAPTION_MARKS, PAST_SENTENCE, PICTURE_SENTENCE, PRESENT_SENTENCE
from briefgen.ingest.meta import dateline_length
from briefgen.ingest.quotedends import ends_with
from briefgen.text.english import FUNCTION_WORDS, MONTH_PATTERN, WEEKDAY_WORDS, is_bullet

# A caption ends a sentence and then credits the photo: "… 2024. (PTV News)", "… on Thursday.—White Star",
# "… 2025. — Screengrab via Geo News".
# "… Emirates. / Photo: AA", "… 2025. Photo: Omer Bolat/X", and with a slash for the colon, as New Zealand's papers
# credit their pictures: "… at House of Ariki. Photo/Michael Craig", "… to the Cook Islands. Photo / Michael Craig".
# A line that opens with its label or closes with a credit after a bar is a caption too: "Photo: Ministers at the
# signing", "File photo of the harbour", "Ministers at the signing | Photo credit: Jane Doe".
_PICTURE = r"(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Ff]ile [Pp]hoto)s?"
CAPTION = re.compile(
    r"[.!?][\"”’]?\s*\((?:photo[^()]*|file[^()]*|[A-Z][^()]{1,40})\)$|[.!?][\"”’]?\s*[—–-]{1,2}\s*[A-Z][^.!?—–]{0,40}$"
    rf"|[.!?][\"”’]?\s*/?\s*{_PICTURE}\s*(?::|/|by\b)\s*[^.!?:]{{1,60}}$"
    rf"|^{_PICTURE}(?:\s+[Cc]redit)?\s*:\s*\S|^(?:[Ff]ile\s+)?{_PICTURE}\s+(?:of|shows?)\s"
    rf"|\s[|/]\s*{_PICTURE}(?:\s+(?:[Cc]redit|[Cc]ourtesy))?\s*(?::|by\b)\s*[^.!?:|]{{1,60}}$"
    rf"|{CAPTION_MARKS}"  # "Muizzu (left) with PM Modi in New Delhi | X (@MEAIndia)": see :mod:`captions`
)
_SENTENCE_END = (".", ",", ";", ":")
# A byline that is only a name, on its own line above the lede: "Elnur Enveroglu", "Anna K. Smith", or a surname after
# one or two initials, each followed by a space ("M. Taufiqurrahman", "A. K. Rahman"; "U.S. Envoy" is no name).
_NAME_WORD = r"(?:[^\W\d_](?:[^\W\d_]|['’])+(?:-[^\W\d_]+)?)"
BARE_NAME = re.compile(rf"{_NAME_WORD}(?:\s+(?:[^\W\d_]\.|{_NAME_WORD})){{1,2}}|(?:[^\W\d_]\.\s+){{1,2}}{_NAME_WORD}(?:\s+{_NAME_WORD})?")
# Words of a section's name or a kicker, never of a person's name.
_SECTION_WORDS_TEXT = """news world politics business economy economics relations society culture sport sports opinion
analysis region latest home breaking exclusive editorial interview diplomacy defense defence security energy trade
markets science technology health tourism asia europe africa america middle east national international local
north south west central northern southern eastern western press release releases conferences briefings"""
_SECTION_WORDS = frozenset(_SECTION_WORDS_TEXT.split())
# How full sentences open and what they say that headlines leave out ("The agreement was signed …").
_SENTENCE_OPENERS = frozenset(("the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i"))
_AUXILIARIES = frozenset(("was", "were", "is", "are", "been", "had", "has", "have", "today", "yesterday"))
MENU_LINES = 5  # a block of at least this many short lines above the article is a site's menu


# A headline that opens with a quotation and goes on to name who said it ("‘We must do more,’ PM Wong says after …",
# "“Separated by distance …,” Armenian FM Ararat Mirzoyan"): the quotation, of three words or more, closes with a
# comma, "!" or "?" and its mark (an apostrophe inside a word, "you’re", is no close), and a name follows it.  A
# standfirst quoting someone goes on as a sentence does ("…,” the Malaysian PM said", "…,' says the President").
_QUOTE_THEN_SPEAKER = re.compile(r"[\"“‘'](?:\S+\s+){2,}?.*?\w[,!?][\"”’']\s+(?!(?:The|A|An)\b)[A-Z]\w*\s+\S")


# A caption tells what one picture shows: the longest of the archived pages' has 71 words.  A line of more than this
# many words that ends on a credit is a story told in one paragraph with the agency's sign-off ("… of Norway's major
# groups.-VNA"), and taking it off as a caption left the page with no article at all.
CAPTION_WORDS = 100


def caption_line(text: str) -> bool:
    """Whether a line ends (or opens) as a photo's caption does and is short enough to be one."""
    return CAPTION.search(text) is not None and len(text.split()) <= CAPTION_WORDS


def line_key(text: str) -> str:
    """A line as two copies of it are compared: case and spacing aside (a page prints its title twice, once with a
    double space)."""
    return " ".join(text.casefold().split())


def headline_like(text: str) -> bool:
    """Short, no closing punctuation, not a list item: how headlines look."""
    words = text.split()
    return (
        2 <= len(words) <= 25
        and len(text) <= 200
        and (not ends_with(text, _SENTENCE_END) or (ends_on_initials(text) and title_cased(text)))  # "… to the U.S."
        and not is_bullet(text)
        and not CAPTION.search(text)
        and not PAST_SENTENCE.match(text)
        and not PRESENT_SENTENCE.match(text)
        and not PICTURE_SENTENCE.match(text)
        and (not text.startswith(('"', "“", "‘", "'")) or bool(_QUOTE_THEN_SPEAKER.match(text)))
        and any(c.isalpha() for c in text)
        and words[-1] not in _OPEN_ENDS
        and words[0] not in _OPEN_STARTS
    )


# Words a line cannot end on when it is whole: a line cut short where a paragraph was wrapped ("In the letter he sent
# to parliament about this trip, the"; "Ugandan President Yoweri Museveni on Wednesday said as part of his"), never a
# headline.  An article or a possessive word always has its noun after it ("her" may be an object: "praises her").
_OPEN_ENDS = frozenset(("the", "a", "an", "his", "its", "their", "our", "your", "my"))
# Words a whole line cannot open with in lower case: the rest of a sentence cut above it ("and what did the presidents
# of Tajikistan agree on in Dushanbe?", the tail of a standfirst), never a headline.
_OPEN_STARTS = frozenset(("and", "but", "or", "nor", "of", "which", "who", "whose"))


def is_body(text: str) -> bool:
    """A paragraph of the article: a sentence or more, not a short label."""
    return len(text.split()) > 5 and not headline_like(text) and not is_bullet(text)


def is_menu_block(texts: list[str]) -> bool:
    """Whether a block of lines above the article is a site's section menu ("World", "Business & Economy", "Sport", …):
    many lines in a row, every one of a few words."""
    return len(texts) >= MENU_LINES and all(len(t.split()) <= 5 and len(t) <= 40 and not is_bullet(t) for t in texts)


def is_name_line(text: str) -> bool:
    """Two or three words in a name's capitals ("Elnur Enveroğlu", "Anna K. Smith"): each opens with a capital
    followed by small letters."""
    return bool(BARE_NAME.fullmatch(text)) and all(
        w[0].isupper() and (w.endswith(".") or any(c.islower() for c in w[1:])) and not any(c.isupper() for c in w[2:].split("-")[0])
        for w in text.split()
    )


def is_bare_name(text: str, below: str = "") -> bool:
    """A person's name alone ("Elnur Enveroglu"): two or three capitalised words, none a section's, a month's or a day's,
    and none of them in the text ``below`` it: a short headline in capitals ("Modi Meets Putin") names who the
    article is about, and its lede names them again; a reporter's byline is not repeated in the story."""
    words = [w.casefold().strip(".") for w in text.split() if not re.fullmatch(r"[^\W\d_]\.", w)]  # "A." is an initial
    named = {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", below)}
    return (
        is_name_line(text)
        and not any(
            w in FUNCTION_WORDS or w in _SECTION_WORDS or w in WEEKDAY_WORDS or re.fullmatch(MONTH_PATTERN, w, re.IGNORECASE) for w in words
        )
        and not any(w.strip("'’") in named for w in words if len(w) >= 3)
    )


def is_author_box(name: str, following: list[str], byline_next: bool) -> bool:
    """A person's name alone on its line ("M. Taufiqurrahman") printed again right below it, or right above an outlet's
    name ("The Jakarta Post") or a byline line: the article's author box, page furniture between its standfirst and
    its text, never the headline of a second article.  A short headline in a name's capitals ("Modi Meets Putin") is
    told apart as :func:`is_bare_name` does: its lede names the same people again."""
    rest = [t for t in following if t.casefold() != name.casefold()]
    return bool(following) and is_bare_name(name, " ".join(rest[:6])) and (byline_next or is_name_line(following[0]))


def author_box_lines(texts: list[str], kinds: list[str]) -> list[int]:
    """Which lines (by index; ``kinds`` says which are article text, "text", and which blank) form an author's box below
    the first line of text: a name printed twice, or over the outlet's name ("M. Taufiqurrahman", "The Jakarta Post").
    They are bylines, and the name is no second article's headline."""
    lines = [i for i, kind in enumerate(kinds) if kind == "text"]
    box: list[int] = []
    for number, i in enumerate(lines[1:], start=1):
        nxt = next((k for k in kinds[i + 1 :] if k != "blank"), None)
        if i not in box and nxt and is_author_box(texts[i], [texts[j] for j in lines[number + 1 :]], nxt == "byline"):
            box.append(i)
            for j in lines[number + 1 : number + 3]:
                if not is_name_line(texts[j]):
                    break
                box.append(j)
    return box


def is_kicker(text: str, following: str | None) -> bool:
    """A section's label over the headline ("Azerbaijan–Turkey Relations", "World News"): up to three capitalised
    words ending in a section's name, right above a longer headline ("India–UAE Trade Deal" is a headline)."""
    if is_topic_label(text, following):
        return True
    words = text.split()
    return (
        following is not None
        and 1 <= len(words) <= 3
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
        and re.split(r"[–—/&-]", words[-1])[-1].casefold() in _SECTION_WORDS
        and headline_like(following)
        and len(following.split()) > len(words)
    )


_SERIES_NUMBER = re.compile(r"^(?:[IVXLC]+|\d{1,3}(?:st|nd|rd|th)?)\s+")


def is_topic_label(text: str, following: str | None) -> bool:
    """The name of the event or series the page files the story under, over a headline that repeats it
    ("XII High-Level Meeting between Spain and Morocco" over "Sánchez: The High-Level Meeting between Spain and Morocco
    consolidates …"): a headline-like line of three words or more that the next, longer headline-like line contains
    whole (a series number before it aside).  A headline is not printed again inside a longer one."""
    if following is None or not headline_like(text) or not headline_like(following):
        return False
    topic = _SERIES_NUMBER.sub("", text).casefold()
    return len(topic.split()) >= 3 and len(following.split()) >= len(text.split()) + 3 and topic in following.casefold()


def is_label_line(text: str, following: str | None) -> bool:
    """A label above the article, not its headline: a line of section names only ("Middle East", "World News"), or
    one word ("TÜRKİYE", "Iraq"), right above a headline-like line or a photo caption.

    A headline says something, so it takes at least two words and sits right above the article's text (or its
    photo); a line of section names right above the lede ("Energy Relations") is kept as the headline, and a place
    alone on its line right above the lede ("ANKARA") is a dateline.
    """
    words = text.split()
    if not words or len(text) > 40 or is_bullet(text) or following is None:
        return False
    above_header = headline_like(following) or bool(CAPTION.search(following))
    return above_header and (is_section_name(text) or len(words) == 1)


def is_section_name(text: str) -> bool:
    """Whether a line is made of section names only ("Middle East", "World News", "POLITICS")."""
    return all(w.casefold().strip(".,:;&|/-") in _SECTION_WORDS or w in {"&", "|", "/", "-"} for w in text.split())


def headline_above_dateline(text: str, following: str | None) -> bool:
    """A one-sentence first line ending in a full stop, right above a paragraph that opens with a dateline
    ("Abu Dhabi, Feb 14 (PTI): …"), is the headline: the dateline opens the article's text.

    Only when it is written in headlines' style, without a leading article or pronoun and without the auxiliary
    verbs headlines leave out: "The agreement was signed in Tashkent today." above a dateline is a summary
    sentence of the article, kept in its text.
    """
    one_sentence = text.endswith(".") and not text.endswith("..") and not re.search(r"[.!?][\"”’]?\s+[A-Z]", text[:-1])
    words = re.findall(r"[a-z]+", text.casefold())
    return (
        following is not None
        and one_sentence
        and bool(words)
        and words[0] not in _SENTENCE_OPENERS
        and not _AUXILIARIES.intersection(words)
        and headline_like(text[:-1])
        and not CAPTION.search(text)
        and dateline_length(following) > 0
        and not dateline_length(text)
    )


# An image's placeholder label glued between a headline and its caption, as some sites' pages copy:
# "Ministers meet in Port Avel hinh anh 1The two ministers …" ("hình ảnh" is Vietnamese for "image").
_IMAGE_LABEL = re.compile(r"(?<=\S)[ \t]+(?:hình ảnh|hinh anh|ảnh|image|photo|picture|img)[ \t]+\d{1,2}(?=[A-Z“\"])", re.IGNORECASE)
# The same label closing a line ("… explore Hanoi’s beauty hinh anh 1" above its caption): only the Vietnamese words,
# which no English sentence ends on ("see photo 1" may close one).
_IMAGE_LABEL_AT_LINE_END = re.compile(r"(?<=\S)[ \t]+(?:hình ảnh|hinh anh)[ \t]+\d{1,2}[ \t]*$", re.IGNORECASE | re.MULTILINE)


def unglue_image_labels(text: str) -> str:
    """The page with a glued image label ("… President hinh anh 1The meeting …") turned into a paragraph break,
    so the headline above it and the caption below it are read as the lines they are; a label followed by a
    space ("photo 1 shows") is ordinary text and stays; a Vietnamese label closing a line is dropped."""
    return _IMAGE_LABEL_AT_LINE_END.sub("", _IMAGE_LABEL.sub("\n\n", text))


def quoted_headline(text: str) -> bool:
    """A headline that is a quotation, at the very top of the page: "“Türkiye and Azerbaijan favor peace and prosperity”"."""
    return text.startswith("“") and text.endswith("”") and text.count("“") == 1 and headline_like(text[1:-1])


_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def title_cased(text: str) -> bool:
    """Whether every word of four letters or more opens with a capital, three such words at least: "Yoon and Kishida
    United on Restoring Shuttle Diplomacy".  Headlines are written so on many sites; a list of summary points under
    a headline is written as sentences are, so a title-cased first line above headline-like lines is the headline
    over its decks, not the first of its points."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 3 and all(word[0].isupper() for word in words)
