"""The day that "later in the day" or "the same day" continues: the day of the sentence before, not the day of writing.

A report moves through its occasion in order: after "On Wednesday, the two
leaders held talks …", the paragraph "Later in the day, they signed …" tells
of Wednesday too.  Counted from the day of publication, as "today" is, the
signing lands on the day the paper was printed, and the editor is given a
date the article never meant.  The phrase points back at the day the text is
describing, so it takes the day of the nearest earlier sentence of the body
that is dated to a day; a sentence that itself continues an earlier day passes
that day on.  A phrase that opens a past saying ("Earlier in the day, Rudenko
said that Lavrov would visit Minsk on June 19") ties the saying to the earlier
day, not the plan it reports, so the earlier sentence is read as a report, as
the saying is: "MOSCOW (Sputnik - 11th June, 2020) … discussed … on Wednesday"
gives its Wednesday, where read as a plan it gave the first date it names, the
dateline's.  The search is not held to the paragraph before: many outlets set
each sentence as a paragraph of its own, and background between the dated
sentence and the phrase ("The first day of the three-day visit has shown …")
names no other day, so it does not change the day being told.  A sentence that
states its own date before the phrase keeps it, and the headline is not read.
With no dated sentence before it, the phrase is read as before, against the
day of writing.  "Later," (or "Later on,") opening a sentence is the same
tie, the programme's next step ("Later, at around 8 PM, there will be an
exchange of agreements" after "will arrive in Rwanda on Monday"), when the
sentence gives no date of its own ("Later, December 12, … visited" keeps
the 12th).  A step told in the past never continues a day still to come: "Later, PM was given a ceremonial
welcome" after "where he will also address the Parliament tomorrow" passes over that tomorrow to the day before it.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.suggest.date_words import WEEKDAY_WORD, weekday_index
from briefgen.suggest.dates import ResolvedDate, find_date
from briefgen.suggest.sentences import Sentence
from briefgen.suggest.tense import told_in_the_past
from briefgen.text.dates import PartialDate

#: "earlier in the day", "later that day", "later the same day", "on the same day", "that same day"; a part of that day,
#: "will, later that evening, host his counterpart to an official dinner" after the talks "on Monday, October 16, 2017".
SAME_DAY = re.compile(
    r"\b(?:(?:earlier|later)\s+(?:in\s+the\s+day|that\s+(?:day|morning|afternoon|evening|night)|(?:on\s+)?the\s+same\s+day)"
    r"|(?:on\s+)?(?:the|that)\s+same\s+day)\b",
    re.IGNORECASE,
)
#: "Later," or "Later on," opening a sentence: the next step of the day being told ("Later, at around 8 PM, there will be …").
_LATER_OPENING = re.compile(r"^\W*later(?:\s+on)?\s*,", re.IGNORECASE)
#: "Later on Wednesday," opening a sentence: the next step of a named day the story has told ("… will be held in Budapest on
#: Wednesday afternoon." then "Later on Wednesday, an extraordinary Visegrad summit will be held").
_LATER_ON_WEEKDAY = re.compile(rf"^\W*(?:later|earlier)\s+(?:on\s+)?(?P<w>{WEEKDAY_WORD})\b", re.IGNORECASE)


def _later_opening(text: str, published: dt.date | None, *, future: bool, ref_year: int | None) -> re.Match[str] | None:
    """ "Later," opening a sentence that states no date of its own ("Later, December 12, …" keeps its 12th)."""
    opening = _LATER_OPENING.match(text)
    if opening is None or find_date(text, published, future=future, ref_year=ref_year) is not None:
        return None
    return opening


def _own_day_first(text: str, published: dt.date | None, *, future: bool, ref_year: int | None) -> bool:
    """Whether the text states a date of its own before (or instead of) the phrase ("on November 27 …, earlier the same day")."""
    phrase = SAME_DAY.search(text)
    stated = find_date(text, published, future=future, ref_year=ref_year)
    return stated is not None and phrase is not None and text.find(stated[1]) < phrase.start() and not SAME_DAY.search(stated[1])


def earlier_day(
    sentences: list[Sentence], sentence: Sentence, published: dt.date | None, *, future: bool, ref_year: int | None
) -> tuple[dt.date, str] | None:
    """The day the nearest earlier sentence of the body is dated to, and the phrase that dates it."""
    earlier = [other for other in sentences if other.start < sentence.start and 0 <= other.paragraph <= sentence.paragraph]
    for other in sorted(earlier, key=lambda item: item.start, reverse=True):
        continues = SAME_DAY.search(other.text) and not _own_day_first(other.text, published, future=future, ref_year=ref_year)
        if continues or _later_opening(other.text, published, future=future, ref_year=ref_year):
            carried = earlier_day(sentences, other, published, future=future, ref_year=ref_year)
            if carried is not None:
                return carried
        stated = find_date(other.text, published, future=future, ref_year=ref_year)
        if stated is not None and stated[0].day is not None and stated[0].month is not None:
            if not future and published is not None and stated[0].first_day > published:
                continue  # a day still to come ("will address the parliament tomorrow") is no day a past step continues
            return stated[0].first_day, stated[1]
    return None


def same_day_date(
    sentences: list[Sentence], sentence: Sentence, text: str, published: dt.date | None, *, future: bool, ref_year: int | None
) -> ResolvedDate | None:
    """The date of a sentence that continues an earlier sentence's day ("Later in the day, …"), or None.

    ``text`` is the part of ``sentence`` being dated; a text that states its
    own date first keeps it.
    """
    named = _LATER_ON_WEEKDAY.match(text)
    if named is not None and sentence.paragraph >= 0:
        return _named_day_told(sentences, sentence, published, named, future=future, ref_year=ref_year)
    phrase = SAME_DAY.search(text) or _later_opening(text, published, future=future, ref_year=ref_year)
    if phrase is None or sentence.paragraph < 0 or _own_day_first(text, published, future=future, ref_year=ref_year):
        return None
    future = future and not told_in_the_past(text, phrase.start(), phrase.end())  # "Earlier in the day, X said … would …"
    return day_of_earlier(sentences, sentence, published, phrase, "continues", future=future, ref_year=ref_year)


def day_of_earlier(
    sentences: list[Sentence],
    sentence: Sentence,
    published: dt.date | None,
    phrase: re.Match[str],
    tie: str,
    *,
    future: bool,
    ref_year: int | None,
) -> ResolvedDate | None:
    """The day of the nearest earlier sentence dated to a day, given to ``sentence`` because ``phrase`` ties it to that
    day; ``tie`` says how in the explanation ("continues", "is a part of"), or None with no such sentence."""
    found = earlier_day(sentences, sentence, published, future=future, ref_year=ref_year)
    if found is None:
        return None
    return _continued(found, phrase, tie, published, phrase.group(0).strip())


def _continued(found: tuple[dt.date, str], phrase: re.Match[str], tie: str, published: dt.date | None, shown: str) -> ResolvedDate:
    """The earlier sentence's day (``found``: the day and the phrase that dates it) given to the phrase that ties to
    it, shown as ``shown``, with the explanation an editor reads."""
    day, anchor = found
    how = f'"{" ".join(phrase.group(0).split())}" {tie} the day of an earlier sentence ("{anchor}")'
    if published is not None:
        how += f", resolved against {published.isoformat()}"
    return ResolvedDate(PartialDate.from_date(day), shown, how)


def _named_day_told(
    sentences: list[Sentence],
    sentence: Sentence,
    published: dt.date | None,
    named: re.Match[str],
    *,
    future: bool,
    ref_year: int | None,
) -> ResolvedDate | None:
    """ "Later on Wednesday, …": the day of the nearest earlier sentence dated to a day, when that day is the named weekday.

    Counted from the day of writing alone, the weekday can land a week off: the
    Wednesday of a Tuesday page's programme was read as the Wednesday before, and
    a page printed the day after the Wednesday it reports would read a plan's
    Wednesday as the next one.  The story has already told that Wednesday; a
    nearer sentence dated to another weekday ties nothing, and the phrase is then
    read as any weekday is.
    """
    found = earlier_day(sentences, sentence, published, future=future, ref_year=ref_year)
    if found is None or found[0].weekday() != weekday_index(named.group("w")):
        return None
    return _continued(found, named, "continues", published, " ".join(named.group(0).split()).strip(" \t\"'“”‘’,"))
