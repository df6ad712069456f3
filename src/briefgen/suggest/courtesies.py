"""Sentences of courtesy, rhetoric and judgement that a figure or a name does not make checkable.

:mod:`briefgen.suggest.worth` drops courtesy and generic prose unless a
figure, a date or a named thing anchors them, and :mod:`briefgen.suggest.hollow`
drops classes that state nothing checkable.  Some sentences carry a figure or a
name and still hold no claim a brief would use; editors throw their drafts
away.  They come in classes, each named by the function that reads it:

- :func:`is_congratulation`: congratulations and personal wishes ("congratulated
  Thailand on successfully hosting APEC", "on his birthday, which falls on 15th
  August"): the occasion congratulated is another story, its number ("the 20th
  Congress") no claim about the visit;
- :func:`is_greeting`: a greeting on arrival, officials lined up, flags waved,
  the pleasure of hosting, a welcome ceremony planned, an honour felt: how a
  visit looked, whoever is named;
- :func:`is_rhetoric`: a wish in the optative ("May the friendship be eternal"),
  a simile of kinship ("as close as one family"), a mirrored phrase ("A is
  fundamental for B, and B for A"), opportunities or potential in general, a
  day or a bond in words of forever ("a special day in the history of our
  cooperation", "friendship is unbreakable"), going on together toward
  nothing named ("we will continue collaborating");
- :func:`is_guess`: the writer's guess at a meaning ("was likely alluding to")
  or at what a visit may bring ("his presence may nourish the coffers");
- :func:`is_lead_in`: a line that only announces a list ("highlighted
  achievements in four areas:"), whose items are the claims;
- :func:`is_appraisal`: how much ties grew or what a visit means, unmeasured
  ("have significantly strengthened the relationship", "the meeting was very cordial");
- :func:`is_personal_courtesy`: a leader's own courtesies, as posted or said to
  the guest: a post's line with its subject dropped ("Landed in Guyana a short
  while ago", "Honoured to have met the Grand Mufti", "Warm welcome to PM
  Luxon"), thanks or gladness addressed to the guest ("I thank you for the
  invitation", "grateful and humbled by your visit", "glad to have met my friend");
- :func:`is_reader_notice`: the page talking about itself: a copyright line, a
  comment forum's rules, an AI summary's warning, a link's "(See Pic and Video)",
  a post about pictures ("shared pictures from the meeting"), a pointer to the
  picture beside the text ("(photo, left)").

A signing, an agreement or a deal in the sentence is what rescues the
classes that a figure does not (an event of its own, whatever surrounds it).
"""

from __future__ import annotations

import re

from briefgen.text.english import FIGURE_SIGN, LEADING_QUOTES

