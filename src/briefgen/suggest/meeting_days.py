"""A named meeting's day, carried to the undated past sentences after it that name its people again.

"Earlier on Monday, Ahmed held talks with Li Qiang …", then "Ahmed thanked Li for …" a paragraph on: the thanks were
given at those talks, on Monday.  Read alone, the second sentence states no date and was drafted with the month (or
the day) the page was printed, where the reader, and the sets' labels, give it the meeting's day.  Pages that set each
sentence as a paragraph of its own split the report of one meeting over several paragraphs, so the carry is not held
to the paragraph, as :func:`briefgen.suggest.story_days.day_carried_over` is: it reaches two paragraphs past the
meeting's, and two past any paragraph after it that names its people or its talks again.

Only a sentence that names one of the meeting's people again is read so: a name is what ties the sentence to that
meeting and not to the visit around it or to the background between ("The prince's visit coincides with the 55th
anniversary …").  The nearest earlier sentence stating a day decides: when it tells no meeting, the story has moved to
another day and nothing is carried; a sentence dated only to a month or a year is background and is passed over.
A meeting still to come, one more than a week before the page (background, not its report) and, on an undated page, one
whose date gives no year carry nothing.  A place ("held talks in Moscow", "at Kurumba Maldives") and a country's name or
adjective are no people, and the sentence must itself be told in the past.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from briefgen.suggest.dates import ResolvedDate, find_date
from briefgen.suggest.sentences import Sentence
from briefgen.suggest.third_parties import countries
from briefgen.text.dates import PartialDate
from briefgen.text.english import FULL_MONTH_PATTERN, FULL_WEEKDAY_PATTERN, IRREGULAR_PASTS, PAST_AUXILIARIES, REGULAR_PAST

#: How many paragraphs after the meeting's the carry reaches.
_REACH = 2
#: How many days before the page's the meeting may lie: a report's meeting, not background ("elevated on November 17,
#: 2024, at a meeting between President Lula and …" on a page of March 2025).
_RECENT = dt.timedelta(days=7)
#: A meeting still to come: "is set to hold detailed talks with …", "will meet".
_AHEAD = re.compile(r"\b(?:will|shall)\b|\bset\s+to\b|\bscheduled\b|\bexpected\s+to\b|\bdue\s+to\b", re.IGNORECASE)
#: A year written out: on an undated page only a meeting's full date is sure of its year.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

#: A meeting held: "met", "held talks with", "received", "called on", "hosted", "during a meeting at …".
_MEETING = re.compile(
    r"\b(?:met|meeting|talks|hosted|called\s+on|audience|tête-à-tête|one-on-one|agreed|discussed)\b"
    # "received Sergei Lavrov", "received the visiting …", not "received a warm welcome" (a greeting at the airport)
    r"|\breceived\s+(?:(?:the|his|her|visiting)\s+)*(?-i:[A-Z])",
    re.IGNORECASE,
)
#: A verb in the past: what the sentence reports was done, not what is or will be.
_PAST = re.compile(
    rf"\b(?:{PAST_AUXILIARIES}|{IRREGULAR_PASTS}|said|told|agreed|thought|stood|felt|found|became|{REGULAR_PAST})\b",
    re.IGNORECASE,
)
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
#: A run of capitalised words, with the particles of Arabic and European names between them ("Mohammed bin Salman").
_NAME_RUN = re.compile(rf"{_CAP_WORD}(?:\s+(?:(?:bin|bint|ibn|al|el|de|da|van|von)\s+)?{_CAP_WORD})*")
#: A run after one of these words is a place, not a person: "held talks in Moscow", "at Akasaka Palace".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|near|outside|inside)\s+(?:the\s+)?$", re.IGNORECASE)
#: Titles, honorifics and the words of institutions: capitalised, yet no one's name.
_NOT_NAME_WORDS = """
President Presidents Prime Minister Ministers Premier Chancellor King Queen Emperor Empress Emir Amir Sultan
Crown Prince Princess Sheikh His Her Their Highness Majesty Royal Imperial Excellency Mr Mr. Mrs Mrs. Ms Ms.
Dr Dr. Deputy Vice State Secretary General Chairman Chairwoman Chair Speaker Ambassador Envoy Special Senior
Chief Adviser Advisor Foreign Affairs Defence Defense Trade Finance Interior Commerce Ministry Office Palace
House Hall Hotel Council Committee Central Party Government Republic Federation Kingdom United Nations Union
Summit Assembly National Parliament Comrade Respected Leader Counterpart Delegation Head Director Governor
Mayor Senator Representative Commander Army Navy Air Force Admiral Colonel Lieutenant Major Captain Spokesman
Spokesperson Agency Press Service News The A An In On At During After Before Earlier Later Meanwhile Also
Xinhua Reuters AFP TASS Sputnik ANI PTI IANS Yonhap Kyodo Bernama Anadolu SPA WAM KUNA IRNA QNA BSS APP VNA
KCNA Antara
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
#: A sentence's first word that is a verb's form or an adverb, not a name: "Arriving", "Remarkably", "Noted".
_OPENING_WORD = re.compile(r"[A-Z][a-z]+(?:ing|ed|ly)")
_CALENDAR = re.compile(rf"(?:{FULL_WEEKDAY_PATTERN}|{FULL_MONTH_PATTERN})\.?")


