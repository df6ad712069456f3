"""The id of a draft: its source's id and its number, within the length every id is held to.

A draft is named after its source ("…-d01") so an editor sees at once where it
comes from.  Source ids may be as long as any id (:data:`~briefgen.project.MAX_ID_CHARS`,
100 characters), and a page's slug made from a long headline often is:
"sputnikglobe-2025-11-19-reactor-vessel-installation-at-el-dabaa-important-milestone-for-egypt-iaea"
(98 characters) with "-d01" is no valid id, and ``suggest`` stopped on it with
an internal error, drafting nothing from the page.  The source's id is cut to leave
room for the number.
"""

from __future__ import annotations

from briefgen.project import MAX_ID_CHARS


def numbered_id(source_id: str, number: int) -> str:
    """The id of the source's draft numbered ``number``: "<source id>-d01", the source id cut if the whole is too long."""
    suffix = f"-d{number:02d}"
    return source_id[: MAX_ID_CHARS - len(suffix)].rstrip("-") + suffix
