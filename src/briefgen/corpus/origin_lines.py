"""The lines a fact's origin keeps, read from its file's line table: where the worker that parsed the file finds them.

A fact's :class:`~briefgen.corpus.models.Origin` names the line of the fact,
of its ``quote``, ``source`` and ``date`` keys and of each of its topics.  On
a big corpus the facts files are parsed by worker processes (see
:mod:`briefgen.corpus.files`); looking those lines up in each file's line
table there, and sending them back as a row of numbers per fact, spares the
loader, which waits for nothing else, both reading the line table back
(8,000 locations a 1,000-fact file) and the lookups themselves.  The table
itself still travels, unread, for the messages of a fact that fails to
validate.
"""

from __future__ import annotations

from typing import TypeAlias

from briefgen.loading.yamlload import LoadedYaml

#: The keys of a fact whose lines its origin keeps.
ORIGIN_KEYS = ("quote", "source", "date")
#: The list of a fact each of whose items' lines its origin keeps.
ORIGIN_LIST = "topics"

#: A fact's lines: of the fact, of its ``quote``, ``source`` and ``date`` keys, and of each of its topics.
OriginLines: TypeAlias = tuple[int, int, int, int, tuple[int, ...]]


def file_origin_lines(loaded: LoadedYaml) -> list[OriginLines] | None:
    """The origin lines of each item of a facts file's top list (None when the file is not a list).

    Each row holds what :meth:`LoadedYaml.item_lines` gives for the item, its
    ``ORIGIN_KEYS`` and each item of its ``ORIGIN_LIST``, looked up here in one
    loop rather than a call per item (half the time, on the worker's side).  A
    valid fact's topics are the list its file gives, item for item, so each
    row holds the line of every topic the fact will have; an item that is not
    a mapping, or whose topics are not a list, cannot be a valid fact and gets
    no topic lines.
    """
    data = loaded.data
    if type(data) is not list:
        return None
    offset = loaded.line_offset
    get = loaded.lines.get
    quote_key, source_key, date_key = ORIGIN_KEYS
    rows: list[OriginLines] = []
    append = rows.append
    for index, item in enumerate(data):
        found = get((index,))
        line = loaded.line_of((index,)) if found is None else found + offset
        quote, source, date = get((index, quote_key)), get((index, source_key)), get((index, date_key))
        topics = item.get(ORIGIN_LIST) if type(item) is dict else None
        topic_lines: tuple[int, ...] = ()
        if type(topics) is list and topics:
            found = get((index, ORIGIN_LIST))
            parent = line if found is None else found + offset
            last = len(topics) - 1
            if (index, ORIGIN_LIST, last) in loaded.lines:
                topic_lines = tuple([parent if (at := get((index, ORIGIN_LIST, n))) is None else at + offset for n in range(last + 1)])
            else:  # the last item on its key's line, so every item (a list's items never stand above their key): a flow list
                topic_lines = (parent,) * (last + 1)
        append(
            (
                line,
                line if quote is None else quote + offset,
                line if source is None else source + offset,
                line if date is None else date + offset,
                topic_lines,
            )
        )
    return rows
