"""The paragraph after an undated lede that retells its occasion with the day: where the story's main day is stated.

A lede does not always date the occasion it reports.  Some open on the event and leave its day to the next paragraph
("Modi and Moon inaugurated Samsung's mobile factory …", then "Modi and Moon on Monday inaugurated the world's largest
mobile factory in Noida"); some tell a visit by its week ("traveled to India for a four-day state visit this week
during which he held summit talks") and date the talks after it ("In a joint press statement following their talks on
Tuesday, …"); on some pages the lede found is a site's date banner ("samedi, avril 13, 2024": fewer than six words, no
lede but the page's furniture) and the report, with its "on Friday", is the paragraph below.  The sentences that tell
the occasion's details without a date of their own ("The three discussed a wide range of topics") happened on that
day, not in the month or on the day the page was printed: the labels give the occasion's day.

The next paragraph's first sentence is read only when it retells the lede's occasion: it shares at least two of the
lede's telling words (names, the act, its place: "talks", "India", "trilateral meeting", "Belgrade"); a paragraph on
another matter (the background, an earlier visit) shares none or one.  It must tell the act as done (a past or a
perfect), or be a dateline's place and day alone ("New Delhi, May 13"): a photograph's caption under the lede tells its
picture in the present ("Qatar's Emir … meets with Egypt's President … in Doha, Qatar September 13, 2022", on a page
the labels date the next day by its "has concluded"), and a plan ("is scheduled to meet") is no occasion yet.  The day
itself is read, and kept only in the week before publication, by :func:`briefgen.suggest.story_days.retold_day`.
"""

from __future__ import annotations

import re

from briefgen.suggest.dates import ResolvedDate
from briefgen.suggest.sentences import split_sentences
from briefgen.text.english import IRREGULAR_PASTS, PAST_AUXILIARIES, REGULAR_PAST

#: Fewer words than this is no lede but a line of the page's furniture (a date banner, a credit) taken for one.
_LEAST_WORDS = 6

_WORD = re.compile(r"[^\W\d_]{4,}")

# A verb that tells the act as done: a past ("held", "met", "was signed", "said"), or a perfect ("has begun").  A
# regular past after "is", "are" or "am" is a present passive, a photograph's caption ("are welcomed at Noi Bai
# International Airport", "are pictured at the Great Hall"), as is a present ("meets with", "shakes hands with").
_PRESENT_PASSIVE = r"(?<!\bis )(?<!\bare )(?<!\bam )"
_DONE = re.compile(
    rf"\b(?:{PAST_AUXILIARIES}|{IRREGULAR_PASTS}|said|told|stood|has|have|begun|shaken|{_PRESENT_PASSIVE}{REGULAR_PAST})\b",
    re.IGNORECASE,
)

# A dateline line alone, its place and day: "New Delhi, May 13", "Auckland, March 10, 2025".
_DATELINE_LINE = re.compile(r"^[A-Z][\w .'-]{1,40},\s+[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*$")

# Words of four letters or more that any two sentences of a report share: they tell nothing of the occasion.
_COMMON = frozenset(
    (
        *("about", "after", "also", "been", "before", "between", "both", "during", "from", "have", "into", "more"),
        *("over", "said", "says", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those"),
        *("through", "under", "were", "what", "when", "where", "which", "while", "will", "with", "would", "year"),
        *("years", "week", "month", "today", "according", "other", "such", "some", "most", "many", "very", "just"),
        *("only", "well"),
    )
)

# A sentence set in the whole visit ("During his state visit, Moon also attended a ceremony …"): a visit has several
# days, and the labels date such a line by the visit's month, not by the day the next paragraph names.
_DURING_VISIT = re.compile(r"\bduring\s+(?:the|his|her|their|this)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|stay)\b", re.IGNORECASE)


def _words(text: str) -> set[str]:
    """The telling words of a lede or a sentence, case-folded: four letters or more, the common ones left out."""
    return {w for w in (m.group(0).casefold() for m in _WORD.finditer(text)) if w not in _COMMON}


def retold_opening(paragraphs: list[str], lede: str) -> str | None:
    """The first sentence of the paragraph after ``lede``, when it retells the lede's occasion; None otherwise."""
    if lede not in paragraphs:
        return None
    at = paragraphs.index(lede)
    sentences = split_sentences(paragraphs[at + 1]) if at + 1 < len(paragraphs) else []
    if not sentences:
        return None
    opening = sentences[0].text
    if not _DONE.search(opening) and not _DATELINE_LINE.match(opening.strip()):
        return None  # a caption ("… meets with Egypt's President … in Doha, Qatar September 13, 2022"), or a plan
    if len(lede.split()) < _LEAST_WORDS:
        return opening  # a date banner taken for the lede ("samedi, avril 13, 2024"): the report is the next paragraph
    return opening if len(_words(lede) & _words(opening)) >= 2 else None


def dated_by_occasion(resolved: ResolvedDate, text: str) -> bool:
    """Whether a sentence with no date of its own, read as ``resolved``, takes the occasion's day from the retelling.

    Not one read as just done on the day of publication ("has concluded his two-day visit": the labels keep that day),
    nor one set in the visit as a whole ("During the visit, …").
    """
    return "just done" not in resolved.how and _DURING_VISIT.search(text) is None
