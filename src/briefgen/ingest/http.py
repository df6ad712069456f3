"""One guarded HTTP GET: public addresses only, one deadline, a size cap, redirects checked one by one.

``sources add URL`` runs on an editor's machine, which can reach what the
internet cannot: the loopback interface, the office network, a cloud
metadata service at 169.254.169.254.  A URL (or a redirect, or a DNS name
that answers with such an address) must not make briefgen fetch from there
and archive the answer.  So every host is resolved here, every address the
resolver gives is checked, and the connection goes to an address that was
checked (a second lookup could answer differently).  ``allow_private``
lifts the check, for a mirror the editor runs on purpose.

The whole fetch, name lookups, redirects and a slow trickle of bytes included, has one
deadline: each step is given only the time that is left.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.parse
from dataclasses import dataclass
from email.message import Message
from typing import Any

MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_DEFAULT_PORTS = {"http": 80, "https": 443}


class FetchError(Exception):
    """Why a fetch failed, in words for the editor (the URL is added by the caller)."""


class PageTooLarge(FetchError):
    """The server announced a page over the cap."""


class FetchTimeout(FetchError):
    """The fetch's deadline passed."""


@dataclass(frozen=True)
class Response:
    """What the server sent: its final address, headers and body (at most the cap plus one byte)."""

    url: str
    headers: Message
    body: bytes


def refused_address(address: str) -> str | None:
    """Why ``address`` may not be fetched from without ``--allow-private``, or None for a public one."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for test, kind in (
        ("is_loopback", "a loopback"),
        ("is_link_local", "a link-local"),
        ("is_unspecified", "an unspecified"),
        ("is_multicast", "a multicast"),
        ("is_reserved", "a reserved"),
        ("is_private", "a private"),
    ):
        if getattr(ip, test):
            return f"{kind} address ({ip})"
    if not ip.is_global:
        return f"a non-public address ({ip})"
    return None


class _Deadline:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        remaining = self.end - time.monotonic()
        if remaining <= 0:
            raise FetchTimeout(f"no answer within {self.seconds:g} seconds")
        return remaining


def _lookup(host: str, port: int, deadline: _Deadline) -> list[Any]:
    """``getaddrinfo`` under the fetch's deadline.

    The system resolver takes no timeout of its own (a dead name server holds
    it for its own retries, 10 s and more), so it runs in a daemon thread and
    the fetch stops waiting when its time is up; the thread, left behind,
    ends with the resolver or with the process.
    """
    answer: list[Any] = []
    failure: list[BaseException] = []

    def resolve() -> None:
        try:
            answer.extend(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except BaseException as exc:  # handed to the waiting thread, raised there
            failure.append(exc)

    worker = threading.Thread(target=resolve, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(deadline.left())
    if worker.is_alive():
        raise FetchTimeout(f"no answer within {deadline.seconds:g} seconds")
    if failure:
        raise failure[0]
    return answer


def _addresses(host: str, port: int, deadline: _Deadline, allow_private: bool) -> list[str]:
    """The host's addresses, each checked; one private answer refuses the host."""
    try:
        infos = _lookup(host, port, deadline)
    except socket.gaierror as exc:
        raise FetchError(f"cannot find the host '{host}' ({exc.strerror})") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not allow_private:
        for address in addresses:
            why = refused_address(address)
            if why is not None:
                raise FetchError(f"'{host}' is {why}, which is not fetched without --allow-private")
    return addresses


class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to an address already checked, whatever the host name resolves to now."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """The same over TLS; the certificate is checked against the host name, not the address."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self) -> None:
        raw = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)  # type: ignore[attr-defined]


def _read_body(response: http.client.HTTPResponse, sock: socket.socket, deadline: _Deadline, cap: int) -> bytes:
    """At most ``cap + 1`` bytes, each read given only the time left (a slow drip ends at the deadline).

    ``sock`` is the connection's socket, kept by the caller: http.client lets go of it
    once the response is read from it, but the response still reads through it.
    """
    chunks: list[bytes] = []
    total = 0
    while total <= cap:
        sock.settimeout(deadline.left())
        chunk = response.read1(min(_CHUNK, cap + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _open(
    url: str, address: str, deadline: _Deadline, headers: dict[str, str]
) -> tuple[http.client.HTTPConnection, socket.socket, http.client.HTTPResponse]:
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or _DEFAULT_PORTS[parts.scheme]
    kind = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
    conn = kind(host, port, address, deadline.left())
    path = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    conn.request("GET", path, headers=headers)
    sock = conn.sock
    assert sock is not None  # request() connected
    sock.settimeout(deadline.left())
    return conn, sock, conn.getresponse()


def get(url: str, *, timeout: float, max_bytes: int, allow_private: bool, headers: dict[str, str]) -> Response:
    """GET ``url``, following up to five redirects to http(s) addresses; raise :class:`FetchError` on any refusal."""
    deadline = _Deadline(timeout)
    for _ in range(MAX_REDIRECTS + 1):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme.casefold() not in _DEFAULT_PORTS or not parts.hostname:
            raise FetchError(f"redirected to a non-web address ({url})")
        try:
            port = parts.port or _DEFAULT_PORTS[parts.scheme.casefold()]
        except ValueError:
            raise FetchError(f"the address {url} has an invalid port") from None
        last_error: OSError | None = None
        for address in _addresses(parts.hostname, port, deadline, allow_private):
            try:
                conn, sock, response = _open(url, address, deadline, headers)
                break
            except TimeoutError:
                raise FetchTimeout(f"no answer within {timeout:g} seconds") from None
            except OSError as exc:
                last_error = exc
            except http.client.HTTPException as exc:
                raise FetchError(f"the server's answer is not HTTP ({type(exc).__name__})") from None
        else:
            reason = last_error.strerror if last_error is not None and last_error.strerror else str(last_error)
            raise FetchError(reason)
        try:
            if response.status in {301, 302, 303, 307, 308}:
                location = response.getheader("Location") or ""
                url = urllib.parse.urljoin(url, location)
                continue
            if response.status >= 400:
                raise FetchError(f"the server answered {response.status} {response.reason}")
            length = response.getheader("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise PageTooLarge(f"the page is {int(length):,} bytes, over the {max_bytes:,}-byte limit for one article")
            body = _read_body(response, sock, deadline, max_bytes)
            return Response(url=url, headers=response.msg, body=body)
        except TimeoutError:
            raise FetchTimeout(f"no answer within {timeout:g} seconds") from None
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(str(exc) or type(exc).__name__) from None
        finally:
            conn.close()
            sock.close()
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")
