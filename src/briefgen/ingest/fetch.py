"""Reading the page to archive: a local file or an http(s) URL.

A URL is fetched with the standard library only (:mod:`briefgen.ingest.http`):
public addresses only unless ``--allow-private``, one deadline for the whole
fetch, a size cap (checked against Content-Length and again while reading)
and redirects allowed only to http and https; anything else is refused with
a message that names the URL.  The result says whether the page is HTML or plain text.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import BriefgenError, UsageError
from briefgen.ingest import http

MAX_PAGE_BYTES = 8 * 1024 * 1024
DEFAULT_TIMEOUT = 20.0
USER_AGENT = "briefgen-sources-add/1 (+archiving one article for a briefing corpus)"

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Page:
    """The raw page: its text, whether it is HTML, and where it came from."""

    text: str
    is_html: bool
    display: str  # the path or URL, for messages and notes
    url: str | None = None  # the http(s) address the page was fetched from
    name: str = ""  # the file name or URL, as the notes mention it


def is_url(target: str) -> bool:
    return bool(_URL.match(target))


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:4096]))


def _decode(raw: bytes, display: str, charset: str | None) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if charset:
        try:
            return raw.decode(charset)
        except LookupError:
            raise BriefgenError.single(display, None, f"the page declares an unknown character set '{charset}'") from None
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise BriefgenError.single(display, line, f"the page is not valid {charset} (byte 0x{raw[exc.start]:02x})") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise BriefgenError.single(
            display, line, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})", hint="save the page as UTF-8, or archive it from its URL"
        ) from None


def read_file(target: str, max_bytes: int = MAX_PAGE_BYTES) -> Page:
    """A local text or HTML file, refused when missing, too large or not UTF-8."""
    path = Path(target)
    display = target
    if not path.exists():
        raise UsageError(f"no such file: {target}")
    if path.is_dir():
        raise UsageError(f"{target} is a folder; give the article's file")
    if not path.is_file():
        raise UsageError(f"{target} is not a regular file (a pipe or a device); give the article's file")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise BriefgenError.single(display, None, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit for one article")
        raw = path.read_bytes()
    except OSError as exc:
        raise BriefgenError.single(display, None, f"cannot read file: {exc.strerror or exc}") from None
    text = _decode(raw, display, None)
    is_html = path.suffix.casefold() in {".html", ".htm", ".xhtml"} or looks_like_html(text)
    return Page(text=text, is_html=is_html, display=display, name=path.name)


def fetch_url(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_PAGE_BYTES, allow_private: bool = False) -> Page:
    """Fetch an http(s) page; every failure is a located, readable problem.

    ``timeout`` bounds the whole fetch; loopback, private, link-local and
    reserved addresses are refused unless ``allow_private`` (see :mod:`briefgen.ingest.http`).
    """
    scheme = urllib.parse.urlsplit(url).scheme.casefold()
    if scheme not in {"http", "https"}:
        raise UsageError(
            f"only http:// and https:// addresses can be fetched, not {scheme}:", hint="save the page and give its file instead"
        )
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9, */*;q=0.1"}
    try:
        response = http.get(url, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private, headers=headers)
    except http.PageTooLarge as exc:
        raise BriefgenError.single(url, None, str(exc)) from None
    except http.FetchError as exc:
        hint = "give --allow-private to fetch from a server on your own network" if "--allow-private" in str(exc) else None
        raise BriefgenError.single(url, None, f"cannot fetch: {exc}", hint=hint) from None
    if len(response.body) > max_bytes:
        raise BriefgenError.single(url, None, f"the page is over the {max_bytes:,}-byte limit for one article")
    content_type = response.headers.get_content_type()
    charset = response.headers.get_content_charset()
    if content_type not in {"text/html", "application/xhtml+xml", "text/plain"}:
        raise BriefgenError.single(url, None, f"the page is {content_type}, not HTML or plain text")
    text = _decode(response.body, url, charset)
    is_html = content_type != "text/plain" or looks_like_html(text)
    return Page(text=text, is_html=is_html, display=url, url=response.url, name=response.url)
