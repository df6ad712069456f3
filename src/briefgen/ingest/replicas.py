"""The newspaper a replica newsstand shows: the outlet of a page on PressReader is the paper, not PressReader.

A replica newsstand serves many newspapers' printed pages under one host, and
its address names the one it shows: "pressreader.com/viet-nam/viet-nam-news/
20250428/…" is a page of Viet Nam News, filed under its country.  The
newsstand wrote and published nothing, so it is no more the outlet than a
news-stand is; the table of known sites still lists it, for an address that
names no paper.  Syndicators that republish copy on pages of their own
(MENAFN, AllAfrica) are outlets in their own right and are not read here.
"""

from __future__ import annotations

import re

# Newsstand hosts, each with the folder of its addresses that names the paper (counted from 0).
_NEWSSTANDS = {"pressreader.com": 1}
_SLUG = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


def replica_paper(host: str, folders: list[str]) -> tuple[str, str] | None:
    """The paper a newsstand's address shows, from its host (lower case, no "www.") and its folders (lower case), as
    (the address's site and folders up to the paper's, its name in words), or None for any other address or one that
    names no paper ("pressreader.com/catalog")."""
    folder = _NEWSSTANDS.get(host)
    if folder is None or len(folders) <= folder + 1 or not _SLUG.fullmatch(folders[folder]):
        return None  # a paper's folder is followed by an issue's: "…/viet-nam-news/20250428/…"
    name = " ".join(w.upper() if not set("aeiouy") & set(w) else w.capitalize() for w in folders[folder].split("-"))
    return f"{host}/{'/'.join(folders[: folder + 1])}", name
