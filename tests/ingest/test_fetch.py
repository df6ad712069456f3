"""Archiving from a URL: a page served on loopback by http.server in a thread.

Covers the fetched page going through the same pipeline as a saved one, and
every way a fetch can fail: an HTTP error, a refused connection, a server
that never answers, a page over the size limit (declared or streamed), a
redirect to a non-web address, and content that is not a page at all.  The
loopback server is itself a private address: it is refused unless the test
passes ``--allow-private``, and a slow drip is cut by the whole fetch's deadline.
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
        elif self.path == "/drip":  # a byte every 0.2 s for a minute: each read is quick, the whole is not
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(300):
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.2)
        elif self.path == "/to-self":
            self.send_response(302)
            self.send_header("Location", "/seed.txt")
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
    result = run_cli("sources", "add", f"{server}/ledger.html", "--allow-private", "--id", "ledger-page", cwd=repo_copy)
    assert result.code == 0, result.stderr
    text = (repo_copy / "facts" / "sources" / "ledger-page.md").read_text(encoding="utf-8")
    # The page declares another site's canonical address and name: those are its claims, kept in the notes.
    # The archived address is where it came from; the outlet is not taken from a page that says it is elsewhere.
    assert f'url: "{server}/ledger.html"' in text
    assert 'outlet: ""' in text
    notes = " ".join(text.split())
    assert "declares its canonical address as https://ledger.example.org/business/2025/03/04/belarus-textile-delegation" in notes
    assert 'The page calls its site "The Lahore Ledger"' in notes
    assert "LAHORE: A twelve-member Belarusian trade delegation" in text


def test_fetched_plain_text_records_the_url(repo_copy: Path, server: str) -> None:
    (repo_copy / "facts" / "sources" / "tdi-2024-06-12.md").unlink()
    result = run_cli("sources", "add", f"{server}/seed.txt", "--allow-private", cwd=repo_copy)
    assert result.code == 0, result.stderr
    text = (repo_copy / "facts" / "sources" / "tdi-2024-06-12.md").read_text(encoding="utf-8")
    assert f'url: "{server}/seed.txt"' in text
    assert "The URL is the address the page was fetched from." in " ".join(text.split())


def test_loopback_is_refused_without_allow_private(repo_copy: Path, server: str) -> None:
    """The same server: refused by default, served with --allow-private."""
    (repo_copy / "facts" / "sources" / "tdi-2024-06-12.md").unlink()
    refused = run_cli("sources", "add", f"{server}/seed.txt", cwd=repo_copy)
    assert refused.code == 1
    assert f"{server}/seed.txt: cannot fetch: '127.0.0.1' is a loopback address (127.0.0.1)" in refused.stderr
    assert "--allow-private" in refused.stderr
    assert not (repo_copy / "facts" / "sources" / "tdi-2024-06-12.md").exists()
    served = run_cli("sources", "add", f"{server}/seed.txt", "--allow-private", cwd=repo_copy)
    assert served.code == 0, served.stderr
    assert (repo_copy / "facts" / "sources" / "tdi-2024-06-12.md").is_file()


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:9/page",  # a name whose DNS answer is loopback
        "http://[::1]:9/page",
        "http://10.1.2.3/page",
        "http://192.168.0.1/page",
        "http://169.254.169.254/latest/meta-data/",  # a cloud metadata service
        "http://0.0.0.0:9/page",
        "http://[::ffff:127.0.0.1]:9/page",
        "http://2130706433:9/page",  # 127.0.0.1 written as one number
    ],
)
def test_private_addresses_are_refused_before_connecting(url: str) -> None:
    with pytest.raises(BriefgenError) as caught:
        fetch_url(url, timeout=5)
    message = caught.value.problems[0].message
    assert "which is not fetched without --allow-private" in message, message


def test_redirects_are_checked_and_followed(server: str) -> None:
    page = fetch_url(f"{server}/to-self", allow_private=True)
    assert page.url == f"{server}/seed.txt"
    with pytest.raises(BriefgenError) as caught:
        fetch_url(f"{server}/to-self")
    assert "loopback address" in caught.value.problems[0].message


def test_timeout_bounds_the_whole_fetch(repo_copy: Path, server: str) -> None:
    """A server that sends a byte every 0.2 s never lets one read wait long; --timeout 2 still ends the fetch."""
    result = run_cli("sources", "add", f"{server}/drip", "--allow-private", "--timeout", "2", cwd=repo_copy, timeout=30)
    assert result.code == 1
    assert f"{server}/drip: cannot fetch: no answer within 2 seconds" in result.stderr


def test_timeout_bounds_the_name_lookup(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name server that never answers holds the system resolver for its own retries; --timeout still ends the fetch.

    The resolver is the one part replaced here: a dead name server cannot be
    put in front of this machine's resolver from a test.
    """
    import socket

    release = threading.Event()
    answered = threading.Event()

    def unanswered(*args: object, **kwargs: object) -> list[object]:
        release.wait(30)
        answered.set()
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", unanswered)
    try:
        with pytest.raises(BriefgenError) as caught:
            fetch_url("http://news.example.org/story", timeout=0.5)
        gave_up_first = not answered.is_set()
    finally:
        release.set()
    assert caught.value.problems[0].message == "cannot fetch: no answer within 0.5 seconds"
    assert gave_up_first, "the fetch stopped at its own deadline, while the resolver was still waiting"


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
    result = run_cli("sources", "add", f"{server}{path}", "--allow-private", *args, cwd=repo_copy)
    assert result.code == 1, result.stderr
    assert f"{server}{path}: {message}" in result.stderr
    assert "Traceback" not in result.stderr


def test_streamed_page_over_the_limit_is_refused(server: str) -> None:
    with pytest.raises(BriefgenError) as caught:
        fetch_url(f"{server}/huge-streamed", max_bytes=16 * 1024, allow_private=True)
    assert caught.value.problems[0].message == "the page is over the 16,384-byte limit for one article"


def test_refused_connection(repo_copy: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run_cli("sources", "add", f"http://127.0.0.1:{port}/page", "--allow-private", cwd=repo_copy)
    assert result.code == 1
    assert f"http://127.0.0.1:{port}/page: cannot fetch:" in result.stderr
    assert "refused" in result.stderr.casefold()


def test_only_web_addresses() -> None:
    with pytest.raises(UsageError):
        fetch_url("file:///etc/passwd")
