"""The tense of the clause a date sits in: a plan's date lies ahead of the day of writing, a report's behind.

News reports the past, so a bare weekday ("on Thursday") in a Friday paper is
the day before.  The clause around it can say otherwise: a future verb ("will
arrive on Thursday"), a plan in the present tense ("is slated to speak on
Saturday", "is arranging to visit … on Sunday"), or an act of the story's own
schedule told in the present ("the three-day visit concludes on Saturday",
"arrives in Hanoi on Sunday").  A past verb ("arrived on Thursday", "said on
Thursday") keeps the day behind.  ``suggest.dates`` asks these questions.
"""

from __future__ import annotations

import re

from briefgen.suggest.bracket_glosses import without_glosses
from briefgen.suggest.inner_stops import without_inner_stops
from briefgen.suggest.list_commas import without_list_commas
from briefgen.suggest.place_commas import without_place_comma
from briefgen.suggest.programmes import programme_subject, programme_told
from briefgen.suggest.progressive_days import progressive_act
from briefgen.suggest.scare_quotes import without_scare_quotes
from briefgen.text.english import IRREGULAR_PASTS, WEEKDAY_WORDS_PATTERN, weekday_number

# Words that put the clause before a date in the future: "will arrive on Thursday".  "Due to" before a verb is a
# schedule ("was due to visit"); before an article, a possessive or a name it gives a cause ("cancelled due to his
# helicopter crash on May 19"), and the date after it is as far back as the act it explains.
_FUTURE_CLAUSE = re.compile(
    r"\b(?:will|shall|is to|are to|is set to|are set to|is scheduled|are scheduled|scheduled|is expected|are expected|is due|are due|"
    r"would|is going to|are going to|(?<=\w)['’](?:s|re) going to|plans? to|"  # "it’s going to happen on Thursday"
    r"due to(?!\s+(?:the|a|an|his|her|its|their|our|your|my|this|that|these|those|which|such|(?-i:[A-Z])|\d)\b))\b",
    re.IGNORECASE,
)
_PAST_AFTER_FUTURE = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)
# A colon inside a clock time ("at 10:00am on Wednesday") breaks no clause.
# The reporting words break a clause only in small letters: a capital "Said" mid-sentence is a name ("will hold his first
# meeting with Sultan Haitham bin Tariq Al Said on Tuesday"), and a sentence's first word follows a full stop anyway.
CLAUSE_BREAK = re.compile(r"[,;.()\u201c\u201d\"]|:(?!\d)|\b(?-i:said|says|told|added|stated|announced|reported|that)\b", re.IGNORECASE)

# A plan told in the present tense: "is slated to", "is billed to", "are arranging to", "is poised to"; or its day fixed for it in the
# present: "His diplomatic engagements are slated for Monday", "the vote is set for Thursday".
_PLANNED = re.compile(
    r"\b(?:is|are|'s)\s+(?:also\s+|now\s+|then\s+)?(?:slated|billed|poised|arranging|planning|preparing|set|scheduled|expected|due)\s+to\b"
    r"|\b(?:is|are|'s)\s+(?:also\s+|now\s+|then\s+)?(?:slated|set|scheduled|planned|fixed)\s+for\b",
    re.IGNORECASE,
)
# An act of the story's schedule told in the present: "the visit concludes on Saturday", "leaves for Tokyo on Sunday".
_SCHEDULED_PRESENT = re.compile(
    # "heads of state" and "heads of government" are people, no act: "On Friday, Chavez and 11 heads of state attended"
    r"\b(?:concludes|ends|begins|commences|starts|opens|closes|arrives|leaves|departs|visits|travels|heads(?!\s+of\b)|returns|"
    r"flies|wraps\s+up|"
    r"kicks\s+off|proceeds|resumes|moves\s+on)\b",
    re.IGNORECASE,
)
# The same acts told of a plural subject ("The Reagans arrive Saturday night", "the president and first lady fly to
# Rome"): the bare verb is a schedule only after a family's name, "they" or a pair joined by "and" (after "to", a
# modal or "did" the bare verb is no present, and those are read on their own).
_PLURAL_SCHEDULED = re.compile(
    r"(?:\b(?i:they)|\b[A-Z][a-z]+s|\b(?i:and)\s+(?:(?i:the)\s+)?(?:(?i:first\s+lady)|[A-Z][a-z]+))\s+(?:(?i:also|then)\s+)?"
    r"(?i:arrive|depart|leave|fly|travel|return|head|begin|conclude|wrap\s+up)\b"
)
# A present that mirrors its main clause's tense: a photo caption's "shake hands as the guest arrives … on Thursday".
_AS_THEN = re.compile(r"\b(?:as|while|when|whenever)\b", re.IGNORECASE)
# A past or perfect verb after the plan governs the date: "is expected to sign the deal it drafted on Monday".
_PAST_VERB = re.compile(r"\b(?:was|were|had|has|have|did|(?-i:[a-z]{2,}[^e\W]ed))\b", re.IGNORECASE)
# A phrase put before the subject ("Before proceeding to the coast guard on Saturday, Kishida will …").
_FRONTED = re.compile(r"^\s*(?:before|after|following|upon|on|ahead\s+of|prior\s+to|while|when)\b", re.IGNORECASE)


