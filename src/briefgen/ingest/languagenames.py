"""The names of languages, which a page's "Published in English on 3.3.2022" gives where "Published in Dawn" gives a paper.

A government's pages print the day a release went up in each of its languages ("Publication date 3.3.2022 15.35 |
Published in English on 3.3.2022 at 16.20", valtioneuvosto.fi), and the outlet reading took "English" for the paper
the text says it appears in (:func:`briefgen.ingest.outlets.stated_outlet`).  A language is no outlet: a name that is
one of these, whole, is passed over.
"""

from __future__ import annotations

LANGUAGE_NAMES = frozenset(
    (
        "english",
        "french",
        "spanish",
        "portuguese",
        "german",
        "italian",
        "dutch",
        "russian",
        "ukrainian",
        "polish",
        "arabic",
        "persian",
        "farsi",
        "turkish",
        "chinese",
        "mandarin",
        "japanese",
        "korean",
        "vietnamese",
        "thai",
        "indonesian",
        "malay",
        "hindi",
        "urdu",
        "bengali",
        "swahili",
        "finnish",
        "swedish",
        "norwegian",
        "danish",
        "estonian",
        "latvian",
        "lithuanian",
        "greek",
        "hebrew",
    )
)
