"""The writer's clause opening a quotation of a few sentences: who speaks, however the writer brings them in.

:mod:`briefgen.suggest.quotation_runs` joins a quotation running over
sentences into one draft when its speaker is named where it opens, but read
only a name and a verb of saying ('Merz said: "…').  The labels cite the
quotation whole however the writer introduces it: 'He added, “Australia and
India share a commitment to a stable, secure and prosperous Indo-Pacific.
Together we have an important role to play in supporting this vision.”',
'Merz pointed to the need for greater European cooperation in defence
procurement, saying "we are producing too little. We need common standards
and streamlined systems in Europe."', 'The Prime Minister posted on X:
“Landed in Poland. …”'.  Cut into sentences, the first draft holds the
writer's clause and a fraction of the statement, the others the rest with no
speaker, and none is the statement an editor cites.

Here the first sentence opens with its speaker: a name, a title ('The prime
minister'), or a pronoun (the sentences after it say no more who spoke than
the joined draft does, so the join loses nothing), after any scene the writer
sets first in a clause of its own.  The speaker then either says ('said:',
'added,', 'asserted that,', 'posted on X:', 'told reporters,') or does
something the writer reports, then speaks ('urged Trump to pursue peace on the
Korean Peninsula, saying, “…', '…, stating, "…'), and the quotation opens
right after.  Any other opening (a quotation that names no one before it, a
paper's words, 'It said') is left to the other rules.
"""

from __future__ import annotations

import re

# The writer's own scene first, closed by a comma: 'On the issue of reparations, ', 'During a joint press conference
# with Polish Prime Minister Donald Tusk, '.
_SCENE = r"(?:[^,;:“”\"]{3,120},\s+)?"
# The speaker: a pronoun, a name or a title ("Merz", "President Thưởng", "The Prime Minister", "The prime minister",
# after the writer's scene "the Indian PM"),
# never a thing the page quotes ("It", "This", "The statement").
_SPEAKER = (
    r"(?!(?:It|We|I|This|That|These|Those|There|The\s+(?:statement|release|report|ministry|embassy|joint)\b)\b)"
    r"(?:[Hh]e|[Ss]he|[Tt]hey|The\s+[a-z]+(?:\s+[a-z]+)?|the\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*"
    r"|(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w.’'-]*)"
)
_SAYS = (
    r"(?:said|says|stated|declared|remarked|added|noted|wrote|stressed|emphasi[sz]ed|asserted|explained|warned|"
    r"told\s+(?:\w+\s+){0,2}?\w+|posted\s+on\s+[A-Z]\w*)"
)
_SAYING = r"(?:saying|stating|declaring|adding|noting|writing|asserting|stressing|remarking)"
# The speaker says ("said:", "added,", "asserted that,"), or does something the writer tells first and then speaks
# (", saying,"); the quotation opens right after, or after a colon or comma.
_OPENER = re.compile(
    rf"^{_SCENE}{_SPEAKER}\s+(?:also\s+)?"
    rf"(?:{_SAYS}(?:\s+that)?\s*[:,]|[^“”\";:]{{0,160}}?,\s+{_SAYING}(?:\s+that)?\s*[:,]?)"
    r"\s*(?P<mark>[“\"])"
)


def opened_by_speaker(text: str) -> re.Match[str] | None:
    """The writer's clause opening ``text`` that names who speaks the quotation it opens, with the mark as ``mark``."""
    return _OPENER.match(text)
