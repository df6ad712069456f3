"""A cache of parsed corpus YAML, so that a big corpus checks fast the second time.

Parsing YAML is the slow part of loading a large corpus (libyaml's events,
walked in Python).  Each cache file ("group") holds the parses of one facts
file, or of all the sources' front matter, keyed by the SHA-256 of the exact
text that was parsed: an entry is only ever used for identical text, parsed
by the same loader version and read by the same Python.  Only successful
parses are stored; a file with a mistake is parsed, and reported, every time.

What is stored is what a load reads, in the form quickest to write and to
read back (measured on a 1,000-fact file of 340 kB: parsing 45 ms; JSON with
the file's line table took 25 ms to write and 45 ms to read back, so on two
cores a load that wrote the cache was slower than one with the cache off,
and reading 49 cached files was no quicker than parsing them).  A facts file
keeps its data and, instead of its line table (8,500 locations), the row of
lines each fact's origin keeps (:mod:`briefgen.corpus.origin_lines`); the
table is made again from the text, which the load has in hand, only for the
message of a fact that fails to validate.  The payload is written with
:mod:`marshal`, about five times quicker than JSON both ways for these plain
strings, lists and dicts; marshal's format is Python's own, so the header
names the Python that wrote it, and its bytes are unpacked only once the
keyed checksum below has shown that this user's briefgen wrote them.

The cache lives in ``build/.cache/corpus/`` (outputs only, git-ignored).  It
is safe to delete at any moment, and it never decides anything: a file
that cannot be read, does not match its checksum, or comes from another
loader version is ignored, and every write is a temporary file renamed into
place.  ``BRIEFGEN_NO_CACHE=1`` turns it off.

The checksum is keyed: an HMAC-SHA256 of the payload under a random key kept
outside the project, in the user's cache folder (``~/.cache/briefgen/cache-key``,
created on first use, readable by its owner only).  A plain checksum could be
recomputed by whoever rewrote a cache file (one copied in with a project, or
written into a shared build folder), and the entry would then publish a claim
the facts do not hold; without the key, a rewritten file is ignored and the
facts are parsed from their text.  Where no key can be stored, each process
uses its own, so the cache only ever trusts what the same process wrote.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import json
import marshal
import os
import secrets
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from briefgen.corpus.origin_lines import OriginLines, file_origin_lines
from briefgen.errors import BriefgenError
from briefgen.loading.projectfile import read_project_bytes
from briefgen.loading.yamlload import LOADER_VERSION, LoadedYaml, Loc, YamlValue, load_yaml
from briefgen.project import CACHE_DIR

CACHE_FORMAT = 4
#: The Python whose marshal format a payload is in: a cache written by another is not read.
PYTHON_TAG = sys.implementation.cache_tag or sys.version
DISABLE_VARIABLE = "BRIEFGEN_NO_CACHE"
_STALE_TEMPORARY_SECONDS = 600
# A cached parse holds the data and a line table: a few times its 8 MB source at most.
MAX_CACHE_FILE_BYTES = 64 * 1024 * 1024
_MAX_HEADER_BYTES = 4 * 1024 * 1024  # the header lists one key per parse: 10,000 sources take 700 kB


def cache_enabled(environ: dict[str, str] | os._Environ[str] | None = None) -> bool:
    """False when ``BRIEFGEN_NO_CACHE`` is set to anything but empty or ``0``."""
    value = (os.environ if environ is None else environ).get(DISABLE_VARIABLE, "")
    return value.strip() in {"", "0"}


_KEY_BYTES = 32
_key: bytes | None = None


def _key_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefgen" / "cache-key"


def cache_key() -> bytes:
    """The secret the payloads are signed with: read from, or created in, the user's cache folder."""
    global _key
    if _key is None:
        _key = _stored_key() or secrets.token_bytes(_KEY_BYTES)
    return _key


def _stored_key() -> bytes | None:
    path = _key_file()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(_KEY_BYTES))
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        key = handle.read(_KEY_BYTES + 1)
    return key if len(key) == _KEY_BYTES else None


def payload_mac(payload: bytes) -> str:
    """The keyed checksum of a cache file's payload."""
    return hmac.new(cache_key(), payload, hashlib.sha256).hexdigest()


