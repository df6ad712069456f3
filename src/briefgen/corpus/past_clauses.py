"""Past clauses: an earlier agreement or happening a sentence names in passing, with that clause's own date.

A report of a visit names what the visit builds on, and dates it in a
participle clause: "the leaders signed a renewed Joint Declaration on Security
Cooperation, first established in 2007, that will shape the security
partnership", "PM Modi will also ... take forward opportunities from the
Australia-India CEO Forum held in Mumbai in March", "The visit is expected to
focus on the strategic partnership established between London and Abuja in
late 2024", "VietJet signed a deal with Airbus for an additional 20 A330neo
wide-body jets, doubling a previous agreement made last year", "Barcena thanked
China for helping Mexico rebuild from the damage caused in October by
Hurricane Otis".  The date of such a clause is the date of the declaration,
the forum, the partnership or the damage it qualifies, not of the signing, the
meeting or the thanks the sentence reports; yet
:func:`briefgen.corpus.elsewhen.elsewhen` read it as dating the sentence away
from its visit, and the sentence was left out of the visit's occasion (round
50: the largest shape among the claims of half A's occasions that no occasion
took in, 6 or 7 claims).

:func:`without_past_dates` takes such a clause out of a quote before its dates
are read: a past participle of making, holding or signing ("established",
"held", "signed", "made", "agreed", "caused", ...) that follows a word naming
an agreement or a happening ("agreement", "deal", "forum", "summit",
"partnership", "damage", ...), perhaps with who made it between ("the reciprocal
access agreement Mr Kishida signed in January", "he reiterated a statement he
made in April": the statement made then, reiterated now), or stands after a comma, up to its date, which a
preposition ("in", "on", "during") introduces or which counts back ("last
year", "two years ago").  The participle must follow its noun directly (or
with "first", "previously" between): "Xi and Sharif agreed on November 2 to
establish a high-speed rail project" reports the happening with a person as
its subject and is left as it is; so is "The agreement was signed in March"
(the clause is the sentence's own verb) and "the agreement, which was signed
in March, came into force" (see :mod:`briefgen.corpus.side_clauses`).  An
older treaty named with its year ("the 1921 Iran-Soviet Treaty, the 1940 Trade
and Navigation Treaty") is read as a name in :mod:`briefgen.corpus.elsewhen`.
A sentence that is itself about the earlier agreement or happening ("He
referred to the gas supply agreement signed in August", "The inaugural summit,
held in Berlin last year, led to ...") keeps its clause, and the clause's date
dates it (:mod:`briefgen.corpus.past_subjects`).
"""

from __future__ import annotations

import re

from briefgen.corpus.past_subjects import about_the_past_thing
from briefgen.text.english import MONTH_NAMES

#: A date a past clause ends with: a month, capitalised ("may" is no month), with its day, its year or "last year"; a
#: year, perhaps "early" or "late" in it; "last year"; "... ago".
_TIME = (
    r"(?:(?:early|mid-?|late) )?(?-i:" + "|".join(MONTH_NAMES) + r")(?: [0-9]{1,2})?"
    r"(?:,? (?:19|20)[0-9]{2}| (?:last|this) year)?"
    r"|(?:(?:early|mid-?|late) )?(?:19|20)[0-9]{2}"
)
#: The date introduced by a preposition ("in March", "on February 14, 2024", "in late 2024", "earlier in January
#: 2025"), or counting back on its own ("last year", "last December", "two years ago"); a bare year is no date ("the
#: meeting hosted by Malaysia adopted the 2040 Putrajaya Vision" names a vision).
_DATED = (
    r"(?:(?:(?:earlier |back )?in|on|during)\s+(?:" + _TIME + r")"
    r"|last (?:year|month|week|(?-i:" + "|".join(MONTH_NAMES) + r"))"
    r"|(?:a|one|two|three|four|five|six|several|few|[0-9]+) (?:years?|months?|weeks?) ago)"
)

#: Past participles of bringing an agreement or a happening about.
_MADE = (
    r"(?:established|held|signed|made|caused|concluded|agreed|launched|founded|set up|adopted|created|reached|struck|"
    r"inked|formed|initiated|forged|upgraded|elevated|hosted|organi[sz]ed|convened|sealed|finali[sz]ed|ratified)"
)

#: Words naming an agreement or a happening that a past participle may date.
_THING = (
    r"(?:agreements?|deals?|pacts?|treaty|treaties|accords?|declarations?|memorand(?:um|a)|MoUs?|partnerships?|"
    r"programmes?|programs?|frameworks?|mechanisms?|forums?|summits?|meetings?|talks|dialogues?|conferences?|"
    r"sessions?|visits?|ties|statements?|contracts?|orders?|damage|one|plans?|roadmaps?|committees?|commissions?|"
    r"councils?|understandings?)"
)

#: Words that may stand between the noun and its participle ("first established", "previously signed").
_ADVERB = r"(?:(?:first|originally|previously|jointly|earlier|also|already)\s+)?"

#: Who made it, named between the noun and its participle ("the reciprocal access agreement Mr Kishida signed in
#: January", "a security cooperation pact Kishida struck in January", "he reiterated a statement he made in April"): one
#: or two capitalised names, perhaps with a title, or a pronoun.
_WHOSE = r"(?:(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?-i:[A-Z][\w'’-]+\s+){1,2}|(?:he|she|they|we)\s+(?:had\s+)?)?"

#: The clause: after a noun of an agreement or a happening (kept), after a comma or at the start, its participle, then up
#: to six words (no comma, colon or line break between; no "and" before a word in lower case, which starts another
#: clause: "signed ... in 2001 and extended in 2020") and its date.
_PAST_CLAUSE = re.compile(
    r"(?P<noun>\b" + _THING + r"\s+|(?<=,)\s*|^\s*)" + _WHOSE + _ADVERB + r"\b" + _MADE + r"\b"
    r"(?:\s+(?!(?:but|that|which|to)\b|and\s+(?-i:[a-z]))[^\s,;:.]+){0,6}?\s+" + _DATED + r"\b",
    re.IGNORECASE,
)


def without_past_dates(quote: str) -> str:
    """The quote without its clauses dating an earlier agreement or happening (see the module docstring).

    "The visit is expected to focus on the strategic partnership established
    between London and Abuja in late 2024" leaves "The visit is expected to
    focus on the strategic partnership  ": no date is left to read.
    """
    return _PAST_CLAUSE.sub(lambda clause: clause[0] if _is_the_subject(clause) else clause["noun"] + " ", quote)


def _is_the_subject(clause: re.Match[str]) -> bool:
    """Whether the sentence reports the earlier thing itself (:mod:`briefgen.corpus.past_subjects`): its date stays."""
    return about_the_past_thing(clause.string[: clause.start()], clause["noun"], clause.string[clause.end() :])
