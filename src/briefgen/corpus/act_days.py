"""One act told on two days: "held talks on Tuesday, September 3" against "a meeting on Tuesday, September 2".

The date check lets the facts of one event differ by up to a week, because a
visit spans days: one outlet dates the arrival, another the signing.  A
single act does not span days.  Talks held, a meeting, a signing or a remark
happen once; when two outlets report that act, each naming it and the day it
happened, and the days differ, one of them is wrong.

Only what a quote pins down is read, so that the days of a visit never meet
here:

* the quote names the act in the past (talks held, a "delegation-level"
  meeting, met, "was hosted by", signed, said), not a plan ("will meet",
  "is to sign"), not a span ("until Friday") and not a visit or stay; a
  plan told in a remark dated by its verb ("will cross the target, Modi
  said on Friday") gives the remark's day, the one act it reports done;
* the quote names exactly one day (a weekday, a date, "today", "earlier in
  the morning"), so the day is the act's; a weekday is read as the one on or
  before the fact's date (the act is reported after it happened);
* both quotes name the same kind of act, a capitalised name in common (the
  parties), and days at most :data:`DAYS_OF_ONE_VISIT` apart (further apart
  are two occasions, or a month the date check already compares); a draft
  that names its parties only as "the two leaders" meets a quote that names
  two people with a title (:func:`_pair_met`).

:func:`act_day_discrepancies` reports such an event (or one figure linked
across outlets) once, with every fact that dates the act in dispute; two
reports that give one party's act two days are proposed as one event for
that alone (:func:`one_party_told_on_two_days`), as worded apart as they are.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from briefgen.corpus.discrepancies import DAYS_OF_ONE_VISIT, Discrepancy
from briefgen.corpus.models import Fact
from briefgen.text.dates import date_of, spelled_day
from briefgen.text.english import FULL_MONTH_PATTERN, FULL_WEEKDAY_PATTERN, MONTH_NAMES, WEEKDAY_NAMES, weekday_number

_MO = rf"(?:{FULL_MONTH_PATTERN})"
_DAY_NUMBER = r"[0-3]?[0-9](?:st|nd|rd|th)?"
#: A day a quote names: a weekday (with its date, if given), a date, or the day of the report itself.
_DAY = re.compile(
    rf"\b(?P<weekday>{FULL_WEEKDAY_PATTERN})\b(?:,?\s+(?P<md1>{_MO}\s+{_DAY_NUMBER}|{_DAY_NUMBER}\s+{_MO}))?"
    rf"|\b(?P<md2>{_MO}\s+{_DAY_NUMBER}|{_DAY_NUMBER}\s+{_MO})\b"
    r"|\b(?P<today>today|this morning|earlier in the (?:morning|day))\b"
)
#: The kinds of act that happen once, as a past report names them.
_ACTS = {
    "talks": re.compile(
        r"\b(?:held|had)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|meetings)\b|\bmet\b|\bwith\s+a\s+meeting\s+with\b"
        r"|\bwas\s+hosted\s+by\b"
    ),
    "signing": re.compile(r"\bsigned\b"),
    "remark": re.compile(r"\b(?:said|told)\b"),
}
#: Words without which a quote names none of the acts (a look for each is cheaper than the patterns).
_CUES = ("said", "told", "met", "talks", "meeting", "signed", "hosted")
#: A quote that speaks of more than one day (a span) names no single act's day.
_SPAN = re.compile(r"\b(?:until|till)\b|\bfrom\s+\S+\s+(?:to|until)\b", re.IGNORECASE)
#: A quote that also looks ahead may name the day of what is due, not of the act; what a remark says
#: may look ahead ("will cross the target", said on Friday) while the remark's day is its own.
_AHEAD = re.compile(r"\b(?:will|would|is to|are to|set to|expected to|scheduled|due to|plans? to)\b", re.IGNORECASE)
#: Capitalised words that name no party: titles, calendar words, sentence openers.
_NO_PARTY = frozenset(
    {"The", "On", "In", "At", "He", "She", "They", "It", "This", "That", "A", "An", "Mr", "Ms", "Mrs", "Dr"}
    | {"President", "Prime", "Minister", "Foreign", "Chinese", "Premier", "King", "Chancellor", "Secretary", "Vice", "State", "PM"}
    | set(WEEKDAY_NAMES + MONTH_NAMES)
)
_NAME = re.compile(r"\b[A-Z][\w'’-]+")
#: A person named with an office: the title news sets before a name ("Chinese Premier Li Keqiang", "King Abdullah"), the
#: office abbreviated too ("his Chinese counterpart PM Li Qiang": the premier met, not the president met the next day).
_TITLED = re.compile(
    r"\b(?:President|Premier|Minister|King|Queen|Emperor|Empress|Chancellor|Secretary|Prince|Emir|Sultan|Pope|Governor|Mayor"
    r"|Ambassador|PM)"
    r"\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
)
#: A person named after an office of a body, the name set off by a comma ("the General Secretary of the Communist
#: Party, Tô Lâm", "Secretary-General of the United Nations, António Guterres"): two to four capitalised words, no
#: honorific or abbreviation ("the President of the Republic of Korea, Mr." names no one yet).
_TITLED_OF = re.compile(
    r"\b(?:Secretary|President|Chairman|Chairwoman|Chair|Head|Leader|Director)(?:-General)?\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and)\s+)*[A-Z][\w'’-]*){0,6},\s+"
    r"(?!(?:Mr|Mrs|Ms|Dr|His|Her|Chairman|Secretary|President|Minister|Deputy)\b)(?P<name>[A-Z][a-zà-ỹ'’-]+(?:\s+[A-Z][a-zà-ỹ'’-]+){1,3})\b(?!\.)"
)
_POSSESSIVE = re.compile(r"['’]s$")
#: The parties of a meeting named only as a pair the article introduced before ("The two leaders met on Wednesday").
_THE_TWO = re.compile(r"\b[Tt]he two (?:leaders|sides|presidents|premiers|ministers|heads of state|delegations)\b")
_NAME_RUN = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_TRAILING_RUN = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")
#: What may stand between a speaker's name and "said": "Modi on Thursday said", "Macron had said".
_BEFORE_VERB = re.compile(rf"(?:\s|,|\b(?:on|had|has|also|today|{FULL_WEEKDAY_PATTERN})\b)+$")
#: A remark given in an interview ("Mr Yoon said in a written interview with international media on Wednesday") is
#: another act than what the speaker says in talks or before the press the next day: its own kind, compared only with
#: an interview.
_INTERVIEW = re.compile(r"\b[Ii]n\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?interview\b")
#: A remark dated by the words beside its verb: "said on Friday", "said Tuesday", "on Thursday said".  A plan's quote
#: may date both what is due and the remark that told it; only a day written against the verb is the remark's.
_REMARK_DAY = re.compile(
    rf"\b(?:said|told)\s+(?:on\s+)?(?P<after>{FULL_WEEKDAY_PATTERN})\b|\b(?P<before>{FULL_WEEKDAY_PATTERN})\s+(?:said|told)\b"
)


@dataclass(frozen=True)
class ActDay:
    """The day a quote gives one act of a kind."""

    act: str
    day: dt.date
    names: frozenset[str]
    #: The name words of each person the quote names with a title (parties of a meeting or a signing only).
    titled: tuple[frozenset[str], ...] = ()
    #: Whether the quote names its parties only as a pair the article named before ("The two leaders met on
    #: Wednesday") and nothing else gives their names (a draft has no entities).
    pair_unnamed: bool = False

    def __str__(self) -> str:
        return f"{self.act} on {spelled_day(self.day)}"


def _month_day(text: str, year: int) -> dt.date | None:
    parts = text.replace(",", " ").split()
    month_word, day_text = (parts[0], parts[1]) if parts[0][0].isalpha() else (parts[1], parts[0])
    return date_of(year, month_word, day_text)


def _stated_day(found: re.Match[str], date: dt.date) -> dt.date | None:
    """The day one matched phrase names, read against the fact's date."""
    stated = found.group("md1") or found.group("md2")
    if stated:
        return _month_day(stated, date.year)
    if found.group("weekday"):
        return _weekday_on_or_before(found.group("weekday"), date)
    return date


