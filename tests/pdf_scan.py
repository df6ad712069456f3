"""Scanning a PDF for active content: scripts, launch actions, stray attachments, unsafe links.

Every PDF briefgen builds is scanned in tests, so that nothing a template or
a fact can say turns a briefing note into something that runs code, opens
files or sends data when opened.  The PDF may be compressed, so qpdf (11 or
later) expands it to JSON first.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

# PDF names that make a viewer run code, open files or send data.
_ACTIVE_NAMES = ("/JavaScript", "/JS", "/Launch", "/SubmitForm", "/ImportData", "/GoToR", "/GoToE", "/RichMedia")


def scan_pdf_for_active_content(pdf: bytes, allowed_attachments: Collection[str] = ()) -> list[str]:
    """List what in ``pdf`` could act on a reader's machine; an empty list means clean.

    Reports JavaScript, Launch and similar actions, embedded files whose name
    is not in ``allowed_attachments``, and /URI links that are not ``https:``
    or ``#``.  It reads the PDF through ``qpdf --json`` (qpdf >= 11 must be on
    PATH), which parses compressed object streams, so nothing hides in them.
    """
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        raise RuntimeError("scan_pdf_for_active_content needs qpdf >= 11 on PATH (Debian: apt install qpdf)")
    with tempfile.TemporaryDirectory(prefix="briefgen-scan-") as folder:
        source = Path(folder) / "in.pdf"
        source.write_bytes(pdf)
        command = [qpdf, "--json=2", "--json-key=qpdf", "--json-stream-data=none", str(source)]
        done = subprocess.run(command, capture_output=True, check=False, timeout=120)
    if done.returncode not in (0, 3):  # 3: qpdf repaired warnings but read the file
        raise RuntimeError(f"qpdf could not read the PDF: {done.stderr.decode(errors='replace').strip()}")
    objects: dict[str, Any] = json.loads(done.stdout)["qpdf"][1]
    findings: list[str] = []
    streams = filespecs = 0
    for key, entry in objects.items():
        top = entry["stream"]["dict"] if "stream" in entry else entry.get("value")
        streams += isinstance(top, dict) and top.get("/Type") == "/EmbeddedFile"
        for where, node in _dictionaries(top, key):
            filespecs += "/EF" in node
            findings += _judge(where, node, allowed_attachments)
    if streams > filespecs:  # an embedded file that no file specification names
        findings.append(f"{streams} embedded file streams but only {filespecs} file specifications")
    return findings


def _dictionaries(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for value in node.values():
            yield from _dictionaries(value, where)
    elif isinstance(node, list):
        for value in node:
            yield from _dictionaries(value, where)


def _judge(where: str, node: dict[str, Any], allowed: Collection[str]) -> list[str]:
    found = [f"{where}: active content {name}" for name in _ACTIVE_NAMES if name in node or node.get("/S") == name]
    if "/EF" in node:
        name = _text(node.get("/UF", node.get("/F", "")))
        if name not in allowed:
            found.append(f"{where}: embedded file {name!r} is not a declared attachment")
    if "/URI" in node:
        target = _text(node["/URI"])
        if not target.startswith(("https:", "#")):
            found.append(f"{where}: link to {target!r} is not https: or #")
    return found


def _text(value: Any) -> str:
    """Decode a qpdf JSON v2 string ("u:text" or "b:hex")."""
    if isinstance(value, str) and value.startswith("u:"):
        return value[2:]
    if isinstance(value, str) and value.startswith("b:"):
        return bytes.fromhex(value[2:]).decode("latin-1")
    return str(value)
