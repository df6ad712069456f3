"""Lines of a news page that belong to the page, not to the report: captions, questions, lead-ins, biographies, notes.

Cleaning keeps the text around a report's sentences, and many of those lines
look like claims (a name, a place, a day) while an editor throws their drafts
away.  They come in classes, each named by the function that reads it:

- :func:`is_picture_caption`: a photo's caption, told in the present tense of
  a picture ("PM Modi welcomes President Macron at Hyderabad House"), opened
  by its credit ("(Source: ministry/Twitter) …") or its label ("IMAGE: …"), closed by a photographer's
  credit after a bar ("… with the visitors | jane doe", "… | Photo Credit:
  Jane Doe") or a wire's in brackets ("… forum. [Photo/Agency]"), showing
  someone "seen with" someone, or told with no finite verb ("President X being
  welcomed by Prime Minister Y"): a report tells its events in the past tense,
  and the event a caption shows is reported in the body.  A caption with no
  finite verb that tells its act's day ("… being presented with the guard of
  honour upon his arrival in Beijing on November 1, 2022", "… being conferred
  with Oman's highest honour … in Muscat on Thursday") is drafted: the labels
  keep it as the dated record of an arrival or an honour;
- :func:`is_section_question`: a question set as a section heading ("How has
  the visit proceeded?"), which the sentences under it answer;
- :func:`is_list_lead_in`: a line that announces a list or a count of points
  ("Here is a 10-point guide to …", "stressed three takeaways from his talks",
  "He made two further points", "he offered two examples relating to Norland:"),
  whose items are the claims;
- :func:`is_author_biography`: the writer's biography at the page's foot
  ("with two years of media experience, reports human interest stories"), or
  a line of it told of "he" or "she": the writer's job at the outlet ("He
  currently works as a writer at …") or pastimes of the trade ("She enjoys
  designing websites … and publishing news articles");
- :func:`is_sourcing_line`: where the sentence before came from ("X disclosed
  this in a post on Sunday", "These were the outcome of talks …, according to a
  statement by …"): attribution whose claim is in another sentence;
- :func:`closes_with_credit`: a line of the page that ends
  with a picture's credit ("… in the capital (Agency/Jane Doe)", "… visit to
  Norland. [POOL PHOTO]", "(R) … talks. (Agency)"): every sentence of it is
  the caption, even one told in the past tense, since the credit closes the
  caption and no report's paragraph ends with one.  A wire's name alone does
  close paragraphs, so it needs the line to place people ("(R)", ", left,");
  a caption's plan ("will sign") is no picture's and is drafted
  (:func:`briefgen.suggest.caption_credits.credited_caption_line` asks both, with more shapes).  A labelled
  credit ("… 2024. Photo: Agency") is not read: it also closes lines that
  state a claim, even lines that show a picture;
- :func:`is_dated_caption`: a caption that closes on the day of its picture,
  with the year ("… shake hands before their meeting in Tokyo on March 16,
  2023", "… stands next to … at the palace, September 18, 2025"), told in a
  picture's present tense or opened by "A view of": a report puts such a day
  in the past tense ("arrived on …"), and a plan ("will meet on …") or a
  signing the picture shows ("shake hands as they sign agreements") is drafted;
- :func:`is_title_case_headline`: a headline printed again in the body, every
  word capitalised but the small ones ("Leader Visits Capital to Strengthen
  Ties"), as no sentence of a report is;
- :func:`is_byline_day`: the outlet's or writer's name and the day of the page,
  with no word in lower case ("Daily Courier , Monday 7 Apr 2025"): the page's
  date, which the archive reads as metadata, not an event;
- :func:`is_newsroom_note`: the outlet speaking of itself or to its reader: an
  invitation to its group or to write in ("WhatsApp us on …", "join our … group"),
  its own request for comment ("The Courier has reached out to the palace for
  comment"), its opinion under its name ("Courier take: …"), what its video
  shows ("In this third of several videos, …"), what to watch for ("Watch for
  announcements …").  None is anyone's act.
- :mod:`briefgen.suggest.page_labels`: a line under the page's own label ("Video:",
  "Highlights:"), a blog's comment counter, a lead-in cut at its comma; and
  :func:`is_late_caption`, a caption in a picture's present tense closing on a
  weekday or a month and year.
"""

