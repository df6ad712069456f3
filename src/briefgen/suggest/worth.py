"""Which sentences are worth drafting: a checkable claim, not ceremony, courtesy or agenda.

A sentence is worth an editor's time when a brief could be wrong about it:
someone did, agreed, signed, supplies, plans or counts something specific (a
figure, an amount, a date, a named project or place).  The words are read in
classes, not as a list of sentences seen before:

- *strong* anchors: a number, an amount of money, a percentage, a date, a record
  ("the first visit by a French leader to Vietnam in nearly a decade", :mod:`briefgen.suggest.records`);
- *content acts*: what leaves a trace a brief can check (signed, agreed, a
  memorandum, launched, inaugurated, a pipeline);
- *meeting acts*: visits, arrivals, talks held; specific on their own, but
  not when they are only what a courtesy or a ceremony is about ("thanked him
  for accepting the invitation to visit Astana");
- *named things*: a facility or institution named in full ("the Kurmangazy
  Center for Children's Creativity"), or a place named as one ("in the city
  of Fuzuli"): a specific object even in a sentence of warm words;
- *ceremony*: guards of honour, anthems, introductions, dinners given in
  someone's honour, greetings — how a visit looked, never what it did;
- *courtesy* and *generic prose*: thanks, delight, wishes, praise, and
  agendas that only name sectors ("political, economic, military and social
  aspects"); talks already held over the fields they list are a meeting's
  account (:mod:`briefgen.suggest.fields`).
- *statements of a named side*: what a named speaker says, a view stated as
  one, a readiness, a standing in a named body, a call on a named host, a
  stand taken in talks ("condemned the killing", "raised the issue of attacks
  on temples", "proposed extending the batteries", "invited Italian defence
  companies to participate").
  Generic words are a side's position when its named speaker's statement
  names something besides the speaker and the two sides (a war, a body);
  praise of the two sides' ties stays generic whoever says it.

Courtesy, generic prose and ceremony are dropped unless the sentence also has
a strong anchor, a content act or a named thing; a meeting act, or one field
named as the topic ("in the energy sector"), rescues generic prose only
outside a ceremony or a courtesy.  Opinion ("This visit is seen
as…") and page furniture (links, appeals for donations, captions) are never
drafted, nor the writer's conjecture ("It is likely that …", "hopes are high",
:mod:`briefgen.suggest.conjectures`) or an example, a precedent or a gloss opened
as one ("For example, in June, …", :mod:`briefgen.suggest.illustrations`).
"""

from __future__ import annotations

import re

from briefgen.suggest.agreed_cooperation import agreed_to_step_up
from briefgen.suggest.asides import is_aside
from briefgen.suggest.audiences import addresses_audience
from briefgen.suggest.ceremony_leads import after_ceremony_lead
from briefgen.suggest.commentary import is_commentary
from briefgen.suggest.commitments import tells_a_commitment
from briefgen.suggest.conjectures import is_conjecture
from briefgen.suggest.counted_sides import without_counted_sides
from briefgen.suggest.courtesies import is_courtesy
from briefgen.suggest.dispositions import stated_disposition
from briefgen.suggest.exchanged_texts import exchanged_text
from briefgen.suggest.fields import fields_discussed, is_agenda, one_field_named
from briefgen.suggest.frames import is_framing
from briefgen.suggest.furniture import is_furniture
from briefgen.suggest.held_contents import holds_contents
from briefgen.suggest.hollow import is_hollow
from briefgen.suggest.homages import stop_at_named_place
from briefgen.suggest.hosted_welcomes import hosted_welcome
from briefgen.suggest.illustrations import is_illustration
from briefgen.suggest.issue_views import view_on_issue
from briefgen.suggest.listed_accords import listed_accord
from briefgen.suggest.meeting_subjects import meeting_as_subject
from briefgen.suggest.named_agendas import held_over_fields, planned_agenda
from briefgen.suggest.named_bodies import only_bodies_unsaid
from briefgen.suggest.named_meetings import meets_someone_named
from briefgen.suggest.named_partners import partner_named
from briefgen.suggest.pacts import states_a_pact
from briefgen.suggest.passive_plans import passive_step
from briefgen.suggest.plans import commits_to_act, named_plan, without_commitments
from briefgen.suggest.pledges import is_pledge
from briefgen.suggest.promised_steps import promised_step
from briefgen.suggest.pronoun_speakers import spoken_by_pronoun
from briefgen.suggest.receivers import received_by_name
from briefgen.suggest.records import states_a_record
from briefgen.suggest.speakers import attribution, names_something, spoken_by_name, subjects
from briefgen.suggest.stances import stance_taken
from briefgen.suggest.stressed_points import stressed_point
from briefgen.suggest.thanked_acts import thanks_for_act
from briefgen.suggest.vague import is_vague
from briefgen.suggest.visit_doings import relations_raised, visit_doing
from briefgen.suggest.welcome_places import welcomed_at_named_place
from briefgen.text.english import BULLET_MARKS, MONTH_PATTERN, NUMBER_WORDS, WEEKDAY_WORDS_PATTERN, words_pattern