# A party's or a body's initials in brackets after its name: "the Workers' Party (PT) leader".
_INITIALS = re.compile(r"\((?-i:[A-Z][A-Za-z0-9&.-]{0,7})\)")


def without_initials(text: str) -> str:
    """``text`` with each name's initials in brackets blanked, every other character where it was.

    "On Wednesday, the Workers' Party (PT) leader is to take part in the forum":
    the bracket only spells a name short and closes no clause, so the clause
    still reaches "is to take part", and the Wednesday is the coming one.
    """
    return _INITIALS.sub(lambda initials: " " * len(initials.group(0)), text)


def _last_future(text: str, start: int, reach: int) -> tuple[str, re.Match[str] | None]:
    """The clause ending at ``text[start]``, read at most ``reach`` characters back, and its last future verb."""
    # "will meet U.S. President Joe Biden on Thursday": an abbreviation's full stop ends no clause.
    # "will leave for Brussels, Belgium Monday": a place's comma before its country ends no clause.
    # "at the Perdana Putra Complex, Putrajaya (administrative capital) on Tuesday": a gloss's brackets end no clause.
    window = without_place_comma(without_glosses(text[max(0, start - reach) : start]), text[start : start + 40])
    # "are expected to discuss the war in Ukraine, the Middle East and trade policy at meeting on Thursday": a list's
    # commas end no clause.
    window = without_list_commas(window)
    clause = CLAUSE_BREAK.split(without_scare_quotes(without_initials(without_inner_stops(window))))[-1]
    return clause, next(iter(reversed(list(_FUTURE_CLAUSE.finditer(clause)))), None)


def in_future_clause(text: str, start: int) -> bool:
    """Whether the words before ``text[start]``, back to the clause's start, are in the future tense.

    "announced on Tuesday that he will visit between December 7 and 9": the
    clause of "December 7" is "he will visit between", a plan; the clause of
    "on Tuesday" is "announced", the report of it.  A past verb after the future
    one governs the date: "will be signed after it was shown on Dec 12".
    """
    clause, future = _last_future(text, start, 80)
    # "is expected to be signed after its text was shown to reporters on Dec 12": the past verb after the
    # future one governs the date.
    return future is not None and not _PAST_AFTER_FUTURE.search(clause, future.end())


# A participle right after a future "be": "will be accorded", "is to be held"; the plan's verb, no past act.
_PASSIVE_AFTER = re.compile(r"\s+be\s+\w+", re.IGNORECASE)
# A participle with its agent describes a noun, no act of the past: "will attend a dinner hosted by U.S. National Security
# Advisor H.R. McMaster on Tuesday" is the coming Tuesday's dinner (own sample of round 107, read a week back).
_AGENT_PARTICIPLE = re.compile(r"\b(?-i:[a-z]+ed)\s+by\b", re.IGNORECASE)
#: How far back a weekday's clause is read for its future verb when the nearer words give none.
_LONG_CLAUSE = 160


def long_future_clause(text: str, start: int) -> bool:
    """Whether a weekday ends a long future clause: "will be accorded an official welcome at the … Complex on Tuesday".

    :func:`in_future_clause` reads 80 characters back; a clause with a long
    object runs past them.  Read further, the future verb still governs the
    day only when nothing after it (its own "be" participle aside) is a verb of
    the past, which would date an earlier act ("will visit the plant the firm
    opened in the capital on Tuesday").  A participle with its agent ("a dinner
    hosted by …") only describes a noun of the plan, and is no such verb.
    """
    clause, future = _last_future(text, start, _LONG_CLAUSE)
    if future is None:
        return False
    passive = _PASSIVE_AFTER.match(clause, future.end())
    rest = _AGENT_PARTICIPLE.sub("", clause[passive.end() if passive else future.end() :])
    return not _PAST_VERB.search(rest) and not _PAST_ACT.search(rest)


