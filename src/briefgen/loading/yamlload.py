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

import re
from dataclasses import dataclass, field
from typing import Any, TypeAlias

import yaml

from briefgen.errors import BriefgenError, Problem
from briefgen.loading.yamlfolded import unfolded

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

    def item_lines(self, index: int, keys: tuple[str, ...], listed: str, count: int) -> tuple[int, list[int], tuple[int, ...]]:
        """Item ``index`` of the top list: its ``line_of``, that of each of ``keys``, and of the first ``count`` items of ``listed``.

        A load asks this of each of 50,000 facts (for their origins): one call,
        each location's tuple built once and looked up once, costs half of a
        ``line_of`` for each, which walks up from the location every time.
        """
        lines, offset = self.lines, self.line_offset
        get = lines.get
        found = get((index,))
        item = self.line_of((index,)) if found is None else found + offset
        key_lines = [item if (line := get((index, key))) is None else line + offset for key in keys]
        found = get((index, listed))
        parent = item if found is None else found + offset
        listed_lines = [parent if (line := get((index, listed, number))) is None else line + offset for number in range(count)]
        return item, key_lines, tuple(listed_lines)


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


# --- The quick reading of the common case ------------------------------------------------------------------
#
# A facts file is almost always a list of flat records, one "key: value" a line, with a nested mapping or two:
# the style briefgen's own writer produces.  libyaml spends most of a big corpus's parse making an event object
# and two position objects per scalar; for such a file, reading it a line at a time gives the same strings,
# lists, mappings and lines (what _Builder would build) in a fraction of the time.  Anything outside that
# narrow style (a block scalar but a plain folded one, a scalar over several lines, an escape other than \\, \" or \n, a tab, a comment
# after a value, a duplicate key, an anchor, any mistake) makes _quick give up, and libyaml reads the file from
# the start, as before: the answer, and every error message, is always libyaml's.

# Characters libyaml refuses (controls, surrogates, U+FFFE and U+FFFF) or reads as something else than a
# character of a line (tab, carriage return, NEL and the line and paragraph separators, the byte order mark): a
# text with any of them is left to libyaml.  (The class is written as what it matches: its complement, a class
# reaching U+10FFFF, takes 15 ms to compile.)
_QUICK_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
# A plain scalar: a letter, digit or underscore first, none of ': # "' inside, no space at the end; in a flow
# list, none of ", [ ] { }" either.
_PLAIN = r"[A-Za-z0-9_](?:[^:#\"\n]*[^:#\"\n ])?"
_FLOW_PLAIN = r"[A-Za-z0-9_](?:[^:#,\[\]{}\"\n]*[^:#,\[\]{}\"\n ])?"
# Each line of the file: a key, with a double-quoted, flow-list or plain value or none (a nested mapping follows),
# maybe after the "- " of an item of the top list; or a blank line or a comment (all groups empty).  A flow list's
# items are matched here, each a plain scalar and ", " between them (none holds a comma), rather than split and
# matched one by one afterwards: the same lists, a twentieth of the quick reading's time less.
_QUICK_LINE = re.compile(
    r"^(?:( *)(- )?([A-Za-z_][A-Za-z0-9_-]*):"
    r"(?: (\"[^\"\\\n]*(?:\\[\\\"n][^\"\\\n]*)*\"|\[(?:" + _FLOW_PLAIN + r"(?:, " + _FLOW_PLAIN + r")*)?\]|" + _PLAIN + r"))?"
    r"| *(?:#.*)?)$",
    re.MULTILINE,
)
_ESCAPE = re.compile(r"\\(.)")
_ESCAPED = {"\\": "\\", '"': '"', "n": "\n"}
_QUICK_DEPTH = 8  # nested deeper, a file is left to libyaml (and its cap, MAX_YAML_DEPTH)


def _quick_safe(text: str) -> bool:
    """Whether ``text`` holds none of :data:`_QUICK_UNSAFE`'s characters.

    Each of them is unprintable, so a text printable but for its line breaks
    holds none: one C pass over the text, about twice as fast as the pattern,
    which then reads only a text with a tab, a no-break space or the like.
    """
    return text.replace("\n", " ").isprintable() or _QUICK_UNSAFE.search(text) is None


def _unescape(found: re.Match[str]) -> str:
    return _ESCAPED[found.group(1)]


def _quick(text: str) -> tuple[YamlValue, dict[Loc, int]] | None:
    """The document and its lines as the event walk would build them, for a file in the common style; else None."""
    if ": |" in text or not _quick_safe(text):
        return None  # a literal block scalar, or a character to leave to libyaml
    if ": >" in text:  # a folded block (the notes of a source's front matter): read here only in the plain style
        unfolded_text = unfolded(text)
        if unfolded_text is None:
            return None
        text = unfolded_text
    found = _QUICK_LINE.findall(text)
    if len(found) != text.count("\n") + 1:
        return None  # a line in another style
    lines: dict[Loc, int] = {}
    top: Any = None  # the document: a list of mappings, or a mapping
    # The open mappings, innermost last: (indent, mapping, loc, line of the key or item that opened it).
    stack: list[tuple[int, dict[str, YamlValue], Loc, int]] = []
    mapping: dict[str, YamlValue] = {}
    loc: Loc = ()
    opened = 0
    level = -1  # the indent of the innermost open mapping
    pending: tuple[str, int] | None = None  # a key with nothing after its colon, and its indent
    for number, (spaces, dash, key, value) in enumerate(found, 1):
        if not key:  # a blank line or a comment
            continue
        indent = len(spaces)
        if dash:
            if indent or pending is not None or (top is not None and type(top) is not list):
                return None
            if top is None:
                top = []
                lines[()] = number
            elif number != lines[()]:
                lines[(len(top),)] = number
            loc = (len(top),)
            mapping = {}
            top.append(mapping)
            indent = level = 2  # the item's keys: "- " and the first, then the others under it
            opened = number
            stack = [(level, mapping, loc, opened)]
        elif pending is not None:
            parent_key, parent_indent = pending
            if indent <= parent_indent:
                return None  # an empty value: libyaml's to read
            child: dict[str, YamlValue] = {}
            mapping[parent_key] = child
            loc = (*loc, parent_key)
            if len(loc) >= _QUICK_DEPTH:
                return None
            mapping, level = child, indent
            stack.append((level, mapping, loc, opened))
        elif indent != level:
            if top is None:
                if indent:
                    return None
                top = mapping
                lines[()] = opened = number
                level = 0
                stack = [(level, mapping, loc, opened)]
            else:
                while stack and stack[-1][0] > indent:
                    stack.pop()
                if not stack or stack[-1][0] != indent:
                    return None
                level, mapping, loc, opened = stack[-1]
        pending = None
        if key in mapping:
            return None  # a duplicate: libyaml's error
        if number != opened:
            lines[(*loc, key)] = number
        first = value[:1]
        if first == '"':
            value = value[1:-1]
            mapping[key] = _ESCAPE.sub(_unescape, value) if "\\" in value else value
        elif first == "[":
            mapping[key] = value[1:-1].split(", ") if len(value) > 2 else []
        elif first:
            mapping[key] = value
        else:
            pending = (key, indent)
            opened = number
    if top is None or pending is not None:
        return None
    return top, lines


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
    quick = _quick(text)
    if quick is not None:
        return LoadedYaml(data=quick[0], lines=quick[1], line_offset=line_offset)
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