def text_key(text: str) -> str:
    """The key of a parse: the SHA-256 of the UTF-8 text given to the parser."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_key(path: Path) -> str | None:
    """The key a file's text will have, from its bytes (the same, for valid UTF-8); None if unreadable.

    Read as every project file is (a regular file, capped), so a FIFO or a device cannot hang the look.
    """
    try:
        return hashlib.sha256(read_project_bytes(path.parent, path, path.name)).hexdigest()
    except (OSError, BriefgenError):
        return None


class ParseWithRows(LoadedYaml):
    """A parse that comes with its facts' origin rows, and whose line table is made from its text only if asked for.

    A parse read back from the cache and one sent back by a parsing worker
    (:mod:`briefgen.corpus.files`) arrive without their line table: a load
    needs it only for the message of a fact that fails to validate, and
    ``origin_rows`` (when given) holds the lines every valid fact's origin
    keeps.  The text is the one parsed (as UTF-8 bytes, from a worker), so
    parsing it again gives the same table.  A fresh parse that was cached
    keeps the table it has (``lines``) and the rows looked up for the cache.
    """

    def __init__(
        self,
        data: YamlValue,
        text: str | bytes,
        display: str,
        line_offset: int,
        origin_rows: list[OriginLines] | None = None,
        lines: dict[Loc, int] | None = None,
    ) -> None:
        self.data = data
        self.line_offset = line_offset
        self.origin_rows = origin_rows
        self._text = text
        self._display = display
        if lines is not None:
            self.__dict__["lines"] = lines  # what the cached property below would make

    @functools.cached_property
    def lines(self) -> dict[Loc, int]:  # type: ignore[override]
        text = self._text.decode("utf-8") if isinstance(self._text, bytes) else self._text
        return load_yaml(text, self._display).lines


def kept_rows(loaded: LoadedYaml | None) -> list[OriginLines] | None:
    """The origin rows a parse came with (from the cache or a worker), or None: a plain parse has its line table instead."""
    return loaded.origin_rows if isinstance(loaded, ParseWithRows) else None


def origin_rows(loaded: LoadedYaml) -> list[OriginLines] | None:
    """The origin rows of a parsed facts file: those it came with, or looked up in its line table now."""
    rows = kept_rows(loaded)
    return file_origin_lines(loaded) if rows is None else rows


def _entry(loaded: LoadedYaml) -> dict[str, Any]:
    """What the cache keeps of a fresh parse: a list's (a facts file's) data and origin rows; anything else's data and line table.

    The rows are looked up as for a document at line 0, as a facts file is;
    a list read back at another offset (which no load does) gets none, and
    its lines are looked up in a table made from its text.
    """
    at_top = loaded if loaded.line_offset == 0 else LoadedYaml(loaded.data, loaded.lines)
    if type(loaded.data) is list:
        return {"data": loaded.data, "rows": file_origin_lines(at_top)}
    return {"data": loaded.data, "lines": loaded.lines}


def _from_entry(entry: Any, text: str, display: str, line_offset: int) -> LoadedYaml | None:
    """The parse an entry holds, or None if it is not one :func:`_entry` makes (then the text is parsed again)."""
    if not isinstance(entry, dict) or "data" not in entry:
        return None
    if isinstance(entry.get("lines"), dict):
        return LoadedYaml(data=entry["data"], lines=entry["lines"], line_offset=line_offset)
    if isinstance(entry.get("rows"), list) and type(entry["data"]) is list:
        return ParseWithRows(entry["data"], text, display, line_offset, entry["rows"] if line_offset == 0 else None)
    return None


class ParseGroup:
    """The cached parses of one group of files, read once and written at most once."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[str, dict[str, Any]] = self._read(path) if path is not None else {}
        self.used: dict[str, dict[str, Any]] = {}
        self.changed = False

    @staticmethod
    def _read(path: Path) -> dict[str, dict[str, Any]]:
        """The group's entries, or none if the file is missing, unreadable, corrupt or stale."""
        try:
            raw = read_project_bytes(path.parent, path, path.name, limit=MAX_CACHE_FILE_BYTES)
            header_bytes, _, payload = raw.partition(b"\n")
            header = json.loads(header_bytes)
            if not _current(header) or not hmac.compare_digest(str(header.get("payload_hmac")), payload_mac(payload)):
                return {}
            entries = marshal.loads(payload)  # bytes this user's briefgen wrote: the keyed checksum matched
        except (OSError, ValueError, EOFError, TypeError, RecursionError, BriefgenError):
            return {}
        return entries if isinstance(entries, dict) else {}

    def load(self, text: str, display: str, *, line_offset: int = 0) -> LoadedYaml:
        """Parse ``text`` as :func:`load_yaml` would, from the cache when it holds this text."""
        if self.path is None:
            return load_yaml(text, display, line_offset=line_offset)
        key = text_key(text)
        entry = self.entries.get(key)
        cached = None if entry is None else _from_entry(entry, text, display, line_offset)
        if cached is not None:
            self.used[key] = self.entries[key]
            return cached
        loaded = load_yaml(text, display, line_offset=line_offset)  # a mistake raises, and is not cached
        entry = self.used[key] = _entry(loaded)
        self.changed = True
        rows = entry.get("rows") if line_offset == 0 else None
        return loaded if rows is None else ParseWithRows(loaded.data, text, display, line_offset, rows, loaded.lines)

    def save(self, *, make_folder: bool = True) -> bool:
        """Write the entries used in this run, if they differ from the file's; True if written (into the cache's folder
        only as it stands when ``make_folder`` is false)."""
        if self.path is None or not (self.changed or self.used.keys() != self.entries.keys()):
            return False
        payload = marshal.dumps(self.used)
        header = {
            "format": CACHE_FORMAT,
            "loader": LOADER_VERSION,
            "python": PYTHON_TAG,
            "keys": sorted(self.used),
            "payload_hmac": payload_mac(payload),
        }
        return write_replacing(self.path, json.dumps(header).encode("utf-8") + b"\n" + payload, make_folder=make_folder)


