"""Past subjects: a sentence about the earlier agreement or happening itself, whose dated clause dates the sentence.

:mod:`briefgen.corpus.past_clauses` takes out a clause that dates an earlier
agreement or happening named in passing ("VietJet signed a deal with Airbus
..., doubling a previous agreement made last year"), so that its date does not
date the sentence away from its visit.  Yet some sentences name the earlier
thing not in passing but as what they report; their date is the date of what
they report, and the sentence is background (round 51: half A's labels leave
all three out of their visits, and with the clause taken out they were joined
to them, 56 pairs judged different):

- the earlier thing is the sentence's subject and does something in the past:
  "The inaugural summit, held in Berlin last year, led to the signing of a
  strategic regional partnership program" (but "The project's framework
  agreements, finalised in 2017, also provide for fuel supply" states what
  holds now, and "Established in 2014, the committee meets annually" too);
- the sentence goes on to say, in the past, what the earlier thing was or
  did: "It builds on a defence deal agreed last year that included the joint
  development of long-range strike weapons" (but "a renewed Joint Declaration
  ..., first established in 2007, that will shape the security partnership"
  looks ahead);
- the sentence's own verb does nothing but name it: "He referred to the gas
  supply agreement signed in August between BOTAS and MVM" (but "both leaders
  recalled their first Annual Leaders' Summit held in March 2023 in New Delhi
  and reaffirmed their commitment" reports a second act, of this occasion).

:func:`about_the_past_thing` reads the words before and after the clause for
these three shapes; the clause is then left in, and its date read.
"""

from __future__ import annotations

import re

#: A verb in the past tense, as the words after an earlier thing report what it did ("led", "included", "was").
_PAST_VERB = (
    r"(?:also\s+|then\s+|later\s+|eventually\s+)?"
    r"(?:[a-z]+ed|led|was|were|saw|brought|began|made|set|took|gave|became|drew|had|laid|won|put|built|paved|sought)\b"
)

#: An earlier thing named as the subject that opens the sentence, then the comma before its clause ("The inaugural
#: summit," in "The inaugural summit, held in Berlin last year, led to ..."): a few words, no other mark between.
_OPENING_SUBJECT = re.compile(r"^\s*(?:[\w'’-]+\s+){0,5}[\w'’-]+\s*,\s*$")

#: After the clause: its closing comma, then the subject's own verb in the past tense ("..., led to the signing").
_THEN_DID = re.compile(r"^\s*,\s*" + _PAST_VERB)

#: A helping verb: "has convened" states what holds now, not what the thing did then.
_HELPER = r"(?:has|have|is|are|will|would|can|could|may|might|must|shall|should|does|do)\b"

#: After a clause that opens the sentence: the subject it qualifies, then its verb in the past tense ("Held in Berlin
#: last year, the inaugural summit led to ...").
_SUBJECT_THEN_DID = re.compile(
    r"^\s*,\s*(?:the|its|their|this|that|an?)\s+(?:(?!" + _HELPER + r")[\w'’-]+\s+){0,8}?" + _PAST_VERB, re.IGNORECASE
)

#: After the clause: a relative clause on the earlier thing in the past tense ("... agreed last year that included the
#: joint development of long-range strike weapons"); "that will shape" looks ahead and is not one.
_WHICH_DID = re.compile(r"^\s*,?\s*(?:that|which)\s+" + _PAST_VERB)

#: Before the clause's noun: a short subject and a verb that only names the earlier thing ("He referred to the gas
#: supply", "Szijjarto mentioned the").
_NAMING_VERB = re.compile(
    r"^\s*(?:[\w'’.-]+\s+){1,3}(?:referred\s+to|mentioned|cited|pointed\s+to|spoke\s+of|recalled)\s+(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)

#: A second act the sentence reports after the clause ("... and reaffirmed their commitment"): then it is not about the
#: earlier thing alone.
_AND_DID = re.compile(r"\band\s+" + _PAST_VERB)


def about_the_past_thing(before: str, noun: str, after: str) -> bool:
    """Whether a sentence reports the earlier thing a dated clause in it qualifies.

    ``before`` and ``after`` are the sentence's words around the clause;
    ``noun`` is the noun it follows ("agreement "), or blank when it follows a
    comma or opens the sentence.  "The inaugural summit, held in Berlin last
    year, led to ..." is about the summit: its date dates the sentence.  See
    the module docstring for the three shapes read.
    """
    if not noun.strip() and _OPENING_SUBJECT.match(before) and _THEN_DID.match(after):
        return True
    if not before.strip() and _SUBJECT_THEN_DID.match(after):
        return True
    if _WHICH_DID.match(after):
        return True
    return bool(_NAMING_VERB.match(before)) and not _AND_DID.search(after)