@cache
def _country_words() -> frozenset[str]:
    """Every word of a country's names, adjectives and capital: "Saudi Arabia's" names a country, not a person."""
    words: set[str] = set()
    for country in countries():
        for name in (*country.names, country.capital or ""):
            words.update(name.split())
    return frozenset(words)


def _surname(run: str) -> str | None:
    """The last word of a run of capitalised words that can be a person's name, possessive dropped, or None."""
    words = [w.strip(".,") for w in run.split()]
    last = re.sub(r"['’]s?$", "", words[-1]) if words else ""
    if not last or last in _NOT_NAMES or _CALENDAR.fullmatch(last) or last in _country_words() or len(last) < 3:
        return None
    return last


def meeting_people(text: str) -> set[str]:
    """The surnames of the people a meeting's sentence names: each capitalised run's last word, places and titles aside."""
    found: set[str] = set()
    for run in _NAME_RUN.finditer(text):
        if _PLACE_BEFORE.search(text[max(run.start() - 12, 0) : run.start()]):
            continue
        if not text[: run.start()].strip() and _OPENING_WORD.fullmatch(run.group(0)):
            continue  # "Arriving in Egypt on Saturday, …": a capital only because the sentence starts there
        surname = _surname(run.group(0))
        if surname is not None:
            found.add(surname)
    return found


def _names_again(text: str, people: set[str]) -> str | None:
    """The first of ``people`` the text names again, as a whole word with its capital, or None."""
    for person in sorted(people):
        if re.search(rf"(?<![\w-]){re.escape(person)}(?![\w-])", text):
            return person
    return None


def meeting_day(
    sentences: list[Sentence], sentence: Sentence, text: str, published: dt.date | None, *, ref_year: int | None
) -> ResolvedDate | None:
    """The day of the named meeting ``sentence`` reports again by one of its people's names, for an undated past
    sentence (``text`` its part being dated); None when the nearest earlier sentence stating a day tells no meeting,
    or shares no name with it, or the sentences between leave off it."""
    if sentence.paragraph < 0 or not _PAST.search(text) or find_date(text, published, future=False, ref_year=ref_year):
        return None
    earlier = sorted((s for s in sentences if s.start < sentence.start and s.paragraph >= 0), key=lambda s: s.start, reverse=True)
    for at, other in enumerate(earlier):
        stated = find_date(other.text, published, future=False, ref_year=ref_year)
        if stated is None or stated[0].day is None or stated[0].month is None:
            continue  # a year or a month is background ("visited Laos in 1999 and 2001"), not another day of the story
        return _meeting_told(other, stated, earlier[:at], sentence, text, published)
    return None


def _meeting_told(
    meeting: Sentence, stated: tuple[PartialDate, str], between: list[Sentence], sentence: Sentence, text: str, published: dt.date | None
) -> ResolvedDate | None:
    """The day ``stated`` of ``meeting``, the nearest earlier sentence dated to a day, for ``sentence`` (``text`` its
    dated part), when ``meeting`` tells a meeting held lately whose people ``text`` names again, and the sentences
    ``between`` keep to it: none of the two paragraphs before ``sentence``, nor of the two after any of them that
    name its people or its talks, is left out."""
    day, phrase = stated
    if not _MEETING.search(meeting.text) or _AHEAD.search(meeting.text):
        return None
    if published is None and not _YEAR.search(phrase):
        return None  # "September 18" read against the latest year an undated page names may be a year off
    if published is not None and not published - _RECENT <= day.first_day <= published:
        return None
    people = meeting_people(meeting.text)
    person = _names_again(text, people)
    if person is None:
        return None
    reached = sentence.paragraph
    for other in between:  # nearest first
        if other.paragraph < reached - _REACH:
            return None
        if _names_again(other.text, people) or _MEETING.search(other.text):
            reached = min(reached, other.paragraph)
    if meeting.paragraph < reached - _REACH:
        return None
    how = f'the day of the meeting told before ("{phrase}"), whose {person} the sentence names again'
    return ResolvedDate(PartialDate.from_date(day.first_day), phrase, how)