def _weekday_on_or_before(name: str, date: dt.date) -> dt.date:
    """The named weekday on or before ``date``: an act reported after it happened ("met on Tuesday")."""
    return date - dt.timedelta(days=(date.weekday() - weekday_number(name)) % 7)


def _speaker(quote: str) -> frozenset[str]:
    """The names of who made a remark: the names just before "said" ("spokesman Ned Price said Tuesday"), or, when
    an aside stands between ("Macron, in India on a visit, said"), the names the sentence opens with.

    Two remarks of one day's reports by two speakers are two acts; only one speaker's remark is dated twice.
    """
    verb = _ACTS["remark"].search(quote)
    assert verb is not None
    before = quote[: verb.start()]
    while (trimmed := _BEFORE_VERB.sub("", before)) != before:
        before = trimmed
    run = _TRAILING_RUN.search(before) or _NAME_RUN.search(quote)
    return frozenset(_NAME.findall(run.group(0))) if run else frozenset()


def act_day(fact: Fact) -> ActDay | None:
    """The single act a fact's quote reports and the one day it names for it; None if it names no such pair."""
    if fact.date.day is None:
        return None
    quote = fact.quote
    if not any(cue in quote for cue in _CUES):  # most quotes: skip the patterns
        return None
    if fact.kind == "plan":
        return _remark_of_plan(fact)
    acts = [name for name, pattern in _ACTS.items() if pattern.search(quote)]
    if len(acts) != 1 or _SPAN.search(quote) or (acts[0] != "remark" and _AHEAD.search(quote)):
        return None
    days = {_stated_day(found, fact.date.first_day) for found in _DAY.finditer(quote)}
    if len(days) != 1:
        return None
    (day,) = days
    if day is None:
        return None
    if acts[0] == "remark":
        return ActDay(_remark_kind(quote), day, _speaker(quote) - _NO_PARTY)
    names = _bare(_NAME.findall(quote)) - _NO_PARTY
    pair_unnamed = False
    if not names and _THE_TWO.search(quote):  # the pair the article named before: the fact's entities
        names = _bare(" ".join(fact.entities).split()) - _NO_PARTY
        pair_unnamed = not names
    return ActDay(acts[0], day, names, _titled_people(quote), pair_unnamed)


