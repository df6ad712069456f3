"""An accord listed by name with its parties, with no verb: one item of a list of what was signed.

Pages list the documents a visit produced as items without a verb: "- A nutrition partnership between Indonesia's
National Nutrition Agency and Danone to improve national health outcomes;", "- A broader Joint Statement between the
Presidents of Indonesia and France.", "A cultural association between the LAHDC, Leh and the Arkhangai Province of
Mongolia."  Each is a claim (a document and its parties) the labels keep; the worth test (:mod:`briefgen.suggest.worth`)
found no act in it and refused it.

The item must open on the accord's noun phrase ("A …", "An …", after a list's dash or number), name its kind (a
partnership, an agreement, a memorandum, a statement …) and its parties after "between" (a capital within the item),
and have no verb of its own: a sentence with a verb is weighed by the worth test as any other, and a heading or a
caption names people or places, not an accord between parties.
"""

from __future__ import annotations

import re

_ACCORD_ITEM = re.compile(
    r"^[\s\-–—•*\d.)]*(?:An?) (?:[\w’'-]+ ){0,4}?"
    r"(?:partnership|association|agreement|memorandum|MoU|statement|declaration|accord|treaty|protocol|programme|program|"
    r"plan|arrangement|investment)s? between\b[^.;]{0,80}?(?-i:[A-Z])",
    re.IGNORECASE,
)
# A verb of a sentence (its own act, weighed elsewhere): "is", "signed", "will".
_VERB = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|signed|agreed|said)\b", re.IGNORECASE)


def listed_accord(text: str) -> bool:
    """Whether the sentence is a list's item naming an accord and its parties, without a verb (see the module's docstring)."""
    return bool(_ACCORD_ITEM.search(text)) and not _VERB.search(text)