from __future__ import annotations

import re

from briefgen.suggest.courtesies import TRACE
from briefgen.suggest.page_labels import is_page_label
from briefgen.text.english import FULL_WEEKDAY_PATTERN, LEADING_QUOTES, MONTH_PATTERN

# The verbs a picture shows, in a caption's present tense (a report would say "welcomed", "arrived").
_PICTURE_VERBS = (
    r"welcomes|greets|receives|arrives|shakes hands|takes part|poses|hugs|embraces|waves|inspects|lays|chats|interacts|"
    r"speaks to (?:the )?(?:media|press|reporters|journalists)|"
    r"(?:is|are) (?:also )?(?:seen|pictured|welcomed|received|greeted)"
)
# A caption's subject: a run of titles and names ("PM Narendra Modi", "President Bola Ahmed Tinubu"), a pair of them;
# never the preposition or conjunction a report's sentence opens on ("Despite being constrained by its own crisis, …").
_NOT_A_NAME = (
    r"(?!(?:Despite|Although|Though|While|Whilst|After|Before|Since|Because|Without|Besides|Following|During|Upon|Once|"
    r"When|If|Unless|Until|As|In|On|At|For|From|With|By)\s)"
)
_NAMES = _NOT_A_NAME + r"(?:[A-Z][\w.’'-]*\s+){1,6}"
_PRESENT_CAPTION = re.compile(rf"^{_NAMES}(?:(?:and|with) (?:[\w’'-]+\s+){{0,2}}{_NAMES})?(?:{_PICTURE_VERBS})\b")
# A credit before the caption: "(Source: MEA spokesperson/Twitter)", "(Photo: Reuters)".
_CREDIT_FIRST = re.compile(r"^\((?:source|photo|photograph|image|picture|credit|file)s?\b[^)]*\)\s*\S", re.IGNORECASE)
# A caption's label before it: "IMAGE: Ministers at the signing", "Photo: …" (a report's paragraph opens with no label).
_LABEL_FIRST = re.compile(r"^(?:photo(?:graph)?|image|picture|caption|file photo)s?\s*:\s", re.IGNORECASE)
# A photographer's credit after a bar, in any case: "… with the visitors | shekhar yadav".
_BAR_CREDIT = re.compile(
    r"\s\|\s*(?:(?:photo|image|picture) ?credits?:\s*)?[^\W\d_][\w./&-]*(?: [^\W\d_][\w./&-]*){0,3}\s*$", re.IGNORECASE
)
# A wire credit in brackets after the caption: "… forum. [Photo/Agency]".
_BRACKET_CREDIT = re.compile(r"\[(?:photo|image|picture|video)s?\s*/\s*[^\]]+\]\s*$", re.IGNORECASE)
# A credit closing a caption's line: a wire or a photographer in brackets at a line with no full stop ("… in the
# capital (Agency/Jane Doe)"), or a credit in capitals in square brackets ("[POOL PHOTO]").
_CREDIT_NAME = r"[A-Z][\w.’'&-]*(?: (?:via |of )?[A-Z][\w.’'&-]*){0,4}"
_LINE_CREDIT = re.compile(rf"\({_CREDIT_NAME}/{_CREDIT_NAME}\)$|\[[A-Z][A-Z0-9 .&/’'-]{{2,}}\]$")
# A wire's name alone in brackets after the last full stop ("… talks. (Agency)") also closes a report's paragraph, so it
# makes a caption only on a line that places the people in the picture: "(R)", "(L-R)", ", left,".
_WIRE_AFTER_STOP = re.compile(rf"[.!?]\s+\({_CREDIT_NAME}\)$")
_PLACED = re.compile(r"\((?:L|R|C|L-R|R-L|left|right|cent(?:er|re))\)|, (?:(?:second |far )?(?:left|right)|cent(?:er|re)),")
# A caption that tells what will happen ("… will lay a wreath on Dec 13. PHOTO: Agency") reports a plan no picture shows.
CAPTION_AHEAD = re.compile(r"\b(?:will|(?:is|are) (?:due|set|expected|scheduled) to)\b")
# A caption without a finite verb: "President X being welcomed by Prime Minister Y at the house".
_PARTICIPLE_CAPTION = re.compile(rf"^{_NAMES}being (?:[a-z]+ ){{0,2}}[a-z]+ed\b")
# The day such a caption tells its act on: "on Sunday", "on November 1, 2022", "on 9 October" (a month alone is no day).
_DAY_TOLD = re.compile(
    rf"\bon (?:{FULL_WEEKDAY_PATTERN})\b|\b(?:{MONTH_PATTERN})\.? \d{{1,2}}(?:st|nd|rd|th)?\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTH_PATTERN})\b"
)
# A bracket closing the caption, its picture's credit ("… on Wednesday.(narendramodi/Youtube)", "… on Sunday (ANI)"):
# the caption of the page's picture, whatever day it tells.
_CLOSING_BRACKET = re.compile(r"\([^()]*\)\W*$")
# A day with its year closing the sentence, as a caption dates its picture: "on March 16th, 2023", "Mexico September 18, 2025".
_CLOSING_DAY = re.compile(
    rf"\s(?:(?:{MONTH_PATTERN})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTH_PATTERN}),? \d{{4}})"
    r"\s*[.)]?\s*$"
)
# What people do in a picture, in the present tense, singular or plural.
_PICTURE_ACTS = (
    r"shakes? hands|stands?|poses?|walks?|speaks?|listens?|gestures?|greets?|welcomes?|sits?|waves?|chats?|inspects?|hugs?|"
    r"embraces?|disembarks?|boards?|(?:is|are) (?:seen|pictured|welcomed|received|greeted)"
)
# Those acts, and a guest's arrival or a review of troops, not after "will", "to" or another helper.
_PICTURE_PRESENT = re.compile(
    r"(?<!\bwill )(?<!\bto )(?<!\bwould )(?<!\bcan )(?<!\bdid )(?<!\bdo )"
    rf"\b(?:{_PICTURE_ACTS}|arrives?|reviews?|looks? on)\b"
)
# Those acts (or a smile) right after a name, ", left," or a bracket between; an arrival is no picture's here, since a
# schedule's present says it too ("arrives on Friday").
_NAMED_PICTURE_PRESENT = re.compile(rf"[A-Z][\w.’'-]*\)?,?\s+(?:{_PICTURE_ACTS}|smiles?|looks on)\b")
# The picture's day closing the line when no year follows it: a weekday, or a month and its year.
_CLOSING_WEEKDAY_OR_MONTH = re.compile(
    rf"\s(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in (?:{MONTH_PATTERN}) \d{{4}})\s*[.)]?\s*$"
)
_VIEW_OF = re.compile(r"^(?:A|An|The)? ?(?:general |aerial )?view of\b", re.IGNORECASE)
# A headline in title case: every word capitalised but the small ones, as no sentence of a report is.
_LETTER_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or"} | {"over", "the", "to", "with"}
)
_HEADLINE_WORDS = 5
# A list announced: "Here is a guide …", "Here are the highlights …", "three takeaways from his discussions".
_HERE_IS = re.compile(r"^Here(?:'s|’s| is| are)\b")
_COUNT_OF_POINTS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:key )?(?:takeaways|talking points|things to know|lessons)\b",
    re.IGNORECASE,
)
# A count of points or examples someone made, announced before them: "He made two further points", "offered two examples".
_POINTS_MADE = re.compile(
    r"\b(?:made|makes|offered|offers|raised|raises|gave|gives|listed|lists|outlined|outlines) "
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:further |more |other |key |main )?"
    r"(?:points|examples|reasons|arguments)\b",
    re.IGNORECASE,
)
# A byline's day: words of names and figures of a day only, ending on a year ("Daily Courier , Monday 7 Apr 2025").
# Read word by word: one pattern over the whole line would try every way of cutting a long line in capitals.
_BYLINE_WORD = re.compile(r"[A-Z][\w&.’'-]*|\d{1,2}(?:st|nd|rd|th)?|[,|•·-]")
_YEAR = re.compile(r"(?:19|20)\d\d")
# The outlet speaking of itself or to its reader (see the module's docstring).
_NEWSROOM = re.compile(
    r"\bWhatsApp us\b|\bjoin our\b[^.]{0,60}\b(?:group|channel|community)\b|\b(?:like|love) to hear from you\b|"
    r"\breached out to\b[^.]{0,80}\bfor (?:a )?comment\b|"
    r"\b(?:did not|didn['’]t) (?:immediately )?(?:respond|reply) to (?:a |our |the )?requests? for comment\b|"
    r"^[A-Z][\w’'-]* take:|^In this\b[^,]{0,50}\bvideos?\b|^(?:Watch|Look) (?:out )?for\b"
)
# A writer's biography: years of experience in the trade of writing news.
_EXPERIENCE = re.compile(r"\b(?:years?|decades?) of (?:[\w-]+ ){0,2}experience\b", re.IGNORECASE)
# A biography's line of its own, its subject the writer as "he" or "she": the job, or pastimes of the news trade.
_WRITER_JOB = re.compile(
    r"^(?:He|She)\s+(?:currently\s+|now\s+)?(?:works|worked|serves|served)\s+as\s+an?\s+(?:[\w-]+\s+){0,2}"
    r"(?:writer|journalist|reporter|editor|correspondent|columnist|contributor)\b"
)
_WRITER_PASTIMES = re.compile(r"^(?:He|She)\s+(?:enjoys|loves|likes)\s+\w+ing\b.*\b(?:news|articles|stories)\b")
_NEWS_TRADE = re.compile(r"\b(?:media|journalis\w*|report(?:s|ing|er)?|stories|writ(?:es|ing|er)|editor\w*|newsroom)\b", re.IGNORECASE)
# Sourcing: a verb of telling with "this" for its object, then only where or how it was told ("said that" brings a claim in).
_TOLD_THIS = re.compile(
    r"\b(?:disclosed|announced|revealed|confirmed|stated|said|made) (?:this|these)(?: known| public)?"
    r" (?:in|on|via|through|during|at|while|when)\b(?! (?:week|month|year)\b)",
    re.IGNORECASE,
)
_OUTCOME_OF = re.compile(r"^(?:This|These|That|Those|It|They) (?:was|were|is|are) (?:the )?(?:outcomes?|results?|fruits?) of\b")


