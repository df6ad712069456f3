"""``briefgen serve`` as a real process, spoken to over HTTP (no browser).

What an editor and an attacker can do to it: open the index, a preview and
a PDF; break a file and fix it; send a forged Host header; ask for paths
outside what it renders; stop it with Ctrl-C.  The browser's side (the page
reloading itself, footnote links) is in test_browser.py.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from briefgen.errors import Problem
from briefgen.preview.hosts import allowed_host_names, content_security_policy, host_header_allowed, is_loopback
from briefgen.preview.pages import LiveConfig, inject_live_script, source_context
from briefgen.preview.workbench import Workbench
from tests.conftest import REPO, run_cli

BRIEF = "example-helpers"
SCRIPT = re.compile(r'<script nonce="([^"]+)">.*?</script>\n', re.S)


def copy_project(target: Path) -> Path:
    """The real facts, briefs and templates, in a folder the test may change."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("facts", "briefs", "templates"):
        shutil.copytree(REPO / name, target / name)
    return target


@dataclass
class ServeProcess:
    """``briefgen serve`` in a subprocess on a free loopback port, with its output collected."""

    root: Path
    args: tuple[str, ...] = ()
    process: subprocess.Popen[str] = field(init=False)
    url: str = field(init=False)
    lines: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        command = [sys.executable, "-m", "briefgen", "-C", str(self.root), "serve", "--port", "0", *self.args]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
        assert self.process.stdout is not None
        first = self.process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/)", first)
        if not match:
            self.process.kill()
            raise AssertionError(f"serve did not start: {first}{self.process.stdout.read()}")
        self.url = match.group(1)
        self.lines.append(first)
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)

    @property
    def port(self) -> int:
        return int(self.url.rstrip("/").rsplit(":", 1)[1])

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def get(self, path: str, headers: dict[str, str] | None = None, timeout: float = 60) -> tuple[int, dict[str, str], bytes]:
        request = urllib.request.Request(self.url.rstrip("/") + path, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, dict(response.headers.items()), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers.items()), error.read()

    def raw(self, path: str, host: str | None = None) -> tuple[int, bytes]:
        """Send ``path`` exactly as given (no normalisation, no quoting)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.putrequest("GET", path, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Host", f"127.0.0.1:{self.port}" if host is None else host)
        connection.endheaders()
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return response.status, body

    def status(self) -> dict[str, object]:
        _, _, body = self.get("/_status.json")
        result: dict[str, object] = json.loads(body)
        return result

    def wait_for(self, slug: str, predicate: str, timeout: float = 40) -> dict[str, object]:
        """Poll /_status.json until the brief is ``ok`` or ``failed``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            brief = self.status()["briefs"]
            assert isinstance(brief, dict)
            state = brief.get(slug) or {}
            if state.get("version") and state.get("ok") == (predicate == "ok"):
                return state
            time.sleep(0.05)
        raise AssertionError(f"{slug} never became {predicate}:\n{self.output}")

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return int(self.process.returncode)


class EventStream:
    """A server-sent-events client: each ``version`` event's number, with the time it arrived.

    It speaks HTTP over its own socket so that ``close`` can end the stream at
    once (closing a urllib response waits for the reading thread's next event).
    """

    def __init__(self, server: ServeProcess, key: str) -> None:
        self.events: queue.Queue[tuple[float, int]] = queue.Queue()
        self._socket = socket.create_connection(("127.0.0.1", server.port), timeout=60)
        request = f"GET /_events?brief={key} HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\nAccept: text/event-stream\r\n\r\n"
        self._socket.sendall(request.encode("ascii"))
        self._lines = self._socket.makefile("rb")
        status = self._lines.readline()
        assert b" 200 " in status, status
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        try:
            for raw in self._lines:
                line = raw.decode("utf-8")
                if line.startswith("data:"):
                    self.events.put((time.perf_counter(), int(line[5:])))
        except (OSError, ValueError):
            return

    def next(self, timeout: float = 20) -> tuple[float, int]:
        return self.events.get(timeout=timeout)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._socket.shutdown(socket.SHUT_RDWR)
        self._socket.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServeProcess]:
    root = copy_project(tmp_path_factory.mktemp("serve") / "project")
    (root / "briefs" / "leak.md").symlink_to("/etc/passwd")
    server = ServeProcess(root)
    server.wait_for(BRIEF, "ok")
    yield server
    server.stop()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[ServeProcess]:
    """A server of its own, for tests that change files."""
    server = ServeProcess(copy_project(tmp_path / "project"), (BRIEF,))
    server.wait_for(BRIEF, "ok")
    yield server
    server.stop()


