"""Compiled templates kept in memory, keyed by the template's file and the hash of its source.

Compiling Jinja source to Python is a good part of a render (the standing
brief's ten templates took about a quarter of its HTML time), and the
layout, the partials and an unchanged brief compile to the same code on
every render: in the preview, save after save, and in ``build --all``, brief
after brief in one worker.  Each environment kind (narrative, layout) shares
one cache; an entry is used only for byte-identical source in the same file,
so an edited template is compiled afresh and a template that fails to compile
is never stored (its error is reported every time).

The cache is in memory only, by design: Jinja's on-disk bytecode cache would
load marshalled code from a folder that the people who write templates can
write to, and that code would run outside the sandbox.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from types import CodeType
from typing import Any

import jinja2
from jinja2.bccache import Bucket

MAX_ENTRIES = 512


class CompiledTemplates(jinja2.BytecodeCache):
    """An in-memory, bounded (least recently used first out) Jinja bytecode cache."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self._code: OrderedDict[tuple[str, str], CodeType] = OrderedDict()
        self._lock = threading.Lock()
        self.max_entries = max_entries
        self.compiled = 0  # how many templates were compiled, not found: what the tests and benchmarks read

    def load_bytecode(self, bucket: Bucket) -> None:
        with self._lock:
            code = self._code.get((bucket.key, bucket.checksum))
            if code is not None:
                self._code.move_to_end((bucket.key, bucket.checksum))
                bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is None:
            return
        with self._lock:
            self.compiled += 1
            self._code[(bucket.key, bucket.checksum)] = bucket.code
            while len(self._code) > self.max_entries:
                self._code.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._code.clear()


_CACHES: dict[tuple[bool, Callable[..., Any] | None], CompiledTemplates] = {}


def compiled_templates(autoescape: bool, finalize: Callable[..., Any] | None) -> CompiledTemplates:
    """The cache shared by every environment of one kind (the settings that change the compiled code)."""
    return _CACHES.setdefault((autoescape, finalize), CompiledTemplates())