def _remark_of_plan(fact: Fact) -> ActDay | None:
    """The remark a plan was told in, when the quote dates the remark by its verb.

    "India and Russia will cross the $100 billion bilateral trade target much before the appointed 2030
    deadline, Prime Minister Narendra said on Friday" plans the crossing, but the remark was made, on
    Friday; "Oskaro will meet Marden on Thursday, the ministry said" dates only the meeting due.
    """
    if len(found := _REMARK_DAY.findall(fact.quote)) != 1:
        return None
    day = _weekday_on_or_before(found[0][0] or found[0][1], fact.date.first_day)
    return ActDay(_remark_kind(fact.quote), day, _speaker(fact.quote) - _NO_PARTY)


def _remark_kind(quote: str) -> str:
    """A remark's kind of act: "interview" when the quote says it was given in one, else "remark"."""
    return "interview" if _INTERVIEW.search(quote) else "remark"


def _bare(words: list[str]) -> frozenset[str]:
    """Name words without a possessive ending: "Xi's" names Xi."""
    return frozenset(_POSSESSIVE.sub("", word) for word in words)


def _titled_people(quote: str) -> tuple[frozenset[str], ...]:
    """The name words of each person a quote names after a title (calendar words and further titles dropped)."""
    found = [*_TITLED.finditer(quote), *_TITLED_OF.finditer(quote)]
    people = (_bare(name.group("name").split()) - _NO_PARTY for name in found)
    return tuple(person for person in people if person)


def _names_someone_unnamed_by(a: ActDay, b: ActDay) -> bool:
    """Whether ``a`` names, with a title, a person ``b`` does not name by any word of their name."""
    return any(person.isdisjoint(b.names) for person in a.titled)


def _other_parties(a: ActDay, b: ActDay) -> bool:
    """Two meetings (or signings) of one party with two others: each quote names a titled person the other never names.

    News names the parties of a meeting by office and name ("Prime Minister Ana Lis met Chinese Premier Li"); a
    visitor who meets a president one day and a premier the next shares a name with both reports, yet the host each
    names with a title is absent from the other.  One meeting told twice names its host in both, or with no title
    in one ("Lis and Xi met on Tuesday" against "Lis met President Xi on Wednesday" is one meeting, two days).
    """
    return _names_someone_unnamed_by(a, b) and _names_someone_unnamed_by(b, a)


