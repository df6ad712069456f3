"""A named side's plan or expected act: "Việt Nam and Japan would also boost exchanges", "Marcos is expected to meet".

What a side will do is a claim an editor keeps, and a brief can be wrong
about it: who acts is named and what they will do is a verb with an object.
:mod:`briefgen.suggest.worth` drafts a sentence when it names an act from its
classes (a signing, a visit, trade); a plan can name any act ("will tackle
maritime concerns", "would work together in industries of the future"), so
the class here is read from the sentence's shape instead of its verb:

- a clause whose subject is a side named as one (a country, a leader, "the
  two countries", "Marcos and Vietnamese officials"), never a pronoun ("It
  will …", "They would …": the draft would not say who) nor a thing ("The
  visit will …");
- then a modal of the future ("will", "would", "shall") or an expectation
  ("is expected to", "are set to", "is scheduled to"), with a verb of action
  after it: "will be" and "would have" state a being or a having, which is
  how praise is phrased ("would be a milestone");
- and what is to be done after the verb, in a few words: an excerpt cut off
  after "are expected to exchange" names no plan yet.

The words the sentence is weighed by elsewhere (hopes, agendas, courtesy,
generic praise) are weighed before this rule is asked: a plan only rescues a
sentence that no class rejected and no act named.
"""

from __future__ import annotations

import re

# The future, or the expectation of an act: the verb after it must be an act, not a being or a having.
_FUTURE = re.compile(
    r"\b(?:will|would|shall|(?:is|are)(?: also)? (?:expected|set|scheduled|slated|due) to)"
    r"(?: (?:also|further|jointly|then|soon|not|never|now|likewise))*"
    r" (?!(?:be|have|has|continue|remain|like|love|want)\b)[a-z]{3,}\b"
)
# Where a clause starts: the sentence's start, a reporting "that", a comma or semicolon.
_CLAUSE_START = re.compile(r"(?:^|\bthat |[,;:] )")
# The lower-case words a named side may carry: joints of a name and nouns for the people acting.
_SIDE_WORDS = frozenset(
    {
        "and",
        "of",
        "the",
        "both",
        "two",
        "officials",
        "leaders",
        "countries",
        "sides",
        "nations",
        "governments",
        "government",
        "delegation",
        "delegations",
        "ministers",
        "minister",
        "president",
        "prime",
        "leader",
        "counterpart",
        "counterparts",
    }
)
# A subject that refers back or names no side.
_NOT_A_SIDE = frozenset({"He", "She", "It", "They", "This", "That", "These", "Those", "We", "I", "You", "There", "Its", "Their"})
_MAX_SUBJECT_WORDS = 7
# What is to be done, after the verb: "will tackle … maritime concerns"; an excerpt cut after the verb says nothing yet.
_MIN_OBJECT_WORDS = 3
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")


def _named_side(subject: str) -> bool:
    """Is the subject a side named as one: names, with at most the words that join a name or say who acts?"""
    words = _WORD.findall(subject)
    if not words or len(words) > _MAX_SUBJECT_WORDS or len(words) != len(subject.split()):
        return False  # a figure, a bracket or a long noun phrase: not a side named
    if words[0] in _NOT_A_SIDE:
        return False
    named = [w for w in words if w[:1].isupper()]
    plain = [w for w in words if not w[:1].isupper()]
    two_sides = subject.lower().startswith(("the two ", "both "))
    return (bool(named) or two_sides) and all(w.lower() in _SIDE_WORDS for w in plain)


def named_plan(text: str) -> bool:
    """Does a side named as one say or expect to do something: "Mendiola-Rau added that Marcos … will tackle …"?"""
    for future in _FUTURE.finditer(text):
        starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, future.start())]
        named = bool(starts) and _named_side(text[starts[-1] : future.start()].strip())
        if named and len(_WORD.findall(text[future.end() :])) >= _MIN_OBJECT_WORDS:
            return True
    return False


# A commitment to a named act: "is committed to supporting the Philippines' rice requirement", "a commitment to
# investing in Bangladesh".  A commitment to the ties themselves ("committed to further strengthening relations
# with Latvia") is the generic prose it always was.  A verb of trade, supply or aid names the act without a name after
# it ("China has committed to increase agricultural imports from the Philippines", "We are committed to increasing
# trade between the two countries"); a verb that names no act ("committed to ensuring", "to doing more") does not.
_TIES_VERBS = (
    r"(?:further |jointly )?(?:strengthen|deepen|develop|enhanc|promot|expand|improv|boost|"
    r"advanc|consolidat|foster|build|elevat|upgrad|work|cooperat|maintain|continu)\w*"
)
_ACT_VERBS = r"(?:increas|support|train|provid|invest|import|export|suppl|fund|financ|purchas|resum|reduc|implement)(?:e|es|y|ies|ing)?"
_NAMED_AFTER = r"(?=[^.;]{0,60}?(?-i:[A-Z]))"
_COMMITTED_TO_AN_ACT = re.compile(
    rf"\bcommit(?:ted|ment|ments) to (?!{_TIES_VERBS})(?:[a-z]+ing\b{_NAMED_AFTER}|{_ACT_VERBS}\b(?! each other| one another))"
)


def without_commitments(text: str) -> str:
    """The sentence with its commitments to a named act blanked, so that only its other words are weighed as generic."""
    return _COMMITTED_TO_AN_ACT.sub(lambda m: " " * len(m.group(0)), text)


def commits_to_act(text: str) -> bool:
    """Whether a side commits to a named act ("New Delhi committed to training public officials"): a pledge with a trace,
    which the worth test counts as an act when the sentence names no other."""
    return bool(_COMMITTED_TO_AN_ACT.search(text))
