"""The wire agencies whose copy other outlets print, by the short names pages credit them with.

Kept apart from :mod:`outlets` so that the dateline reader (:mod:`meta`), which
outlets itself builds on, can tell an agency's credit from a place: a line that
is nothing but "IANS" under a story credits the copy, it does not say where the
story was filed.
"""

from __future__ import annotations

# Agencies whose copy other outlets print: a dateline credit names the writer, not the publisher.
WIRE_AGENCIES = frozenset(
    (
        "app",
        "pti",
        "ians",
        "ani",
        "reuters",
        "afp",
        "ap",
        "xinhua",
        "tass",
        "ria novosti",
        "belta",
        "anadolu",
        "aa",
        "uni",
        "irna",
        "apa",
        "nna",
    )
)