# An act that leaves a trace: a sentence with one reports an event, whatever courtesy (or pledge, .pledges) surrounds it.
TRACE = re.compile(
    r"\b(?:sign(?:s|ed|ing|ings)?\b(?<!\ba sign)|ink(?:s|ed)?\b|agreements?\b|mous?\b|memorand\w*|accords?\b|deals?\b|"
    r"contracts?\b|treat(?:y|ies)\b)",
    re.IGNORECASE,
)
# A meeting in the same sentence: "met Prayut on Saturday, during which Xi congratulated Thailand" reports the meeting.
_MEETING = re.compile(r"\b(?:met|meets?|meeting|talks|visit\w*)\b", re.IGNORECASE)
_CONGRATULATION = re.compile(
    # what is congratulated: another occasion, "on successfully hosting", "on the successful congress", "on his birthday"
    r"\bcongratulat(?:e|es|ed|ing|ions?) (?:[\w’'-]+ ){0,4}?on (?:(?:the|his|her|their|its) )?(?:successful(?:ly)?|occasion|birthday|"
    r"(?:re-?)?election|victory|winning|anniversary|national day|holiday)\b|"
    r"\b(?:wish(?:es|ed|ing)?|wishing) (?:him|her|them|the \w+) (?:a )?(?:long life|good health|success)\b",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"\b(?:warmly )?greet(?:s|ed|ing)? (?:(?-i:[A-Z])[\w’'.-]* ){1,4}(?:on (?:his|her|their) arrival|with an? (?:[\w-]+ )?ceremony)|"
    r"\blined up to (?:welcome|greet|receive)\b|\bwav(?:ed|ing|es) (?:the )?(?:national )?flags\b|"
    r"\b(?:great |real )?pleasure (?:of )?hosting\b|\bmy dear (?:brother|friend|sister)\b|"
    # a welcome planned as a ceremony, an honour felt: "the official ceremony to welcome the premier will be held"
    r"\bceremony to (?:welcome|receive|greet)\b|\b(?:have|had|has) the (?:honou?r|privilege|pleasure) (?:of|to)\b",
    re.IGNORECASE,
)
# A wish in the optative, a simile of kinship, opportunities or potential in general.
_OPTATIVE = re.compile(r"^May (?:the|our|this|these|their|his|her) \w")
_KINSHIP_SIMILE = re.compile(
    r"\bas close as (?:one |a )?(?:family|brothers|kin)\b|\blike (?:passengers|brothers|sisters|one family|a family) (?:in|of)\b",
    re.IGNORECASE,
)
_OPPORTUNITIES = re.compile(
    r"\b(?:numerous|enormous|great|huge|vast|immense|tremendous|ample|many|endless|boundless) (?:new )?opportunities\b|"
    r"\bpotential (?:that|which) (?:remains|is yet|has yet) to be (?:explored|tapped|realized|realised|unlocked)\b",
    re.IGNORECASE,
)
# Going on together, toward nothing named: "We will continue collaborating in pursuit of sustainable development".
_GOING_ON = re.compile(
    r"\bwill continue (?:collaborating|cooperating|working together|to (?:cooperate|collaborate|work together))\b", re.IGNORECASE
)
# "Morocco is fundamental for Spain, and Spain for Morocco": the same two names, their order turned round.
# A day or a bond weighed in words of forever: "an important day in the history of our relations", "friendship is unbreakable".
_FOREVER = re.compile(
    r"\b(?:special|important|historic|memorable|great) day in the history\b|"
    r"\b(?:friendship|brotherhood|ties|relations) (?:is|are|will be|be) (?:unbreakable|eternal|unshakable|indestructible|everlasting)\b",
    re.IGNORECASE,
)
_MIRRORED = re.compile(r"^(\w+) (?:is|are) [\w ]{3,40}? (?:for|to) (\w+),? and \2 (?:for|to) \1\b")
_GUESS = re.compile(
    r"\b(?:is|are|was|were) (?:also |most |very |highly )?(?:un)?likely (?:alluding|referring|hinting|signalling|signaling|"
    r"pointing|aiming)\b|"
    # what a visit may bring, in the writer's figures of speech: "his presence may nourish the parched coffers"
    r"\b(?:presence|visit|arrival) (?:may|might) (?!be\b|have\b)[a-z]+\b",
    re.IGNORECASE,
)
# The writer's or a speaker's appraisal of a visit or of ties: how much they grew or mean, not what was done.
_APPRAISAL = re.compile(
    r"\b(?:was|is|were|are) (?:very |highly )?significant in terms of\b|\bstands? out\b|"
    r"\b(?:has|have) significantly (?:strengthened|deepened|boosted)\b|"
    r"\bmarks? a strengthening\b|\breflects? a renewed commitment\b|\bstands? to benefit\b|"
    r"\b(?:is|are|was|were) (?:anticipated|expected) to further (?:consolidate|strengthen|deepen|enhance|boost|advance)\b|"
    r"\b(?:meeting|talks|visit|atmosphere) (?:was|were) (?:very |extremely |most )?(?:cordial|warm|friendly|fruitful|productive)$",
    re.IGNORECASE,
)
_READER_NOTICE = re.compile(
    r"©|\bcopyright\b|\bvoice your (?:opinions?|views|comments)\b|\bAI[- ]generated\b|\(see (?:pics?|photos?|videos?)\b|"
    r"\bpublishes (?:around |about |some |more than )?\d+ (?:reports|stories|articles)\b|"
    # a post about pictures: "In a tweet, the premier shared pictures from the meeting"
    r"\bshared (?:pictures|photos|images|videos?|glimpses) (?:from|of)\b|"
    # a pointer to the picture beside the text: the sentence is a caption's
    r"\((?:photo|pictured|picture)[, ]+(?:left|right|centre|center|above|below)\)",
    re.IGNORECASE,
)


