"""A newsroom's credit where a dateline's place stands: "Dainikshiksha Desk: Bangladesh and Bhutan today signed …".

Sites that write up agency copy in-house credit it to their desk and set the credit before a colon, as a dateline sets
its city: "Web Desk:", "Online Bureau –", "Dainikshiksha Desk:".  A place's name never ends on a word for a part of a
newsroom, so a dateline's "place" that does is the credit, and the story names no place of its own there.
"""

from __future__ import annotations

# The last words of a newsroom's credit: a part of the newsroom, or the people in it.
_NEWSROOM_WORDS = frozenset(("desk", "bureau", "newsroom", "newsdesk", "staff", "team", "correspondent", "correspondents", "reporter"))


def is_desk_credit(place: str) -> bool:
    """Whether a dateline's place is a newsroom's credit ("Dainikshiksha Desk"), not a place."""
    words = place.split()
    return bool(words) and words[-1].casefold().strip(".") in _NEWSROOM_WORDS