def is_picture_caption(text: str) -> bool:
    """A photo's caption: a picture's present tense after a name, a credit before it or after a bar, "is seen with"."""
    rest = text.lstrip(LEADING_QUOTES)
    credited = _BAR_CREDIT.search(rest.rstrip(" .")) or _BRACKET_CREDIT.search(rest)
    shown = _PRESENT_CAPTION.match(rest) or _CREDIT_FIRST.match(rest) or _LABEL_FIRST.match(rest) or credited
    return bool(shown) or _undated_participle(rest)


def _undated_participle(text: str) -> bool:
    """A caption with no finite verb, unless it tells the day of its act: "PM Shehbaz being presented with the guard of
    honour upon his arrival in Beijing on November 1, 2022" is the arrival's record, dated, where "President X being
    welcomed by Prime Minister Y at the house" only shows a picture, and so does one closed by its credit in brackets."""
    return bool(_PARTICIPLE_CAPTION.match(text)) and not (_DAY_TOLD.search(text) and not _CLOSING_BRACKET.search(text))


def closes_with_credit(line: str) -> bool:
    """Whether a line of the page ends with a picture's credit in one of this module's shapes (see its docstring)."""
    line = line.strip()
    return bool(_LINE_CREDIT.search(line) or (_WIRE_AFTER_STOP.search(line) and _PLACED.search(line)))


