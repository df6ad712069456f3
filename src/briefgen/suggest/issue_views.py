"""A speaker's view on a named world issue: "Tokayev noted that competition among major powers narrows the UN Security Council".

At a visit's press conference leaders are asked about the issues of the day
(a war, a peace process, migration, tariffs, terrorism, the United Nations),
and reports give their answers with many verbs besides "said": "stressed
that", "emphasised the need to", "urged", "noted", "according to". The worth
test (:mod:`briefgen.suggest.worth`) reads such verbs as emphasis and drops
the sentence unless it names three things or more, since most of what leaders
stress at a visit is praise of the ties ("highlighted the scale and potential
of the relationship").  A view on a named issue is the other kind: it is a
side's stated position, which a brief can quote and an editor can check, and
it is what the labels keep ("Macron noted that tariffs only bring inflation",
"Meloni noted that the return of refugees ... remain major challenges").

So a sentence is a view on an issue when a speaker (a name, a title, a
pronoun, "both leaders") is reported with a verb of saying or emphasis, or
the sentence opens "According to X,", and the words past the verb name one
of the issues below.  Generic aims (security, stability, development,
cooperation) are not issues here: "keep the reins of national security in
their own hands" stays a flourish.  Hopes, courtesies and commentary are
weighed before this rule and stay dropped.
"""

from __future__ import annotations

import re

# Who speaks: a capitalised name or title, a pronoun, or the leaders or sides together, right before the verb.
_SPEAKER = (
    r"(?:(?<![\w’'-])(?-i:[A-Z])[\w’'.-]+|\b(?:he|she|they|leaders|sides|president|minister|chancellor|premier|"
    r"spokes(?:person|man|woman)|secretary|statement|communiqu[eé])\b)"
)
_ADVERB = r"(?:,?\s+(?:also|further|again|then|later|in turn|firmly|repeatedly),?)?"
_VERB = (
    r"\b(?:said|says|stated|noted|stressed|emphasi[sz]ed|underlined|underscored|highlighted|urged|warned|"
    r"reiterated|reaffirmed|re-affirmed|affirmed|insisted|argued|maintained|pointed out|"
    r"believes?|called (?:for|on)|added)\b"
)
_REPORTED = re.compile(_SPEAKER + _ADVERB + r"\s+" + _VERB + r"(?P<view>[^;]*)", re.IGNORECASE)
# "According to Tokayev, deepening rivalry …": the view is what follows the comma.
_ACCORDING = re.compile(r"^\W*According to (?:him|her|(?-i:[A-Z])[\w’'.-]+(?: (?-i:[A-Z])[\w’'.-]+){0,3}),(?P<view>.*)$", re.IGNORECASE)
# The issues of the day a leader takes a position on, as news names them.
_ISSUE = re.compile(
    r"\b(?:wars?|warfare|battlefield|conflicts?|ceasefire|cease-fire|peace|aggression|genocide|terrorism|terrorist|"
    r"extremism|radicali[sz]ation|separatism|migration|migrants?|refugees?|asylum|smuggl(?:ing|ers?)|tariffs?|"
    r"inflation|sovereignty|territorial integrity|international law|UN Charter|United Nations|Security Council|"
    r"two-state solution|multilateralism|multipolar|unilateral(?:ism)?|hegemons?|hegemony|nuclear|Indo-Pacific|rules-based|"
    r"(?-i:UN)|Gaza|Palestin\w*)\b",
    re.IGNORECASE,
)

# A recital of shared values, three or more joined ("commitment to peace, security, sovereignty, and territorial
# integrity", "democracy, freedom, human rights and rule of law"): the same words a joint statement lists at every
# visit, no position on an issue.
_VALUE = (
    r"(?:democracy|freedom|human rights|(?:the )?rule of law|sovereignty|territorial integrity|international law|"
    r"peace|stability|security|development|prosperity|cooperation|friendship|independence|mutual respect|justice|equality)"
)
_VALUES_RECITED = re.compile(rf"\b{_VALUE}(?:(?:,\s*{_VALUE})+,?\s+and\s+{_VALUE}|(?:,\s*(?:and\s+)?{_VALUE}){{2,}})\b", re.IGNORECASE)

# An attribution that closes the view ('"…," Modi said at the press conference', "…, the two leaders said"): what
# follows the verb is only where or when, and the view is what came before.
_TRAILING = re.compile(r"\s*(?:[.,”\"]|$|(?:in|at|during|after|on|while|before|following|to)\b)", re.IGNORECASE)
_CLOSED = re.compile(r"[,”\"]\s*(?:[\w’'.-]+\s+){0,4}$")


def _issue_named(view: str) -> bool:
    """Does the view name an issue, once any recital of values is set aside?"""
    return bool(_ISSUE.search(_VALUES_RECITED.sub(" ", view)))


def view_on_issue(text: str) -> bool:
    """Is the sentence a speaker's view, reported with a verb of saying or emphasis, that names an issue of the day?"""
    according = _ACCORDING.match(text)
    if according and _issue_named(according.group("view")):
        return True
    for match in _REPORTED.finditer(text):
        view = match.group("view")
        if _TRAILING.match(view) and _CLOSED.search(text, 0, match.start()):
            view = text[: match.start()]  # '"… the war in Gaza," the two leaders said after the meeting'
        if _issue_named(view):
            return True
    return False
