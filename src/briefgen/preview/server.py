"""``briefgen serve``: a live preview of briefs in the browser, on this machine only.

A small HTTP server (the standard library's ``ThreadingHTTPServer``) answers
a fixed set of routes and nothing else: ``/`` (the index), ``/briefs/<slug>.html``
(the preview), ``/briefs/<slug>.pdf`` (the PDF, rendered on demand),
``/_events`` (server-sent events that tell an open page to reload) and
``/_status.json``.  Paths are matched whole against those patterns before
anything is decoded, and no route reads a file named by the request, so
``/../../etc/passwd``, ``%2e%2e`` and the like can only ever be 404.

It binds to 127.0.0.1 unless told otherwise and answers only requests whose
``Host`` header names this server (a web page elsewhere cannot reach it
through DNS rebinding); every response carries a Content-Security-Policy
(no scripts but the page's own nonce-marked reload script, no network
except this server's event stream), ``nosniff`` and no-store caching.

Rendering and watching live in :mod:`briefgen.preview.workbench`, the pages
around the briefs in :mod:`briefgen.preview.pages`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import re
import secrets
import signal
import socket
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from briefgen.errors import UsageError
from briefgen.preview.hosts import allowed_host_names, content_security_policy, host_header_allowed, is_loopback, is_wildcard
from briefgen.preview.pages import IndexRow, LiveConfig, error_page, index_page, inject_live_script, not_found_page
from briefgen.preview.runner import MainThreadRunner, Stopping
from briefgen.preview.watcher import watch_project
from briefgen.preview.workbench import ALL, Workbench
from briefgen.project import SLUG_BODY, is_slug

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
HEARTBEAT_SECONDS = 15.0


_BASE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "no-store",
}


Query = dict[str, list[str]]

#: The routes, matched whole against the request's path, in order; each names the handler method,
#: which is called with ``head``, the parsed query and the pattern's groups.
_ROUTES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"/"), "_index"),
    (re.compile(r"/_events"), "_events"),
    (re.compile(r"/_status\.json"), "_status"),
    (re.compile(rf"/briefs/({SLUG_BODY})\.html"), "_brief"),
    (re.compile(rf"/briefs/({SLUG_BODY})\.pdf"), "_pdf"),
)


class PreviewServer(ThreadingHTTPServer):
    """The HTTP server, holding the workbench and the allowed Host names."""

    daemon_threads = True
    block_on_close = False
    # The listen backlog: the standard library's 5 left most of 200 simultaneous requests
    # (a page's reload, many tabs, a script) unanswered; each accepted request gets its own thread.
    request_queue_size = 256

    def __init__(self, address: tuple[str, int], workbench: Workbench, names: frozenset[str]) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, PreviewHandler)
        self.workbench = workbench
        self.allowed_names = names

    @property
    def port(self) -> int:
        return int(self.server_address[1])


class PreviewHandler(BaseHTTPRequestHandler):
    """Routes a request to the index, a preview, a PDF or the event stream; everything else is 404."""

    server: PreviewServer
    server_version = "briefgen"
    sys_version = ""
    protocol_version = "HTTP/1.0"
    timeout = 30  # seconds a connection may sit idle before sending its request

    def log_message(self, format: str, *args: Any) -> None:
        return  # the terminal shows renders and problems, not every request

    def do_HEAD(self) -> None:
        self._dispatch(head=True)

    def do_GET(self) -> None:
        self._dispatch(head=False)

    # --- routing -------------------------------------------------------------------

    def _dispatch(self, *, head: bool) -> None:
        try:
            self._route(head=head)
        except Stopping:  # a render was still waiting when Ctrl-C came
            self._send_text(HTTPStatus.SERVICE_UNAVAILABLE, "The preview is stopping.\n", head)

    def _route(self, *, head: bool) -> None:
        if not host_header_allowed(self.headers.get("Host"), self.server.allowed_names, self.server.port):
            where = f"http://127.0.0.1:{self.server.port}/"
            self._send_text(HTTPStatus.FORBIDDEN, f"Host not allowed: open this preview at {where} on this machine.\n", head)
            return
        raw = self.path
        if not raw.startswith("/") or raw.startswith("//"):
            self._not_found(head)
            return
        parts = urlsplit(raw)
        for pattern, name in _ROUTES:
            if match := pattern.fullmatch(parts.path):
                getattr(self, name)(head, parse_qs(parts.query), *match.groups())
                return
        self._not_found(head)

    # --- responses -----------------------------------------------------------------

    def _send(self, status: HTTPStatus, body: bytes, content_type: str, head: bool, *, nonce: str | None = None, **extra: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if content_type.startswith("text/html"):
            self.send_header("Content-Security-Policy", content_security_policy(nonce))
        for name, value in _BASE_HEADERS.items():
            self.send_header(name, value)
        for name, value in extra.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        if not head:
            with contextlib.suppress(ConnectionError):
                self.wfile.write(body)

    def _send_text(self, status: HTTPStatus, text: str, head: bool) -> None:
        self._send(status, text.encode("utf-8"), "text/plain; charset=utf-8", head)

    def _send_html(self, status: HTTPStatus, page: str, head: bool, nonce: str) -> None:
        self._send(status, page.encode("utf-8"), "text/html; charset=utf-8", head, nonce=nonce)

    def _not_found(self, head: bool) -> None:
        self._send(HTTPStatus.NOT_FOUND, not_found_page().encode("utf-8"), "text/html; charset=utf-8", head)

    def _links(self, slug: str) -> list[tuple[str, str]]:
        return [("All briefs", "/"), ("PDF", f"/briefs/{slug}.pdf")]

    def _index(self, head: bool, query: Query) -> None:
        workbench = self.server.workbench
        version = workbench.version(ALL)
        rows = []
        for slug in workbench.slugs():
            preview = workbench.current(slug)
            rows.append(
                IndexRow(
                    slug=slug,
                    title=preview.title if preview else None,
                    problems=len(preview.problems) if preview else 0,
                    warnings=len(preview.warnings) if preview else 0,
                    rendered=preview is not None,
                )
            )
        nonce = secrets.token_urlsafe(16)
        as_of = workbench.as_of.isoformat() if workbench.as_of else None
        page = index_page(rows, as_of=as_of, config=LiveConfig(ALL, version), nonce=nonce)
        self._send_html(HTTPStatus.OK, page, head, nonce)

    def _known(self, slug: str) -> bool:
        workbench = self.server.workbench
        return workbench.knows(slug) or workbench.current(slug) is not None

    def _brief(self, head: bool, query: Query, slug: str) -> None:
        if not self._known(slug):
            self._not_found(head)
            return
        workbench = self.server.workbench
        preview = workbench.preview(slug)
        nonce = secrets.token_urlsafe(16)
        config = LiveConfig(slug, preview.version, self._links(slug), [w.format() for w in preview.warnings])
        if preview.html is None:
            page = error_page(workbench.root, slug, preview.problems, preview.warnings, config, nonce)
            self._send_html(HTTPStatus.INTERNAL_SERVER_ERROR, page, head, nonce)
        else:
            self._send_html(HTTPStatus.OK, inject_live_script(preview.html, config, nonce), head, nonce)

    def _pdf(self, head: bool, query: Query, slug: str) -> None:
        if not self._known(slug):
            self._not_found(head)
            return
        workbench = self.server.workbench
        preview, pdf, problems = workbench.pdf(slug)
        if pdf is None:
            nonce = secrets.token_urlsafe(16)
            config = LiveConfig(slug, preview.version, self._links(slug))
            page = error_page(workbench.root, slug, problems, preview.warnings, config, nonce)
            self._send_html(HTTPStatus.INTERNAL_SERVER_ERROR, page, head, nonce)
            return
        # A PDF is not HTML: no CSP (it would only get in the way of the browser's PDF viewer).
        self._send(HTTPStatus.OK, pdf, "application/pdf", head, Content_Disposition=f'inline; filename="{slug}.pdf"')

    def _status(self, head: bool, query: Query) -> None:
        workbench = self.server.workbench
        briefs = {}
        for slug in workbench.slugs():
            preview = workbench.current(slug)
            briefs[slug] = {
                "version": preview.version if preview else 0,
                "ok": bool(preview and preview.html is not None),
                "problems": [p.format() for p in preview.problems] if preview else [],
                "warnings": [w.format() for w in preview.warnings] if preview else [],
                "render_ms": round(1000 * preview.seconds, 1) if preview else None,
                "rendered_at": preview.finished if preview else None,
            }
        body = json.dumps({"version": workbench.version(ALL), "briefs": briefs}, indent=2).encode("utf-8")
        self._send(HTTPStatus.OK, body, "application/json", head)

    def _events(self, head: bool, query: Query) -> None:
        """Server-sent events: the key's version now, then each time it changes."""
        workbench = self.server.workbench
        key = query.get("brief", [""])[0]
        if key != ALL and not (is_slug(key) and self._known(key)):
            self._not_found(head)
            return
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        for name, value in _BASE_HEADERS.items():
            self.send_header(name, value)
        self.end_headers()
        if head:
            return
        workbench.watching(key, +1)
        try:
            seen = workbench.version(key)
            self._event(f"retry: 500\nevent: version\ndata: {seen}\n\n")
            while not workbench.stopping:
                current = workbench.wait(key, seen, HEARTBEAT_SECONDS)
                if current is None:
                    self._event(": still here\n\n")
                    continue
                seen = current
                self._event(f"event: version\ndata: {seen}\n\n")
        except (ConnectionError, OSError):
            pass  # the page was closed or reloaded
        finally:
            workbench.watching(key, -1)

    def _event(self, text: str) -> None:
        self.wfile.write(text.encode("utf-8"))
        self.wfile.flush()


