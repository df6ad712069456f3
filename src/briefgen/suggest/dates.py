"""Dating a statement: explicit dates parsed, relative phrases resolved.

News copy dates things against the day it was written: "this year", "next
month", "in September", "on Tuesday", "last week of this month", "in two
weeks' time".  Each is resolved against the article's publication date, and
a bare month or weekday is placed before or after it according to the
sentence's tense ("discussed in September" is the last September; "will
visit in September" the next).  The result keeps only the precision the
words give, and says which words it came from so the editor can check.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefgen.suggest.appositive_days import future_across_asides, future_before_aside
from briefgen.suggest.capital_months import CAPITAL_MONTHS
from briefgen.suggest.coming_days import coming_day
from briefgen.suggest.date_bounds import bounds_a_span, is_horizon, span_end_ahead
from briefgen.suggest.date_words import SEASON, WEEKDAY_WORD, ago_date, count_of, season_date, week_date, weekday_index
from briefgen.suggest.day_openings import opening_day_ahead
from briefgen.suggest.day_words import DAY_WORD, day_word_offset
from briefgen.suggest.finer_dates import finest_within
from briefgen.suggest.fixed_days import fixed_weekday_ahead
from briefgen.suggest.fixed_months import FIXED_FOR, OCCASION_MONTH, bare_month_ahead, fixed_months_yield
from briefgen.suggest.invitations import invited_to_come
from briefgen.suggest.joined_verbs import joined_to_a_plan
from briefgen.suggest.month_days import MONTH_DAY, month_day_date
from briefgen.suggest.month_tense import day_ahead, month_ahead
from briefgen.suggest.name_dates import in_a_name
from briefgen.suggest.news_counts import counted_from_the_news
from briefgen.suggest.overnight import dates_no_day
from briefgen.suggest.progressive_days import plan_split_by_day
from briefgen.suggest.recalled import recalled_years_aside
from briefgen.suggest.relative_asides import dates_outside_asides
from briefgen.suggest.report_year import in_report_year
from briefgen.suggest.reported_plans import plans_reported
from briefgen.suggest.same_year import points_back_at, year_pointed_back_to
from briefgen.suggest.spelled_dates import DAY_PATTERNS, PART_OF_MONTH, WEEKDAY_OF_WEEK, a_deadline, spelled_date
from briefgen.suggest.spelled_dates import NAMES as SPELLED
from briefgen.suggest.spelled_dates import RELATIVE as SPELLED_RELATIVE
from briefgen.suggest.tense import (
    fronted_future,
    future_subject,
    long_future_clause,
    progressive_clause,
    said_on_weekday,
    scheduled_clause,
    told_in_the_past,
)
from briefgen.suggest.tense import in_future_clause as in_future_clause  # drafts reads it from here
from briefgen.suggest.timed_against import dates_of_the_act
from briefgen.suggest.week_days import day_within_week
from briefgen.suggest.weekday_dates import weekdays_with_their_dates
from briefgen.suggest.weekday_years import year_of_the_day
from briefgen.suggest.with_phrases import main_clause_dates
from briefgen.text.dates import PartialDate, checked_date, shift_month
from briefgen.text.english import FULL_MONTH_PATTERN, MONTH_PATTERN, NUMBER_WORDS, month_number, words_pattern

_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:19\d\d|20\d\d)"
_M = rf"(?-i:{MONTH_PATTERN}|{CAPITAL_MONTHS})"  # "may revive" is not a month; "THURSDAY JULY 12" heads a day
_MONTH_LEADS = rf"in|on|since|by|until|during|from|this|{FIXED_FOR}|{OCCASION_MONTH}"  # "slated for November", "the June summit"

# Longer phrases first: "last week of this month" must win over "last week"; a stay of several days ("from 19-20 March
# 2022", "between 7 and 9 December 2024") is dated by its first day.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("day-range-month-year", rf"\b(?P<d>{_DAY})(?:\s*[-–]\s*|\s+(?:to|and)\s+){_DAY}\s+(?P<m>{_M}),?\s+(?P<y>{_YEAR})\b"),
        ("day-month-year", rf"\b(?P<d>{_DAY})\s+(?P<m>{_M}),?\s+(?P<y>{_YEAR})\b"),
        # "from September10 to 16, 2023": a day glued to its month, a stay closed by "to".
        ("month-day-year", rf"\b(?P<m>{_M})\s*(?P<d>{_DAY})(?:\s*[-–]\s*\d{{1,2}}|\s+(?:to|and)\s+\d{{1,2}})?,?\s+(?P<y>{_YEAR})\b"),
        ("week-of-month-year", rf"\b(?:first|last|second|third|fourth|final) week of (?P<m>{_M}),?\s+(?P<y>{_YEAR})\b"),
        *DAY_PATTERNS,  # "on May 28 this year", "on the 10th of February": the day, before the month with its year
        ("month-year", rf"\b(?P<m>{_M}),?\s+(?P<y>{_YEAR})\b"),
        ("month-relative-year", rf"\b(?P<m>{_M})(?: of)? (?P<rel>this|next|last|previous|the current|the coming) year\b"),
        PART_OF_MONTH,  # "in the first week of March"
        WEEKDAY_OF_WEEK,  # "on Tuesday last week"
        # "the last week of this month"; "at the beginning of the month" (this one: round 102's fresh sample)
        (
            "weeks-of-month",
            r"\b(?:(?:first|last|second|third|fourth|final) week|beginning|start|end|middle) of (?P<rel>this|next|last|the) month\b",
        ),
        ("relative-month", r"\b(?P<rel>this|next|last|coming) month\b"),
        ("relative-year", r"\b(?P<rel>(?:earlier|later) (?:this|in the)|this|next|last|coming|previous|the current|current) year\b"),
        ("in-weeks", rf"\bin (?P<n>a|{words_pattern(NUMBER_WORDS)}|\d+) weeks?(?:['’]s?)?(?: time)?\b"),
        # "in a couple of months", "after a month or two" (its first count), "in two months' time"; not "after two months of talks"
        # nor "the second (time) in a month"
        (
            "in-months",
            r"(?<!first )(?<!second )(?<!third )(?<!time )(?<!twice )(?<!once )"
            rf"\b(?:in|after) (?P<n>a couple of|a|{words_pattern(NUMBER_WORDS)}|\d+)(?: or \w+)? months?(?:['’]s?)?(?: time)?\b(?! of\b)",
        ),
        ("relative-week", r"\b(?P<rel>this|next|last|coming) week\b"),
        ("this-month-name", rf"\b(?P<rel>this|last|next|coming) (?P<m>{_M})(?![a-z])"),
        # "12-13 May"; "from 16 to 17 August" (the 16th), "to" only right after "from": "from July 9th to 15th July" is July 9th
        ("day-range-month", rf"(?:(?<=\bfrom\s)|(?={_DAY}\s*[-–]))\b(?P<d>{_DAY})(?:\s*[-–]\s*|\s+to\s+){_DAY}\s+(?P<m>{_M})(?![a-z])"),
        ("day-month", rf"\b(?P<d>{_DAY})\s+(?P<m>{_M})(?![a-z])"),
        ("month-day", rf"\b(?P<m>{_M})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\b(?!,?\s*\d{{4}})"),
        ("nth-day", MONTH_DAY),
        ("ago", rf"\b(?P<n>an?|{words_pattern(NUMBER_WORDS)}|\d+) (?P<u>days?|weeks?|months?|years?) ago\b"),
        ("day-word", rf"\b(?P<rel>{DAY_WORD})\b"),
        ("weekday", rf"\b(?:on |last |next |this |coming )?(?P<w>{WEEKDAY_WORD})\b"),
        ("season", SEASON),
        ("in-month", rf"\b(?:{_MONTH_LEADS}) (?:(?:early|mid|late)[- ])?(?-i:(?P<m>{FULL_MONTH_PATTERN}))\b"),
        ("year", rf"(?<![\w$.-])(?P<y>{_YEAR})(?![\w-])"),
    )
)


@dataclass(frozen=True)
class ResolvedDate:
    """A date for a statement and the words it was read from (None: the fallback)."""

    date: PartialDate
    phrase: str | None
    how: str  # "stated", "resolved against <date>", "publication date", …


# Dashes a range of days may be typed with besides the hyphen and the en dash the patterns know: the minus sign
# (Gazeta.uz's "15−16 September"), the figure dash, the hyphen characters.
_OTHER_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2212\ufe63\uff0d", "-"))


def _int(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _month_near(month: int, reference: dt.date, future: bool) -> int:
    """The year of the nearest ``month`` before (past) or after (future) the reference."""
    if future:
        return reference.year + (1 if month < reference.month else 0)
    return reference.year - (1 if month > reference.month else 0)


def _weekday_ahead(match: re.Match[str]) -> bool:
    """Whether a weekday lies ahead of the publication date, read from its own words and clause.

    News reports the past: "officials said on Thursday" in a Friday paper is the day before, whatever the rest
    of the sentence promises.  A weekday is ahead only when it says so ("next Thursday", "Thursday (tomorrow)"),
    the clause it ends is in the future tense ("will arrive on Thursday"), an occasion is fixed for it ("the talks,
    slated for Sunday,": :mod:`.fixed_days`), or it ends a span that is still running ("is in Riyadh until
    Saturday": the stay goes on, so its end is the coming Saturday; "stayed until Saturday" is over).
    """
    phrase = match.group(0).casefold()
    if phrase.startswith(("next", "coming")):
        return True
    if phrase.startswith("last"):
        return False
    text = match.string
    after = text[match.end() : match.end() + 14].casefold()
    if re.match(r"\s*\(?\s*tomorrow", after):
        return True
    span_end = span_end_ahead(text, match.start())
    if span_end is not None:
        return span_end
    start = match.start()
    ahead = in_future_clause(text, start) or scheduled_clause(text, start) or fronted_future(text, start, match.end())
    ahead = ahead or future_before_aside(text, start) or future_across_asides(text, start)  # "will visit X, the subject …, on"
    ahead = ahead or long_future_clause(text, start)  # "will be accorded a welcome at the … Complex in Putrajaya on Tuesday"
    ahead = ahead or opening_day_ahead(text, start, match.end())  # "On Sunday afternoon, the president will watch …"
    ahead = ahead or invited_to_come(text, start)  # "has invited the premier to a dinner on Tuesday"
    ahead = ahead or progressive_clause(text, start) or plan_split_by_day(text, start, match.end())  # "is traveling … on Sunday"
    ahead = ahead or joined_to_a_plan(text, start) or fixed_weekday_ahead(text, start)  # "…, and give a speech on Monday"
    return ahead or future_subject(text, start, match.end())  # "talks on Tuesday will focus on trade": the coming one


def _said_day(match: re.Match[str], reference: dt.date) -> dt.date:
    """The day after the past weekday the words were said on, for a weekday in a "would" or "will" clause; else the reference."""
    said = said_on_weekday(match.string, match.start())
    if said is None:
        return reference
    days_back = (reference.weekday() - said) % 7  # the said weekday on or before the reference
    return reference - dt.timedelta(days=days_back - 1)


def _resolve(name: str, match: re.Match[str], reference: dt.date | None, ref_year: int | None, future: bool) -> PartialDate | None:
    groups = match.groupdict()
    month = month_number(groups["m"]) if groups.get("m") else None
    future = future and not told_in_the_past(match.string, match.start(), match.end())  # "In May, X announced it would …"
    same_year = year_pointed_back_to(match.string, match.start(), match.end()) if month else None
    if same_year is not None and name in {"in-month", "day-month", "month-day", "day-range-month", "day-of-month", "part-of-month"}:
        return checked_date(same_year, month, _int(groups["d"]) if groups.get("d") else None)  # "in October the same year"
    if name in SPELLED:
        ahead = (day_ahead if name == "day-of-month" else month_ahead)(match.string, match.start(), future)
        month_year = ref_year if reference is None else (_month_near(month, reference, ahead) if month else None)
        return spelled_date(name, match, reference, ref_year, month_year)
    if name in {"day-range-month-year", "day-month-year", "month-day-year"} and month:
        return checked_date(_int(groups["y"]), month, _int(groups["d"]))
    if name in {"month-year", "week-of-month-year"} and month:
        return checked_date(_int(groups["y"]), month)
    if name == "year":
        return checked_date(_int(groups["y"]))
    if reference is None:
        if name in {"day-month", "month-day", "day-range-month"} and month and ref_year:
            return checked_date(ref_year, month, _int(groups["d"]))
        if name in {"in-month", "this-month-name"} and month and ref_year:
            return checked_date(ref_year, month)
        if name == "relative-year" and ref_year and groups["rel"].casefold().endswith(("this", "in the")):
            return checked_date(ref_year)
        return None
    rel = (groups.get("rel") or "").casefold()
    if name in {"weeks-of-month", "relative-month"}:
        delta = {"this": 0, "the": 0, "next": 1, "coming": 1, "last": -1}[rel]
        year, month_ = shift_month(reference.year, reference.month, delta)
        return checked_date(year, month_)
    if name == "relative-year":
        delta = {"next": 1, "coming": 1, "last": -1, "previous": -1}.get(rel, 0)
        return checked_date(reference.year + delta)
    if name == "month-relative-year" and month:
        delta = {"next": 1, "the coming": 1, "last": -1, "previous": -1}.get(rel, 0)
        return checked_date(reference.year + delta, month)
    if name == "in-weeks":
        later = reference + dt.timedelta(weeks=count_of(groups["n"]))
        return checked_date(later.year, later.month)
    if name == "in-months" and future:  # a time ahead; in a past sentence, "in two months" is how long something took
        return checked_date(*shift_month(reference.year, reference.month, count_of(groups["n"])))
    if name == "relative-week":
        return week_date(reference, {"this": 0, "next": 1, "coming": 1, "last": -1}[rel])
    if name == "season":
        return season_date(reference)
    if name == "this-month-name" and month:
        if rel == "this":
            return checked_date(reference.year, month)
        return checked_date(_month_near(month, reference, rel in {"next", "coming"}), month)
    if name in {"day-month", "month-day", "day-range-month"} and month:
        number = _int(groups["d"])
        ahead = day_ahead(match.string, match.start(), future) or coming_day(match.string, match.start(), reference, month, number)
        return checked_date(year_of_the_day(match, reference, month, number, _month_near(month, reference, ahead)), month, number)
    if name == "in-month" and month:  # "already signed … in October" looks back even in a plan (:mod:`month_tense`)
        return checked_date(_month_near(month, reference, bare_month_ahead(match, reference, future)), month)  # "the June summit"
    if name == "ago":
        return ago_date(reference, count_of(groups["n"]), groups["u"])
    if name == "nth-day":
        return month_day_date(_int(groups["d"]), reference)
    if name == "day-word":
        day = reference + dt.timedelta(days=day_word_offset(rel))  # "hours ago", "today": the day of publication
        return PartialDate.from_date(day)
    if name == "weekday":
        target = weekday_index(groups["w"])
        if target is None:
            return None
        step = 1 if _weekday_ahead(match) else -1
        phrase = match.group(0).casefold()
        day = _said_day(match, reference) if step == 1 else reference
        if phrase.startswith(("next", "coming")):
            day = reference + dt.timedelta(days=1)
        elif phrase.startswith("last"):
            day = reference - dt.timedelta(days=1)  # "last Thursday" in a Thursday paper is a week ago
        while day.weekday() != target:
            day += dt.timedelta(days=step)
        return PartialDate.from_date(day)
    return None


def _previous_of_a_stated_year(name: str, match: re.Match[str]) -> bool:
    """ "in 2023, up 20% on the previous year": the year before 2023, not the year before the day of writing."""
    if name not in {"relative-year", "month-relative-year"} or (match.group("rel") or "").casefold() != "previous":
        return False
    return bool(re.search(rf"(?<![\w$.-]){_YEAR}(?![\w-])", match.string))


def dated_phrases(
    text: str, reference: dt.date | None, *, future: bool, ref_year: int | None = None
) -> list[tuple[int, int, PartialDate, str]]:
    """Every date the text states, resolved, in order: (start, end, date, phrase); a horizon year dates nothing."""
    claimed: list[tuple[int, int]] = []
    found: list[tuple[int, int, PartialDate, str]] = []
    scanned = text.translate(_OTHER_DASHES)  # "15−16 September" with a minus sign: one character for one, offsets kept
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(scanned):
            start, end = match.span()
            if any(start < b and a < end for a, b in claimed):
                continue
            claimed.append((start, end))
            if (name == "year" and (is_horizon(text, start, end) or points_back_at(text, start))) or in_a_name(
                name, match.group(0).strip(), text, start
            ):
                continue
            if _previous_of_a_stated_year(name, match) or (name == "day-word" and dates_no_day(text, start, end)):
                continue
            if a_deadline(name, text, start):
                continue
            date = _resolve(name, match, reference, ref_year or (reference.year if reference else None), future)
            if date is not None:
                found.append((start, end, date, text[start:end].strip()))
    return weekdays_with_their_dates(text, sorted(found, key=lambda item: item[0]))  # "Tuesday, September 2": one day


def find_date(
    text: str,
    reference: dt.date | None,
    *,
    future: bool,
    ref_year: int | None = None,
    start_at: int = 0,
    event: bool = False,
) -> tuple[PartialDate, str] | None:
    """The first date the text states (at or after ``start_at``), resolved; the phrase it came from.

    With ``future`` (a plan), the first date after the reference wins over an
    earlier one that only dates the announcement.  A year that is a target's horizon
    ("by 2030", "the 2030 deadline") dates nothing.  For an ``event`` (a past act),
    a date in a future clause dates a plan the sentence mentions, not the act.
    """
    found = [(start, date, phrase) for start, _, date, phrase in dated_phrases(text, reference, future=future, ref_year=ref_year)]
    found = fixed_months_yield([item for item in found if item[0] >= start_at])  # "on Monday agreed … summit slated for May"
    found = main_clause_dates(text, found)  # "ordered in January 2024, with delivery expected in 2026": January 2024
    found = dates_of_the_act(text, found)  # "from Monday through Sunday … in the run-up to the G7 summit in May": Monday
    found = dates_outside_asides(text, found)  # "Putin, who was sworn in a month ago, is expected … on Wednesday": Wednesday
    found = plans_reported(text, found, reference)  # "said yesterday that he hoped to meet Johnson next week": next week
    if event and not future:
        # "signed the agreements, which will be implemented from next month": the date of the plan in the
        # relative clause is not the day of the signing the sentence reports.
        found = [item for item in found if not in_future_clause(text, item[0])]
    if not found:
        return None
    events = [item for item in found if not bounds_a_span(text, item[0])]
    # "Since August 2015, … in February 2022": the span's start dates no event when another date does; nor does its
    # end: "arrived on Wednesday for a visit until Friday" is Wednesday.
    if not events and reference is None and relative_phrase(text) is not None:
        return None  # "on Tuesday signed …, the first since the treaty of 1996": the act is Tuesday's, not the recalled year's
    found = (events or found) if future else recalled_years_aside(text, events or found)  # a plan's years are its schedule
    found = day_within_week(text, found, reference)  # "embarked this week on … and on Thursday, the two sides issued"
    if future and reference is not None:
        # A plan is dated by when it is due, not by the day it was announced:
        # "on Monday expressed his willingness to visit Islamabad this April" is April; and a day the plan's own future
        # clause names dates it, printed before, on or after that day: "announced on Tuesday that he will visit between
        # December 7 and 9" is the 7th.
        # "is holding a state banquet on Sunday evening before the two presidents travel on Monday" (a Sunday page): the
        # day of an arrangement told in the progressive is the plan's own, today's as much as a coming one.
        ahead = [
            item for item in found if item[1].first_day > reference or in_future_clause(text, item[0]) or progressive_clause(text, item[0])
        ]
        if ahead:
            return finest_within(ahead)[1:]  # "the 2024 Summit, which will take place between Wednesday and Friday"
    if not future and found[0][1].month is None and not re.search(r"\d", found[0][2]):
        return finest_within(found)[1:]  # "visited France last year to celebrate Bastille Day in July": July of last year
    return found[0][1], found[0][2]


# A day counted from another day ("the next day", "the day before", "two days later"), not from the day of writing.
_ANCHORED = re.compile(
    r"\b(?:the\s+(?:next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+(?:before|after|earlier)|"
    rf"(?:a|one|{words_pattern(NUMBER_WORDS)}|\d+)\s+(?:days?|weeks?)\s+(?:earlier|later|before|after)|the\s+eve\s+of)\b",
    re.IGNORECASE,
)

# An act the story reports as just done: "has arrived", "have signed".  News of the day, so the day of publication.
_JUST_DONE = re.compile(
    r"\b(?:has|have)\s+(?:just\s+|now\s+)?(?:arrived|landed|signed|inked|inaugurated|opened|launched|concluded|reached|agreed)\b",
    re.IGNORECASE,
)


def resolve_date(
    text: str,
    published: dt.date | None,
    *,
    future: bool,
    kind: str,
    ref_year: int | None,
    spoken: dt.date | None = None,
    stated_day: dt.date | None = None,
) -> ResolvedDate | None:
    """A date for a statement: the one it states, else the publication date at a fitting precision.

    ``spoken``: the day the words were said, when the text is a quotation of
    an earlier day ("from yesterday" in remarks made on Friday is Thursday);
    relative phrases are resolved against it instead of the publication date.
    ``stated_day``: for a source with no publication date, the full date its
    lede states ("arrived on May 8, 2025"): "on Wednesday" and "last met in
    November" are read against it (the Wednesday before, the November before),
    not against the first year the article names, and still marked for checking.
    """
    reference = spoken or published or stated_day
    stated = find_date(text, reference, future=future, ref_year=ref_year, event=kind == "event")
    counted = counted_from_the_news(text, published) if spoken is None else None
    if counted is not None and (stated is None or stated[0].day is None):
        # "His visit comes two days after India slammed …": the count is from the news, the day of writing.
        how = f'"{counted[1]}" counts back from the news, the day of writing ({published}): check the day'
        return ResolvedDate(counted[0], counted[1], how)
    anchored = _ANCHORED.search(text)
    if anchored is not None and (stated is None or (stated[0].day is not None and anchored.start() < text.find(stated[1]))):
        # "the next day", "two days later": counted from a day the sentence does not give, or gives as the anchor
        # ("the day after the summit on 5 May"): never a day, only the month it falls in.  A day stated first
        # ("met on Thursday, a day after the talks") is the sentence's own.
        base = stated[0] if stated is not None else (PartialDate.from_date(reference) if reference is not None else None)
        if base is not None and base.month is not None:
            how = f'"{anchored.group(0)}" counts from another day: only the month is certain, check the day'
            return ResolvedDate(PartialDate(base.year, base.month), anchored.group(0), how)
    if stated is not None:
        date, phrase = stated
        explicit = bool(re.search(r"\d{4}", phrase))
        if explicit:
            how = "stated"
        elif spoken is not None and published is not None and spoken != published:
            how = f"resolved against {spoken.isoformat()}, the day the quoted words were said or the copy's dateline names"
            date = in_report_year(date, spoken, published)
        elif published is not None:
            how = f"resolved against {published.isoformat()}"
        elif stated_day is not None:
            how = (
                f"resolved against {stated_day.isoformat()}, the day the lede states; unresolved until the source has a "
                "publication date, check it"
            )
        else:
            how = f"unresolved: the source has no publication date; the year ({ref_year}) is the first the article mentions, check it"
        return ResolvedDate(date, phrase, how)
    if published is not None:
        if kind == "event" and _JUST_DONE.search(text):
            return ResolvedDate(
                PartialDate.from_date(published), None, "the publication date (reported as just done, no date in the sentence)"
            )
        if kind in {"event", "plan"}:
            return ResolvedDate(PartialDate(published.year, published.month), None, "the month of publication (no date in the sentence)")
        return ResolvedDate(PartialDate.from_date(published), None, "the publication date (no date in the sentence)")
    if ref_year is not None:
        relative = relative_phrase(text)
        if relative is not None:
            return ResolvedDate(
                PartialDate(ref_year),
                None,
                f'unresolved: "{relative}" cannot be dated, the source has no publication date; the year ({ref_year}) '
                "is only the first the article mentions, so correct it",
            )
        return ResolvedDate(PartialDate(ref_year), None, "the first year the article mentions (it states no publication date)")
    return None


_RELATIVE_KINDS = (
    SPELLED_RELATIVE
    | frozenset(["ago", "nth-day", "weeks-of-month", "relative-month", "relative-year", "in-weeks", "in-months", "relative-week"])
    | frozenset(["day-word", "weekday", "season"])
)


def relative_phrase(text: str) -> str | None:
    """The first phrase that dates relative to the day of writing ("on Monday", "next month"), if any."""
    found = [
        (m.start(), m.group(0).strip())
        for name, pattern in _PATTERNS
        if name in _RELATIVE_KINDS
        for m in pattern.finditer(text)
        if not (name == "day-word" and dates_no_day(text, *m.span())) and not ("w" in m.groupdict() and weekday_index(m["w"]) is None)
    ]
    return min(found)[1] if found else None