def is_congratulation(text: str) -> bool:
    """Congratulations or personal wishes, with no signing: "congratulated Thailand on successfully hosting APEC".

    What is congratulated (a congress, an election, a birthday) is another
    occasion; its number or date is no claim about the visit.
    """
    return bool(_CONGRATULATION.search(text)) and not TRACE.search(text) and not _MEETING.search(text)


# Words to the guest, in the second person: "Your visit will add great strength to our partnership" (a welcome post).
_ADDRESSED = re.compile(r"^(?:Your|You)\b")
# Ties or a side weighed, not acted on: "have a historic relationship", "acknowledged the long-standing relations",
# "recognized Nigeria as an influential country", "cooperation now has a new significance".
_WEIGHED_TIES = re.compile(
    r"\b(?:have|has|had|enjoy(?:s|ed)?|share(?:s|d)?) (?:an? |such )?(?:very |truly )?(?:historic(?:al)?|long-standing|longstanding|"
    r"age-old|time-tested|robust|special|deep|excellent|privileged|unique) (?:[\w-]+ )?"
    r"(?:relationship|relations|ties|cooperation|partnership|friendship|bonds?)\b|"
    r"\b(?:acknowledg|recall|cherish)\w* (?:the )?(?:long-standing|longstanding|age-old|time-tested|historic(?:al)?|traditional|deep) "
    r"(?:[\w-]+ ){0,2}(?:relations|ties|friendship|relationship|bonds?)\b|"
    r"\b(?:recogni[sz]ed|regarded|hailed|praised|called|considers|considered|sees|saw|views|viewed) (?:(?-i:[A-Z])[\w-]* ){1,3}as "
    r"(?:an? |the )?(?:most |very |truly |really )?(?:influential|important|reliable|trusted|great|valued|valuable|true|good|close|"
    r"sincere|dependable)\b|"
    r"\b(?:has|have|had|acquired|gained|takes on|took on) (?:a )?new (?:significance|meaning|dimension|importance)\b",
    re.IGNORECASE,
)


def is_weighed_ties(text: str) -> bool:
    """Words to the guest, or ties and a side weighed ("a historic relationship", "an influential country"), with no figure or signing."""
    rest = text.lstrip(LEADING_QUOTES)
    weighed = bool(_ADDRESSED.match(rest) or _WEIGHED_TIES.search(rest))
    return weighed and not FIGURE_SIGN.search(rest) and not TRACE.search(rest)


def is_greeting(text: str) -> bool:
    """A greeting on arrival, a line-up of officials, waved flags, the pleasure of hosting, with no signing in it."""
    return bool(_GREETING.search(text)) and not TRACE.search(text)


def is_rhetoric(text: str) -> bool:
    """A wish in the optative, a simile of kinship, a mirrored phrase, opportunities in general, forever: an ornament.

    A figure or a signing in the sentence ("opportunities worth $2 billion")
    makes it a claim.
    """
    rest = text.lstrip(LEADING_QUOTES)
    patterns = (_OPTATIVE, _KINSHIP_SIMILE, _MIRRORED, _OPPORTUNITIES, _FOREVER)
    going_on = bool(_GOING_ON.search(rest)) and not any(w[:1].isupper() for w in rest.split()[1:])  # toward nothing named
    ornament = going_on or any(p.search(rest) for p in patterns)
    return ornament and not FIGURE_SIGN.search(rest) and not TRACE.search(rest)