@dataclass
class Running:
    """A started preview: its server, workbench and threads (for tests and the command)."""

    server: PreviewServer
    workbench: Workbench
    stop_watching: threading.Event
    threads: list[threading.Thread]

    @property
    def url(self) -> str:
        address, port = self.server.server_address[:2]
        host = address.decode() if isinstance(address, bytes) else str(address)
        shown = f"[{host}]" if ":" in host else host
        if is_wildcard(host):
            shown = "127.0.0.1"
        return f"http://{shown}:{port}/"

    def close(self) -> None:
        """Stop watching, wake the event streams, stop the server; idempotent."""
        self.stop_watching.set()
        self.workbench.stop()
        self.server.shutdown()
        self.server.server_close()
        for thread in self.threads:
            thread.join(timeout=5)


def start(
    root: Path,
    *,
    slugs: Sequence[str] | None = None,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    as_of: dt.date | None = None,
    allow_hosts: Sequence[str] = (),
    report: Any = None,
    debug: bool = False,
    watch: bool = True,
    runner: MainThreadRunner | None = None,
) -> Running:
    """Bind the server and start serving, watching and warming up, each in its own thread."""
    say = report or _print
    workbench = Workbench(root, slugs=slugs, as_of=as_of, report=say, debug=debug, runner=runner)
    try:
        server = PreviewServer((host, port), workbench, allowed_host_names(host, allow_hosts))
    except OSError as exc:
        if exc.errno in (98, 48):  # EADDRINUSE on Linux and macOS
            raise UsageError(f"port {port} is already in use", hint=f"try --port {port + 1}, or --port 0 for any free port") from None
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    stop_watching = threading.Event()
    threads = [
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, name="briefgen-http", daemon=True),
        threading.Thread(target=_warm_up, args=(workbench,), name="briefgen-warm-up", daemon=True),
    ]
    if watch:
        threads.append(threading.Thread(target=watch_project, args=(workbench, stop_watching), name="briefgen-watch", daemon=True))
    for thread in threads:
        thread.start()
    return Running(server, workbench, stop_watching, threads)


