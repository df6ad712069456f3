"""Reading the page to archive: a local file or an http(s) URL.

A URL is fetched with the standard library only, with a timeout, a size cap
(checked against Content-Length and again while reading) and redirects
allowed only to http and https; anything else is refused with a message
that names the URL.  The result says whether the page is HTML or plain text.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from pathlib import Path
from typing import IO

from briefgen.errors import BriefgenError, UsageError

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


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http and https addresses, and say so when refusing."""

    def http_error_302(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage) -> IO[bytes] | None:
        location = headers.get("Location") or headers.get("URI") or ""
        target = urllib.parse.urljoin(req.full_url, location)
        if urllib.parse.urlsplit(target).scheme.casefold() not in {"http", "https"}:
            raise urllib.error.URLError(f"redirected to a non-web address ({target})")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def fetch_url(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_PAGE_BYTES) -> Page:
    """Fetch an http(s) page; every failure is a located, readable problem."""
    scheme = urllib.parse.urlsplit(url).scheme.casefold()
    if scheme not in {"http", "https"}:
        raise UsageError(
            f"only http:// and https:// addresses can be fetched, not {scheme}:", hint="save the page and give its file instead"
        )
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9, */*;q=0.1"})
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise BriefgenError.single(
                    url, None, f"the page is {int(length):,} bytes, over the {max_bytes:,}-byte limit for one article"
                )
            raw = response.read(max_bytes + 1)
            if len(raw) > max_bytes:
                raise BriefgenError.single(url, None, f"the page is over the {max_bytes:,}-byte limit for one article")
            final_url: str = response.geturl()
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        raise BriefgenError.single(url, None, f"cannot fetch: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise BriefgenError.single(url, None, f"cannot fetch: no answer within {timeout:g} seconds") from None
        raise BriefgenError.single(url, None, f"cannot fetch: {reason}") from None
    except TimeoutError:
        raise BriefgenError.single(url, None, f"cannot fetch: no answer within {timeout:g} seconds") from None
    except (OSError, ValueError) as exc:
        raise BriefgenError.single(url, None, f"cannot fetch: {exc}") from None
    if content_type not in {"text/html", "application/xhtml+xml", "text/plain"}:
        raise BriefgenError.single(url, None, f"the page is {content_type}, not HTML or plain text")
    text = _decode(raw, url, charset)
    is_html = content_type != "text/plain" or looks_like_html(text)
    if urllib.parse.urlsplit(final_url).scheme.casefold() not in {"http", "https"}:
        final_url = url
    return Page(text=text, is_html=is_html, display=url, url=final_url, name=final_url)
