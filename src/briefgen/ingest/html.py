"""Main-text extraction from a saved or fetched HTML page, with trafilatura.

trafilatura (a maintained extractor) finds the article among the menus,
share bars, captions, related links and footers, and reads the metadata the
page itself declares (title, author, publication date, site name, canonical
address).  Its date search is kept to what the page states (no guessing from
other text); the plain text it returns then goes through the same cleaning
as a pasted article, so leftover furniture lines are removed and recorded.
"""

from __future__ import annotations

from dataclasses import dataclass

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
        sitename=_clean(getattr(document, "sitename", None)),
        url=page_url,
    )
