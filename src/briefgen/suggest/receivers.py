"""Who received the visitor: "She was received by the Prime Minister Sitiveni Rabuka of Fiji at the airport".

Who came to meet a visitor, at the airport or at the door, is a checkable detail of the arrival (a leader in
person, or a minister of state), and the labelled sets and the judges keep it ("was received by Prime Minister
Abiy Ahmed and senior government officials", "warmly received by Xi at the Diaoyutai State Guesthouse").  Such a
sentence mostly also tells the ceremony or the warmth ("and accorded ceremonial welcome", "As a special gesture,
… warmly received"), which :mod:`briefgen.suggest.worth` refuses as hollow or courtesy; a receiver named as a
person rescues it, as a named host rescues a welcome ceremony (:mod:`briefgen.suggest.hosted_welcomes`).

Only the past told of the visitor counts: "was received by", "were welcomed at the airport by".  A caption's
present ("… is welcomed by U.S. President Donald Trump", "being welcomed by Prime Minister Narendra Modi") is
furniture; a guard of honour, a crowd or a diaspora ("welcomed by the Indonesian diaspora") is no receiver named;
a step "welcomed by Baku" is a reaction, not a reception ("have been welcomed" is no visitor received).
"""

from __future__ import annotations

import re

# A person's title, or a name: what the receiver must be.
_TITLE = (
    r"(?:President|Prime Minister|PM|King|Queen|(?:Crown )?Prince|Princess|Emir|Amir|Sultan|Chancellor|Premier|"
    r"(?:Foreign |Deputy |Vice )*Minister|MoS|Governor|Mayor|Chairman|Chairwoman|Vice[- ]President|Secretary|Speaker|"
    r"Ambassador|counterpart|Xi|Putin|Modi)\b"
)
_RECEIVED = re.compile(
    r"\b(?:was|were)\s+(?:(?:warmly|formally|personally|cordially|also|first)\s+)*(?:received|welcomed|greeted)\s+"
    r"(?:(?:at|on|upon) (?:the )?[^,.;]{3,40}?\s+)?by\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:(?:[A-Z][\w.’'-]*\s+){0,3}?" + _TITLE + r"|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)\b(?!\s+(?:Guard|Honou?r|Military|Army)))"
)


def received_by_name(text: str) -> bool:
    """Whether the sentence names the person who received the visitor: "was received by Prime Minister Donald Tusk"."""
    return bool(_RECEIVED.search(text))