def is_guess(text: str) -> bool:
    """The writer's guess at what a speaker meant ("was likely alluding to …"): no claim of the source."""
    return bool(_GUESS.search(text))


def is_lead_in(text: str) -> bool:
    """A line that ends in a colon, with nothing counted or signed: it announces the list after it, whose items are the claims."""
    return text.rstrip(" ”\"’'").endswith(":") and not FIGURE_SIGN.search(text) and not TRACE.search(text)


def is_appraisal(text: str) -> bool:
    """How much ties grew or what a visit means, unmeasured: "have significantly strengthened ties", "the meeting was very cordial".

    A figure says how much; without one the sentence is someone's appraisal.
    """
    return bool(_APPRAISAL.search(text.rstrip(" .”\"’'"))) and not FIGURE_SIGN.search(text)


# A post's line with its subject dropped: "Landed in Guyana …", "Held extensive and productive talks with …", "Had enriching
# discussions …", "Honoured to have met …"; a welcome posted to the guest: "Warm welcome to PM Christopher Luxon".
_POSTED_LINE = re.compile(
    r"^(?:(?:Landed|Held|Had) (?:in|an?|extensive|enriching|productive|fruitful|excellent|wonderful|warm|good|great)\b|"
    r"(?:Honou?red|Delighted|Glad|Happy|Pleased|Thrilled|Grateful|Thankful) to (?:have |be |meet|welcome)|Warm welcome to\b)"
)
# Thanks or gladness addressed to the guest: "I thank you for the invitation", "grateful and humbled by your visit",
# "I congratulate you on …", "glad to have met my friend".
_TO_THE_GUEST = re.compile(
    r"\b(?:I|we) (?:thank|congratulate) you\b|"
    r"\b(?:grateful|humbled|honou?red|thankful)(?: and (?:grateful|humbled|honou?red|thankful))? (?:by|for) your (?:visit|presence)\b|"
    r"\b(?:glad|happy|delighted|pleased) to have met (?:my (?:dear )?friend|you)\b",
    re.IGNORECASE,
)


def is_personal_courtesy(text: str) -> bool:
    """A leader's own courtesy, posted with its subject dropped or said to the guest, with no figure or signing.

    A post's "Landed in Guyana a short while ago" or "Held extensive and
    productive talks with …" repeats, without its subject, the report's own
    sentence on the arrival or the talks; thanks for the visit or the
    invitation say only that they were said.  A participle opening a clause
    ("Held in Riyadh, the summit …") has its subject after the comma.
    """
    rest = text.lstrip(LEADING_QUOTES)
    opening = _POSTED_LINE.match(rest)
    participle = bool(opening) and rest.split()[1] == "in" and "," in " ".join(rest.split()[:8])  # "Held in Riyadh, the …"
    posted = bool(opening) and not participle
    courteous = posted or bool(_TO_THE_GUEST.search(rest))
    return courteous and not FIGURE_SIGN.search(rest) and not TRACE.search(rest)


def is_reader_notice(text: str) -> bool:
    """The page about itself: a copyright line, a forum's rules, an AI summary's warning, a link to pictures."""
    return bool(_READER_NOTICE.search(text))


def is_courtesy(text: str) -> bool:
    """Does the sentence belong to one of the module's classes (see its docstring)?"""
    checks = (
        is_congratulation,
        is_greeting,
        is_rhetoric,
        is_guess,
        is_lead_in,
        is_appraisal,
        is_reader_notice,
        is_weighed_ties,
        is_personal_courtesy,
    )
    return any(check(text) for check in checks)
