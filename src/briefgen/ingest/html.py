"""Main-text extraction from a saved or fetched HTML page, with trafilatura.

trafilatura (a maintained extractor) finds the article among the menus,
share bars, captions, related links and footers, and reads the metadata the
page itself declares (title, author, publication date, site name, canonical
address).  Its date search is kept to what the page states (no guessing from
other text); the plain text it returns then goes through the same cleaning
as a pasted article, so leftover furniture lines are removed and recorded.

The site's name is taken only from what the page declares as its name: the
OpenGraph ``og:site_name`` and the JSON-LD ``publisher``'s name.  trafilatura
falls back on guesses when those are missing (the host name, a Twitter handle
capitalised, a copyright line, a Facebook address), and a wrong outlet is
worse than none.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from briefgen.errors import BriefgenError


@dataclass(frozen=True)
class Extracted:
    """The article text of a page and the metadata the page declares."""

    text: str
    title: str | None
    author: str | None
    date: str | None  # YYYY-MM-DD
    sitename: str | None
    url: str | None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _publisher_names(node: Any) -> list[str]:
    """The names of the publishers a JSON-LD document declares, wherever they sit (top level, lists, @graph)."""
    names: list[str] = []
    if isinstance(node, list):
        for item in node:
            names += _publisher_names(item)
    elif isinstance(node, dict):
        publisher = node.get("publisher")
        for entry in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                names.append(entry["name"])
        names += _publisher_names(node.get("@graph"))
    return names


def declared_site_name(html: str) -> str | None:
    """The name the page gives its site: ``og:site_name``, else the JSON-LD publisher's name; None when it gives none."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    candidates = [str(v) for v in tree.xpath("//meta[@property='og:site_name' or @name='og:site_name']/@content")]
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            candidates += _publisher_names(json.loads(str(script)))
        except ValueError:
            continue
    for candidate in candidates:
        name = _clean(candidate)
        if name and not name.casefold().startswith(("http:", "https:", "www.")) and "/" not in name and len(name) <= 80:
            return name.lstrip("@")
    return None


def extract_article(html: str, display: str, url: str | None = None) -> Extracted:
    """The main text (one paragraph per line) and declared metadata of an HTML page."""
    import trafilatura  # heavy (lxml); only `sources add` on HTML needs it

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(document, "text", None) if document is not None else None
    if not isinstance(text, str) or not text.strip():
        raise BriefgenError.single(
            display, None, "no article text found in the page", hint="save the article's own page, or paste its text into a .txt file"
        )
    page_url = _clean(getattr(document, "url", None))
    if page_url is not None and not page_url.startswith(("http://", "https://")):
        page_url = None
    date = _clean(getattr(document, "date", None))
    return Extracted(
        text=text,
        title=_clean(getattr(document, "title", None)),
        author=_clean(getattr(document, "author", None)),
        date=date[:10] if date else None,
        sitename=declared_site_name(html),
        url=page_url,
    )