_OPENING = "“\"‘'" + BULLET_MARKS + " "

_NUMBER_WORDS = words_pattern(NUMBER_WORDS)
_STRONG = re.compile(
    rf"\d|\$|€|£|\bRs\.?\s|per ?cent|%|\b(?:{_NUMBER_WORDS})\b|\b{MONTH_PATTERN}(?=[\s,.;:]|$)|"
    r"\b(?:today|tomorrow|yesterday|(?:this|next|last) (?:year|month|week)|earlier this year|"
    rf"{WEEKDAY_WORDS_PATTERN})\b",
    re.IGNORECASE,
)
# Whole words only: "significant" is no signing, "important" no import, "According" no accord.
_ACTION = re.compile(
    r"\b(?:agree\w*|sign(?:s|ed|ing|ings)?\b(?<!\ba sign)|mous?\b|memorand\w*|accords?\b|deals?\b|consensus|pledge\w*|vow(?:s|ed)?\b|"
    r"target\w*|"
    r"visit\w*|arriv\w*|meet\w*|met\b|talks|sessions?|summit|call(?:s|ed|ing)? (?:on|for)|"
    r"(?:is|are|was|were) ready to|readiness to|discuss\w*|delegation\w*|forum|commission\w*|working group|"
    r"suppl(?:y|ies|ied|ying|iers?)\b|export\w*|import(?:s|ed|ing|ers?)?\b|trade\b|trad(?:ing|ed)|assembl\w*|manufactur\w*|"
    r"produc(?!tiv)\w*|joint ventures?|plants?\b|factor(?:y|ies)|"
    r"projects?\b|establish\w*|set up|launch(?:es|ed|ing)?\b|host\w*|showcas\w*|exhibit\w*|notif\w*|invest\w*|zones?\b|"
    r"cooperat\w*|collaborat\w*|transfer\w*|purchas\w*|buy\w*|sell\w*|deliver\w*|incentives?|recogni[sz]\w*|anniversary|embass\w*|"
    r"co-chair\w*|identif\w*|explor\w*|review\w*|highlight\w*|under discussion|wants? to|seeks? to|interest(?:ed)? in|offer\w*|"
    r"attend\w*|ceremon\w*|inaugurat\w*|opening of|support\w*|request\w*|welcom\w*|received|plann\w*|held\b|construct\w*|"
    r"confer\w*|award\w*|announc\w*|pipelines?|railways?|corridors?|ports?\b|terminals?|natural gas|exercises?|"
    r"commemorat\w*|celebrat\w*|events?\b|festivals?\b|invitation|"
    # who travels with a leader, named: "was accompanied by Foreign Minister …", "Xi's entourage included Cai Qi"
    r"accompanied by (?:[\w.-]+ ){0,2}(?-i:[A-Z])|entourage includ\w* (?:[\w.-]+ ){0,2}(?-i:[A-Z])|"
    # a text or a programme adopted, goods provided, an intention stated, a tour's next stops
    r"adopt(?:s|ed|ing)?\b|provid(?:es|ed|ing) (?:[\w-]+ ){1,3}with\b|intends? to|tour (?:to|of) (?-i:[A-Z])|"
    # a side's stand taken in talks: "condemned the killing", "raised the issue of attacks", "proposed extending the
    # batteries", "invited Italian defence companies to participate" (not "avoided condemning": no stand taken)
    r"condemn(?:s|ed)\b|denounc(?:es|ed)\b|rais(?:ed|es) the (?:issue|matter|question|case) of\b|proposed (?:[a-z]+ing|an?)\b|"
    r"invit(?:ed|es) (?:[\w-]+ ){0,3}(?:companies|firms|businesses|investors) to\b)",
    re.IGNORECASE,
)
# Acts that leave something a brief can check, whoever is thanked or praised around them.
_CONTENT = re.compile(
    r"\b(?:sign(?:s|ed|ing|ings)?\b(?<!\ba sign)|agree(?:d|s|ment|ments)?\b|mous?\b|memorand\w*|accords?\b|deals?\b|"
    r"inaugurat\w*|pipelines?\b|railways?\b|acquired|decided|launch(?:es|ed|ing)?\b|establish(?:ed|es|ing)?\b)",
    re.IGNORECASE,
)
# Meetings and visits: specific in a report, not when only the object of thanks or ceremony.
_MEETING = re.compile(
    r"\b(?:visit\w*|arriv\w*|conven(?:e|es|ed|ing) with)|"
    # the trip itself: "had departed for Egypt", "flew to Hanoi", "left for Tokyo"
    r"\b(?:depart(?:s|ed|ing)? (?:for|from)|left for|(?:flew|flies|flying|travel(?:l)?(?:ed|ing|s)?) to|landed in) (?-i:[A-Z])|"
    r"\b(?:held|had|hold|holds|holding)\b[^,.;]{0,30}\b(?:meetings?|talks)\b",
    re.IGNORECASE,
)
# A facility, institution or route named in full, or a place named as a place: a specific object.
_NAMED_THING = re.compile(
    r"\b(?:[A-Z][\w’'-]+\s+){1,4}(?:(?:for|of)\s+(?:[A-Z][\w’'-]+\s+){0,3})?"
    r"(?:Cent(?:er|re)|Street|Avenue|School|Lyceum|University|Hospital|Clinic|Plant|Factory|Park|Bridge|Airport|Station|"
    r"Museum|Institute|Mosque|Monument|Stadium|Complex|Garden|Terminal|Route|Corridor|Pipeline|Railway|Highway|Canal|Port|Zone|"
    r"Bank|Fund|Union|Organi[sz]ation)s?\b|"
    r"\bin the (?:city|town|village|region|district|province) of [A-Z]\w+"
)
# Ceremony: how a visit looked.  Greeting someone by title is ceremony too ("Tokayev welcomed President Aliyev").
_CEREMONY = re.compile(
    r"\b(?:guards? of hono(?:u)?r|national anthems?|anthems? (?:of|were)|(?:official )?welcom(?:e|ing) ceremon\w*|"
    r"official welcome|welcoming (?:remarks|speech)|"
    r"(?:were|was) introduced to (?:the )?(?:[\w-]+ )?(?:President|Prime Minister|Premier|King|Emir|his|her|their)\b|"
    r"introduc\w+ (?:the )?(?:members of )?(?:the |their |his )?"
    r"delegations?|(?:dinner|luncheon|lunch|banquet|reception) (?:\w+ ){0,3}in (?:his|her|their|the \w+'?s?) hono(?:u)?r|"
    r"in hono(?:u)?r of (?:the )?(?:visiting|distinguished|guest)|(?:family|official|group) photo(?:graph)?s?\b(?! exhibition)|"
    r"(?:glad|pleased|happy|delighted|honou?red) to (?:welcome|receive|host|see|visit|be|meet)|"
    # who attended the ceremony, and how the streets looked
    r"attended the (?:[\w-]+ ){0,2}ceremony|other officials (?:attended|were present)|"
    r"flags? (?:were |was )?(?:hoisted|raised|put up|lined)|\bfront pages?\b|\bbillboards?\b|"
    r"welcom\w* (?:his|her|their) \w+ counterpart|welcomed (?:the )?(?:President|Prime Minister|Premier|King|Emir)\b(?!['’]))",
    re.IGNORECASE,
)
# Courtesies and exhortations: drafted only when the sentence also states something specific.
_COURTESY = re.compile(
    # exhortation: "called on Turkish citizens to visit Uzbekistan", "urging the public to invest"
    # ("urging peaceful resolution to the conflict" urges a named end: "to" opens no infinitive there)
    r"\bcall(?:ed|s|ing)? on (?:[\w-]+ ){1,4}?to (?!the\b|an?\b)[a-z]+|\burg(?:ed|es|ing) (?:[\w-]+ ){1,4}?to (?!the\b|an?\b)[a-z]+|"
    # (a meeting as the subject of what it means, "the visit underscores the historic ties": see .meeting_subjects)
    # a characterisation: "described the talks as constructive" (a figure or a signing in it still rescues it);
    # a named side's conduct described ("described Moscow's actions as a serious matter") is a position;
    # a side itself described ("described Norland as a brotherly nation") is praise
    r"\bdescrib(?:ed|es|ing) (?!(?-i:[A-Z])[\w-]*[’']s )(?:[\w’'-]+ ){1,8}?as\b|"
    r"\b(?:thank\w*|greetings|gratitude|best wishes|good wishes|mutual trust|delight\w*|appreciat\w*|laud\w*|"
    r"express\w* (?:\w+ )?(?:satisfaction|happiness|pleasure)|warm(?:ly)? welcom\w*|warm and)\b",
    re.IGNORECASE,
)
# Praise as the predicate: "is an important contribution to this noble cause", "are a source of pride".
# Evaluative words only: "is the special envoy", "is close to completion", "it is true that" do not praise.
_PRAISE = re.compile(
    r"(?<!\bthere )\b(?:is|are|was|were|remains?|has become|have become)\s+(?:not\s+(?:just|only)\s+)?"
    r"(?:(?:a|an|the|one of the|our|their)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:important|significant|historic\w*|great|noble|brotherly|fraternal|close(?! to)|"
    r"reliable|sincere|true(?! that)|genuine|"
    r"excellent|remarkable|vital|crucial|exemplary|(?:a )?source of pride|sign of|symbol of|example of|evidence of|"
    r"testament to|contribution to|far from)\b",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"\b(?:express\w* (?:a |their |his |her )?(?:strong )?(?:desire|commitment|willingness)|further (?:deepen|strengthen)\w*|"
    r"deepen (?:cooperation|bilateral)|entire (?:gamut|spectrum)|full spectrum|various sectors|diverse (?:sectors|fields|areas)|"
    r"wide range of areas|new avenues|"
    r"new areas of (?:cooperation|collaboration)|mutually beneficial cooperation|(?:recogni[sz]ed|noted|stressed) the importance|"
    r"importance of [^.]*? (?:was|were) (?:noted|recogni[sz]ed|stressed|emphasi[sz]ed)|"
    # wishes and commitments with no content: "is willing to strengthen strategic cooperation"
    r"willing(?:ness)? to|striv\w* for|committed to|commitment to|hoped? that|believes? that|"
    r"(?:strengthen|deepen|enhance|improve|expand)\w* (?:\w+ ){0,4}(?:cooperation|ties|relations|partnership|dialogue|collaboration)|"
    # agenda language: "talks to focus on trade, energy…", "the main topic of discussion"
    r"(?:talks|discussions?|meetings?|sessions?|commission|visit) (?:will |would |to |mainly |also )?focus\w* on|"
    r"emphasis will be placed|central to the discussions|main topic|central theme|agenda includes|(?:key|main) focus|"
    r"(?:will|would|to) be discussed|"
    # decorative praise: "friendship is unbreakable", "a powerful impetus", "an important day in the history"
    r"friendship|goodwill|unbreakable|impetus|important day|new (?:phase|dreams|heights|chapter)|"
    # praise as what the two have: "we have excellent cooperation in transport and tourism"
    r"(?:have|has|enjoy|enjoys) (?:an? )?(?:excellent|close|strong|warm|good|great) (?:cooperation|relations|ties)|"
    r"vast opportunities|full harmony|progress(?:es)? in every area)\b",
    re.IGNORECASE,
)
# Words that look like figures and count nothing: "the two ministers" (a reference back, whoever they
# are), "two countries", a name with digits ("COP29").
_THE_TWO = re.compile(
    r"\bthe two\b|\btwo (?:countries|sides|leaders|nations|parties|states|presidents|peoples)\b|\b[A-Za-z]+\d\w*", re.IGNORECASE
)
# A heading set in capitals ("WE ARE DETERMINED TO REALIZE…") repeats the text under it.
_CAPITALS = re.compile(r"^[^a-z]*$")
# Page furniture that survived cleaning: links, embedded posts, appeals to the reader, photo captions.
_FURNITURE = re.compile(
    # the outlet addressing its reader: "your support means we can keep bringing you the news"
    r"\byour (?:support|donation|contribution|subscription)\b|\bbring(?:s|ing)? you\b|"
    r"https?://|pic\.twitter\.com|\bt\.co/|^(?:Also )?Read(?: more)?:|"
    # an appeal for money, not a gift reported ("panels on 5,000 sites as an Indian donation")
    r"\b(?:single|one-off|monthly|small|make a|your) donations?\b|\bdonate (?:now|today|to us|here)\b|"
    r"\b(?:your|our|become a|join|buy a|with a) (?:[\w-]+ )?membership\b|"
    # a call to subscribe, not a purchase reported ("would subscribe government bonds")
    r"\bsubscrib(?:e|ing) (?:to (?:our|the|my|us)|now|today|here|for free)\b|\bsubscriptions?\b|"
    # the page's time stamp: "Last modified: 28 September, 2022, 11:11 pm", "Updated: 25 Jun. 2023, 17:58"
    r"^(?:Last )?(?:modified|updated|published|posted)(?: on)?:|"
    r"\((?:left|right|centre|center|L|R)\)|\(@\w+[^)]*\)\W*$|"
    # a syndication line, a sponsor's notice, a player's or a font control's labels
    r"\bfirst appeared (?:on|in)\b|\bsponsored content|\bpaid (?:post|content|partnership)\b|\bautoplay\b|\b\d+\s?px\b",
    re.IGNORECASE,
)
# A characterisation: the visit or the accords weighed as a step or a shift, as part of a series, as
# a sign of a thaw; what they did is reported in sentences of their own.  Only a figure or a date
# rescues it.  ("Represents a milestone", "hailed … as vital" are left: editors keep them, attributed.)
# An act done before the writer's judgement of it: "signed a defence pact, marking a historic step" reports the signing.
# (A participle after an article is an adjective: "the signed accords mark a step" judges them.)
_DONE_BEFORE = re.compile(r"(?<!\bthe )(?<!\ba )(?<!\ban )\b(?:signed|inked|concluded|inaugurated|launched|established)\b", re.IGNORECASE)
_CHARACTERISATION = re.compile(
    r"\bmark(?:s|ed|ing)? an? (?:[\w-]+ ){0,2}(?:step|shift|turn|turning point|milestone|chapter|era|phase|stage|page|departure)\b|"
    r"\bsignal(?:s|ed|led|ing|ling) (?:an? )?(?:[\w-]+ ){0,2}(?:thaw|shift|turn|rapprochement|warming)\b|"
    r"\bpart of (?:an? )?(?:[\w-]+ ){0,2}(?:series|wave|trend|pattern) of\b|"
    # a comparison the writer draws: "his presence contrasts with the outgoing president"
    r"\bcontrast(?:s|ed)? (?:sharply |starkly )?with\b",
    re.IGNORECASE,
)
# A sentence about the one before it: "This came during a press conference", "This was agreed during a
# meeting in Baku".  Where and when something was said or agreed, with the what in the sentence before; one that
# gives its day or a figure ("This came during the Crown Prince's state visit … on Sunday, September 10") dates or
# counts what it points back to, and is weighed like any other (see :func:`_figure_or_date`).
_CIRCUMSTANCE_ONLY = re.compile(
    r"^(?:This|That|It) (?:came|comes|was (?:agreed|announced|said|stated|decided|noted|discussed|reported)) "
    r"(?:during|at|in|on|after|when|while|as)\b",
    re.IGNORECASE,
)
# Emphasis with an abstract object: "highlighted his country's economic ties", "stressed the importance of
# collaboration".  What was stressed is no event; a figure or an act in the sentence would be.  In a
# relative clause ("welcomed by the minister, who highlighted …") or a participle ("…, underscoring the
# importance of ties") it is an aside to the main event.
_EMPHASIS = re.compile(
    r"(?<!\bwho )(?<!\bwhich )\b(?:highlight|emphasi[sz]|stress|underlin|underscor)(?:ed|es|s)? "
    r"(?:the |his |her |their |its |our |[\w’'-]+['’]s? )?"
    r"(?:[\w-]+ ){0,2}(?:ties|connections|links|relations|relationship|potential|importance|scale|role|significance)\b|"
    # "it was emphasized how critical it is to …", "welcomed significant progress in cooperation"
    r"\b(?:highlight|emphasi[sz]|stress|underlin|underscor)(?:ed|es|s)? how (?:important|critical|crucial|vital|necessary)\b|"
    # "emphasized the need for collaboration": a need for cooperation itself, not for a named work
    r"\b(?:highlight|emphasi[sz]|stress|underlin|underscor)(?:ed|es|s)? the need for (?:closer |greater |joint )?"
    r"(?:collaboration|cooperation|coordination|dialogue|unity|solidarity)\b|"
    r"(?<!\bwho )\bwelcom(?:ed|es|ing) (?:the )?(?:[\w-]+ ){0,2}(?:progress|momentum|dynamics)\b",
    re.IGNORECASE,
)
# The topic of talks: what a meeting was about, which the meeting it names does not make specific.
_TOPIC = re.compile(
    r"\b(?:main|key|central|principal) (?:topic|focus|theme)\b|\bcentral to the (?:talks|discussions)\b|\bagenda includes\b",
    re.IGNORECASE,
)
# A hope, a belief or a forecast: generic words in one are not made specific by the visit they name.
_WISH = re.compile(r"\b(?:hop(?:e|es|ed|ing)|believ(?:e|es|ed|ing)|wish(?:es|ed|ing)?|expect(?:s|ed|ing)?)\b", re.IGNORECASE)
# A word of the text: letters, not a symbol or a figure alone.
_WORD = re.compile(r"[^\W\d_]{2,}")
# Cooperation spread over every field: "in various fields", "across all sectors".
_SPREAD = re.compile(r"\b(?:various|diverse|all|many|different|multiple|several) (?:fields|sectors|areas|spheres|domains)\b", re.IGNORECASE)
# The two sides of a bilateral report: every sentence names them.
_SIDES = 2
# A standing in a named body: "Norland is an observer state in the Organisation of Baltic States".
_STANDING = re.compile(
    r"\b(?:is|are|was|were|became|becomes|has become)(?: also| now| already)? (?:an? |the )?"
    r"(?:(?:founding|full|full-fledged|permanent|associate|observer|non-permanent) )?"
    r"(?:member|observer|signatory|party)(?: states?| countr(?:y|ies)| nations?)? (?:of|in|to) (?:the )?[A-Z]"
)
_OPINION = re.compile(
    r"^(?:This|That|It) (?:visit |move )?(?:is|was) (?:seen|regarded|considered|viewed) as\b|^This shows\b", re.IGNORECASE
)