def is_dated_caption(text: str) -> bool:
    """A caption closing on its picture's day and year: a picture's present tense ("shake hands", "arrive"), or "A view of"."""
    rest = text.lstrip(LEADING_QUOTES)
    if not _CLOSING_DAY.search(rest) or CAPTION_AHEAD.search(rest) or TRACE.search(rest):
        return False  # undated, a plan, or a signing: an event of its own, even under a picture
    return bool(_PICTURE_PRESENT.search(rest) or _VIEW_OF.match(rest))


def is_late_caption(text: str) -> bool:
    """A caption in a picture's present tense after a name, closing on a weekday or a month and year, where
    :func:`is_dated_caption` reads a full date: "… Takaichi and her Italian counterpart Giorgia Meloni shake hands
    ahead of their meeting … on Friday", "German Chancellor Olaf Scholz speaks at a press conference in Tokyo in April
    2022".  A report tells a day gone in the past tense; a schedule's present ("arrives on Friday") is not among the
    picture's verbs, and a plan or a signing shown ("will sign", "sign agreements") is drafted as before."""
    rest = text.lstrip(LEADING_QUOTES)
    if not _CLOSING_WEEKDAY_OR_MONTH.search(rest) or CAPTION_AHEAD.search(rest) or TRACE.search(rest):
        return False
    return bool(_NAMED_PICTURE_PRESENT.search(rest))


