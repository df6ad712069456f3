"""Whether a quote has a word a stay's end is told with: without one, :func:`briefgen.corpus.stays.stay_end` reads none.

A module of its own, importing nothing: the parse workers ask it of every
quote (:mod:`briefgen.corpus.sent_readings`), and they start before the
models and the linking rules are imported.
"""

from __future__ import annotations


def may_tell_an_end(lowered: str) -> bool:
    """Whether a quote (in small letters) has a word without which :func:`~briefgen.corpus.stays.stay_end` reads no end.

    The words it looks for first: "from" for a span of days ("from March 16
    to 20"), and the six of a stay's end ("until Saturday", "till", "through",
    "before leaving", "departs on", "between December 7 and 9").  Most quotes
    have none of them.
    """
    return (
        "from" in lowered
        or "until" in lowered
        or "till" in lowered
        or "through" in lowered
        or "leav" in lowered
        or "depart" in lowered
        or "between" in lowered
    )