# A leader's order to the government, an act with a trace: "instructed the ministers and officials to start at once".
_INSTRUCTION = re.compile(
    r"\b(?:instruct|direct|order|task|charg)(?:ed|s)\s+(?:[\w-]+\s+){0,3}"
    r"(?:ministers?|ministries|officials|agencies|departments|government|cabinet|authorities)\b[^.;]{0,40}?\bto\s+[a-z]{3,}",
    re.IGNORECASE,
)
# The heads of the two sides, unnamed, stating where they stand; and a name of two words or more (a region, a body).
_THE_LEADERS_STATED = re.compile(
    r"\b(?:the|both) (?:presidents|leaders|prime ministers|heads of state)(?: also)? (?:reaffirmed|reiterated|affirmed|declared)\b",
    re.IGNORECASE,
)
_MANY_WORD_NAME = re.compile(r"\b[A-Z][\w-]+(?: (?:of |for )?[A-Z][\w-]+)+")


def _named_position(text: str, quoted: bool = False) -> bool:
    """A named speaker's position on named things: "Erdogan stated that Turkiye is committed to peace in the war in Ukraine".

    Words that are generic in a writer's summary ("committed to", "historic")
    are a side's stated position when its speaker is named and the statement
    names something besides the speaker and the two sides (a war, a body, a
    third country): "Aliyev said Azerbaijan and Norland enjoy excellent
    relations" is still praise.  A sentence set wholly in quotation marks
    (``quoted``) is a speaker's words too, its speaker named before.
    """
    if is_agenda(text) or _SPREAD.search(text):
        return False  # "strengthening relations in various fields": an agenda, whoever states it
    said = bool(attribution(text)) and not text.rstrip().endswith(":")  # not "told": see speakers.spoken_by_name
    if (quoted or said) and len(subjects(text)) >= _SIDES + 1:
        return True
    stated = _THE_LEADERS_STATED.search(text)  # "the presidents reaffirmed their commitment to … in Central Asia"
    return bool(stated and _MANY_WORD_NAME.search(text, stated.end()))