def _listening_addresses(port: int) -> list[str]:
    """Local addresses with a listening TCP socket on ``port`` (Linux /proc/net/tcp)."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            address, port_hex = local.split(":")
            if state == "0A" and int(port_hex, 16) == port:
                found.append(socket.inet_ntoa(bytes.fromhex(address)[::-1]) if len(address) == 8 else address)
    return found


# --- what an editor sees ---------------------------------------------------------------


def test_index_lists_briefs_with_preview_and_pdf_links(served: ServeProcess) -> None:
    code, headers, body = served.get("/")
    page = body.decode()
    assert code == 200 and headers["Content-Type"].startswith("text/html")
    for slug in ("example-helpers", "pakistan-belarus-industrial-cooperation"):
        assert f'href="/briefs/{slug}.html"' in page
        assert f'href="/briefs/{slug}.pdf"' in page
    assert "leak" not in page, "a symlinked brief is not served"


def test_preview_is_the_built_html_plus_one_script(served: ServeProcess, tmp_path: Path) -> None:
    code, headers, body = served.get(f"/briefs/{BRIEF}.html")
    assert code == 200
    page = body.decode()
    scripts = SCRIPT.findall(page)
    assert len(scripts) == 1, "exactly one script: the reload script"
    assert f"'nonce-{scripts[0]}'" in headers["Content-Security-Policy"]
    result = run_cli("-C", str(served.root), "build", BRIEF, "--format", "html", "--out", "build-compare")
    assert result.code == 0, result.stderr
    built = next((served.root / "build-compare").glob(f"*/{BRIEF}.html")).read_text(encoding="utf-8")
    assert "<script" not in built, "the reload script never reaches built files"
    assert SCRIPT.sub("", page) == built


def test_security_headers(served: ServeProcess) -> None:
    for path in ("/", f"/briefs/{BRIEF}.html"):
        _, headers, _ = served.get(path)
        policy = headers["Content-Security-Policy"]
        assert "default-src 'none'" in policy
        assert re.search(r"script-src 'nonce-[A-Za-z0-9_-]{16,}'(;|$)", policy), policy
        assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
        assert "frame-ancestors 'none'" in policy
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Cache-Control"] == "no-store"
    _, first, _ = served.get("/")
    _, second, _ = served.get("/")
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"], "a fresh nonce per response"


def test_pdf_is_one_click_away(served: ServeProcess) -> None:
    code, headers, body = served.get(f"/briefs/{BRIEF}.pdf", timeout=120)
    assert code == 200
    assert headers["Content-Type"] == "application/pdf"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert body.startswith(b"%PDF-")


# --- what an attacker tries ------------------------------------------------------------


def test_binds_loopback_only_by_default(served: ServeProcess) -> None:
    assert served.url.startswith("http://127.0.0.1:")
    addresses = _listening_addresses(served.port)
    if not addresses:
        pytest.skip("/proc/net/tcp is not available here")
    assert addresses == ["127.0.0.1"]


@pytest.mark.parametrize(
    "host",
    [
        "evil.example",
        "evil.example:{port}",
        "127.0.0.1.evil.example:{port}",
        "localhost:1",
        "127.0.0.1:{port}0",
        "192.168.1.10:{port}",
        "",
    ],
)
def test_foreign_host_header_is_refused(served: ServeProcess, host: str) -> None:
    code, body = served.raw("/", host=host.format(port=served.port))
    assert code == 403
    assert b"briefgen preview" not in body


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}"])
def test_loopback_host_header_is_accepted(served: ServeProcess, host: str) -> None:
    code, _ = served.raw("/", host=host.format(port=served.port))
    assert code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/../../etc/passwd",
        "/briefs/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/briefs/%2e%2e%2f%2e%2e%2fetc%2fpasswd.html",
        "/briefs/..%2f..%2fetc%2fpasswd.html",
        "//etc/passwd",
        "/etc/passwd",
        "http://127.0.0.1/etc/passwd",
        "/briefs/leak.html",
        "/briefs/leak.pdf",
        "/briefs/example-helpers.md",
        "/briefs/",
        "/briefs",
        "/facts/trade.yaml",
        "/templates/styles/brief.css",
        "/templates/",
        "/briefs/Example-Helpers.html",
        "/briefs/example-helpers.html/",
        "/briefs/example-helpers.html%00",
        "/_events?brief=../../etc/passwd",
        "/_events?brief=leak",
    ],
)
def test_nothing_outside_what_it_renders(served: ServeProcess, path: str) -> None:
    code, body = served.raw(path)
    assert code == 404, path
    assert b"root:" not in body
    assert b"<script" not in body


def test_other_methods_are_refused(served: ServeProcess) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    connection.request("POST", "/", body=b"x", headers={"Host": f"127.0.0.1:{served.port}"})
    assert connection.getresponse().status == 501
    connection.close()


# --- live: change, break, fix ---------------------------------------------------------------


def test_saving_a_template_re_renders_and_signals_the_page(fresh: ServeProcess) -> None:
    events = EventStream(fresh, BRIEF)
    _, first = events.next()
    layout = fresh.root / "templates" / "layouts" / "brief.html.j2"
    layout.write_text(layout.read_text(encoding="utf-8").replace("Briefing note", "Briefing note, edited"), encoding="utf-8")
    started = time.perf_counter()
    arrived, version = events.next()
    assert version != first
    assert arrived - started < 2.0
    _, _, body = fresh.get(f"/briefs/{BRIEF}.html")
    assert "Briefing note, edited" in body.decode()
    events.close()


def test_broken_brief_shows_file_line_and_context_then_recovers(fresh: ServeProcess) -> None:
    brief = fresh.root / "briefs" / f"{BRIEF}.md"
    original = brief.read_text(encoding="utf-8")
    lines = original.split("\n")
    target = lines.index("## One fact by id")
    lines[target] = "## One fact by id {% if <script>alert(1)</script> %}"
    brief.write_text("\n".join(lines), encoding="utf-8")
    fresh.wait_for(BRIEF, "failed")
    code, headers, body = fresh.get(f"/briefs/{BRIEF}.html")
    page = body.decode()
    assert code == 500
    assert f"briefs/{BRIEF}.md:{target + 1}" in page
    assert "template syntax error" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, "the offending line is shown, escaped"
    assert "<script>alert(1)" not in page
    assert 'class="here"' in page and lines[target - 1].replace("'", "&#x27;") in page, "with the lines around it"
    assert "'nonce-" in headers["Content-Security-Policy"]
    assert f"briefs/{BRIEF}.md:{target + 1}: template syntax error" in fresh.output, "the terminal says it too"
    brief.write_text(original, encoding="utf-8")
    fresh.wait_for(BRIEF, "ok")
    code, _, body = fresh.get(f"/briefs/{BRIEF}.html")
    assert code == 200 and "<h1>Pakistan–Belarus: a worked example of every helper</h1>" in body.decode()


_LOOP = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"


@pytest.mark.parametrize(
    ("where", "what"), [(f"briefs/{BRIEF}.md", "narrative"), ("templates/layouts/brief.html.j2", "layout")], ids=["brief", "layout"]
)
def test_an_endless_loop_is_stopped_and_the_preview_recovers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, what: str
) -> None:
    """A runaway brief or layout becomes an error page within the time limit, and the next good save is rendered."""
    # The server inherits the limit; renders run on its threads.  Ten seconds, not less: the first good render of a
    # fresh server must finish under it while other tests load every core (a 3 s limit stopped it under `make test`).
    monkeypatch.setenv("BRIEFGEN_NARRATIVE_TIMEOUT", "10")
    server = ServeProcess(copy_project(tmp_path / "project"), (BRIEF,))
    try:
        server.wait_for(BRIEF, "ok")
        edited = server.root / where
        original = edited.read_text(encoding="utf-8")
        looping = original + f"\n{_LOOP}\n" if what == "narrative" else original.replace("<main", f"{_LOOP}<main", 1)
        assert looping != original
        edited.write_text(looping, encoding="utf-8")
        state = server.wait_for(BRIEF, "failed", timeout=45)
        assert any(f"rendering the {what} took longer than 10 s and was stopped" in p for p in state["problems"])  # type: ignore[attr-defined]
        edited.write_text(original, encoding="utf-8")
        server.wait_for(BRIEF, "ok", timeout=30)
        code, _, _ = server.get(f"/briefs/{BRIEF}.html")
        assert code == 200
    finally:
        assert server.stop() == 0


def test_unknown_fact_says_did_you_mean(fresh: ServeProcess) -> None:
    brief = fresh.root / "briefs" / f"{BRIEF}.md"
    text = brief.read_text(encoding="utf-8")
    brief.write_text(text.replace("[@pakistan-exports-to-belarus]", "[@pakistan-export-to-belarus]"), encoding="utf-8")
    fresh.wait_for(BRIEF, "failed")
    _, _, body = fresh.get(f"/briefs/{BRIEF}.html")
    page = body.decode()
    assert "unknown fact &#x27;pakistan-export-to-belarus&#x27;" in page
    assert "did you mean &#x27;pakistan-exports-to-belarus&#x27;?" in page


def test_missing_partial_names_the_include(fresh: ServeProcess) -> None:
    brief = fresh.root / "briefs" / f"{BRIEF}.md"
    brief.write_text(brief.read_text(encoding="utf-8") + "\n{% include 'partials/time-line.md.j2' %}\n", encoding="utf-8")
    state = fresh.wait_for(BRIEF, "failed")
    assert any(
        "template 'partials/time-line.md.j2' not found" in p and "did you mean 'partials/timeline.md.j2'" in p for p in state["problems"]
    )  # type: ignore[attr-defined]


def test_changed_fact_reloads_the_corpus(fresh: ServeProcess) -> None:
    facts = fresh.root / "facts" / "industry-and-machinery.yaml"
    text = facts.read_text(encoding="utf-8")
    old = "Minsk Tractor Plant"
    assert old in text
    version = fresh.status()["briefs"][BRIEF]["version"]  # type: ignore[index]
    facts.write_text(text.replace(old, "The Minsk Tractor Works", 1), encoding="utf-8")
    deadline = time.monotonic() + 20
    while fresh.status()["briefs"][BRIEF]["version"] == version and time.monotonic() < deadline:  # type: ignore[index]
        time.sleep(0.05)
    _, _, body = fresh.get(f"/briefs/{BRIEF}.html")
    assert "The Minsk Tractor Works" in body.decode()
    assert "corpus reloaded" in fresh.output


def test_broken_facts_file_shows_its_line(fresh: ServeProcess) -> None:
    facts = fresh.root / "facts" / "trade.yaml"
    facts.write_text(facts.read_text(encoding="utf-8") + "\n- id: Bad Id\n", encoding="utf-8")
    state = fresh.wait_for(BRIEF, "failed")
    assert any(p.startswith("facts/trade.yaml:") for p in state["problems"]), state  # type: ignore[attr-defined]
    _, _, body = fresh.get(f"/briefs/{BRIEF}.html")
    assert "- id: Bad Id" in body.decode(), "the offending line in context"


def test_css_the_pdf_ignores_is_a_warning_with_its_line(fresh: ServeProcess) -> None:
    sheet = fresh.root / "templates" / "styles" / "brief.css"
    lines = sheet.read_text(encoding="utf-8").rstrip("\n").split("\n")
    lines.append("body { colr: red; }")
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        warnings = fresh.status()["briefs"][BRIEF]["warnings"]  # type: ignore[index]
        if warnings:
            break
        time.sleep(0.05)
    expected = f"templates/styles/brief.css:{len(lines)}: warning: the PDF ignores this: Ignored `colr: red`, unknown property"
    assert expected in warnings
    code, _, body = fresh.get(f"/briefs/{BRIEF}.html")
    assert code == 200, "a warning does not stop the preview"
    assert "colr: red" in body.decode().split("<script")[-1], "the toolbar lists it"


def test_deleted_brief_page_explains_and_recovers(fresh: ServeProcess) -> None:
    brief = fresh.root / "briefs" / f"{BRIEF}.md"
    original = brief.read_text(encoding="utf-8")
    brief.unlink()
    fresh.wait_for(BRIEF, "failed")
    code, _, body = fresh.get(f"/briefs/{BRIEF}.html")
    assert code == 500 and f">briefs/{BRIEF}.md<" in body.decode() and "cannot read file" in body.decode()
    brief.write_text(original, encoding="utf-8")
    fresh.wait_for(BRIEF, "ok")


# --- the process -------------------------------------------------------------------------


def test_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    server = ServeProcess(copy_project(tmp_path / "project"), (BRIEF,))
    events = EventStream(server, BRIEF)  # an open page must not hold the server up
    events.next()
    started = time.monotonic()
    code = server.stop()
    assert code == 0
    assert time.monotonic() - started < 10
    assert "Traceback" not in server.output
    assert "briefgen serve: stopped" in server.output


def test_unknown_brief_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("-C", str(copy_project(tmp_path / "project")), "serve", "no-such-brief", "--port", "0")
    assert result.code == 2
    assert "no brief named 'no-such-brief'" in result.stderr


def test_port_in_use_is_a_usage_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("-C", str(copy_project(tmp_path / "project")), "serve", "--port", str(port), timeout=60)
    assert result.code == 2
    assert f"port {port} is already in use" in result.stderr
    assert "Traceback" not in result.stderr


# --- the pieces ----------------------------------------------------------------------------


def test_host_header_rules() -> None:
    names = allowed_host_names("127.0.0.1")
    assert host_header_allowed("127.0.0.1:8000", names, 8000)
    assert host_header_allowed("localhost:8000", names, 8000)
    assert host_header_allowed("[::1]:8000", names, 8000)
    assert not host_header_allowed("localhost", names, 8000), "the port must match"
    assert host_header_allowed("localhost", names, 80)
    assert not host_header_allowed("evil.example:8000", names, 8000)
    assert not host_header_allowed("localhost:8000@evil", names, 8000)
    assert not host_header_allowed("[::1]x:8000", names, 8000)
    assert not host_header_allowed(None, names, 8000)
    lan = allowed_host_names("192.168.1.5", ["briefs.office.example"])
    assert host_header_allowed("192.168.1.5:8000", lan, 8000)
    assert host_header_allowed("briefs.office.example:8000", lan, 8000)
    assert not host_header_allowed("evil.example:8000", lan, 8000)


def test_loopback_detection() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1") and is_loopback("[::1]")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


def test_policy_allows_only_the_nonce_script() -> None:
    policy = content_security_policy("abc")
    assert "script-src 'nonce-abc'" in policy
    assert "script-src 'none'" in content_security_policy(None)


def test_script_goes_before_the_last_body_end_and_cannot_break_out() -> None:
    page = "<html><body><p>x</p></body></html>"
    config = LiveConfig("a", 3, [("PDF", "/briefs/a.pdf")], ["</script><script>alert(1)</script>"])
    result = inject_live_script(page, config, "n0nce")
    assert result.startswith('<html><body><p>x</p><script nonce="n0nce">')
    assert result.endswith("</script>\n</body></html>")
    assert result.count("</script>") == 1, "warning text cannot close the script element"


def test_error_page_quotes_only_project_sources(tmp_path: Path) -> None:
    root = tmp_path / "project"
    (root / "briefs").mkdir(parents=True)
    (root / "briefs" / "a.md").write_text("one\ntwo\nthree\n", encoding="utf-8")
    (root / "secret.txt").write_text("s1\ns2\n", encoding="utf-8")
    (root / "briefs" / "link.md").symlink_to(root / "secret.txt")
    assert source_context(root, Problem("briefs/a.md", 2, "x"), around=1) == [(1, "one"), (2, "two"), (3, "three")]
    for path in ("secret.txt", "briefs/link.md", "../etc/passwd", "/etc/passwd", "briefs/missing.md"):
        assert source_context(root, Problem(path, 1, "x")) is None, path
    assert source_context(root, Problem("briefs/a.md", None, "x")) is None
    assert source_context(root, Problem("briefs/a.md", 99, "x")) is None


def test_only_briefs_that_use_a_changed_file_are_re_rendered(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    workbench = Workbench(root)
    helpers = workbench.preview(BRIEF)
    big = workbench.preview("pakistan-belarus-industrial-cooperation")
    assert helpers.html and big.html and helpers.dependencies and big.dependencies
    assert "templates/partials/sector.md.j2" in big.dependencies
    assert "templates/partials/sector.md.j2" not in helpers.dependencies
    assert "templates/layouts/brief.html.j2" in helpers.dependencies and "templates/styles/brief.css" in helpers.dependencies
    workbench.watching(BRIEF, +1)
    workbench.watching("pakistan-belarus-industrial-cooperation", +1)
    assert workbench.changed({"templates/partials/sector.md.j2"}) == ["pakistan-belarus-industrial-cooperation"]
    assert workbench.current(BRIEF) is helpers, "a brief that does not use the partial is left alone"
    assert sorted(workbench.changed({"templates/styles/brief.css"})) == sorted([BRIEF, "pakistan-belarus-industrial-cooperation"])
    assert workbench.current(BRIEF) is not helpers
    assert workbench.current(BRIEF).version == helpers.version, "the same page keeps its version: no reload"  # type: ignore[union-attr]


def test_two_hundred_simultaneous_requests_are_all_answered(served: ServeProcess) -> None:
    """200 loopback clients connect at the same instant; each gets its page (the backlog was 5: many got nothing)."""
    clients = 200
    barrier = threading.Barrier(clients)
    codes: list[int] = []
    errors: list[str] = []
    lock = threading.Lock()

    def fetch() -> None:
        barrier.wait(timeout=30)
        try:
            connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=60)
            connection.request("GET", "/_status.json", headers={"Host": f"127.0.0.1:{served.port}"})
            response = connection.getresponse()
            response.read()
            connection.close()
            with lock:
                codes.append(response.status)
        except OSError as exc:
            with lock:
                errors.append(repr(exc))

    threads = [threading.Thread(target=fetch) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a request got no answer within two minutes"
    assert errors == []
    assert codes == [200] * clients
