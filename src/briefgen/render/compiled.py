"""Compiled templates kept in memory, keyed by the template's file and the hash of its source.

Compiling Jinja source to Python is a good part of a render (the standing
brief's ten templates took about a quarter of its HTML time), and the
layout, the partials and an unchanged brief compile to the same code on
every render: in the preview, save after save, and in ``build --all``, brief
after brief in one worker.  Each environment kind (narrative, layout) shares
one cache; an entry is used only for byte-identical source in the same file,
so an edited template is compiled afresh and a template that fails to compile
is never stored (its error is reported every time).

A fresh process (every ``build`` run by hand or by cron) would still compile
every template once, a fifth of an HTML-only build; so each compiled template
is also kept on disk, in ``build/.cache/templates/``.  Jinja's own on-disk
cache would load marshalled code from a folder that the people who write
templates can write to, and that code would run outside the sandbox; here
every file carries an HMAC of its bytes under the per-user key that signs the
parse cache (``~/.cache/briefgen/cache-key``, outside the project), and a file
whose signature does not verify is never unmarshalled.  The file name is a
hash of the template's file, its source, the environment kind, Python's
bytecode tag and Jinja's version, so nothing compiled for other code is ever
read.  ``BRIEFGEN_NO_CACHE=1`` keeps the disk out of it.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2.bccache import Bucket

from briefgen.atomic import write_atomic
from briefgen.corpus.cache import cache_enabled, payload_mac

MAX_ENTRIES = 512
#: A compiled template on disk larger than this is not read (the standing brief's largest is ~60 kB).
MAX_FILE_BYTES = 8 * 1024 * 1024
_SEPARATOR = b"\n"


class CompiledTemplates(jinja2.BytecodeCache):
    """An in-memory, bounded (least recently used first out) Jinja bytecode cache."""

    def __init__(self, max_entries: int = MAX_ENTRIES, folder: Path | None = None, kind: str = "") -> None:
        self._code: OrderedDict[tuple[str, str], CodeType] = OrderedDict()
        self._lock = threading.Lock()
        self.max_entries = max_entries
        self.folder = folder
        self.kind = kind
        self.compiled = 0  # how many templates were compiled, not found: what the tests and benchmarks read
        self.read_from_disk = 0  # how many were read back, signed, from ``folder``

    def load_bytecode(self, bucket: Bucket) -> None:
        with self._lock:
            code = self._code.get((bucket.key, bucket.checksum))
            if code is not None:
                self._code.move_to_end((bucket.key, bucket.checksum))
                bucket.code = code
                return
        if self.folder is not None and cache_enabled():
            self._load_signed(bucket)
            if bucket.code is not None:
                with self._lock:
                    self.read_from_disk += 1
                    self._remember(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is None:
            return
        with self._lock:
            self.compiled += 1
            self._remember(bucket)
        if self.folder is not None and cache_enabled():
            self._dump_signed(bucket)

    def _remember(self, bucket: Bucket) -> None:
        assert bucket.code is not None
        self._code[(bucket.key, bucket.checksum)] = bucket.code
        while len(self._code) > self.max_entries:
            self._code.popitem(last=False)

    def _path(self, bucket: Bucket) -> Path:
        assert self.folder is not None
        names = (self.kind, bucket.key, bucket.checksum, sys.implementation.cache_tag or "", jinja2.__version__)
        return self.folder / (hashlib.sha256("\0".join(names).encode()).hexdigest() + ".jinjac")

    def _load_signed(self, bucket: Bucket) -> None:
        """The compiled code from disk, only if its signature verifies (else the template is compiled afresh)."""
        try:
            with self._path(bucket).open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError:
            return
        mac, _, payload = data.partition(_SEPARATOR)
        if len(data) > MAX_FILE_BYTES or not hmac.compare_digest(mac, payload_mac(payload).encode()):
            return
        with contextlib.suppress(Exception):  # a signed file of another Jinja or Python: Jinja checks its magic
            bucket.bytecode_from_string(payload)

    def _dump_signed(self, bucket: Bucket) -> None:
        payload = bucket.bytecode_to_string()
        with contextlib.suppress(OSError):
            assert self.folder is not None
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self._path(bucket), payload_mac(payload).encode() + _SEPARATOR + payload, mode=0o600)

    def clear(self) -> None:
        with self._lock:
            self._code.clear()


_CACHES: dict[tuple[bool, Callable[..., Any] | None, Path | None], CompiledTemplates] = {}


def compiled_templates(autoescape: bool, finalize: Callable[..., Any] | None, folder: Path | None = None) -> CompiledTemplates:
    """The cache shared by every environment of one kind (the settings that change the compiled code) and folder."""
    kind = f"{'html' if autoescape else 'text'}:{getattr(finalize, '__qualname__', '')}"
    return _CACHES.setdefault((autoescape, finalize, folder), CompiledTemplates(folder=folder, kind=kind))