# A word before "visits" that makes it the plural noun, no verb of a schedule: "made separate visits to Warsaw in March".
_VISITS_NOUN = re.compile(
    r"\b(?:made|paid|make|pay|exchanged|separate|several|many|frequent|reciprocal|mutual|official|state|regular|previous|"
    r"recent|earlier|two|three|four|five|these|those|such|their|his|her|its|our|the|both|return|ministerial)\s+$",
    re.IGNORECASE,
)


def _scheduled_acts(clause: str) -> list[re.Match[str]]:
    """The acts of a schedule told in the present in ``clause``, singular ("arrives") or plural ("arrive"), in order."""
    acts = [
        m
        for m in _SCHEDULED_PRESENT.finditer(clause)
        if not (m.group(0).casefold() == "visits" and _VISITS_NOUN.search(clause[: m.start()]))
    ]
    return sorted([*acts, *_PLURAL_SCHEDULED.finditer(clause)], key=lambda match: match.start())


def scheduled_clause(text: str, start: int) -> bool:
    """Whether the clause ending at ``text[start]`` tells a plan in the present tense ("is slated to", "concludes").

    "Scholz's three-day visit to India concludes on Saturday" and "Kishida is
    also arranging to visit Kuala Lumpur … on Sunday" date the coming day; "he
    arrived on Thursday" has no such verb, and a past verb after the present
    one ("visits the site he opened on Monday") governs the date.  A present
    after "as" or "while" only mirrors its main clause ("shake hands as the
    guest arrives … on Thursday", a photo's caption): it plans nothing.
    """
    clause = CLAUSE_BREAK.split(without_inner_stops(text[max(0, start - 140) : start]))[-1]  # "at 4:40 p.m. Monday"
    acts = [m for m in _scheduled_acts(clause) if not _AS_THEN.search(clause, 0, m.start())]
    found = [*_PLANNED.finditer(clause), *acts]
    if not found:
        return False
    last = max(match.end() for match in found)
    return not _PAST_VERB.search(clause, last)


def progressive_clause(text: str, start: int) -> bool:
    """Whether the clause ending at ``text[start]`` tells an arrangement in the present progressive ("is traveling to … on").

    "Halimah Yacob is traveling to Manila on Sunday" dates the coming Sunday
    (:mod:`briefgen.suggest.progressive_days`); a past act after the progressive
    ("the delegation that is accompanying Modi arrived on Monday") governs the day.
    """
    clause = CLAUSE_BREAK.split(without_inner_stops(text[max(0, start - 140) : start]))[-1]
    found = progressive_act(clause)
    if found is None or _AS_THEN.search(clause, 0, found.start()):
        return False
    return not _PAST_VERB.search(clause, found.end()) and not _PAST_ACT.search(clause, found.end())


def fronted_future(text: str, start: int, end: int) -> bool:
    """Whether a day put before the subject is governed by a future clause after its comma.

    "On Saturday, Anwar will be accorded a welcome"; "Before proceeding to the
    coast guard on Saturday, Kishida will first address Congress": the phrase
    that opens the sentence has no verb of its own, so the main clause after
    the comma tells whether the day is ahead: a future verb, a plan, or an act of the
    story's schedule told in the present ("On Monday, the State Visit officially
    commences with a welcome ceremony": a preview's coming Monday).
    """
    text = without_inner_stops(text)  # "On Monday, Modi will meet U.S. President Joe Biden": one clause
    # A photo credit glued before the sentence ("(Xinhua/Xie Huanchi) On Monday, …") is no part of its opening.
    opening = re.sub(r"^\s*\([^()]*\)\s*", "", re.split(r"[.;:!?]\s", text[:start])[-1])
    if not re.match(r"\s*,", text[end:]):
        return False
    if opening.strip() and (not _FRONTED.match(opening) or re.search(r"[,;]", opening)):
        return False
    clause = CLAUSE_BREAK.split(without_initials(text[end:]).lstrip(" ,"), maxsplit=1)[0]
    scheduled = next((m for m in _scheduled_acts(clause) if not _AS_THEN.search(clause, 0, m.start())), None)
    # "On Friday morning, his programme includes a breakfast": a programme told in the present is a plan.
    future = _FUTURE_CLAUSE.search(clause) or _PLANNED.search(clause) or scheduled or programme_told(clause)
    # "On Tuesday morning, Clinton is bringing communications equipment": an arrangement told in the progressive.
    future = future or progressive_act(clause)
    return future is not None and not _PAST_AFTER_FUTURE.search(clause, 0, future.start())


