"""Archiving from a URL: a page served on loopback by http.server in a thread.

Covers the fetched page going through the same pipeline as a saved one, and
every way a fetch can fail: an HTTP error, a refused connection, a server
that never answers, a page over the size limit (declared or streamed), a
redirect to a non-web address, and content that is not a page at all.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefgen.errors import BriefgenError, UsageError
from briefgen.ingest.fetch import fetch_url
from tests.conftest import FIXTURES, SEEDS, run_cli

PAGES = FIXTURES / "ingest"


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, body: bytes, content_type: str, status: int = 200, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/ledger.html":
            self._send((PAGES / "ledger-textile-delegation.html").read_bytes(), "text/html; charset=utf-8")
        elif self.path == "/seed.txt":
            self._send((SEEDS / "004_03bae5bc88fb3912.txt").read_bytes(), "text/plain; charset=utf-8")
        elif self.path == "/huge-declared":
            self._send(b"", "text/html", length=50 * 1024 * 1024)
        elif self.path == "/huge-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(64):
                self.wfile.write(b"<p>" + b"x" * 1021 + b"\n")
        elif self.path == "/slow":
            time.sleep(3)
            self._send(b"<html><body><p>late</p></body></html>", "text/html")
        elif self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
        elif self.path == "/image":
            self._send(b"\x89PNG\r\n", "image/png")
        else:
            self._send(b"not here", "text/plain", status=404)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    # Join every request thread on close (the /slow one sleeps 3 s): threads left
    # behind would change what later tests in this process see.
    httpd.daemon_threads = False
    httpd.block_on_close = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_fetched_html_page_is_archived(repo_copy: Path, server: str) -> None:
    result = run_cli("sources", "add", f"{server}/ledger.html", cwd=repo_copy)
    assert result.code == 0, result.stderr
    text = (repo_copy / "facts" / "sources" / "lahore-ledger-2025-03-04.md").read_text(encoding="utf-8")
    # The page declares its canonical address; that, not the loopback mirror, is where it was published.
    assert 'url: "https://ledger.example.org/business/2025/03/04/belarus-textile-delegation"' in text
    assert "LAHORE: A twelve-member Belarusian trade delegation" in text


def test_fetched_plain_text_records_the_url(repo_copy: Path, server: str) -> None:
    (repo_copy / "facts" / "sources" / "tdi-2024-06-12.md").unlink()
    result = run_cli("sources", "add", f"{server}/seed.txt", cwd=repo_copy)
    assert result.code == 0, result.stderr
    text = (repo_copy / "facts" / "sources" / "tdi-2024-06-12.md").read_text(encoding="utf-8")
    assert f'url: "{server}/seed.txt"' in text
    assert "The URL is the address the page was fetched from." in " ".join(text.split())


@pytest.mark.parametrize(
    ("path", "args", "message"),
    [
        ("/missing", [], "cannot fetch: the server answered 404 Not Found"),
        ("/huge-declared", [], "the page is 52,428,800 bytes, over the 8,388,608-byte limit for one article"),
        ("/slow", ["--timeout", "0.5"], "cannot fetch: no answer within 0.5 seconds"),
        ("/to-file", [], "cannot fetch: redirected to a non-web address (file:///etc/passwd)"),
        ("/image", [], "the page is image/png, not HTML or plain text"),
    ],
)
def test_fetch_failures_are_clear(repo_copy: Path, server: str, path: str, args: list[str], message: str) -> None:
    result = run_cli("sources", "add", f"{server}{path}", *args, cwd=repo_copy)
    assert result.code == 1, result.stderr
    assert f"{server}{path}: {message}" in result.stderr
    assert "Traceback" not in result.stderr


def test_streamed_page_over_the_limit_is_refused(server: str) -> None:
    with pytest.raises(BriefgenError) as caught:
        fetch_url(f"{server}/huge-streamed", max_bytes=16 * 1024)
    assert caught.value.problems[0].message == "the page is over the 16,384-byte limit for one article"


def test_refused_connection(repo_copy: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run_cli("sources", "add", f"http://127.0.0.1:{port}/page", cwd=repo_copy)
    assert result.code == 1
    assert f"http://127.0.0.1:{port}/page: cannot fetch:" in result.stderr
    assert "refused" in result.stderr.casefold()


def test_only_web_addresses() -> None:
    with pytest.raises(UsageError):
        fetch_url("file:///etc/passwd")
