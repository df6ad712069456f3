"""A YAML loader that cannot surprise: every scalar stays a string.

PyYAML's safe loader turns ``NO`` into ``False`` and ``010`` into ``8``,
keeps the last of two duplicate keys without a word and expands alias bombs.
Facts are typed by pydantic instead, so this loader walks PyYAML's event
stream (the libyaml parser when available) and builds plain dicts, lists and
strings, refusing aliases, anchors, tags, duplicate keys and multi-document
files.  It records the line of every key and item so that a validation error
deep inside a structure can still say ``facts/trade.yaml:14``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeAlias

import yaml

from briefgen.errors import BriefgenError, Problem

Loc = tuple[str | int, ...]
YamlValue: TypeAlias = str | list["YamlValue"] | dict[str, "YamlValue"]

MAX_YAML_BYTES = 8 * 1024 * 1024
# No briefgen file nests more than a few levels; a cap keeps a hostile
# ``[[[[…]]]]`` from exhausting Python's recursion limit.
MAX_YAML_DEPTH = 32

try:  # libyaml is much faster; fall back to the pure-Python parser.
    # The bare parser: only events are read, so CSafeLoader's constructor and
    # resolver (set up anew for every source's front matter) would be wasted.
    from yaml._yaml import CParser

    _Parser: type = CParser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    _Parser = yaml.SafeLoader

# What a cached parse depends on (see briefgen.corpus.cache): bump the first
# part whenever this module changes what it builds or how it numbers lines.
LOADER_VERSION = f"briefgen-yamlload-4/pyyaml-{yaml.__version__}/{_Parser.__name__}"


@dataclass
class LoadedYaml:
    """A parsed document plus the 1-based line of each location in it.

    ``lines`` holds the line of each location that starts on a different
    line from its parent; ask :meth:`line_of` for any location.
    """

    data: YamlValue
    lines: dict[Loc, int] = field(default_factory=dict)
    line_offset: int = 0

    def line_of(self, loc: Loc) -> int:
        """Line of the deepest known location that is a prefix of ``loc``."""
        lines = self.lines
        line = lines.get(loc)
        end = len(loc)
        while line is None and end > 0:
            end -= 1
            line = lines.get(loc[:end])
        return (1 if line is None else line) + self.line_offset

    def item_lines(self, loc: Loc, count: int) -> tuple[int, ...]:
        """``line_of`` of the first ``count`` items of the list at ``loc`` (a fact's topics), in one call."""
        parent = self.line_of(loc)
        lines, offset = self.lines, self.line_offset
        return tuple(parent if (line := lines.get((*loc, index))) is None else line + offset for index in range(count))


class _Builder:
    """Consumes parser events and builds strings, lists and dicts.

    This loop runs once per scalar of the corpus (over a million events on a
    big one), so it binds the parser's method once, compares event classes by
    identity, asks the parser for each event once (``get``, never ``peek``
    then ``get``) and takes a plain scalar's value in the loop of its
    collection rather than through a call to :meth:`node`.
    """

    def __init__(self, parser: Any, path: str, line_offset: int) -> None:
        self.path = path
        self.line_offset = line_offset
        self.lines: dict[Loc, int] = {}
        self.get = parser.get_event

    def fail(self, event: yaml.Event, message: str) -> BriefgenError:
        mark = event.start_mark
        line = None if mark is None else mark.line + 1 + self.line_offset
        return BriefgenError([Problem(self.path, line, message)])

    def refuse(self, event: Any) -> BriefgenError:
        """The error for an alias, anchor or tag: called only when one is present."""
        if isinstance(event, yaml.AliasEvent):
            return self.fail(event, f"YAML alias '*{event.anchor}' is not allowed (write the value out)")
        if event.anchor is not None:
            return self.fail(event, f"YAML anchor '&{event.anchor}' is not allowed (write the value out)")
        return self.fail(event, f"YAML tag '{event.tag}' is not allowed")

    def node(self, event: Any, loc: Loc, line: int) -> YamlValue:
        """Build the node that starts with ``event``; ``line`` is the line :meth:`LoadedYaml.line_of` gives ``loc``.

        A child's line is recorded only when it differs from its parent's
        (``- id: x`` puts the item and its ``id`` on one line; ``[a, b]``
        puts every item on its key's line): ``line_of`` falls back to the
        nearest recorded ancestor, so the answer is the same and the table
        is a third smaller to build, cache and read back.
        """
        cls = type(event)
        if event.anchor is not None or (cls is not _Alias and event.tag is not None):
            raise self.refuse(event)
        if cls is _Scalar:
            value: str = event.value
            return value
        if len(loc) >= MAX_YAML_DEPTH:
            raise self.fail(event, f"YAML is nested more than {MAX_YAML_DEPTH} levels deep")
        if cls is _SequenceStart:
            return self.sequence(loc, line)
        if cls is _MappingStart:
            return self.mapping(loc, line)
        raise self.fail(event, f"unexpected YAML structure ({cls.__name__})")  # pragma: no cover - parser guarantees

    def sequence(self, loc: Loc, line: int) -> list[YamlValue]:
        """The items of a sequence whose start event was just read, up to and including its end event."""
        get, lines = self.get, self.lines
        items: list[YamlValue] = []
        item: Any = get()
        cls = type(item)
        while cls is not _SequenceEnd:
            index = len(items)
            item_line = item.start_mark.line + 1
            if item_line != line:
                lines[(*loc, index)] = item_line
            if cls is _Scalar and item.anchor is None and item.tag is None:
                items.append(item.value)
            else:
                items.append(self.node(item, (*loc, index), item_line))
            item = get()
            cls = type(item)
        return items

    def mapping(self, loc: Loc, line: int) -> dict[str, YamlValue]:
        """The entries of a mapping whose start event was just read, up to and including its end event."""
        get, lines = self.get, self.lines
        mapping: dict[str, YamlValue] = {}
        key_event: Any = get()
        while type(key_event) is not _MappingEnd:
            if type(key_event) is not _Scalar:
                if key_event.anchor is not None or (type(key_event) is not _Alias and key_event.tag is not None):
                    raise self.refuse(key_event)
                raise self.fail(key_event, "a mapping key must be a plain name")
            if key_event.anchor is not None or key_event.tag is not None:
                raise self.refuse(key_event)
            key: str = key_event.value
            key_mark: Any = key_event.start_mark  # never None from the parser
            key_line = key_mark.line + 1
            if key in mapping:
                first = lines.get((*loc, key), line) + self.line_offset
                raise self.fail(key_event, f"duplicate key '{key}' (first given at line {first})")
            if key_line != line:
                lines[(*loc, key)] = key_line
            value: Any = get()
            if type(value) is _Scalar and value.anchor is None and value.tag is None:
                mapping[key] = value.value
            else:
                mapping[key] = self.node(value, (*loc, key), key_line)
            key_event = get()
        return mapping


_Scalar = yaml.ScalarEvent
_Alias = yaml.AliasEvent
_SequenceStart = yaml.SequenceStartEvent
_SequenceEnd = yaml.SequenceEndEvent
_MappingStart = yaml.MappingStartEvent
_MappingEnd = yaml.MappingEndEvent


# Constructs opened by a quote or a bracket: left unclosed, the parser gives up
# far below (often at the end of the file), so their opening is the place to
# point at.  A block collection's opening is only where the list or mapping
# began, possibly the top of a long file; there the parser's own place is right.
_OPENED_CONTEXTS = ("while scanning a quoted scalar", "while parsing a flow sequence", "while parsing a flow mapping")


def _syntax_problem(exc: yaml.MarkedYAMLError, path: str, line_offset: int) -> Problem:
    """Locate a syntax error where the editor went wrong, not where the parser noticed."""
    opened = exc.context in _OPENED_CONTEXTS and exc.context_mark is not None
    mark = exc.context_mark if opened else (exc.problem_mark or exc.context_mark)
    line = (mark.line + 1 + line_offset) if mark is not None else None
    column = f", column {mark.column + 1}" if mark is not None else ""
    context = exc.context
    if context and not opened and exc.context_mark is not None and exc.context_mark is not mark:
        context += f" started at line {exc.context_mark.line + 1 + line_offset}"
    reason = "; ".join(part for part in (context, exc.problem) if part) or "invalid YAML"
    return Problem(path, line, f"YAML syntax error{column}: {reason}")


def _reader_problem(exc: yaml.reader.ReaderError, text: str, path: str, line_offset: int) -> Problem:
    """A character YAML does not accept (a control character), with its line."""
    # libyaml counts the position in UTF-8 bytes, the pure-Python reader in characters.
    before = text.encode("utf-8")[: exc.position] if _Parser is not yaml.SafeLoader else text[: exc.position].encode("utf-8")
    line = before.count(b"\n") + 1 + line_offset
    character = exc.character if isinstance(exc.character, int) else ord(exc.character)
    return Problem(path, line, f"character U+{character:04X} is not allowed in YAML ({exc.reason}); remove it")


def load_yaml(text: str, path: str, *, line_offset: int = 0) -> LoadedYaml:
    """Parse one YAML document of strings, lists and mappings.

    ``line_offset`` shifts reported lines, for YAML embedded in a larger file
    (front matter).  Raises :class:`BriefgenError` with the file and line.
    """
    if len(text) > MAX_YAML_BYTES // 4 and len(text.encode("utf-8")) > MAX_YAML_BYTES:
        raise BriefgenError.single(path, None, f"file is larger than the {MAX_YAML_BYTES // (1024 * 1024)} MB limit")
    try:
        parser = _Parser(text)
    except UnicodeEncodeError as exc:  # only from a caller's string: files are decoded strictly
        line = text[: exc.start].count("\n") + 1 + line_offset
        raise BriefgenError([Problem(path, line, "text that is not valid Unicode (a lone surrogate)")]) from None
    builder = _Builder(parser, path, line_offset)
    try:
        parser.get_event()  # StreamStart
        if isinstance(parser.peek_event(), yaml.StreamEndEvent):
            return LoadedYaml(data="", lines={(): 1}, line_offset=line_offset)
        parser.get_event()  # DocumentStart
        first = parser.get_event()
        builder.lines[()] = first_line = first.start_mark.line + 1
        data = builder.node(first, (), first_line)
        parser.get_event()  # DocumentEnd
        trailing = parser.peek_event()
        if not isinstance(trailing, yaml.StreamEndEvent):
            raise builder.fail(trailing, "only one YAML document per file is allowed (remove the extra '---')")
    except yaml.MarkedYAMLError as exc:
        raise BriefgenError([_syntax_problem(exc, path, line_offset)]) from None
    except yaml.reader.ReaderError as exc:
        raise BriefgenError([_reader_problem(exc, text, path, line_offset)]) from None
    except yaml.YAMLError as exc:  # pragma: no cover - every error libyaml raises is one of the above
        raise BriefgenError.single(path, None, "YAML error: " + " ".join(str(exc).split())) from None
    finally:
        parser.dispose()
    return LoadedYaml(data=data, lines=builder.lines, line_offset=line_offset)
