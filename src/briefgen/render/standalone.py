"""The HTML must stand alone: nothing in it may load from the network or the disk.

The PDF's fetcher refuses every URL outside ``templates/`` (see
:mod:`briefgen.pdf.fetcher`), but the HTML edition is opened in a browser,
which would fetch a layout's ``<img src="http://…">`` (a tracker) or a
``file:`` stylesheet without a word.  This check reads the finished page
and lists every address it would load: any ``src``, ``srcset``, ``data``,
``poster`` or ``background`` attribute, a ``<link href>``, and a CSS
``url()`` or ``@import`` with a scheme, except ``data:`` URLs and in-page
anchors.  Links a reader follows (``<a href>``) are not loads.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_LOADING_ATTRIBUTES = frozenset({"src", "srcset", "data", "poster", "background", "lowsrc", "dynsrc", "formaction"})
_CSS_URL = re.compile(r"""(?:url\(\s*|@import\s+)['"]?([^'")\s]+)""", re.IGNORECASE)
_CSS_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
_MAX_CSS_CHARS = 2_000_000  # a stylesheet larger than this is not scanned further


def _allowed(url: str) -> bool:
    target = url.strip()
    return not target or target.startswith("#") or target.lower().startswith("data:")


class _Loads(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in _LOADING_ATTRIBUTES or (tag == "link" and name == "href"):
                urls = [part.strip().split(" ")[0] for part in value.split(",")] if name == "srcset" else [value]
                self.found += [url for url in urls if not _allowed(url)]
            elif name == "style":
                self._css(value)
        self.in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self.in_style = False

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self._css(data)

    def _css(self, text: str) -> None:
        for url in _CSS_URL.findall(text[:_MAX_CSS_CHARS]):
            if _CSS_EXTERNAL.match(url) and not _allowed(url):
                self.found.append(url)


def external_loads(html: str) -> list[str]:
    """Every address the page would load from outside itself, in order, each once."""
    parser = _Loads()
    parser.feed(html)
    parser.close()
    return list(dict.fromkeys(parser.found))