def _pair_met(a: ActDay, b: ActDay) -> bool:
    """Whether one act's parties are "the two leaders", unnamed, and the other's two people named with a title.

    A drafted "The two leaders met on Wednesday" (Daily Pakistan, intake_final44) names no one and carries no
    entities, yet it is the meeting TechJuice reports as "Prime Minister Shehbaz Sharif and President Xi Jinping
    met earlier today": one meeting of two, named in one report and not in the other.  A report that names one
    person, or three, is not read as the same pair.
    """
    return (a.pair_unnamed and len(b.titled) == 2) or (b.pair_unnamed and len(a.titled) == 2)


def acts_clash(a: ActDay, b: ActDay) -> bool:
    """One kind of act, a party in common (or an unnamed pair and its two named people) and none apart, different
    days no more than a week apart."""
    return (
        a.act == b.act
        and a.day != b.day
        and abs((a.day - b.day).days) <= DAYS_OF_ONE_VISIT
        and (bool(a.names & b.names) or _pair_met(a, b))
        and not _other_parties(a, b)
    )


def one_party_told_on_two_days(a: ActDay, b: ActDay, said_alike: bool) -> bool:
    """Whether two reports give one party's act two days, the party named in both: what proposes them together.

    Reports that date one act differently are seldom worded alike ("He started his official visit on Tuesday,
    September 2, with a meeting with President Xi Jinping" and "On Tuesday, September 3, 2024, Chinese President
    Xi Jinping held talks with Nigerian President Tinubu"), so no link joined them and no conflict was shown.
    :func:`acts_clash` asks only a name in common, which may be the city ("Foreign Minister Wang Yi met with
    counterparts from Yemen and Sudan in Beijing" against "Xi held talks with Sisi ... in Beijing"): to be
    proposed for the clash alone, the name in common must be a party's, a person either quote names with a
    title.  A remark is one speaker's, and a speaker makes many: two remarks are one only if what was said
    shares a word besides names and figures (``said_alike``: "we want to be your (partner) in Europe" and
    "France wants to be India's best partner in Europe"; not "an increasing need for Korea and Japan to
    co-operate", said in a written interview, and "South Korea and Japan should work together", said the next day).
    """
    if not acts_clash(a, b):
        return False
    if a.act in ("remark", "interview"):
        return said_alike
    if _pair_met(a, b):
        return True
    shared = a.names & b.names
    return any(not person.isdisjoint(shared) for person in a.titled + b.titled)


def acts_told_differently(a: Fact, b: Fact) -> bool:
    """Whether two facts of different sources give one act two days (the pair a reader sees in conflict)."""
    if a.source == b.source:
        return False
    x, y = act_day(a), act_day(b)
    return x is not None and y is not None and acts_clash(x, y)


def act_day_discrepancies(facts: list[Fact]) -> list[Discrepancy]:
    """The events (and linked figures) whose facts from different sources give one act two days: once per event and
    kind of act.  A figure linked across outlets is one statement of it: "Modi on Thursday said" the $100 billion
    target would be passed early, and "Narendra said on Friday" it, date one remark twice."""
    groups: dict[tuple[str, str], list[tuple[Fact, ActDay]]] = defaultdict(list)
    for fact in facts:
        keys = [k for k in (fact.event, fact.value.metric if fact.value is not None else None) if k]
        told = act_day(fact) if keys else None
        if told is not None:
            for key in keys:
                groups[(key, told.act)].append((fact, told))
    found = []
    reported: set[frozenset[str]] = set()
    for (event, _), members in sorted(groups.items()):
        clashing = {
            f.id
            for i, (a, x) in enumerate(members)
            for b, y in members[i + 1 :]
            if a.source != b.source and acts_clash(x, y)
            for f in (a, b)
        }
        if clashing and frozenset(clashing) not in reported:  # an event and a figure may join the same facts
            reported.add(frozenset(clashing))
            kept = [(f, d) for f, d in members if f.id in clashing]
            found.append(
                Discrepancy(kind="day", key=event, fact_ids=tuple(f.id for f, _ in kept), statements=tuple(str(d) for _, d in kept))
            )
    return found
