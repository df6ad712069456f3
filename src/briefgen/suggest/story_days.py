"""The days an article's statements are read against, besides its publication date.

A report has more than one "today": the day of its main event, which dates
the sentences that state none ("The MoUs were signed during the visit"); the
day a quotation was spoken; the day of the sentence before, in the same
paragraph; and, in an article with no publication date, the full date its lede
states and the year it was most likely written in.  Each is found here; the
phrases themselves are read in ``suggest.dates``.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.suggest.date_bounds import is_horizon
from briefgen.suggest.dates import ResolvedDate, find_date
from briefgen.suggest.filed_day import filed_day
from briefgen.suggest.second_ledes import retold_opening
from briefgen.suggest.sentences import body_paragraphs
from briefgen.suggest.tense import CLAUSE_BREAK, hoped_for, plan_clause, scheduled_clause
from briefgen.suggest.unmarked_speech import unmarked_speech
from briefgen.text.dates import PartialDate
from briefgen.text.english import WEEKDAY_WORDS, WEEKDAY_WORDS_PATTERN, inside_quotation, lead_paragraph

# A dateline opening a paragraph: "ISLAMABAD: …", "BAKU - …", "NEW DELHI, (APP) …".
_DATELINE = re.compile(r"^(?:\s*date \d{4}-\d\d-\d\d)?\s*[A-Z]{3,}(?:[ /][A-Z]{3,})*\s*(?:[:–—-]\s|,\s*\()")


# A dateline printed as a paragraph of its own ("ANKARA"): the report starts in the paragraph after it.
_BARE_DATELINE = re.compile(r"^\s*[A-Z]{3,}(?:[ /-][A-Z]{2,}){0,2}\s*$")


def _past_bare_dateline(paragraphs: list[str], lede: str) -> str:
    """The lede, or the paragraph after it when the lede is only a dateline ("ANKARA")."""
    if not _BARE_DATELINE.match(lede) or lede not in paragraphs:
        return lede
    at = paragraphs.index(lede)
    return paragraphs[at + 1] if at + 1 < len(paragraphs) else lede


# A journey's verb: the day it dates is the arrival, not the talks or signings of the visit.
_JOURNEY = re.compile(r"\b(?:arriv(?:ed|es|ing)|travell?ed|landed|flew|reached)\b", re.IGNORECASE)


def _dates_a_journey(lede: str, phrase: str) -> bool:
    """Whether the clause of ``lede`` that leads up to ``phrase`` tells of a journey ("travelled to Tashkent on Sunday").

    The main event's day and the day a visit's remarks were made both turn on it, one to refuse the day and the other
    to take it, so they share one reading of the clause.
    """
    return _JOURNEY.search(CLAUSE_BREAK.split(lede[: max(lede.find(phrase), 0)])[-1][-60:]) is not None


def main_event_day(paragraphs: list[str], lede: str, published: dt.date | None, ref_year: int | None) -> ResolvedDate | None:
    """The day of the article's main event: from its lede, else from the first paragraph that opens with a dateline.

    Some sites print the headline and summary lines first; the report itself
    starts at "ISLAMABAD: Pakistan and Uzbekistan on Thursday agreed …".
    """
    lede = _past_bare_dateline(paragraphs, lede)
    found = lede_day(lede, published, ref_year)
    if found is not None:
        return found
    dateline = next((p for p in paragraphs[:10] if _DATELINE.match(p)), None)
    return lede_day(dateline, published, ref_year) if dateline and dateline != lede else None


def retold_day(paragraphs: list[str], lede: str, published: dt.date | None, ref_year: int | None) -> ResolvedDate | None:
    """The day the paragraph after an undated lede gives its occasion ("… on Monday inaugurated …"), in the week before
    publication: see :mod:`briefgen.suggest.second_ledes`.  An older day there is background, not the story's.

    It dates only the occasion's details that state no date (the drafts' last resort), not the day quoted words were
    spoken: a visit's "today" in its lede's quote is the day of the lede's own telling, which this paragraph may not be.
    """
    if published is None:
        return None
    opening = retold_opening(paragraphs, _past_bare_dateline(paragraphs, lede))
    found = lede_day(opening, published, ref_year) if opening else None
    if found is None or opening is None or (published - found.date.first_day).days > 6:
        return None
    at = opening.find(found.phrase or "")
    if at >= 0 and (plan_clause(opening, at) is not None or scheduled_clause(opening, at)):
        return None  # "… is scheduled to engage in bilateral discussions … on Thursday": a plan's day, no occasion yet
    return ResolvedDate(found.date, found.phrase, f'the day of the article\'s main event ("{found.phrase}", the paragraph after the lede)')


def stated_day(lede: str) -> dt.date | None:
    """The full date, year included, that an undated article's lede states first ("arrived in Ankara on May 8, 2025").

    It anchors the article's relative phrases when nothing else can: the day of
    a journey is no main event for the visit's talks, but "on Wednesday" and
    "last met in November" are still read from around it.
    """
    found = find_date(lede, None, future=False)
    if found is None or found[0].day is None or not re.search(r"\d{4}", found[1]):
        return None
    return found[0].first_day


def lede_day(lede: str, published: dt.date | None, ref_year: int | None) -> ResolvedDate | None:
    """The day of the article's main event, when its lede dates it to the day ("on Monday", "4 December 2023").

    Sentences that report the same event without a date of their own ("The
    MoUs were signed during the visit") happened that day, not on the day the
    story was printed.  Only a day on or before publication counts.
    """
    found = find_date(lede, published, future=False, ref_year=ref_year)
    if found is None or found[0].day is None:
        return None
    date, phrase = found
    if published is None and not re.search(r"\d{4}", phrase):
        return None
    if _dates_a_journey(lede, phrase):
        return None  # "travelled to Tashkent on Sunday": the day of the journey; a visit's talks and signings come after
    if published is not None and date.first_day > published:
        return None
    return ResolvedDate(date, phrase, f"the day of the article's main event (the lede's \"{phrase}\")")


def spoken_day(body: str, position: int, published: dt.date | None, main_day: ResolvedDate | None) -> dt.date | None:
    """The day a quotation was spoken, when the text at ``position`` is inside one and the lede dates it before publication.

    Quoted words keep the speaker's "yesterday" and "today": in remarks the
    lede dates to Friday, "from yesterday" is Thursday even in Saturday's
    paper.  Outside quotation marks, or with no earlier day in the lede, the
    publication date stays the reference (None), or the day before it that
    the copy's dateline names (:mod:`filed_day`).  A lede that dates only the
    guest's arrival ("arrived in Ankara on Nov. 14 for talks") has no main
    event day, but the visit's remarks ("in Ankara today") are of that day.
    Speech reprinted without its quotation marks ("We are making history
    today, Vucic told Xi") is read the same way.  A quotation whose own
    attribution names the day of saying ('…," she said on Thursday') is of that day.
    """
    if published is None:
        return None
    start = body.rfind("\n\n", 0, position) + 1
    quoted = inside_quotation(body[start:position], position - start)
    if not quoted and not unmarked_speech(body[position - 1 :].split("\n\n", 1)[0]):
        return filed_day(body, published)  # wire copy printed the morning after its dateline's day
    attributed = _attributed_day(body[position:].split("\n\n", 1)[0], published) if quoted else None
    if attributed is not None:
        return attributed
    day = main_day.date if main_day is not None else _arrival_day(body, published)
    if day is None or day.day is None or day.first_day >= published:
        return None
    return day.first_day


# The attribution after a quotation that names the day of saying: '…," Carney said at a press conference Thursday evening.'
_ATTRIBUTION = re.compile(
    r"^[^\u201d\"]*[\u201d\"][^.;\u201c\"]{0,100}?\b(?:said|told|added|stated|declared|remarked|wrote)\b(?P<between>[^.;\u201c\"]{0,80}?)"
    rf"(?<!next )(?<!coming )\b(?P<w>{WEEKDAY_WORDS_PATTERN})\b",
    re.IGNORECASE,
)

_LATER_DAY = re.compile(r"\b(?:will|would|until|till|next|coming|that)\b", re.IGNORECASE)


def _attributed_day(paragraph: str, published: dt.date) -> dt.date | None:
    """The day a quotation's own attribution says it was said on ("…," she said on Thursday), before publication.

    "'Today, we begin a new era,' Carney said Thursday evening" in Friday's
    paper: the speaker's "today" is Thursday.  A day the attribution names
    outweighs the lede's, which may date another occasion of the story.
    """
    said = _ATTRIBUTION.match(paragraph)
    if said is None or _LATER_DAY.search(said.group("between")):
        return None  # "…," he said, adding that talks would resume on Friday: the Friday is a plan's, not the saying's
    target = WEEKDAY_WORDS.index(said.group("w").casefold())
    days_back = (published.weekday() - target) % 7
    return published - dt.timedelta(days=days_back) if days_back else None


def _arrival_day(body: str, published: dt.date) -> PartialDate | None:
    """The day the lede dates a journey to ("arrived in Ankara on Nov. 14"), the day a visit's remarks were made."""
    paragraphs = body_paragraphs(body)
    lede = _past_bare_dateline(paragraphs, lead_paragraph(paragraphs))
    found = find_date(lede, published, future=False)
    if found is None or not _dates_a_journey(lede, found[1]):
        return None
    return found[0]


# A sentence whose subject is a pronoun for the people of the sentence before: "… visited China in October. They agreed …".
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:they|he|she)\s+(?:also\s+)?[a-z]+ed\b", re.IGNORECASE)


def day_carried_over(before: ResolvedDate, published: dt.date | None, text: str = "") -> ResolvedDate | None:
    """The day of the sentence before, for a sentence of the same paragraph that states no date of its own.

    A paragraph tells one occasion: after "Chairing a review meeting on
    Tuesday, he said …", "the Prime Minister formed a committee" happened on
    Tuesday too, not on the day the story was printed.  Only a day stated in
    words (not a fallback) and not after publication is carried, or the day of
    an act reported as just done ("has arrived …. He was given a red-carpet
    welcome" is the same occasion).  A month is carried only to a sentence whose subject is a pronoun for the
    sentence before's people, telling what they did next ("a Mexican delegation visited China in October. They
    agreed to …": October, not the month the story was printed).
    """
    just_done = before.phrase is None and "just done" in before.how
    month_only = before.date.day is None and before.date.month is not None and bool(_PRONOUN_SUBJECT.match(text))
    if (before.phrase is None and not just_done) or (before.date.day is None and not month_only):
        return None
    if published is not None and before.date.first_day > published:
        return None
    return ResolvedDate(before.date, before.phrase, f"{before.how}; carried over from the sentence before, in the same paragraph")


def carried_by_also(resolved: ResolvedDate, kind: str, previous: tuple[str, ResolvedDate] | None, text: str) -> ResolvedDate | None:
    """The date of the event before, for an event with no date of its own that says it happened "also".

    "The leaders also signed a pact" adds to the act the sentence before
    dated ("met on Tuesday"): the same occasion, so the same date, not the
    month the story was printed.
    """
    if resolved.phrase is not None or kind != "event" or previous is None or previous[0] != "event" or not previous[1].phrase:
        return None
    if not re.search(r"\balso\b", text):
        return None
    return ResolvedDate(previous[1].date, previous[1].phrase, f"{previous[1].how}; carried over from the sentence before ('also')")


_ANY_YEAR = re.compile(r"(?<![\w$.-])((?:19|20)\d\d)(?![\w-])")


def reference_year(body: str) -> int | None:
    """The year an undated article was most likely written in: the latest it mentions, horizons and spans aside.

    An article speaks of its own year and earlier ones ("It is too early to
    talk about the results of 2023" is written in 2023, though it first names
    2016); a target's horizon ("by 2030") is the only later year it names.
    Dates resolved against it are still marked unresolved for the editor.
    A year that opens or closes a span of years ("the 2022-2026 strategy",
    "president between 1993 and 2003") dates a period, not the article.
    A year in a clause that tells a hope or aim ("which the country hopes to
    complete before the World Cup in 2030") is a target too, and a target
    year is never taken as the page's: an article that names only targets
    gets no year.  One that names only a schedule's year ("the exercise is
    scheduled for 2024") gets that year, the nearest it gives.
    """
    found = [m for m in _ANY_YEAR.finditer(body) if not _in_span_of_years(body, m.start(1), m.end(1))]
    targets = [m for m in found if is_horizon(body, m.start(1), m.end(1)) or hoped_for(body, m.start(1))]
    scheduled = [m for m in found if m not in targets and plan_clause(body, m.start(1)) is not None]
    years = [int(m.group(1)) for m in found if m not in targets and m not in scheduled]
    return max(years) if years else (int(scheduled[0].group(1)) if scheduled else None)


_SPAN_ENDING = re.compile(r"(?:\d{4}\s*[-–—/]\s*|\bbetween\s+\d{4}\s+and\s+|\bfrom\s+\d{4}\s+(?:to|until|till)\s+)$", re.IGNORECASE)
_SPAN_OPENING_AFTER = re.compile(r"\s*[-–—/]\s*\d{2,4}\b")
_SPAN_WORD_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_SPAN_WORD_AFTER = re.compile(r"\s+(?:and|to|until|till)\s+\d{4}\b", re.IGNORECASE)


def _in_span_of_years(body: str, start: int, end: int) -> bool:
    """A year that opens or closes a span ("2022-2026 strategies", "between 1993 and 2003") dates a period, not the writing."""
    before, after = body[max(0, start - 30) : start], body[end : end + 20]
    return bool(
        _SPAN_ENDING.search(before)
        or _SPAN_OPENING_AFTER.match(after)
        or (_SPAN_WORD_BEFORE.search(before) and _SPAN_WORD_AFTER.match(after))
    )
