"""The only door through which WeasyPrint may read anything while it renders.

WeasyPrint's own fetcher reads any file the process can read and any http(s)
URL; measured on WeasyPrint 70, ``<link rel="attachment"
href="file:///etc/passwd">`` is embedded in the PDF without a word.  A brief's
HTML comes from editors' templates and archived articles, so it must not reach
the rest of the disk or the network.  :class:`ConfinedFetcher` serves
``data:`` URLs and regular files under the allowed folders (the project's
``templates/``), nothing else, and records every URL it refused so the build
can fail naming all of them, not just the first.

WeasyPrint 70's fetcher protocol (``weasyprint.urls.fetch``) calls
``url_fetcher(url)``, asserts the result is a ``URLFetcherResponse`` and reads
``url_fetcher._fail_on_errors`` when the call raises.  We implement that
protocol by duck typing instead of subclassing ``URLFetcher``: a subclass
would import WeasyPrint (~0.6 s) whenever this module is imported, and the CLI
must start without it.  The response class is imported only inside
:meth:`ConfinedFetcher.fetch`, which only WeasyPrint calls.
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote_to_bytes, urlsplit
from urllib.request import url2pathname

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_READ_CHUNK = 1024 * 1024


class FetchRefused(ValueError):
    """Raised for a URL the fetcher will not serve; WeasyPrint logs it as an error.

    The class name appears in WeasyPrint's log line (``FetchRefused: ...``),
    which is how the PDF stage recognises errors already recorded here.
    """

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"refused {url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass(frozen=True)
class Refusal:
    """One URL the fetcher would not serve, and why."""

    url: str
    reason: str


@dataclass(frozen=True)
class Fetched:
    """What a URL resolved to: its bytes and the MIME type we believe it has."""

    url: str
    data: bytes
    mime: str | None
    path: Path | None = None


class ConfinedFetcher:
    """Serve ``data:`` URLs and regular files under ``roots``; refuse the rest.

    Cheap to build: make one per render (a long-lived preview server too).
    :attr:`refused` only grows, and renders sharing one instance at the same
    time would see each other's refusals; ``render_pdf`` reports only those
    recorded after it started.
    """

    # Read by weasyprint.urls.fetch when we raise: False makes WeasyPrint log
    # the refusal and go on, so one render reports every refused URL at once.
    _fail_on_errors = False

    def __init__(self, roots: Path | Iterable[Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        if max_bytes < 0:
            raise ValueError("max_bytes must not be negative")
        given = [roots] if isinstance(roots, Path) else list(roots)
        self._roots = tuple(os.path.realpath(root) for root in given)
        for root in self._roots:
            if Path(root).parent == Path(root):
                raise ValueError(f"refusing to allow the whole file system ({root}) as a root")
        self.max_bytes = max_bytes
        self._refused: list[Refusal] = []

    @property
    def roots(self) -> tuple[str, ...]:
        """The allowed folders, symlinks resolved."""
        return self._roots

    @property
    def refused(self) -> tuple[Refusal, ...]:
        """Every URL refused so far, in order, duplicates kept."""
        return tuple(self._refused)

    def read(self, url: str) -> Fetched:
        """Return the bytes behind ``url`` or raise :class:`FetchRefused` (and record it)."""
        try:
            return self._read(url)
        except FetchRefused as refusal:
            self._refused.append(Refusal(refusal.url, refusal.reason))
            raise

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> Any:
        """WeasyPrint's entry point: a ``URLFetcherResponse`` for ``url``.

        ``headers`` exists for signature compatibility with WeasyPrint's
        ``URLFetcher.fetch``; we never send a request, so it is ignored.
        """
        from weasyprint.urls import URLFetcherResponse

        fetched = self.read(url)
        response_headers = {"Content-Type": fetched.mime} if fetched.mime else {}
        return URLFetcherResponse(fetched.url, body=fetched.data, headers=response_headers)

    def __call__(self, url: str) -> Any:
        return self.fetch(url)

    def _read(self, url: str) -> Fetched:
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "data":
            return self._read_data(url)
        if scheme == "file":
            return self._read_file(url)
        shown = f"scheme {scheme}:" if scheme else "a URL without a scheme"
        raise FetchRefused(url, f"{shown} is not allowed; rendering has no network access, only data: URLs and files under templates/")

    def _read_data(self, url: str) -> Fetched:
        # base64 grows data by 4/3; anything longer than that cannot fit the cap.
        if len(url) > self.max_bytes * 4 // 3 + 1024:
            raise FetchRefused(url[:80] + "…", f"data: URL larger than the {self.max_bytes}-byte limit")
        header, comma, payload = url[len("data:") :].partition(",")
        if not comma:
            raise FetchRefused(url[:80], "malformed data: URL (no comma)")
        params = [part.strip() for part in header.split(";")]
        is_base64 = params[-1].lower() == "base64"
        mime = params[0].lower() or "text/plain"
        raw = unquote_to_bytes(payload)
        try:
            data = base64.b64decode(raw) if is_base64 else raw
        except binascii.Error as error:
            raise FetchRefused(url[:80], f"malformed base64 in data: URL ({error})") from None
        if len(data) > self.max_bytes:
            raise FetchRefused(url[:80] + "…", f"data: URL larger than the {self.max_bytes}-byte limit")
        return Fetched(url, data, mime)

    def _read_file(self, url: str) -> Fetched:
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise FetchRefused(url, f"file: URL names a host ({parts.netloc}); only local files are allowed")
        requested = url2pathname(parts.path)
        if "\x00" in requested or not Path(requested).is_absolute():
            raise FetchRefused(url, "file: URL without an absolute path")
        real = os.path.realpath(requested)
        if not any(os.path.commonpath([root, real]) == root for root in self._roots):
            raise FetchRefused(url, f"{real} is outside the allowed folders ({', '.join(self._roots) or 'none'})")
        data = self._read_regular_file(url, real)
        mime = mimetypes.guess_type(requested)[0] or mimetypes.guess_type(real)[0]
        return Fetched(url, data, mime, Path(real))

    def _read_regular_file(self, url: str, real: str) -> bytes:
        """Read at most ``max_bytes + 1`` bytes, from a regular file only.

        ``O_NONBLOCK`` keeps a FIFO from blocking the open; ``O_NOFOLLOW``
        refuses a symlink swapped in after ``realpath`` looked.  The size is
        checked both from ``fstat`` and from what was actually read, since
        ``/proc``-like files lie about their size.
        """
        flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(real, flags)
        except FileNotFoundError:
            raise FetchRefused(url, "no such file") from None
        except OSError as error:
            raise FetchRefused(url, f"cannot open: {error.strerror}") from None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise FetchRefused(url, "not a regular file")
            if info.st_size > self.max_bytes:
                raise FetchRefused(url, f"{info.st_size} bytes, over the {self.max_bytes}-byte limit")
            chunks: list[bytes] = []
            remaining = self.max_bytes + 1
            while remaining > 0 and (chunk := os.read(fd, min(remaining, _READ_CHUNK))):
                chunks.append(chunk)
                remaining -= len(chunk)
        finally:
            os.close(fd)
        data = b"".join(chunks)
        if len(data) > self.max_bytes:
            raise FetchRefused(url, f"more than the {self.max_bytes}-byte limit")
        return data
