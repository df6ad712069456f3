"""Two sides agreed to step up their cooperation: an agreement reached in talks, whatever the words around it.

"Germany and Italy have agreed to intensify their cooperation", "India and Brunei have agreed to enhance cooperation
in the field of defence, space and people-to-people ties": what the talks settled, which the labels keep as a claim
(and a brief can get wrong: who agreed, on what).  The worth test (:mod:`briefgen.suggest.worth`) read such a sentence
as an agenda or as courtesy ("cooperation", "people-to-people ties") before its act was weighed, and refused it.

The agreement must be stated as reached ("agreed to", "have agreed to"), with the verb of stepping up right after it
and "cooperation" within a few words: a hope ("hoped to intensify cooperation"), an exhortation ("should enhance
cooperation"), a plan in doubt ("could agree to …") and a mere aim ("aimed at enhancing cooperation") stay refused.
"""

from __future__ import annotations

import re

_AGREED = re.compile(
    r"\b(?:have|has|had|both|also|then|sides|leaders|countries|nations|[A-Z][\w’'-]+) agreed to (?:further )?"
    r"(?:enhance|intensify|expand|deepen|strengthen|step up|boost|increase)\b[^.;:]{0,40}?\bcooperation\b"
)
# In doubt, or only sought: "could agree", "may have agreed", "are expected to have agreed".
_UNSURE = re.compile(r"\b(?:could|might|may|would|if|expected|reportedly|hop(?:e|es|ed|ing))\b", re.IGNORECASE)


def agreed_to_step_up(text: str) -> bool:
    """Whether the sentence states that the sides agreed to step up their cooperation (see the module's docstring)."""
    found = _AGREED.search(text)
    return found is not None and not _UNSURE.search(text, 0, found.end())
