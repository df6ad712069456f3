"""Commentary: an outlet's or a speaker's judgement of the relation, not a claim a brief could check.

Reports of a visit close or pad with the writer's reading of it: ties "have
deepened since the war began", the treaty "underscores a growing alignment", the two sides
"should promote cooperation in various fields", "analysts note that both
benefit more from working together".  Nothing in such a sentence was done,
signed or counted on the day; editors throw its drafts away.  The classes,
each named by the function that reads it:

- :func:`is_course_since`: the relation's course since an event or over
  recent years ("ties between A and B have intensified since the invasion
  of 2022"): the year dates the event it is measured from, not an act;
- :func:`is_alignment_read`: an accord or a visit read as a sign of a
  growing closeness ("underscores a growing alignment", "is expected to
  cement the growing partnership", "builds on a history of cooperation");
- :func:`is_exhortation_to_both`: what the two sides "should" do, when it is
  only to promote cooperation or support each other (a named project or plan
  to implement is a claim: "should implement the Joint Action Plan");
- :func:`is_unnamed_commentators`: analysts, critics or observers, unnamed,
  saying what they think;
- :func:`is_maxim`: a general truth in the present tense, with a generic
  subject and no name ("A trade war favors no one", "No country wins alone"):
  rhetoric, which once cut from its speaker's sentence says nothing of the
  occasion.

A sum of money, a percentage or a count keeps every class: "relations have
grown since 1992 to $4 billion of trade" reports a figure.  A year or a day
of a month does not: it dates the event the course is measured from.

Left to :mod:`briefgen.suggest.worth`: weighing as "a testament to" or "of
great importance" (a speaker's weight on a named route is a position
editors keep), and growth told by an adverb ("trade has grown
significantly"), which reports a direction editors keep.
"""

from __future__ import annotations

import re

from briefgen.text.english import LEADING_QUOTES, MONTH_PATTERN, NUMBER_WORDS, words_pattern

# An amount, a percentage or a count: a year alone ("since 2022") dates the starting event, it counts nothing.
_AMOUNT = re.compile(
    r"\$|€|£|\bRs\.?\s|per ?cent|%|\b(?:million|billion|trillion|bn)\b|\d+(?:[.,]\d+)?\s?(?:m|bn|tonnes|tons|km)\b|"
    r"\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d+\b|\b\w+fold\b|"
    # a count in words ("nine agreements", "a third"), not the two sides referred back to ("the two nations")
    rf"\b(?<!the )(?:{words_pattern(NUMBER_WORDS)}|a third|a quarter|half)\b(?! (?:another|other)\b)",
    re.IGNORECASE,
)
# A day of a month dates the event, like the year: "since the invasion on 24 February 2022".
_MONTH_DAY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? {MONTH_PATTERN}\b|\b{MONTH_PATTERN} \d{{1,2}}\b")
_RELATION = r"(?:ties|relations|relationship|cooperation|partnership|alliance|alignment|rapprochement|friendship|bonds?)"
# The relation's course measured from an event or over recent years.
_COURSE_SINCE = re.compile(
    rf"\b{_RELATION}\b[^.;]{{0,60}}?\b(?:has|have|had)(?: (?:also|only|further|steadily|significantly|considerably))? "
    r"(?:deepened|intensified|grown (?:closer|stronger|warmer)|warmed|strengthened|tightened|flourished|blossomed)\b"
    r"[”\"’']?,? (?:(?:further |steadily |significantly |considerably )?(?:since|in recent years|over the (?:past|last)|despite)\b)|"
    # "…, which has deepened in recent years": the relative clause after the relation
    rf"\b{_RELATION}\b[^.;]{{0,80}}?, which (?:has|have|had) (?:deepened|intensified|grown closer|warmed|strengthened) "
    r"(?:since|in recent years|over the (?:past|last)|despite)\b",
    re.IGNORECASE,
)
# An accord or a visit read as a sign of growing closeness.
_ALIGNMENT = re.compile(
    # a finite verb whose subject is the accord; a participle after an act ("hosted a dinner, underscoring the
    # deepening friendship") reports the act first, and an article marks the closeness as the writer's reading
    r"\b(?:underscor|reflect|cement|signal|highlight|illustrat|demonstrat|consolidat|reinforc|deepen|solidif|showcas)"
    r"(?!\w*ing\b)\w* (?:the |a |an |their )(?:growing|deepening|increasing|burgeoning|ever-closer|closer|strengthening|expanding) "
    rf"(?:[\w-]+ ){{0,3}}?{_RELATION}\b|"
    rf"\bbuilds? on a (?:long |long-standing |rich )?history of (?:[\w-]+ )?{_RELATION}\b",
    re.IGNORECASE,
)
# What the two sides should do, when it is only cooperation in general or each other's support.
_SHOULD = re.compile(
    r"\bshould (?:continue to )?(?:firmly |jointly |further |actively |always )?"
    r"(?:promote|support|strengthen|deepen|enhance|expand|uphold|consolidate|advance|work together|carry forward) "
    r"(?:each other|one another|cooperation|mutual|common|practical cooperation|(?:the|their|bilateral) "
    r"(?:friendship|partnership|ties|relations|cooperation))\b",
    re.IGNORECASE,
)
# Commentators unnamed, saying what they think.
_COMMENTATORS = re.compile(
    r"^(?:(?:Some|Many|Most|Other|Western|Political|Regional|Foreign|Independent) )?"
    r"(?:analysts|critics|observers|experts|commentators|pundits)\b[^.;]{0,40}?\b"
    r"(?:say|said|note|noted|argue|argued|believe|believed|warn|warned|suggest|suggested|point(?:ed)? out|contend|contended|"
    r"see|saw|view|viewed)\b",
    re.IGNORECASE,
)


