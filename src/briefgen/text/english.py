"""English as news reports write it: month names, number words, bullets and sentence boundaries.

One table of each, shared by intake (``sources add``), drafting (``suggest``)
and the claims linter, so that all three read a month, a number word or a
lead paragraph the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from briefgen.text.lost_breaks import lost_breaks, network_named

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Full month names only, for case-sensitive use ("may raise" is not a month).
FULL_MONTH_PATTERN = "|".join(MONTH_NAMES)
#: Full names and the abbreviations newspapers print ("Sept.", "Apr").
MONTH_PATTERN = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: The month names in lower case, as words folded with ``casefold`` are compared ("march" in a folded headline).
MONTH_WORDS = tuple(name.casefold() for name in MONTH_NAMES)
_MONTH_BY_PREFIX = {name[:3].casefold(): number for number, name in enumerate(MONTH_NAMES, start=1)}
#: The past tenses of news's common verbs that do not end in "-ed", as an alternation: a clause told in the past
#: ("met", "held", "signed" is regular) is read by them beside the "-ed" forms.
IRREGULAR_PASTS = "met|held|took|made|gave|saw|went|began|led|sent|won|paid|spoke|came"
#: A regular past tense, "-ed" after a letter other than "e" ("signed", "agreed" is not one): case-sensitive inside
#: a case-blind pattern, so "Ahmed" and "United" do not pass for verbs.
REGULAR_PAST = r"(?-i:[a-z]{2,}[^e\W]ed)"
#: The finite past of "be", "have" and "do": with a regular past, the words that tell a clause as over.
PAST_AUXILIARIES = "was|were|had|did"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Full weekday names, for case-sensitive use.
FULL_WEEKDAY_PATTERN = "|".join(WEEKDAY_NAMES)
#: The weekday names in lower case, for words folded with ``casefold``; in the order ``datetime.date.weekday`` counts.
WEEKDAY_WORDS = tuple(day.casefold() for day in WEEKDAY_NAMES)
#: Full weekday names in lower case, for patterns compiled with ``re.IGNORECASE``.
WEEKDAY_WORDS_PATTERN = "|".join(WEEKDAY_WORDS)


def month_number(name: str) -> int | None:
    """1–12 for a month name or abbreviation ("Sept.", "February"), else None."""
    return _MONTH_BY_PREFIX.get(name.strip(".")[:3].casefold())


def month_name(number: int) -> str:
    """ "January" for 1, and so on."""
    return MONTH_NAMES[number - 1]


def names_month(number: int, text: str) -> bool:
    """Whether ``text`` names month ``number`` in full or by its three-letter short form ("August", "Aug."), capitalised."""
    name = MONTH_NAMES[number - 1]
    return re.search(rf"\b(?:{name}|{name[:3]})\b", text) is not None


def names_year_or_before(year: int, text: str) -> bool:
    """Whether ``text`` names ``year`` or the year before it as a word ("2024").

    A date read from digits that could also be an id counts only when the page itself names its year; a story of
    early January often names only last year, so the year before confirms it too.
    """
    return re.search(rf"\b(?:{year}|{year - 1})\b", text) is not None


def weekday_number(name: str) -> int:
    """0 for "Monday" (any case) to 6 for "Sunday", as ``datetime.date.weekday`` counts them."""
    return WEEKDAY_WORDS.index(name.casefold())


_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_TEENS = ("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
#: Cardinal number words and their values.
NUMBER_WORDS: dict[str, int] = {
    **{word: n for n, word in enumerate(_UNITS, start=1)},
    **{word: n for n, word in enumerate(_TEENS, start=11)},
    **{word: 10 * n for n, word in enumerate(_TENS, start=2)},
    # "thirty-six", as a sentence that opens on a number must write it
    **{f"{tens}-{unit}": 10 * t + u for t, tens in enumerate(_TENS, start=2) for u, unit in enumerate(_UNITS[:9], start=1)},
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
}
#: Words that scale a number ("$2 billion").
MAGNITUDE_WORDS: dict[str, int] = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
#: Ordinal words and their values.
ORDINAL_WORDS: dict[str, int] = {
    word: n
    for n, word in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), start=1)
}
#: Words that multiply ("twice the volume").
MULTIPLIER_WORDS: dict[str, int] = {"twice": 2, "double": 2, "triple": 3}


def words_pattern(words: Iterable[str]) -> str:
    """A regex alternation of the given words, longest first (so "fifteen" wins over "five"), grouped by first letter.

    Grouped as :func:`first_letter_alternation` says: with the hundred number
    words, ``check``'s search for a figure in a quote runs about four times as fast.
    """
    return first_letter_alternation(sorted(words, key=len, reverse=True))


def first_letter_alternation(branches: Sequence[str]) -> str:
    """The regex alternation of ``branches``, in their order, written ``o(?:ne)|t(?:wo|hree)|...``.

    ``one|two|three|...`` compiled with ``re.IGNORECASE`` is tried branch by
    branch at every place a match may start: the regex engine skips a branch
    on its first letter only when case counts.  Grouped by first letter, a
    place that starts with none of them fails in one test per letter, not one
    per branch.  The matches are the same: two branches with different first
    letters cannot match at one place (case folding maps no character to two
    ASCII letters), and within a group the branches keep their order.  Each
    branch must be one alternative (no ``|`` outside its own groups).  Unless
    every branch starts with an ASCII letter (not quantified, and not the same
    letter in both cases), the branches are left in one flat alternation.
    """
    firsts = {branch[:1] for branch in branches}
    if (
        not all(first.isascii() and first.isalpha() for first in firsts)
        or len({first.lower() for first in firsts}) != len(firsts)
        or any(branch[1:2] in ("?", "*", "+", "{") for branch in branches)
    ):
        return "|".join(branches)
    groups: dict[str, list[str]] = {}
    for branch in branches:
        groups.setdefault(branch[0], []).append(branch)
    return "|".join(
        members[0] if len(members) == 1 else f"{first}(?:{'|'.join(branch[1:] for branch in members)})" for first, members in groups.items()
    )


def counted(number: str, most: int) -> str | None:
    """A count written in digits or as a word ("12", "twelve"), as digits, when it lies between 1 and ``most``."""
    word = number.casefold()
    value = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    return str(value) if value and 0 < value <= most else None


def number_word(n: int) -> str:
    """How a count reads in a sentence: "no", "one" … "ten", then digits."""
    if n == 0:
        return "no"
    return _UNITS[n - 1] if 1 <= n <= len(_UNITS) else str(n)


def slug_in_words(slug: str) -> str:
    """An id read as words, capitalised: ``electric-vehicles`` → "Electric vehicles" (a heading, a default title)."""
    words = slug.replace("-", " ").strip()
    return words[:1].upper() + words[1:]


#: Function words: they say nothing on their own, so generated ids, topic matching and the
#: comparison of two reports leave them out.
FUNCTION_WORDS = frozenset(
    (
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "has",
        "have",
        "had",
        "its",
        "it",
        "this",
        "that",
        "during",
        "after",
        "before",
        "over",
        "under",
        "into",
        "about",
        "amid",
        "among",
        "than",
        "then",
        "their",
        "his",
        "her",
        "our",
        "your",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "which",
        "who",
        "up",
    )
)

#: Characters that open a bulleted line in a news page ("• STZA pavilion …").
BULLET_MARKS = "•▪●◦‣*·"
#: The quotation marks (and spaces) a sentence may open with: stripped before a pattern anchored at its start is tried.
LEADING_QUOTES = "“\"‘' "
#: A digit, a currency sign or a percentage: what makes a sentence state a figure, which keeps it from the stock phrases
#: of the drafting filters ("the two sides will continue in a spirit of …" states none; "… a $2 billion deal" does).
FIGURE_SIGN = re.compile(r"\d|\$|€|£|per ?cent|%")
_BULLET_LINE = re.compile(rf"^[{re.escape(BULLET_MARKS)}–-]\s")


def is_bullet(text: str) -> bool:
    """Whether a line or paragraph is a bullet point (a mark or dash, then a space)."""
    return _BULLET_LINE.match(text.lstrip()) is not None


#: An ordinal as news counts a visit or ranks a visitor: "first" to "tenth", "maiden", "21st".
ORDINAL_PATTERN = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|maiden|[0-9]+(?:st|nd|rd|th))"


def inside_quotation(text: str, position: int) -> bool:
    """Whether ``text[position]`` stands inside a quotation the text opened before it.

    Curly marks say which way they face, so more opening than closing marks
    before the position is an open quotation; straight marks do not, so an odd
    count of them is.  Shared by the readers of a day that must not take a
    speaker's "on Monday" for the article's own date.
    """
    before = text[:position]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def lead_paragraph(paragraphs: list[str]) -> str:
    """The article's lead: its first paragraph that is not a bullet point (summaries come first on some sites)."""
    return next((p for p in paragraphs if not is_bullet(p)), paragraphs[0] if paragraphs else "")


# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    {
        *(name[:3].casefold() for name in MONTH_NAMES if name != "May"),
        "sept",
        *("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "st"),
        *("sen", "gov", "rep", "hon", "amb"),  # titles of office before a name: "Sen. Uba Sani", "Gov. Ann Lee"
        *("no", "nos", "vol", "vs", "etc", "inc", "ltd", "co", "corp", "govt", "dept", "approx", "est", "fig"),
        *("e.g", "i.e", "u.s", "u.k", "u.n"),
    }
)
_CLOSING_MARKS = "”\"’')"
_OPENING_MARKS = '“"‘('


# A full stop that lost its space: small letters or a year before it, a capitalised word after ("security.The",
# "starting January 1, 2026.Dalela said"), of three letters or more or a two-letter word that opens sentences;
# "News.Az" is a site's name, its suffix capitalised.
_GLUED = r"|(?:(?<=[a-z]{3}\.)|(?<=\b[0-9]{4}\.))(?=(?:[A-Z][a-z]{2,}|He|We|It|In|On|At|As|By|If|So|An|No)\b)"


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial, not a sentence."""
    if dot < 0 or text[dot] != ".":
        return False
    word = re.search(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z.]*)$", text[:dot])
    if not word:
        return False
    token = word.group(1).casefold()
    return token in ABBREVIATIONS or len(token) == 1 or "." in token


def sentence_before(text: str, start: int, reach: int = 240) -> str:
    """The words of the sentence that runs up to ``text[start]``: back to the last full stop, semicolon, "!" or "?"
    before a space, and no further than ``reach`` characters."""
    return re.split(r"[.;!?]\s", text[max(0, start - reach) : start])[-1]


# A picture's credit in brackets with the next sentence run on after it, no space between: "… in Hanoi (Photo:
# VNA)Hanoi (VNA) – The prime minister arrived …" (VietnamPlus).  The caption ends at the bracket.
#: A picture's credit under its label, in brackets: "(Photo: VNA)", "(Photos: Reuters)", "(File photo: AP)", "(Photo
#: credit: Jane Doe)"; the captions' readers of ingest and suggest build on it.
LABELLED_PICTURE_CREDIT = r"\((?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Ff]ile [Pp]hoto)s?(?:\s+[Cc]redits?)?\s*:\s*[^()]{1,40}\)"
_GLUED_PICTURE_CREDIT = re.compile(rf"{LABELLED_PICTURE_CREDIT}(?=[A-Z])")


def sentence_spans(text: str, *, attached: str = "", glued: bool = False) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of one paragraph, without the spaces around it.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
    brackets, and any ``attached`` marks such as citation marks) before a space
    and a capital letter, a digit or an opening quote — not after an
    abbreviation or an initial ("Mr.", "U.S.", "J. Smith").  With ``glued``, a full
    stop with no space after it also ends a sentence where a word of three or more
    small letters meets a capitalised word ("security.The two leaders"): pages
    copied out of some sites lose that space, and without it two sentences, each
    with its own date, are drafted as one; so does a picture's credit in brackets
    run into the next sentence ("(Photo: VNA)Hanoi (VNA) – …"), and a stop glued to a quotation mark or to the
    network "X" (:mod:`briefgen.text.lost_breaks`).
    """
    tail = rf"(?:\s*{re.escape(attached)})*" if attached else ""
    spaced = rf"(?<=[.!?…])[{re.escape(_CLOSING_MARKS)}]*{tail}(?=\s+[{re.escape(_OPENING_MARKS)}]?[A-Z0-9•])"
    boundary = re.compile(spaced + (_GLUED if glued else ""))
    ends = [
        match.end()
        for match in boundary.finditer(text)
        if not _is_abbreviation(text, match.start() - 1) or (glued and network_named(text, match.start() - 1))
    ]
    if glued and "(" in text:
        ends = sorted({*ends, *(match.end() for match in _GLUED_PICTURE_CREDIT.finditer(text))})
    if glued:
        ends = sorted({*ends, *lost_breaks(text)})  # "G20.”The Prime Minister", "said on X. Under the deal": see .lost_breaks
    spans: list[tuple[int, int]] = []
    start = 0
    for end in ends:
        _add_span(spans, text, start, end)
        start = end
    _add_span(spans, text, start, len(text))
    return spans


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def unaccented(text: str) -> str:
    """The text with its letters' accents dropped: a page writes "Türkiye", "Brasília" and "Díli", the country
    library "Turkiye", "Brasilia" and "Dili"."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
