"""A weekday that opens a preview's sentence in a longer opening than "On Monday,".

Previews set out a visit's programme day by day, and the day opens the sentence: "On Sunday afternoon, the US
president will watch the final-day matches", "From Monday morning, Abe and Trump will sit down for official summit
talks", "In the city on Wednesday, Prime Minister Modi is scheduled to meet business leaders", "On Monday, at the
State Guesthouse, the two leaders will hold talks", "During her visit on Tuesday, Kang will meet her UAE
counterpart", "During Tuesday's agenda, the US delegation will pay a courtesy call".
:func:`briefgen.suggest.tense.fronted_future` reads such a day as the coming one when the main clause after the
opening is a plan, but only when the opening is "On Monday," alone and its comma follows the weekday at once. These
openings, with a part of the day after the weekday, "From" before it, a setting before it ("In the city on", "At the
summit on", "During her visit on"), the weekday as the possessive of what the opening names ("During Tuesday's
agenda,") or a second verbless phrase of place after its comma, were read as the day before, and so was a day-by-day
programme's heading, the weekday and a colon ("Wednesday: The president and first lady fly to Rome."), and so was a
weekday with its day of the month in brackets, as Brazil's agencies print it ("On Wednesday (25), Lula will travel
to Montevideo"), and so was a programme's next item opened with "Also" or "And" ("Also on Thursday you will visit
the Old City Hall", with or without its comma) or "Then" ("Then on Thursday, the Prime Minister will visit France", a
spokeswoman's quoted programme, its opening quotation mark kept), and so was a day set by what it follows or precedes,
with no comma before the subject ("Shortly after Prime Minister's Questions on Wednesday she will travel to Berlin").
Each is brought back to the plain "On Monday, <main clause>" and
read as that is read: the day is ahead only when the main clause is in the future or a plan ("will", "is scheduled
to", "begins"), and a past verb ("On Sunday afternoon, the president watched …", "During a state visit to Turkey on
Wednesday, Aliyev … attended …") keeps it behind.
"""

from __future__ import annotations

import re

from briefgen.suggest.date_words import WEEKDAY_WORD
from briefgen.suggest.tense import fronted_future
from briefgen.text.english import IRREGULAR_PASTS