# The future verb a dated subject leads into: "His talks with Modi on Tuesday will focus on trade".
_FUTURE_NEXT = re.compile(
    rf"^(?:\s+(?:and|or|to|through)\s+(?:{WEEKDAY_WORDS_PATTERN}))?"  # "His visit on Wednesday and Thursday has been …"
    r"\s*(?:(?:also|then|now)\s+)?(?:will|shall|(?:is|are)\s+(?:set\s+|scheduled\s+|expected\s+|due\s+|going\s+|likely\s+)?to|"
    r"(?:has|have)\s+been\s+(?:arranged|scheduled|planned|fixed|slated|confirmed|finali[sz]ed)|"
    # "the meeting on Monday is aimed at bolstering cooperation": what it is for, told in the present, of one to come
    r"(?:is|are)\s+(?:aimed|intended|meant|designed)\s+(?:at|to))\b",
    re.IGNORECASE,
)
# The weekday as the possessive of the subject's noun, of up to three words: "Tuesday's talks are likely to focus".
_OWNED_NOUN = re.compile(r"['’]s((?:\s+[a-z-]+){1,3})", re.IGNORECASE)


def future_subject(text: str, start: int, end: int) -> bool:
    """Whether the day at ``text[start:end]`` ends the subject of a future verb ("talks on Tuesday will focus on trade").

    A preview names the day of what is to come in the subject itself, before
    its verb: that Tuesday is the coming one, and so is the day whose
    possessive opens the subject ("Tuesday's talks are likely to focus on
    visas"), and the day of a plan its verb says is fixed ("His visit on
    Wednesday and Thursday has been arranged at the invitation of …").  A past verb before the day
    ("deals signed on Tuesday will boost trade", "leaders who met on Tuesday
    will …") dates that past act instead, whatever the main verb promises.
    """
    before = CLAUSE_BREAK.split(text[max(0, start - 80) : start])[-1]
    if _PAST_VERB.search(before) or _PAST_ACT.search(before):
        return False
    if _FUTURE_NEXT.match(text[end : end + 40]) or programme_subject(before, text[end : end + 40]):
        return True  # "talks on Tuesday will focus on trade"; "His programme in Switzerland on Monday begins with …"
    owned = _OWNED_NOUN.match(text, end)
    if owned is None:
        return False
    ends = [owned.start(1) + word.end() for word in re.finditer(r"\s+[a-z-]+", owned.group(1), re.IGNORECASE)]
    return any(_FUTURE_NEXT.match(text[after : after + 40]) for after in ends)  # "Tuesday's state banquet will …"


# The verb of saying or of a past act that governs a fronted date: "In September, India announced that …".
_PAST_SAYING = re.compile(
    r"\b(?:said|announced|stated|confirmed|declared|revealed|unveiled|reported|agreed|decided|pledged|promised|signed|approved|"
    r"told)\b",
    re.IGNORECASE,
)