def _current(header: object) -> bool:
    """Whether a group's header is of this cache format, this loader and this Python."""
    return (
        isinstance(header, dict)
        and header.get("format") == CACHE_FORMAT
        and header.get("loader") == LOADER_VERSION
        and header.get("python") == PYTHON_TAG
    )


def write_replacing(path: Path, data: bytes, *, make_folder: bool = True) -> bool:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    No fsync: a cache file cut short by a crash fails its checksum and is
    ignored, so durability is not worth its cost here.  Returns False,
    silently, when the folder cannot be written (a read-only checkout), or
    is missing and ``make_folder`` is false.
    """
    temporary = None
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        temporary = Path(name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        temporary.replace(path)
        return True
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
        return False


class ParseCache:
    """The corpus's parse cache: one :class:`ParseGroup` file per facts file, one for the sources.

    A group is opened when the loader reaches its files and closed (written
    if it changed, then let go) as soon as they are loaded, so at most one
    facts file's cached parse is held in memory at a time.
    """

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self.open_groups: dict[str, ParseGroup] = {}
        self.names: set[str] = set()
        self.written = False

    @classmethod
    def for_project(cls, root: Path) -> ParseCache:
        """The project's cache, or a disabled one when ``BRIEFGEN_NO_CACHE`` says so."""
        return cls(root / CACHE_DIR if cache_enabled() else None)

    @property
    def enabled(self) -> bool:
        return self.directory is not None

    def file_name(self, name: str) -> str:
        return quote(name, safe="") + ".json"

    def group_file(self, name: str) -> Path | None:
        """Where the group for ``name`` is stored (None when the cache is off)."""
        return None if self.directory is None else self.directory / self.file_name(name)

    def holds(self, name: str, key: str | None) -> bool:
        """Whether the group for ``name`` lists ``key``: a look at its header, not a promise.

        Used to send only files that need parsing to worker processes; the
        entry itself is still checked when it is read.
        """
        path = self.group_file(name)
        if path is None or key is None:
            return False
        try:
            head = read_project_bytes(path.parent, path, path.name, limit=_MAX_HEADER_BYTES, head=True)
            header = json.loads(head.partition(b"\n")[0])
        except (OSError, ValueError, RecursionError, BriefgenError):
            return False
        return _current(header) and key in (header.get("keys") or ())

    def group(self, name: str) -> ParseGroup:
        """The group for ``name`` (a path relative to the project, such as ``facts/trade.yaml``)."""
        group = self.open_groups.get(name)
        if group is None:
            group = self.open_groups[name] = ParseGroup(self.group_file(name))
            self.names.add(name)
        return group

    def close(self, name: str, *, make_folder: bool = True) -> None:
        """Write the group if it changed, and let its entries go."""
        group = self.open_groups.pop(name, None)
        if group is not None:
            self.record(name, written=group.save(make_folder=make_folder))

    def record(self, name: str, *, written: bool) -> None:
        """Note a group used in this run (and whether it was rewritten), wherever it was loaded."""
        self.names.add(name)
        self.written = self.written or written

    def finish(self, *, make_folder: bool = True) -> None:
        """Close every group; when anything was written, drop files no group of this run uses.

        ``make_folder`` false: a writer that may outlive its command writes into the folder only as it stands, so that
        it never makes a cache folder again that someone deleted meanwhile (``rm -rf build`` right after ``check``).
        """
        for name in list(self.open_groups):
            self.close(name, make_folder=make_folder)
        if self.directory is None or not self.written:
            return
        keep = {self.file_name(name) for name in self.names}
        now = time.time()
        try:
            candidates = list(self.directory.iterdir())
        except OSError:
            return
        for path in candidates:
            stale_json = path.suffix == ".json" and path.name not in keep
            stale_part = path.suffix == ".part" and _age(path, now) > _STALE_TEMPORARY_SECONDS
            if stale_json or stale_part:
                with contextlib.suppress(OSError):
                    path.unlink()


def _age(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except OSError:
        return 0.0
