"""Sentences of an archived body, as exact spans, and the part of each a draft quotes.

Every sentence keeps its offsets in the body, so a quote cut from it is the
source's own characters by construction.  Which sentences are worth drafting
is :mod:`briefgen.suggest.worth`'s question; this module cuts the quote: no
dateline, no reporting boilerplate, quotation marks that pair up (a
quotation the sentence opens keeps its closing mark), whole words only where
the excerpt stops mid-sentence, and no quote that is only an attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.ingest.meta import dateline_length
from briefgen.suggest.caption_credits import leading_credit_length
from briefgen.text.english import BULLET_MARKS, FULL_WEEKDAY_PATTERN, NUMBER_WORDS, sentence_spans, words_pattern

_OPENING = "“\"‘'" + BULLET_MARKS + " "
_CLOSING = " .…”\"’'"
# A wire's name glued to the report's last full stop, closing the page: "… by 2020.-VNA", "… (US$27.43 billion).-Bernama",
# "… for peace and prosperity.”—AN".  The report ended at the stop; the name is its credit, not a word of its last sentence.
_GLUED_CLOSING_CREDIT = re.compile(r"(?<=[.!?”])[-–—]\s?[A-Z][A-Za-z]{1,9}\s*$")

# Trailing report-of-the-report phrases: they say how the outlet learnt it, not who claims it.
_TRAILING_BOILERPLATE = re.compile(
    r",\s*(?:it was learnt|it was learned|it has been learnt|sources said|officials said|said a (?:news|press) release|"
    r"according to (?:a|the) (?:statement|press release|news release|report)[^,.]*|the (?:statement|press release|report) said|"
    r"a source (?:in|at|from) [^,]*? told [^,]*)$",
    re.IGNORECASE,
)
_LEADING_BOILERPLATE = re.compile(r"^(?:According to (?:the|a) (?:statement|press release|news release|report)[^,]*,\s*)")

# What a quote opening with its attribution holds is the attribution, not the statement.
_ATTRIBUTION_ONLY = re.compile(r"^(?:he|she|they|it) (?:said|added|noted|stated|told|remarked)\b")
# A reporting clause standing alone: who said it (a few words, no figure, no comma), the reporting
# verb, and at most where, when or how ("a statement by the presidency read", "Erdogan also said in an
# article published in the New Uzbekistan newspaper Tuesday").  What was said is outside the quote.
_REPORTING_CLAUSE = re.compile(
    r"^(?:[^\s\d,;:“”\"]+\s+){1,8}?(?:also\s+|later\s+|earlier\s+|further\s+)?"
    r"(?:said|says|read|reads|stated|states|wrote|writes|added|noted|remarked|told (?:reporters|journalists|the press|the media))"
    # … where no "that" brings in what was said ("said in a statement that the meeting would take place on …"), nor a
    # clause of its own without it ("said on Sunday he had agreed a three-year gas supply contract")
    r"(?:,?\s+(?:in|at|on|during|after|before|ahead of|alongside|while|when|from|via|to|this|last|yesterday|today)\b"
    r"(?:(?!\bthat\b|\b(?:he|she|they|we|it)\s+(?:had|has|have|was|were|would|will|could|is|are)\b)[^,;:“”\"])*){0,2}"
    # a bare day, as agencies write it: "the ministry said Tuesday"
    rf"(?:\s+(?:{FULL_WEEKDAY_PATTERN}))?$"
)
# Hearsay told in the passive: "Tinubu's itinerary is said to include visits to …", "UK officials are said to hope the plan
# can be scaled up".  "Said" there reports no speaker: the statement is the clause itself, however it goes on.
_SAID_TO = re.compile(r"\b(?:is|are|was|were|be|been)\s+said\s+to\s+[a-z]")


@dataclass(frozen=True)
class Sentence:
    """A sentence as a span of the body."""

    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Span:
    """The part of a sentence a draft quotes, and what was trimmed from its ends."""

    start: int
    end: int
    text: str
    trimmed_lead: str
    trimmed_tail: str


# ", he said, adding that talks … have begun" and "…, and added: “…": what follows is a statement of its own.  Not
# a bare "added that" after its subject ("The German chancellor added that Europe must …"): it is the sentence's own
# verb, and cut there the first part is a speaker with nothing said, the second words with no one saying them.
_ADDING = re.compile(
    r"(?:,\s+(?:while |and )?|\s+(?:while |and ))(?:adding|he added|she added|it added|added)(?: that\s+|:\s*)"
    r"|\s+adding(?: that\s+|:\s*)",
    re.IGNORECASE,
)


def joins_an_addition(gap: str) -> bool:
    """Is ``gap``, the text between two sentences of one line, the ", adding that" a sentence was cut at (:func:`_parts`)?"""
    return _ADDING.fullmatch(gap) is not None


def _parts(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """A sentence cut where it goes on to report a second statement ("…, he said, adding that …")."""
    match = _ADDING.search(text, start, end)
    if match is None or len(text[match.end() : end].split()) < 5 or len(text[start : match.start()].split()) < 3:
        return [(start, end)]
    return [(start, match.start()), *_parts(match.end(), end, text)]


def body_paragraphs(body: str) -> list[str]:
    """The body's paragraphs (blank lines part them), empty ones left out.

    The lede is the first of these that :func:`briefgen.text.english.lead_paragraph` takes; every reader of the
    lede splits the body here, so that the main event's day, the page's sides and the arrival day read the same one.
    """
    return [p for p in body.split("\n\n") if p.strip()]


def split_sentences(body: str) -> list[Sentence]:
    """The sentences of every paragraph, with their offsets in ``body``.

    A line break inside a paragraph ends a sentence: in archived pages it
    separates a heading, a summary point or a caption from the text, never
    the halves of one sentence.
    """
    sentences: list[Sentence] = []
    offset = 0
    for number, paragraph in enumerate(body.split("\n\n")):
        line_start = 0
        for line in paragraph.split("\n"):
            for start, end in sentence_spans(line, glued=True):
                for part_start, part_end in _parts(start, end, line):
                    begin, finish = offset + line_start + part_start, offset + line_start + part_end
                    sentences.append(Sentence(begin, finish, body[begin:finish], number))
            line_start += len(line) + 1
        offset += len(paragraph) + 2
    return sentences


def quotable_span(sentence: Sentence) -> Span:
    """The sentence without its dateline, opening marks, closing stop and reporting boilerplate."""
    text = sentence.text
    credit = _GLUED_CLOSING_CREDIT.search(text)
    start, end = 0, credit.start() if credit else len(text)
    start += dateline_length(text)
    start += leading_credit_length(text[start:])  # a caption's credit the sentence opens on: see .caption_credits
    while start < end and text[start] in _OPENING:
        start += 1
    while end > start and text[end - 1] in _CLOSING:
        end -= 1
    closing = text.find("”", end)
    if closing >= 0 and text[start:end].count("“") > text[start:end].count("”"):
        end = closing + 1  # keep the mark that closes a quotation the sentence opened: the quote stays whole
    straight = text.find('"', end)
    if straight >= 0 and text[start:end].count('"') % 2 and text[:start].count('"') % 2 == 0:
        end = straight + 1  # the same for straight marks: as "constructive" and "very useful."
    lead = _LEADING_BOILERPLATE.match(text[start:end])
    trimmed_lead = lead.group(0) if lead else ""
    start += len(trimmed_lead)
    tail = _TRAILING_BOILERPLATE.search(text[start:end])
    trimmed_tail = tail.group(0).lstrip(", ") if tail else ""
    if tail:
        end = start + tail.start()
    # An opening quotation mark left without its closing one reads oddly; drop it.
    if text[start:end].count("“") > text[start:end].count("”") and text[start] == "“":
        start += 1
    return Span(sentence.start + start, sentence.start + end, text[start:end], trimmed_lead.rstrip(", "), trimmed_tail)


_ENDED = re.compile(r"[.!?…”\"’')\]]\s*$")
# Words that cannot end a statement: function words, prepositions with nothing after them ("flared up between India and
# Nepal over"), and modifiers that only stand before a noun ("two new long-term [LNG deals]": numbers, "new", "recent", a
# hyphenated compound such as "long-term").
_DANGLING = re.compile(
    r"(?:\s+(?:a|an|the|of|to|and|or|but|for|in|on|at|by|with|from|that|which|while|as|its|their|his|her|our|this|these|according|"
    r"about|over|through|into|between|among|against|towards?|upon|via|across|within|like|than|including|"
    rf"new|recent|several|various|other|more|such|further|{words_pattern(NUMBER_WORDS)}|[a-z]+-[a-z]+))+\W*$",
    re.IGNORECASE,
)
# A figure just before the cut: the cut word may have been its scale or unit ("a €36 billio" is not €36), so it goes too,
# with its currency when written apart ("Rs 36"); a year after a word of time is a date, not an amount ("signed in 2014").
_CUT_AMOUNT = re.compile(r"(?:\s+(?:[A-Z]{1,2})?[$€£¥₹]|\s+(?:Rs\.?|USD|EUR|GBP|INR|PKR|Tk|AED|SAR))?\s+\S*\d\S*$")
_DATED_YEAR = re.compile(r"\b(?:in|since|until|by|before|after|during)\s+(?:19|20)\d\d\W*$", re.IGNORECASE)


def _without_cut_amount(text: str) -> str:
    """The words before a cut, less a figure they end on (its scale or unit may be the word the cut took)."""
    found = _CUT_AMOUNT.search(text)
    if found is None or _DATED_YEAR.search(text):
        return text
    return text[: found.start()]


# Where the cut took the head of the phrase: a possessor with nothing possessed ("discussed Iraq’s"),
# or "between" with one party named and no second ("a plan between the Kingdom's Vision 2030").
_CUT_OWNER = re.compile(r"\w[’']s?$")
_CUT_PAIR = re.compile(
    r"\bbetween\s+(?!(?:the\s+|their\s+|our\s+)?(?:two|both|three|four|all|them|us|you|themselves|countries|nations|sides)\b)"
    r"(?:(?!\band\b)[^,;&])*$",
    re.IGNORECASE,
)
# The fewest words a cut sentence must keep to stand as a statement.  Where the cut fell mid-clause (no comma, semicolon
# or closing quotation mark after the words kept), the words kept are often only who acted and how ("PM Modi and
# President Dissanayake also virtually inaugurated", "Qatar is already a big investor in Britain through", "Mr El Sisi's
# spokesman said it reflected"): what the clause was about went with the cut, so such a clause needs more words.
_STATEMENT_WORDS = 8
_BROKEN_CLAUSE_WORDS = 13
# What closes a clause right after the words a cut kept: the cut took none of that clause.
_CLAUSE_END = re.compile(r"\s*[,;:”\"’)]")
# A quotation closed before the cut, which fell in the few words naming its speaker ("…in shipbuilding and cyber
# security," remarked PM Mod): the clause quoted is whole.
_CUT_IN_ATTRIBUTION = re.compile(r"[,.!?][”\"’]\s+(?:\S+\s+){0,3}\S+$")
# A finite verb, as far as words show one: a past form, an auxiliary, a modal or a verb of saying.
_FINITE = re.compile(
    r"\b(?:[a-z]{2,}ed|is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must|do|does|did|"
    r"says|said|told|met|made|held|took|gave|saw|began|went|came|left|won|set|put|became|"
    # an occasion placed in a series: "This marks the first visit to the nation by a French President in nearly a decade"
    r"marks|"
    # verbs of amount in the present: "imports make up 67 per cent", "trade stands at $2 billion"
    r"makes?|accounts? for|stands? at|totals?|amounts? to|reach(?:es)?|rises?|falls?|grows?|exceeds?|"
    # a list's verb: "the deals include a contract for …"
    r"includes?)\b",
    re.IGNORECASE,
)


# A claim whose truth depends on the phrase that bounds it: a superlative or a rank ("the largest … in
# South Asia", "the first … since 2012", "the only … among ASEAN members", "a record … this year").
_RANKED = re.compile(
    r"\b(?:largest|biggest|greatest|highest|lowest|smallest|fastest|strongest|busiest|oldest|newest|"
    r"first|only|record|best|worst|sole)\b",
    re.IGNORECASE,
)
# The phrase a cut would drop, when it opens by restricting the claim before it: where, among whom, since when.
_RESTRICTING = re.compile(
    r"^\W*(?:in|among|amongst|across|within|outside|of|since|for|after|before|this|so far|to date|ever|"
    r"except|excluding|apart from|other than|behind|than|worldwide|globally|nationally|regionally)\b",
    re.IGNORECASE,
)


def ranked(text: str) -> bool:
    """Does the text rank something (a superlative, "first", "only", "record")?  Such a claim is true only with its bounds."""
    return bool(_RANKED.search(text))


# The span of time that bounds a rank: "since last month's 20th party congress", "in 12 years", "in nearly a decade",
# "following the historic 20th National Congress", "ever".
_TIME_BOUND = re.compile(
    r"\b(?:since|following) (?:[\w’'-]+ )*?[\w’'-]{3,}|\bever\b|"
    r"\bin (?:the )?(?:past |last |over )?(?:(?:nearly|almost|about|around|over|more than|some|just) )?"
    rf"(?:(?:a|an|\d+|several|many|{words_pattern(NUMBER_WORDS)}) )?(?:years?|decades?|months?)\b",
    re.IGNORECASE,
)


def bounded_in_time(text: str) -> bool:
    """Does a span of time bound the rank the text states ("the first … by an African leader since last month's congress")?

    Such a rank claims a record over that span, whatever words a cut took after it:
    "Yoon's two-day visit is South Korea's first bilateral presidential trip to the neighboring
    nation in 12 years," is drafted though the excerpt stops there.
    """
    ranks = list(_RANKED.finditer(text))  # each rank needs its span: "…in nearly a decade, and the first exchange between"
    return bool(ranks) and _TIME_BOUND.search(text, ranks[-1].end()) is not None


def drops_a_restriction(kept: str, dropped: str) -> bool:
    """Would quoting ``kept`` without ``dropped`` turn a bounded claim into a wider, perhaps false, one?

    "Bangladesh has emerged as the largest trade partner for India | in South
    Asia" is true only with its last words; a cut may drop an attribution
    ("…, officials said") or a clause of its own, never the phrase that bounds
    a superlative or a rank.
    """
    return ranked(kept) and bool(_RESTRICTING.match(dropped))


def cut_off(body: str) -> bool:
    """Does the body stop mid-sentence (an excerpt cut at a length, sometimes mid-word)?  A closing wire credit is no cut."""
    ending = body[: m.start()] if (m := _GLUED_CLOSING_CREDIT.search(body)) else body
    return bool(ending.strip()) and not _ENDED.search(ending)


def before_the_cut(span: Span) -> Span | None:
    """A sentence the excerpt cuts off, without its last (perhaps partial) word; None when too little is left.

    "…the tenure of then PM Nawaz Sh" keeps "…the tenure of then PM Nawaz";
    words left dangling ("…the importance of", "…two new long-term") go too,
    and so does a figure just before the cut ("…a €36 billio" is not €36),
    and what remains must be at least eight words with a verb to stand as a
    statement ("We want to develop multidime" is not drafted, nor "Recent
    supply agreements between the two companies and"), and must not end on a
    possessor or a pair with one side ("… discussed Norland’s", "… a plan
    between the port of Alva"): the cut took what the clause is about.
    Where those words cannot stand, the clause before the last comma may.
    A rank stands only when a span of time bounds it (:func:`bounded_in_time`),
    and a comma after the last word means the cut took none of it.  A clause
    the cut broke into needs more words to stand (:data:`_BROKEN_CLAUSE_WORDS`).
    """
    words = span.text.rsplit(None, 1)
    if len(words) < 2:
        return None
    # A comma or a semicolon after the last word: the excerpt stopped between words, and took none of them.
    whole = span.text.rstrip().endswith((",", ";"))
    text = _DANGLING.sub("", span.text if whole else _without_cut_amount(words[0])).rstrip(" ,;:—–-")
    broken = not (whole or _CLAUSE_END.match(span.text, len(text)) or _CUT_IN_ATTRIBUTION.search(text))
    if _stands(text, _BROKEN_CLAUSE_WORDS if broken else _STATEMENT_WORDS) and (not ranked(text) or bounded_in_time(text)):
        # not ranked: "the largest trade partner for India [in South Asia]": what bounded the claim may be what was cut;
        # a rank over a span of time ("the first … since 2012") is bounded by it
        return Span(span.start, span.start + len(text), text, span.trimmed_lead, "")
    return _before_the_last_clause(span, words[0])


def states_an_act(text: str) -> bool:
    """Does the text hold a finite verb, as far as words show one (a past form, an auxiliary, a verb of saying)?"""
    return _FINITE.search(text) is not None


def _stands(text: str, fewest_words: int = _STATEMENT_WORDS) -> bool:
    """Whether what a cut left can stand as a statement: enough words, a verb, and what the clause is about."""
    if len(text.split()) < fewest_words or not _FINITE.search(text):
        return False  # too short, or no verb left: a noun phrase ("Recent supply agreements between A"), not a statement
    # "… discussed Iraq’s", "… a plan between the Kingdom’s Vision 2030": the cut took what it is about
    return not (_CUT_OWNER.search(text) or _CUT_PAIR.search(text))


def _before_the_last_clause(span: Span, whole_words: str) -> Span | None:
    """Where the cut words cannot stand, the sentence up to the last comma or semicolon before them, if that can.

    An editor quoting a sentence the excerpt cuts keeps its whole clauses:
    "The accord is the first such pact in twenty years, and the first one
    signed in the ca" keeps "The accord is the first such pact in twenty
    years".  What follows the mark is a clause or an item of its own, so a
    rank before it keeps its bounds unless the dropped words open by
    restricting it ("…, in South Asia"), and the clause must stand by itself.
    """
    for mark in reversed([m.start() for m in re.finditer(r"[,;]\s", whole_words)]):
        text = whole_words[:mark].rstrip(" ,;:—–-")
        if len(text.split()) < 8:
            return None
        if _DANGLING.search(text) is None and _stands(text) and not drops_a_restriction(text, span.text[mark + 1 :]):
            return Span(span.start, span.start + len(text), text, span.trimmed_lead, "")
    return None


def _trim_at(text: str, mark: int, keep_after: bool) -> str:
    before, after = text[:mark].rstrip(" :,;—–-"), text[mark + 1 :].lstrip()
    preferred, other = (after, before) if keep_after else (before, after)
    return preferred if len(preferred.split()) >= 6 or len(preferred.split()) >= len(other.split()) else other


def attribution_only(quote: str) -> bool:
    """A quote that is only who said something, not what ("he said while jointly chairing the forum's meeting").

    Read on the clause's structure: a short subject, a reporting verb, and
    nothing after it but where, when or in what it was said; a "that", a
    colon or a quotation mark after the verb would bring the statement in.
    """
    quote = quote.rstrip(" .,")
    if _SAID_TO.search(quote):
        return False  # "is said to include visits to …": hearsay in the passive, not who said it
    return bool(_ATTRIBUTION_ONLY.match(quote) or _REPORTING_CLAUSE.match(quote))


def _straight_marks(text: str) -> list[int]:
    """Where the straight double quotes of ``text`` are quotation marks: a mark right after a digit with no quotation
    open is an inch sign ('48" pipes'), while after a digit inside a quotation it closes it ('"by 2030"')."""
    marks: list[int] = []
    for index, char in enumerate(text):
        if char == '"' and not (index and text[index - 1].isdigit() and len(marks) % 2 == 0):
            marks.append(index)
    return marks


def _first_unopened_close(text: str) -> int:
    """The position of the first curly closing mark with no opening mark before it to pair with, or -1."""
    depth = 0
    for index, char in enumerate(text):
        depth += (char == "“") - (char == "”")
        if depth < 0:
            return index
    return -1


def quotes_pair(text: str) -> bool:
    """Whether every quotation mark of ``text`` pairs up: each curly closing mark after its opening one, and an even
    number of straight ones (inch signs apart)."""
    return text.count("“") == text.count("”") and _first_unopened_close(text) < 0 and len(_straight_marks(text)) % 2 == 0


def balance_quotes(text: str) -> str:
    """The quote trimmed so that its quotation marks pair up, still a span of the body; empty when no trim can.

    A sentence cut from a longer quotation ends with a closing mark it never
    opened, or opens one it never closes ('He said: “We have discussed…').
    A mark at either end is dropped; a mark inside keeps the side holding the
    quotation when that has at least six words, else the longer side.  Curly
    and straight double quotes are handled; single curly marks are left alone,
    since they are also apostrophes, and a straight mark after a digit outside
    a quotation is an inch sign.  Each trim removes a mark, so there are at most
    as many trims as marks; a quote whose marks still do not pair is not a
    quote to draft ("" is returned rather than a broken one).
    """
    for _ in range(text.count("“") + text.count("”") + text.count('"') + 1):
        if quotes_pair(text):
            return text
        opens, closes, straight = text.count("“"), text.count("”"), _straight_marks(text)
        odd = len(straight) % 2 == 1
        unopened = _first_unopened_close(text)
        if (text.endswith("”") and closes > opens) or (text.endswith('"') and odd and straight[-1] == len(text) - 1):
            text = text[:-1].rstrip(" ,;:")
        elif (text.startswith("“") and opens > closes) or (text.startswith('"') and odd and straight[0] == 0):
            text = text[1:].lstrip()
        elif unopened >= 0:
            text = _trim_at(text, unopened, keep_after=False)
        elif opens > closes:
            text = _trim_at(text, text.rfind("“"), keep_after=True)
        elif straight:  # a mark glued to the word before it closes a quotation, one after a space opens it
            mark = straight[-1]
            text = _trim_at(text, mark, keep_after=mark == 0 or text[mark - 1].isspace())
    return text if quotes_pair(text) else ""
