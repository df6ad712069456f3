"""The HTML must stand alone: nothing in it may load from the network or the disk.

The PDF's fetcher refuses every URL outside ``templates/`` (see
:mod:`briefgen.pdf.fetcher`), but the HTML edition is opened in a browser,
which would fetch a layout's ``<img src="http://…">`` (a tracker) or a
``file:`` stylesheet without a word.  This check reads the finished page
and lists every address it would load: any ``src``, ``srcset``, ``data``,
``poster`` or ``background`` attribute, a ``<link href>``, and a CSS
``url()`` or ``@import`` with a scheme, except ``data:`` URLs and in-page
anchors.  Links a reader follows (``<a href>``) are not loads.

The check runs on every render, and the preview renders on every save; a
whole page is thousands of tags, and parsing it costs more than most of the
render.  So a quick scan comes first: a page in which no loading attribute
has a value other than a ``data:`` URL, with no ``<link``, no ``style``
attribute, no ``srcset`` and no CSS ``url()`` or ``@import`` of an outside
address anywhere in its text, cannot load anything — the scan reads a
superset of what the parser would, so it never passes a page the parser
would refuse.  Any other page is parsed as before.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_LOADING_ATTRIBUTES = frozenset({"src", "srcset", "data", "poster", "background", "lowsrc", "dynsrc", "formaction"})
_CSS_URL = re.compile(r"""(?:url\(\s*|@import\s+)['"]?([^'")\s]+)""", re.IGNORECASE)
_CSS_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
_MAX_CSS_CHARS = 2_000_000  # a stylesheet larger than this is not scanned further
# The quick scan (on the page lowercased, as the parser lowercases names): each place where an attribute that
# may load, or a style attribute, is given a value, and the value's first characters.
_VALUED = re.compile(r"""(srcset|src|data|poster|background|lowsrc|dynsrc|formaction|style)\s*=+\s*['"]?(?=(.{0,5}))""", re.DOTALL)
_ALWAYS_PARSED = frozenset({"srcset", "style"})  # a list of URLs, or CSS whose character references the parser decodes
_CSS_AT = re.compile(r"""(?:url\(\s*|@import\s+)['"]?([^'")\s]*)""", re.IGNORECASE)


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


def _plainly_standalone(html: str) -> bool:
    """True if the page surely loads nothing from outside itself (see the module's docstring); False if unsure.

    Sound because: the parser lowercases tag and attribute names and takes a
    value after ``=`` (several allowed, spaces around), so every loading
    attribute with a value shows in the lowercased page as its name, ``=``
    and the value's first characters — and a value whose raw text begins
    ``data:`` still does once its character references are decoded.  Style
    elements' text reaches the CSS check raw, so a CSS address it would
    refuse begins at some ``url(`` or ``@import`` of the page's own text, at
    which the whole-page scan sees that address or a longer one with the
    same scheme.
    """
    lowered = html.lower()
    if "<link" in lowered:
        return False
    for match in _VALUED.finditer(lowered):
        if match.group(1) in _ALWAYS_PARSED or not match.group(2).startswith("data:"):
            return False
    for mark, back in (("(", 3), ("@", 0)):  # every `url(` ends in a "(", every `@import` starts with "@", in any case
        at = html.find(mark)
        while at >= 0:
            found = _CSS_AT.match(html, max(0, at - back))
            if found and _CSS_EXTERNAL.match(found.group(1)) and not _allowed(found.group(1)):
                return False
            at = html.find(mark, at + 1)
    return True


def external_loads(html: str) -> list[str]:
    """Every address the page would load from outside itself, in order, each once."""
    if _plainly_standalone(html):
        return []
    parser = _Loads()
    parser.feed(html)
    parser.close()
    return list(dict.fromkeys(parser.found))