def _figure_or_date(text: str) -> bool:
    """Does the sentence give a figure, an amount or a date (a strong anchor), past words that only look like one ("the two",
    "two brotherly countries": see .counted_sides)?"""
    return bool(_STRONG.search(_THE_TWO.sub("", without_counted_sides(text))))


def _names_a_thing(text: str) -> bool:
    """A facility or institution named in full, unless every one named is a body told as background (.named_bodies).
    Read only when nothing before it anchored the sentence: most sentences never get this far."""
    named = [match.group(0) for match in _NAMED_THING.finditer(text)]
    return bool(named) and not only_bodies_unsaid(text, named)


def check_worthy(text: str, said: bool = False) -> bool:
    """Does the sentence state something a brief could get wrong?

    A sentence opening on a ceremony as its time ("Following the welcome ceremony, the two leaders held talks") is
    weighed by its main clause too, when that clause names an act (:mod:`briefgen.suggest.ceremony_leads`).
    """
    if _worthy(text, said):
        return True
    rest = after_ceremony_lead(text.lstrip(_OPENING))
    return rest is not None and bool(_MEETING.search(rest) or _CONTENT.search(rest) or _ACTION.search(rest)) and _worthy(rest, said)


def _worthy(text: str, said: bool = False) -> bool:
    """Does the sentence state something a brief could get wrong (:func:`check_worthy`, the sentence read whole)?

    ``said``: the words are a named speaker's, whose attribution was trimmed off the quote ("…," Yoon said):
    a position stated in talks is a claim when it names what it is about.

    Ceremony is rescued only by a figure, a date, an act that leaves a trace
    (a signing, an agreement), an arrival at a named place or homage paid at one
    (:mod:`briefgen.suggest.homages`), or its host named (:mod:`briefgen.suggest.hosted_welcomes`), not by where
    it took place; courtesy by those
    or by a named facility or place (a gift "the Kurmangazy Center"): the visit
    they thank someone for is reported elsewhere, with its facts.
    Generic prose and agendas are rescued by those, or by a visit or meeting.
    """
    quoted = text.lstrip(" ").startswith(("“", '"'))
    text = text.lstrip(_OPENING)
    if len(text.split()) < 5 or len(_WORD.findall(text)) < 4 or _CAPITALS.match(text):
        return False  # too short to state anything, or symbols and figures with a word or two: a control's labels
    circumstance = _CIRCUMSTANCE_ONLY.search(text) and not _figure_or_date(text)
    if _OPINION.search(text) or _FURNITURE.search(text) or circumstance or is_furniture(text):
        return False
    if received_by_name(text):
        return True  # "She was received by the Prime Minister Sitiveni Rabuka of Fiji at the airport": see .receivers
    if welcomed_at_named_place(text):
        return True  # "was accorded a ceremonial welcome at the forecourt of the Rashtrapati Bhavan": see .welcome_places
    if thanks_for_act(text):
        return True  # "thanked China for its assistance in providing development funds": the act thanked for, see .thanked_acts
    if agreed_to_step_up(text) or promised_step(text) or partner_named(text):
        return True  # "agreed to enhance cooperation in defence", "vowed to deepen cooperation on defence", "Xi noted that
        # the UAE is an important partner": see .agreed_cooperation, .promised_steps, .named_partners
    if stated_disposition(text):
        return True  # "China stands ready to work with Mexico to …", "Marcos expressed his desire to …": see .dispositions
    if planned_agenda(text) or held_over_fields(text):
        return True  # "the pair will discuss cooperation in trade, economic, and investment areas": see .named_agendas
    if exchanged_text(text):
        return True  # "witnessed the exchange of a number of documents", "released a 'Joint strategic vision'": see .exchanged_texts
    if holds_contents(text) and not _CEREMONY.search(text):
        return True  # "The joint statement includes a commitment to …", "It also contains provisions for …": see .held_contents
    if is_hollow(text) or is_courtesy(text) or is_vague(text) or is_aside(text) or is_pledge(text):
        return False  # a hope, an agenda, a flourish, protocol, congratulations: see .hollow, .courtesies, .vague, .asides, .pledges
    if is_framing(text):
        return False  # "the visit comes amid trade tensions", "will continue walking together": see .frames
    if is_commentary(text):
        return False  # "ties have deepened since 2022", "a testament to the high level of relations": see .commentary
    if is_conjecture(text) or is_illustration(text):
        return False  # "It is likely that …", "hopes are high", "For example, in June, …": see .conjectures, .illustrations
    strong = states_a_record(text) or _figure_or_date(text)  # a rank anchors as a figure does, see .records
    judged = _CHARACTERISATION.search(text)
    if judged and not strong and not _DONE_BEFORE.search(text, 0, judged.start()):
        return False  # "the agreements mark a significant step towards …": a judgement, not an event
    arrival = stop_at_named_place(text)  # where the visitor arrived or paid homage: checkable, however it was welcomed
    arrival = arrival or hosted_welcome(text)  # who hosted the welcome ceremony, see .hosted_welcomes
    anchored = strong or bool(_CONTENT.search(text)) or states_a_pact(text)  # what a treaty holds: see .pacts
    if not anchored and not arrival and _CEREMONY.search(text):
        return False  # guards of honour, anthems, greetings: wherever they took place
    anchored = anchored or arrival or _names_a_thing(text)
    if view_on_issue(text):
        return True  # "Macron noted that tariffs only bring inflation": a side's position on an issue, see .issue_views
    if stance_taken(text):
        return True  # "Scholz dismissed Erdogan's accusations against Israel": a named leader's stand, see .stances
    if not anchored and (_COURTESY.search(text) or meeting_as_subject(text)):
        return False  # thanks, delight, wishes; "the visit underscored the ties"
    if stressed_point(text):
        return True  # "Merz underscored the need for Europe to …": a named speaker's point, see .stressed_points
    generic = bool(_GENERIC.search(without_commitments(text)) or _PRAISE.search(text) or is_agenda(text))
    if not anchored and (_EMPHASIS.search(text) or _TOPIC.search(text)) and not _named_position(text, quoted):
        return False  # "highlighted the scale and potential of the relationship": what was stressed, not what was done
    met = meets_someone_named(text)  # "will meet with Prime Minister Hun Manet to discuss …": see .named_meetings
    if not anchored and generic and _WISH.search(text) and not met:
        return False  # "we believe that with the visit, relations will be strengthened": a hope, whatever visit it names
    specific = anchored or bool(_MEETING.search(text)) or met or fields_discussed(text)  # "the talks covered trade, energy …"
    specific = specific or relations_raised(text)  # "welcomed the elevation of bilateral ties to Enhanced Partnership"
    topical = specific or one_field_named(text)  # "ways to enhance ties in the energy sector"
    if not topical and generic and not _named_position(text, quoted):
        return False  # "further deepen cooperation in diverse fields", "political, economic and social aspects"
    said = (said and names_something(text)) or spoken_by_name(text) or spoken_by_pronoun(text)  # "…," he said: see .pronoun_speakers
    acted = bool(_ACTION.search(text) or _STANDING.search(text) or _INSTRUCTION.search(text)) or addresses_audience(text)  # see .audiences
    return (
        specific
        or acted
        or said
        or named_plan(text)
        or visit_doing(text)  # a meal, a gift, ties raised: see .visit_doings
        or commits_to_act(text)  # "New Delhi committed to training public officials": a pledge with a trace, see .plans
        or listed_accord(text)  # "- A nutrition partnership between …": see .listed_accords
        or tells_a_commitment(text)  # "has placed a substantial order for Bayraktar TB3 …": see .commitments
        or passive_step(text)  # "… will also be created": see .passive_plans
    )