def _rest(text: str) -> str:
    return text.lstrip(LEADING_QUOTES)


def counts_something(text: str) -> bool:
    """Does the sentence count something (money, a share, a number of things), days of months and years aside?

    Every class here keeps a sentence that counts; so does :mod:`briefgen.suggest.analysts`.
    """
    return bool(_AMOUNT.search(_MONTH_DAY.sub(" ", text)))


def is_course_since(text: str) -> bool:
    """Ties that "have deepened since" an event or "in recent years", with no amount counted."""
    return bool(_COURSE_SINCE.search(text)) and not counts_something(text)


def is_alignment_read(text: str) -> bool:
    """An accord or a visit read as a sign of growing closeness, with no amount counted."""
    return bool(_ALIGNMENT.search(text)) and not counts_something(text)


def is_exhortation_to_both(text: str) -> bool:
    """The sides "should promote cooperation" or "support each other": no project, plan or amount named as the task."""
    return bool(_SHOULD.search(text)) and not counts_something(text)


def is_unnamed_commentators(text: str) -> bool:
    """Analysts, critics or observers, unnamed, saying what they think, with no amount counted."""
    return bool(_COMMENTATORS.match(_rest(text))) and not counts_something(text)


# A maxim: a generic subject ("A trade war", "No country", "Every nation"), then a verb in the present tense.
# The generic reach is said: a subject of "no" or "every", or an object of "no one", "everyone" ("… favors no one").
_MAXIM = re.compile(
    r"^(?:(?:No|Every) [a-z-]+(?: [a-z-]+)? (?!(?:was|has|is)\b)[a-z]+s [a-z]|"
    r"(?:A|An) [a-z-]+(?: [a-z-]+)? (?!(?:was|has|is)\b)[a-z]+s(?: [a-z]+)? (?:no one|nobody|anyone|everyone|everybody)\b)"
)
_MAXIM_WORDS = 12


def is_maxim(text: str) -> bool:
    """A general truth: a generic subject in the present tense, short, with no name and no figure after its first word."""
    rest = _rest(text).rstrip(" .!”\"'’")
    words = rest.split()
    named = any(w[:1].isupper() or any(c.isdigit() for c in w) for w in words[1:])
    return bool(_MAXIM.match(rest)) and len(words) <= _MAXIM_WORDS and not named


def is_commentary(text: str) -> bool:
    """Does the sentence belong to one of the module's classes (see its docstring)?"""
    return any(rule(text) for rule in (is_course_since, is_alignment_read, is_exhortation_to_both, is_unnamed_commentators, is_maxim))
