"""The types intake passes between its steps: what the editor asked for, and one article described.

They live apart from :mod:`briefgen.ingest.add` so that the notes writer can
read them without importing the command that uses it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from briefgen.ingest.fetch import DEFAULT_TIMEOUT
from briefgen.ingest.meta import Found
from briefgen.ingest.text import Part


@dataclass(frozen=True)
class AddOptions:
    """What the editor gave on the command line; None means "find it in the text"."""

    outlet: str | None = None
    published: dt.date | None = None
    title: str | None = None
    author: str | None = None
    url: str | None = None
    source_id: str | None = None
    part: int | None = None
    all_parts: bool = False
    one_article: bool = False  # the page is one article, however its shapes look: never cut into parts
    timeout: float = DEFAULT_TIMEOUT
    allow_private: bool = False  # fetch from loopback and private addresses too
    undated: bool = False  # the editor accepts an article with no publication date (its facts will not be citable)


@dataclass
class Described:
    """One article ready to archive: its fields, where each came from, and its file text."""

    part: Part
    number: int  # 1-based position on the page
    fields: dict[str, str]
    found: dict[str, Found | None]
    published_candidates: list[Found]
    notes: str = ""
    warnings: list[str] = field(default_factory=list)
    text: str = ""

    @property
    def source_id(self) -> str:
        return self.fields["id"]
