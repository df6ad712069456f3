"""Who may talk to the preview, and what its pages may load: Host-header rules and the page's CSP.

The preview binds to loopback; a web page elsewhere could still reach it
through DNS rebinding, so every request's ``Host`` header must name this
server.  The Content-Security-Policy lets a preview run only its own
nonce-marked reload script and reach only this server's event stream.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Sequence

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "[::1]"})


def content_security_policy(nonce: str | None) -> str:
    """Inline styles (the brief's own), data: images (charts), one nonce-marked script, this server's events."""
    script = f"'nonce-{nonce}'" if nonce else "'none'"
    return (
        "default-src 'none'; "
        "style-src 'unsafe-inline'; "
        "img-src data:; "
        f"script-src {script}; "
        "connect-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )


def is_loopback(host: str) -> bool:
    name = host.strip("[]")
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def is_wildcard(host: str) -> bool:
    """Whether the address binds every interface ("", 0.0.0.0, ::)."""
    return host.strip("[]") in {"", "0.0.0.0", "::"}


def allowed_host_names(host: str, extra: Sequence[str] = ()) -> frozenset[str]:
    """Names a request's Host header may use: loopback, the bound address, and any given."""
    names = set(LOOPBACK_NAMES)
    bound = host.strip("[]")
    if is_wildcard(host):
        names.update({socket.gethostname().lower(), socket.getfqdn().lower()})
    elif ":" in bound:
        names.add(f"[{bound.lower()}]")
    else:
        names.add(bound.lower())
    names.update(name.lower() for name in extra)
    return frozenset(names)


def host_header_allowed(header: str | None, names: frozenset[str], port: int) -> bool:
    """Whether a Host header names this server (name and port), refusing everything else."""
    if not header:
        return False
    value = header.strip().lower()
    if value.startswith("["):
        name, _, rest = value.partition("]")
        name += "]"
        port_text = rest.removeprefix(":") if rest.startswith(":") else ("" if not rest else None)
    else:
        name, colon, port_text = value.partition(":")
        if not colon:
            port_text = ""
    if port_text is None or name not in names:
        return False
    if port_text == "":
        return port == 80
    return port_text.isdigit() and int(port_text) == port