def is_title_case_headline(text: str) -> bool:
    """A headline printed again in the body: five or more long words, every one capitalised ("Leader Visits Capital to …")."""
    words = [w for w in _LETTER_WORD.findall(text) if w not in _TITLE_SMALL_WORDS]
    return len(words) >= _HEADLINE_WORDS and all(w[:1].isupper() for w in words)


def is_section_question(text: str) -> bool:
    """A question in the writer's voice (not in quotation marks): a heading whose answer is the text under it."""
    return text.rstrip(" ").endswith("?") and not text.lstrip(" ").startswith(("“", '"', "‘", "'"))


def is_list_lead_in(text: str) -> bool:
    """A line announcing a list or a count of points: "Here is a 10-point guide to …", "three takeaways from …"."""
    rest = text.lstrip(LEADING_QUOTES)
    return bool(_HERE_IS.match(rest) or _COUNT_OF_POINTS.search(rest) or _POINTS_MADE.search(rest))


def is_author_biography(text: str) -> bool:
    """The writer's biography: years of experience in words of the news trade, or a line on "he" or "she": the job, the pastimes."""
    rest = text.lstrip(LEADING_QUOTES)
    return bool(_EXPERIENCE.search(text) and _NEWS_TRADE.search(text)) or bool(_WRITER_JOB.match(rest) or _WRITER_PASTIMES.match(rest))


def is_sourcing_line(text: str) -> bool:
    """Who told the sentence before, and where: "disclosed this in a post", "These were the outcome of talks, according to …"."""
    rest = text.lstrip(LEADING_QUOTES)
    return bool(_TOLD_THIS.search(rest) or _OUTCOME_OF.match(rest))


def is_byline_day(text: str) -> bool:
    """A byline's day: the outlet's or writer's name and the page's date, no word in lower case."""
    words = text.strip(" .").replace(",", " , ").split()
    return len(words) > 1 and bool(_YEAR.fullmatch(words[-1])) and all(_BYLINE_WORD.fullmatch(word) for word in words[:-1])


def is_newsroom_note(text: str) -> bool:
    """The outlet speaking of itself or to its reader: an invitation, its request for comment, its take, its video."""
    return bool(_NEWSROOM.search(text.lstrip(LEADING_QUOTES)))


def is_furniture(text: str) -> bool:
    """Does the sentence belong to one of the module's classes (see its docstring)?"""
    checks = (
        is_picture_caption,
        is_section_question,
        is_list_lead_in,
        is_author_biography,
        is_sourcing_line,
        is_title_case_headline,
        is_dated_caption,
        is_byline_day,
        is_newsroom_note,
        is_page_label,
        is_late_caption,
    )
    return any(check(text) for check in checks)
