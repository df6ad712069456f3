"""Sentences that read like news and state nothing a brief could get wrong.

:mod:`briefgen.suggest.worth` keeps a sentence when it names an act, a
meeting or a figure.  Some sentences name one and still hold nothing to
check, and an editor throws their drafts away.  They come in classes:

- *hopes and resolve*: "She hoped that the talks will be fruitful", "We look
  forward to discussing cooperation", "which will surely result in more
  trade", "we are determined to realize any project": what someone wishes,
  not what happened; a figure or a signing in it is a claim;
- *unnamed outcomes*: "At every stage, we are getting new agreements": no
  figure counts them and no name says which;
- *agendas of common nouns*: "the leaders discussed regional and multilateral
  matters", "cooperation covers the trade and sports areas", "These include …",
  "agreed to make joint efforts to enhance mutually beneficial cooperation",
  "Discussions will tackle ways to forge closer relations", "aspects of
  A-B relations" (the pair's relations, named by the pair, are no subject),
  talks reviewed, had or held over such words, or taking them in ("They
  also reviewed the salient issues on the global and regional agenda", "we
  had detailed discussions on the most important topics", "Our talks were
  wide ranging and included ways to further cement bilateral ties"), and
  what was emphasised after them weighs nothing ("…, emphasising the
  importance of building bridges of cooperation"):
  the act is real, but its object is only fields and
  intentions; a name ("discussed Gaza and Libya"), a figure or a date is what
  makes a discussion checkable;
- *flourishes*: a rhetorical inversion ("Never in recent years have so
  many … gathered") or a saying quoted ("as the proverb goes"): a
  speaker's ornament, unless it counts something;
- *ceremonial welcomes*: "was accorded a ceremonial welcome", "Present to
  welcome him were …": protocol, like guards of honour;
- *posts and links*: a social network's handles ("@leader"), "Watch:" or
  "Listen:" before a link's title;
- *colour*: the writer's framing ("Given slow global recovery, the sides
  agreed to make joint efforts …"), a plight ("the diplomatically isolated
  leader"), a potential with nothing to measure it ("there is a great
  potential"), history recalled ("relations date back to 1950", "was the
  president between 1993 and 2003") — a signing in it is an event;
- *rhetoric*: a promise of "a new level" or "new heights" (a signing or a
  figure keeps it), what "we" need or should do with nothing named, clauses
  repeating their opening ("When A meets B, when C …"), a guess ("is likely
  to have asked"), an occasion weighed ("hailed the visit as a turning point");
- *street ceremony*: a wreath, a motorcade, crowds lining the streets, a pose
  for photographers, a wire picture's credit after a bar ("… | Agency"); a
  wreath laid at a memorial the sentence names is a stop of the visit
  (:mod:`briefgen.suggest.homages`);
- *relations summed up*: "after years of tense relations", "has been
  positively received", "deepened over the years", "is becoming a hub of
  trade" — unless dated or counted;
- *occasions as opportunities*: "The meetings also provide a platform for
  discussing pressing regional issues", "It will provide an excellent
  opportunity for both sides to advance the partnership": what the occasion
  is for, not what it did (:mod:`briefgen.suggest.opportunities`);
- *captions of an earlier day*: a line with a photo credit ("(Photo:
  Agency)") that dates its picture a week or more before the page shows
  another occasion than the one reported.

Each class is rescued by what makes a sentence checkable in it: a figure, a
signing, a name.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.suggest.agenda_words import AGENDA_WORDS, SMALL_WORDS
from briefgen.suggest.arrivals import arrival_at_named_place
from briefgen.suggest.dates import dated_phrases
from briefgen.suggest.homages import homage_at_named_place
from briefgen.suggest.meeting_subjects import TRACE, weighed_occasion
from briefgen.suggest.named_meetings import meets_someone_named
from briefgen.suggest.opportunities import occasion_as_opportunity
from briefgen.text.english import FULL_WEEKDAY_PATTERN, LEADING_QUOTES, MONTH_PATTERN, NUMBER_WORDS, words_pattern

# A figure: digits, an amount, a percentage.  Day names and "today" do not make a hope checkable.
_FIGURE = re.compile(r"\d|\$|€|£|\bRs\.?\s|per ?cent|%")
_HOPE = re.compile(
    r"\b(?:hop(?:e|es|ed|ing) (?:that|for)|look(?:s|ed|ing)? forward to|will surely|wish(?:es|ed)? (?:that|for)|"
    # resolve: "we are determined to realize any kind of project", "full of determination"
    r"(?:are|is|am|were|was|remains?) (?:firmly |fully )?determined to|full of determination)\b",
    re.IGNORECASE,
)
# Talks looked forward to, with someone named: the speaker's plan for the visit, not a wish for its outcome.
_TALKS_AHEAD = re.compile(
    r"\blook(?:s|ed|ing)? forward to (?:my |our |his |her |their |the )?(?:meeting|discussions?|talks|talking)"
    r"(?: with)? (?:[\w’'-]+ ){0,2}?(?-i:[A-Z])",
    re.IGNORECASE,
)
# Outcomes counted by no one and named by no one: "we are getting new agreements", "new results of cooperation".
_UNNAMED_OUTCOME = re.compile(r"\bnew (?:results|agreements|achievements|successes)\b", re.IGNORECASE)
# New agreements counted in words are counted: "the signing of nine new agreements".
_COUNTED_IN_WORDS = re.compile(rf"\b(?:{words_pattern(NUMBER_WORDS)}) new\b", re.IGNORECASE)
# Discussing, or agreeing to an intention: the act whose object decides whether the sentence is checkable.
_AGENDA_ACT = re.compile(
    r"\b(?:discussions? (?:on|of|about)|discuss(?:ed|es|ing)?\b|exchang(?:e|ed|es) views on|"
    r"(?:agreed|decided|pledged|vowed) to (?=(?:make|work|further|strengthen|enhance|boost|deepen|expand|promote|"
    r"intensify|step|continue|jointly)\b)|"
    # what cooperation spans, or what "these" were: "cooperation covers the political and trade areas", "These include …"
    r"\b(?:covers|covering|spans|spanning|encompasses|encompassing)\b|^(?:These|They|Those) (?:include|includes|included)\b|"
    # talks described by what they address or explore: "Discussions will tackle ways to …"
    r"\b(?:discussions|talks) (?:will |would )?(?:tackle|address|explore)\b|"
    # relations reviewed, or talks had over topics: "They also reviewed the salient issues on the global and regional
    # agenda", "Today we had detailed discussions on the most important topics"
    r"\breview(?:ed|s)?(?: and assess(?:ed|es)?)?\b(?= (?:the|all|bilateral|regional|international|global|mutual)\b)|"
    # what talks took in: "Our talks were wide ranging and included ways to further cement bilateral ties"
    r"\b(?:talks|discussions)[^.,;]{0,30}? includ(?:ed|es)\b|"
    r"\b(?:had|held) (?:in-depth |detailed |wide-ranging )?(?:discussions|talks)(?=,? (?:on|about|focusing)\b))",
    re.IGNORECASE,
)
# A meeting with a named counterpart, or held at a named place, before what it discussed.
_NAMED_MEETING = re.compile(
    r"\b(?:met|meets|meeting with)\s+(?:[a-z]+\s+){0,2}(?-i:[A-Z])|"
    r"\bheld (?:an? |the )?(?:[\w-]+ ){0,2}(?:meeting|talks)\b[^,.;]{0,20}?\b(?:in|at) (?-i:[A-Z])"
)
# A figure that counts: digits that are not part of a name ("Covid-19", "G20", "COP29").
_COUNTED = re.compile(
    r"(?<![\w-])\d|\$|€|£|\bRs\.?\s|per ?cent|%|\b(?:hundreds?|thousands?|millions?|billions?|trillions?)\b", re.IGNORECASE
)
# An act set against the state of the world: "Given slow global recovery, …", "Against the backdrop of …".
_FRAMED = re.compile(r"^[“\"‘']?(?:Given|Against the backdrop of|In (?:the )?(?:light|view|face) of|Amid(?:st)?)\b", re.IGNORECASE)
# The writer's weighing of an occasion: "the visit is considered very important".
_WEIGHED = re.compile(r"\b(?:is|was|are|were) (?:widely )?(?:considered|seen|regarded|viewed)\b", re.IGNORECASE)
# The writer's colour on a country's or a leader's plight: "the diplomatically isolated leader", "a crippled economy".
_PLIGHT = re.compile(
    r"\b(?:isolated|crippled|impaired|grappl(?:e|es|ed|ing)|beleaguered|embattled|ailing|cash-strapped|battered|pariah)\b",
    re.IGNORECASE,
)
# Potential, with nothing to measure it by: "there is a great potential".
_POTENTIAL = re.compile(
    r"\bthere (?:is|are|was|remains) (?:an? )?(?:great|huge|vast|enormous|immense|tremendous|considerable|significant|untapped) "
    r"potential\b",
    re.IGNORECASE,
)
# History recalled: "relations date back to 1950", "was the president of Norland between 1993 and 2003".
_HISTORY = re.compile(
    r"\b(?:dates?|dating|traces?|tracing) back to\b|"
    r"\b(?:was|were) (?:the )?(?:[A-Z][\w-]+ ){0,2}(?:President|Prime Minister|Premier|King|Queen|leader|head) of "
    r"(?:the )?[A-Z][\w-]+ (?:from|between) (?:19|20)\d\d\b"
)
_NEVER = re.compile(r"^[“\"‘']?Never (?:before|in|has|have|had|was|were|did)\b")
# Clauses opened by the same conjunction in a row: "When A meets B, when C pairs with D, …".
_ANAPHORA = re.compile(r"^[“\"‘']?(When|If|Where|Whenever)\b[^.]*?[,;…]\s*(?:and\s+)?\1\b", re.IGNORECASE)
# Guessing what happened: "is also likely to have asked for help".
_CONJECTURE = re.compile(r"\b(?:is|are|was|were) (?:also |most |very |highly )?(?:un)?likely to have\b", re.IGNORECASE)
# A saying quoted: "In one of his sayings, Confucius tells us …", "relations shaped by the maxim …".
_SAYING = re.compile(r"\b(?:sayings|(?:a|an old|the|his|her|their) saying|proverbs?|maxims?|adages?)\b", re.IGNORECASE)
_WELCOME = re.compile(
    r"\bceremonial (?:reception|welcome)|\baccorded (?:an? )?(?:[\w-]+ )?welcome\b|^Present to (?:welcome|receive|greet)\b",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z_]\w+")
_LINK_LABEL = re.compile(r"^(?:Also )?(?:Watch|Listen|See)(?: also| more)?:", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(
    r"\((?:photo|photograph|image|picture|file photo|photo credit)s?(?: ?(?::|by|courtesy)[^)]*)?\)|"
    r"\b(?:photo|image|picture) ?(?:credit)?: [A-Z][^.]*$|\(\w+(?: \w+)? photo\)",
    re.IGNORECASE,
)
# A week: the days a visit's report covers; a picture dated earlier is from the archive.
_EARLIER_DAYS = 7
# A reporting verb before the agenda: the words are someone's account, which editors quote.
_REPORTED = re.compile(r"\b(?:said|says|stated|told)\b", re.IGNORECASE)
# How long, not how much: "in the coming 25 years".
_DURATION = re.compile(r"\b\d+ (?:years?|decades?|months?)\b", re.IGNORECASE)
# A signing: what rescues a promise of elevation ("will sign a treaty, which will lead to a new level").
_SIGNING = re.compile(r"\bsign(?:s|ed|ing)?\b(?<!\ba sign)", re.IGNORECASE)
# A month or a weekday: the writer dates a step rather than summing up years.
_DATED = re.compile(rf"\b{MONTH_PATTERN}\b|\b(?:{FULL_WEEKDAY_PATTERN})\b")
# What a scope is stated with: "covers", "spanning"; after a signing ("four deals were signed, covering trade") it is the deals'.
_COVERING = re.compile(r"cover|span|encompass", re.IGNORECASE)
# A reason, a circumstance or an emphasis after the agenda: ", as the two states claim the same reef", ", while …",
# ", emphasising the importance of …" (what was stressed of an agenda is no subject of it).
_REASON = re.compile(r",\s+(?:as(?! well\b)|while|because|since|amid|emphasi[sz]ing|stressing|underlining)\b", re.IGNORECASE)
# A discussion still to come, in the speaker's plan: "he would discuss", "will discuss".
_PLANNED = re.compile(r"\b(?:would|will) (?:also )?$", re.IGNORECASE)
# Ceremony at a monument or on the streets: a wreath laid, a motorcade, crowds lining the streets, a pose.
_CEREMONY = re.compile(
    r"\b(?:la(?:id|y|ys|ying) (?:a )?wreaths?|wreath-laying|motorcades?|crowds? lined|"
    r"pose[sd]? for (?:a |the )?(?:group |family |official )?(?:photos?|photographs?|pictures?))\b",
    re.IGNORECASE,
)
# A wire picture's credit after a bar at the end of its caption: "… in Moscow on Saturday. | AP".
_BAR_CREDIT = re.compile(r"\s\|\s*[A-Z][\w./&-]*(?: [A-Z][\w./&-]*){0,3}\s*$")
# Elevation promised: "would bring ties to an absolutely new level", "take this partnership to new heights".
_ELEVATION = re.compile(
    r"\b(?:will|would|shall|could|can|going to)\b[^.;]{0,80}?\bto (?:an? |the )?(?:(?:absolutely|qualitatively|entirely|"
    r"completely|whole) )?(?:new|higher|next|greater) (?:levels?|heights?|stage)\b",
    re.IGNORECASE,
)
# The state of relations over years, as the writer sums it up: "after years of tense relations".
_STRAINED = re.compile(
    r"\byears of (?:(?:tense|strained|frosty|cold|troubled|difficult|rocky|bitter|uneasy) )?"
    r"(?:relations|ties|tensions?|strain|friction|estrangement|hostility|acrimony|mistrust|rivalry)\b",
    re.IGNORECASE,
)
# Relations' course over years, as a writer or a ministry sums it up: "had “deepened” over the years".
_COURSE = re.compile(
    r"\b(?:deepened|grown|strengthened|improved|matured|flourished|evolved|expanded)[”\"’']? (?:steadily )?over the (?:years|decades)\b",
    re.IGNORECASE,
)
# How a step was taken by others: "has been positively received in the capital".
_RECEIVED = re.compile(
    r"\b(?:has|have|had) been (?:positively|warmly|well|favou?rably|coldly|badly|poorly|widely) (?:received|welcomed)\b|"
    r"\bmarks? a welcome (?:change|shift|development)\b",
    re.IGNORECASE,
)
# A country's course as the writer characterises it: "is becoming a hub of global trade".
_BECOMING = re.compile(
    r"\b(?:is|are) (?:fast |rapidly |steadily )?(?:becoming|emerging as|poised to become|set to become) (?:an? |the )"
    r"(?:[\w-]+ ){0,4}(?:hub|cent(?:re|er)|destination|powerhouse|gateway|engine)s?\b",
    re.IGNORECASE,
)
# An occasion already reported, weighed: "hailed the visit as a turning point", "signing is a great opportunity to …".
_WEIGHED_OCCASION = re.compile(
    r"\b(?:hail(?:s|ed)?|welcom(?:es|ed)|describ(?:es|ed)|call(?:s|ed)|termed|praised) (?:the |this |that )?(?:[\w-]+ ){0,2}"
    r"(?:agreement|visit|deal|treaty|signing|talks|meeting|trip|summit|accord|document)s? as\b|"
    r"\b(?:is|was|are|were|as) an? (?:great|good|unique|important|historic|excellent|real|major) opportunit(?:y|ies) (?:to|for)\b",
    re.IGNORECASE,
)
# What "we" or the two sides need or ought to do: an exhortation, not an act.
_EXHORTATION = re.compile(
    r"\b(?:we|the two (?:countries|sides|nations)|both (?:countries|sides|nations)) (?:need|should|must|ought to)\b",
    re.IGNORECASE,
)
# The two sides' relations named by their pair ("China-Arab relations"): the relation, not a subject of its own.
_PAIR_RELATIONS = re.compile(r"\b[A-Z][\w’']*[-–][A-Z][\w’']* (?:relations|ties|relationship|cooperation|partnership)\b")
_WORDS = re.compile(r"[A-Za-z][\w’'&-]*|&")


def is_hope(text: str) -> bool:
    """A wish or a hope with no figure and no signing in it: "She hoped that the talks will be fruitful".

    What someone hopes for is no event; a hope that counts something ("hoped to
    sign deals worth $2 billion") is a claim a brief can quote and check.
    """
    if _TALKS_AHEAD.search(text):
        return False  # "I look forward to my discussions with President Sisi": talks to come, with whom
    return bool(_HOPE.search(text)) and not _FIGURE.search(text) and not TRACE.search(text)


def agenda_only(text: str) -> bool:
    """Whether what was discussed or agreed on is fields and intentions only, with nothing named or counted.

    "The two leaders discussed regional and multilateral matters": a real
    meeting, but nothing a brief could get wrong.  A name in the object
    ("discussed the situation in Gaza"), a figure, or a word outside the class
    of agenda words ("the removal of militias") makes the discussion specific.
    """
    match = _AGENDA_ACT.search(text)
    planned = bool(_PLANNED.search(text, 0, match.start())) if match else False  # "he would discuss …": a plan, not an account
    reported = not planned and bool(_REPORTED.search(text, 0, match.start() if match else 0))
    signed = match is not None and _COVERING.match(match.group()) and TRACE.search(text, 0, match.start())
    if match is None or _FIGURE.search(text) or TRACE.search(text[match.end() :]) or reported or signed:
        return False  # counted, signed, or a named speaker's account of the talks
    if (
        _NAMED_MEETING.search(text, 0, match.start())
        or meets_someone_named(text[: match.start()])
        or arrival_at_named_place(text[: match.start()])
    ):
        return False  # "Yunus met Xi Jinping, where both discussed trade", "landed in Beijing to discuss …": the meeting, the trip
    agenda = _PAIR_RELATIONS.sub("relations", _REASON.split(text[match.end() :], maxsplit=1)[0])  # not the reason given for it
    words = _WORDS.findall(agenda)
    if any(w[:1].isupper() for w in words):
        return False  # a name: "discussed Gaza", "the Agreement on Transit Trade"
    content = [w.casefold().rstrip("’'") for w in words if w.casefold() not in SMALL_WORDS and w != "&"]
    return bool(content) and all(w in AGENDA_WORDS for w in content)


def unnamed_outcome(text: str) -> bool:
    """New agreements or results that no figure counts and no name identifies: "At every stage, we get new agreements".

    A capitalised word after the first ("new results within the Belt and Road
    initiative") or a figure says which; without them there is nothing to check.
    """
    rest = text.lstrip(LEADING_QUOTES)
    if _COUNTED_IN_WORDS.search(rest):
        return False
    return bool(_UNNAMED_OUTCOME.search(rest)) and not _FIGURE.search(rest) and not any(w[:1].isupper() for w in _WORDS.findall(rest)[1:])


def is_flourish(text: str) -> bool:
    """A rhetorical inversion or a quoted saying with nothing counted: "Never in recent years have so many gathered"."""
    ornament = _NEVER.search(text) or _SAYING.search(text) or _ANAPHORA.search(text) or _CONJECTURE.search(text)
    return bool(ornament) and not _FIGURE.search(text)


def is_elevation(text: str) -> bool:
    """A promise to raise relations "to a new level" or "to new heights", with nothing counted: rhetoric, whoever signs.

    What ties "would" reach is a speaker's figure of speech; the level reached
    ("have reached a new level of strategic partnership") or a figure ("will take
    trade to $5 billion") is a claim.
    """
    counted = _FIGURE.search(_DURATION.sub("", text))  # "the coming 25 years are going to take …" counts nothing
    return bool(_ELEVATION.search(text)) and not counted and not _SIGNING.search(text)


def is_exhortation(text: str) -> bool:
    """What "we" or the two sides need or ought to do, with nothing counted, signed or named: "we need more cooperation".

    A name ("should implement projects like the Norland Park", "Prime Minister
    Lee said: both sides must …") says who urges what; without one the line is
    an exhortation with its speaker cut off.
    """
    rest = text.lstrip(LEADING_QUOTES)
    named = any(w[:1].isupper() for w in _WORDS.findall(rest)[1:])
    return bool(_EXHORTATION.search(rest)) and not named and not _FIGURE.search(rest) and not TRACE.search(rest)


def is_weighing(text: str) -> bool:
    """An occasion the report already gives, weighed by someone: "welcomed the treaty as a benefit to both peoples".

    The signing or the visit is drafted from the sentence that reports it;
    what it is hailed as is a judgement, unless it counts something.  So is
    what the visit itself is said to mean ("The visit fortified the two
    countries' robust trade and investment partnerships"): see :func:`.weighed_occasion`.
    """
    hailed = bool(_WEIGHED_OCCASION.search(text)) and not _FIGURE.search(_DURATION.sub("", text))
    return hailed or weighed_occasion(text)


def is_ceremony(text: str) -> bool:
    """A wreath laid, a reception attended, a motorcade, flags flying, a pose for photographers, a wire picture's credit.

    How a visit looked: its anniversary's number does not make it checkable
    news ("a wreath-laying to mark the 78th anniversary"); only a signing does, or a
    memorial named ("laid a wreath at the Kremlin Wall's Unknown Soldier's Tomb"): see .homages.
    """
    ceremony = bool(_CEREMONY.search(text) or _BAR_CREDIT.search(text))
    return ceremony and not TRACE.search(text) and not homage_at_named_place(text)


def is_protocol(text: str) -> bool:
    """A welcome by protocol ("was accorded a ceremonial welcome"), a post's handles, or a link's label ("Watch: …").

    A post that reports a signing ("@ministry: the two sides signed 6 agreements") is kept.
    """
    post = bool(_HANDLE.search(text)) and not TRACE.search(text)  # a post that reports a signing is a report
    return bool(_WELCOME.search(text) or _LINK_LABEL.search(text)) or post


def _framed(text: str) -> bool:
    """An act set against the state of the world, done by no one the main clause names, or weighed as important."""
    frame = _FRAMED.search(text)
    comma = text.find(",", frame.end()) if frame else -1
    if frame is None or comma < 0:
        return False
    main = text[comma + 1 :]
    return not any(w[:1].isupper() for w in _WORDS.findall(main)) or bool(_WEIGHED.search(main))


def is_colour(text: str) -> bool:
    """The writer's framing, not an event: an act set against the state of the world, a plight, a potential, history.

    "Given slow global recovery, the sides agreed to make joint efforts", "the
    diplomatically isolated leader", "there is a great potential", "relations
    date back to 1950": context a reader gets from elsewhere.  A figure (not a
    name's digits, "Covid-19") or a signing is what would make one checkable.
    """
    if _COUNTED.search(text) or TRACE.search(text):
        return _HISTORY.search(text) is not None and TRACE.search(text) is None
    summed_up = not _DATED.search(text) and any(p.search(text) for p in (_STRAINED, _RECEIVED, _COURSE))  # a dated step is news
    return summed_up or _framed(text) or any(p.search(text) for p in (_PLIGHT, _POTENTIAL, _HISTORY, _BECOMING))


def is_hollow(text: str) -> bool:
    """Does the sentence belong to one of the classes that state nothing checkable (see the module's docstring)?"""
    checks = [is_hope, agenda_only, unnamed_outcome, is_flourish, is_protocol, is_colour]
    checks += [is_elevation, is_exhortation, is_ceremony, is_weighing, occasion_as_opportunity]
    return any(check(text) for check in checks)


def is_caption(line: str) -> bool:
    """Whether a line of the body is a photo's caption: it carries the photo's credit ("(Photo: Agency)")."""
    return bool(_PHOTO_CREDIT.search(line.strip()))


def earlier_picture(line: str, published: dt.date | None) -> bool:
    """Whether a caption shows an earlier occasion: it dates its picture a week or more before the page.

    A picture from the archive ("addresses a conference in the capital on
    March 8" on a page of March 29) is not the occasion the report is about;
    a caption of the day itself ("welcomes the president on Dec. 12") is.
    """
    if published is None or not is_caption(line):
        return False
    days = [dt.date(d.year, d.month, d.day) for _, _, d, _ in dated_phrases(line, published, future=False) if d.month and d.day]
    return any((published - day).days >= _EARLIER_DAYS for day in days)