def _warm_up(workbench: Workbench) -> None:
    """Load the corpus and WeasyPrint once, and render every brief, so first views are quick."""
    try:
        workbench.corpus()
        import weasyprint  # noqa: F401  (kept loaded for the PDF link and the CSS check)

        for slug in workbench.slugs():
            if workbench.stopping:
                return
            workbench.preview(slug)
        # What warm-up loaded (the corpus, WeasyPrint, compiled templates) lives as long as the server: out of the
        # collector's sight, a full collection that falls during a render walks only what renders made since.
        gc.collect()
        gc.freeze()
    except Stopping:
        return
    except Exception as exc:  # never fatal: requests render on demand
        workbench.report(f"internal error while warming up: {type(exc).__name__}: {exc}")


def _print(text: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {text}", flush=True)


@contextlib.contextmanager
def _stop_signals() -> Iterator[None]:
    """Ctrl-C (SIGINT) and SIGTERM stop the server cleanly.

    SIGINT is set explicitly: a process started in the background by a
    shell inherits SIGINT ignored, and Ctrl-C must still work.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = {number: signal.signal(number, interrupt) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def serve(
    root: Path,
    *,
    slugs: Sequence[str] | None = None,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    as_of: dt.date | None = None,
    allow_hosts: Sequence[str] = (),
    debug: bool = False,
) -> int:
    """Run the preview until Ctrl-C (or SIGTERM); return the exit code (0).

    The main thread renders (see :mod:`briefgen.preview.runner`) while other
    threads serve and watch.  The stop signals are taken over before the
    server starts, so a Ctrl-C the moment the address is printed still stops
    it cleanly.
    """
    runner = MainThreadRunner()
    running: Running | None = None
    with _stop_signals():
        try:
            running = start(root, slugs=slugs, host=host, port=port, as_of=as_of, allow_hosts=allow_hosts, debug=debug, runner=runner)
            print(f"briefgen serve: {running.url} (Ctrl-C to stop)", flush=True)
            if not is_loopback(host):
                print(
                    f"briefgen serve: warning: listening on {host}, so other machines that can reach this one can read these briefs",
                    file=sys.stderr,
                    flush=True,
                )
            for slug in running.workbench.slugs():
                print(f"  {running.url}briefs/{slug}.html", flush=True)
            runner.serve()
        except KeyboardInterrupt:
            pass
        finally:
            if running is not None:
                running.close()  # stops the runner too, through the workbench
    print("briefgen serve: stopped", flush=True)
    return 0