# What may stand between the weekday and the comma that closes the opening (or the colon of a programme's
# day heading, "Tuesday: The president's day begins with …"): a part of the day, a clock time.
_AFTER_DAY = re.compile(
    r"\s*(?:\([0-3]?\d\)\s*)?(?:(?:morning|afternoon|evening|night|noon)|at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|hours?)?)?\s*[,:]",
    re.IGNORECASE,
)
# The weekday as the possessive of a verbless opening's noun, with its comma: "During Tuesday's agenda,".
_POSSESSED = re.compile(r"['’]s\s+(?P<words>[a-z][a-z -]{0,40}?),", re.IGNORECASE)
# What may stand before the weekday: nothing, "On", "From", or a setting with no verb ("In the city on").
_QUOTE = r"[\"“‘']?"  # a quoted programme's opening quotation mark: "“Then on Thursday, the Prime Minister will …"
_NEXT_ITEM = r"(?:(?:also|and|then|and\s+then)\s+)?"  # a programme's next item: "Also on", "Then on"
# A day set by what it follows or precedes: "Shortly after Prime Minister's Questions on Wednesday".
_AFTER_OR_BEFORE = r"(?:(?:shortly|soon|just|immediately|right)\s+)?(?:after|before)"
_BEFORE_DAY = re.compile(
    rf"{_QUOTE}{_NEXT_ITEM}(?:(?:in|at|during|{_AFTER_OR_BEFORE})\s+(?P<setting>[^,;:.!?]{{1,60}}?)\s+)?"
    r"(?:(?:early|late)\s+)?(?:on|from|during)?\s*",
    re.IGNORECASE,
)
# A second opening phrase of place or occasion after the comma, with no verb: "at the State Guesthouse in Tokyo,".
_PLACE_PHRASE = re.compile(r"\s*(?:at|in|inside|outside|near|during)\s+(?P<words>[^,;:.!?]{1,80}),", re.IGNORECASE)
# A verb or a clause in a setting or a place phrase: then it is no verbless opening.
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|shall|can|could|may|might|must|did|does|do|said|says|told|"
    r"which|who|that|when|while)\b|\b[a-z]{2,}[^e\W]ed\b",
    re.IGNORECASE,
)
_DAY = re.compile(rf"\b(?:{WEEKDAY_WORD})\b", re.IGNORECASE)
# "On Tuesday Trump is scheduled to …", "On Friday morning the leaders will …": the opening with no comma after it, then
# the subject: a name or a determiner's noun phrase.
_SUBJECT_NEXT = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?=(?-i:[A-Z])|(?:the|a|an|his|her|their|its|both|all|he|she|they|we|you)\b)",
    re.IGNORECASE,
)
# The openings that may lead into the subject with no comma: "On Tuesday Trump is …", "Also on Thursday you will …",
# "Shortly after Prime Minister's Questions on Wednesday she will …".
_UNCOMMAED_OPENING = re.compile(rf"{_QUOTE}{_NEXT_ITEM}(?:{_AFTER_OR_BEFORE}\s+[^,;:.!?]{{1,60}}?\s+)?on", re.IGNORECASE)
# The subject's words up to its first finite verb of the present or the future.
_SUBJECT = re.compile(r"(?P<subject>(?:[^\s,;:.]+\s+){1,6}?)(?:will|shall|is|are|would)\b", re.IGNORECASE)
# A past act in the subject's place: "On Friday Modi arrived in Delhi, where he will meet …" keeps the Friday behind.
_PAST_IN_SUBJECT = re.compile(
    rf"\b(?:was|were|had|has|have|did|said|told|{IRREGULAR_PASTS}|signed|(?-i:[a-z]{{2,}}[^e\W]ed))\b",
    re.IGNORECASE,
)


def _uncommaed_plan(text: str, day: re.Match[str]) -> bool:
    """Whether "On Tuesday", opening the sentence with no comma after it, leads into a plan ("On Tuesday Trump is
    scheduled to hold talks"): the subject follows at once, then its verb, and that clause is read as after "On
    Tuesday,"; a past verb before the plan's ("On Friday Modi arrived and will …") keeps the day behind."""
    gap = _SUBJECT_NEXT.match(text, day.end())
    if gap is None:
        return False
    rest = text[gap.end() :]
    subject = _SUBJECT.match(rest)
    if subject is None or _PAST_IN_SUBJECT.search(subject.group("subject")):
        return False
    return fronted_future(f"On {day.group(0)}, {rest}", 3, 3 + len(day.group(0)))


def opening_day_ahead(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``text[start:end]`` opens a sentence, in one of the longer openings, before a plan."""
    day = _DAY.search(text, start, end)
    if day is None:
        return False
    # The opening: from the sentence's start (a photo credit glued before it aside) to the weekday.
    opening = re.sub(r"^\s*\([^()]*\)\s*", "", re.split(r"[.;:!?]\s", text[: day.start()])[-1])
    before = _BEFORE_DAY.fullmatch(opening)
    if before is None or (before.group("setting") and _VERB.search(before.group("setting"))):
        return False
    after = _AFTER_DAY.match(text, day.end()) or _POSSESSED.match(text, day.end())
    if after is None:
        return _UNCOMMAED_OPENING.fullmatch(opening.strip()) is not None and _uncommaed_plan(text, day)
    if "words" in after.groupdict() and _VERB.search(after.group("words")):
        return False
    rest = text[after.end() :]
    for _ in range(2):  # "On Monday, at the State Guesthouse at Akasaka Palace in Tokyo, Abe and Trump will …"
        place = _PLACE_PHRASE.match(rest)
        if place is None or _VERB.search(place.group("words")):
            break
        rest = rest[place.end() :]
    plain = f"On {day.group(0)}, {rest.lstrip(' ,')}"
    return fronted_future(plain, 3, 3 + len(day.group(0)))