def told_in_the_past(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` dates a past act of saying or deciding, not the plan it reports.

    "In September, India announced that the bank would subscribe bonds" and
    "India announced in September that the bank would subscribe bonds": the
    "would" belongs to the reported clause; the month is the announcement's,
    behind the day of writing.  Only the verb right before the date (its own
    clause), or the main verb after a date that opens the sentence, counts.
    """
    if re.search(rf"(?:{_PAST_SAYING.pattern})\s+(?:(?:\w+\s+)?(?:in|on)\s+)?$", text[max(0, start - 40) : start], re.IGNORECASE):
        return True  # "announced in September that …"
    text = without_inner_stops(text)  # "On Monday, Modi will meet U.S. President Joe Biden": one clause
    # A photo credit glued before the sentence ("(Xinhua/Xie Huanchi) On Monday, …") is no part of its opening.
    opening = re.sub(r"^\s*\([^()]*\)\s*", "", re.split(r"[.;:!?]\s", text[:start])[-1])
    if opening.strip() and not re.fullmatch(r"\s*(?:in|on|during|earlier\s+in|late\s+in|early\s+in)\s*", opening, re.IGNORECASE):
        return False
    if not re.match(r"\s*,", text[end:]):
        return False
    main = re.split(r"[,;:.]|\bthat\b", text[end:].lstrip(" ,"), maxsplit=1)[0]
    saying = _PAST_SAYING.search(main)
    return saying is not None and not _FUTURE_CLAUSE.search(main, 0, saying.start())


# A hope or an aim: "hopes to complete before …", "aims to reach".
_HOPED = re.compile(r"\b(?:hopes?|hoping|aims?|aiming|intends?|seeks?|wants?|expects?)\s+to\b", re.IGNORECASE)


def plan_clause(text: str, start: int) -> str | None:
    """The clause before ``text[start]`` when it tells a plan, hope or aim ("which the country hopes to complete by …").

    A year in such a clause is the plan's, not the period of a figure stated
    in another clause of the sentence; None when the clause tells no plan.
    """
    clause = CLAUSE_BREAK.split(text[max(0, start - 100) : start])[-1]
    if in_future_clause(text, start) or _PLANNED.search(clause) or _HOPED.search(clause):
        return clause
    return None


def hoped_for(text: str, start: int) -> bool:
    """Whether the clause before ``text[start]`` tells a hope or aim ("hopes to complete before … 2030"): a target, no schedule."""
    return bool(_HOPED.search(CLAUSE_BREAK.split(text[max(0, start - 100) : start])[-1]))


# "Today, trade has reached $6 billion": a fronted "today" before a standing or a change told in the present or the
# present perfect means "by now", not the day of writing.  "Today, the leaders signed …" (a past act), "Today is a
# historic day" (today the subject) and "Today we have signed …" (the speaker's act) keep the day.
_NOWADAYS_AFTER = re.compile(
    r"^,?\s+(?!(?:we|i|is|was|marks?|marked)\b)(?P<subject>(?:[\w’'$.%-]+\s+){0,8}?)"
    r"(?:(?:is|are)\s+(?!\w+(?:ing|ed|en)\b)|stands?\b|remains?\b|exceeds?\b|totals?\b|amounts?\b|enjoys?\b|"
    r"(?:has|have)\s+(?:already\s+|now\s+)?(?:reached|grown|risen|increased|exceeded|surpassed|crossed|become|doubled|tripled|"
    r"expanded|climbed|jumped|soared|developed|evolved|been)\b)",
    re.IGNORECASE,
)
# Right after a subject's "today", a standing or a change to one: "trade today stands at", "exports today exceed".
_STANDING_NEXT = re.compile(
    r"^,?\s+(?:stands?|remains?|exceeds?|totals?|amounts?\s+to|(?:has|have)\s+(?:grown|risen|exceeded|surpassed|crossed|"
    r"doubled|tripled|climbed))\b",
    re.IGNORECASE,
)
_PAST_ACT = re.compile(rf"\b(?:(?-i:[a-z]+ed)|{IRREGULAR_PASTS}|said|told|signed|inked)\b", re.IGNORECASE)
_OPENS_CLAUSE = re.compile(r"(?:^|[.;:!?\u201c\"‘(—–]|\b(?:and|but|yet|while))\s*$", re.IGNORECASE)


def nowadays(text: str, start: int, end: int) -> bool:
    """Whether the "today" at ``text[start:end]`` means "by now" ("Today, trade has reached $6 billion"), dating nothing.

    Only a "today" that opens its clause, followed by a state or a change told in
    the present ("is", "stands at", "has reached"), or one right before a verb of
    standing ("trade today stands at $6 billion"): a speaker's picture of the
    present, said any day, not the day of an act.
    """
    if text[start:end].casefold() != "today":
        return False
    if not _OPENS_CLAUSE.search(text[max(0, start - 12) : start]):
        return bool(_STANDING_NEXT.match(text[end : end + 40]))  # "trade today stands at $6 billion"
    found = _NOWADAYS_AFTER.match(text[end : end + 120])
    # "Today, the leaders signed deals that are …": a past act before the present verb keeps the day.
    return found is not None and not _PAST_ACT.search(found.group("subject"))


# "said on Monday that he would arrive on Thursday": a future told in the past, counted from the day it was said.
_SAYING = r"(?:said|announced|stated|confirmed|added|noted|revealed|told\s+\w+)"
_SAID_ON = re.compile(
    rf"(?:\b{_SAYING}\s+(?:\w+\s+)?on\s+(?P<w>{WEEKDAY_WORDS_PATTERN})\b|\bon\s+(?P<w2>{WEEKDAY_WORDS_PATTERN}),?\s+{_SAYING}\b)(?=[^.;]*\b(?:would|will)\b[^.;]*$)",
    re.IGNORECASE,
)


def said_on_weekday(text: str, start: int) -> int | None:
    """The weekday (0 for Monday) the words were said on, when the date at ``text[start]`` is in their "would"/"will" clause.

    "The minister said on Monday that the president would visit on Thursday":
    the Thursday is the speaker's, counted from Monday, not from the day the
    paper came out.  A weekday that is itself a plan ("will arrive on Monday and
    will hold talks on Thursday") is no day of saying.
    """
    said = _SAID_ON.search(text[:start])
    if said is None or not re.search(r"\b(?:would|will)\b", CLAUSE_BREAK.split(text[max(0, start - 80) : start])[-1]):
        return None
    return weekday_number(said.group("w") or said.group("w2"))
