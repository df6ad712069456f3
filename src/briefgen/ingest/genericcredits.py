"""A dateline's credit that names no agency: "New Delhi, June 1 (Agency) India and Nepal …".

Sites that take copy from a wire service and do not say which write a word for it in the dateline's brackets, where the
agency's name stands ("(Agency)", "(Agencies)", "(Wires)").  The word is read there as a credit like any other, and on
a site the table of known sites does not list, a publisher's credit names the outlet: the page was archived as
published by "Agency".  A credit that is only such a word names nobody, so it is dropped; the dateline's place and day
stay, and the outlet is read as for a page without a credit (the address's name, when nothing better).
"""

from __future__ import annotations

from briefgen.ingest.meta import Found

# The words a credit uses for an unnamed wire service.
_GENERIC = frozenset(("agency", "agencies", "news agency", "news agencies", "wire", "wires", "newswire", "newswires", "wire service"))


def is_generic_credit(name: str) -> bool:
    """Whether a credit's words name no agency, only the kind of source ("Agency", "Agencies", "Wires")."""
    return " ".join(name.strip(" ()/.").split()).casefold() in _GENERIC


def without_generic_credit(stated: dict[str, Found]) -> dict[str, Found]:
    """The dateline's readings without an outlet that is only a word for a wire service (see the module's docstring)."""
    credit = stated.get("outlet")
    if credit is None or not is_generic_credit(credit.value):
        return stated
    return {key: found for key, found in stated.items() if key != "outlet"}
