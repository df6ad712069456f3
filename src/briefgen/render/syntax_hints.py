"""Hints for Jinja syntax errors, saying what was expected and how to write it.

Jinja's own messages ("unexpected '}'", "Encountered unknown tag 'iff'")
say where parsing stopped, not what an editor should type instead.  Each
rule here matches one family of messages and names the fix: the closing
marker each kind of tag needs, the block an end tag belongs to, the tags
that exist.  Kept apart from :mod:`briefgen.render.sandbox` so that the
wording can grow without that module growing.
"""

from __future__ import annotations

import difflib
import re

#: The tags a brief can use, as an editor types them (Jinja's own statements; no extensions are loaded).
KNOWN_TAGS = (
    "if",
    "elif",
    "else",
    "endif",
    "for",
    "endfor",
    "set",
    "endset",
    "macro",
    "endmacro",
    "call",
    "endcall",
    "include",
    "import",
    "from",
    "with",
    "endwith",
    "filter",
    "endfilter",
    "raw",
    "endraw",
    "block",
    "endblock",
)

CLOSING_MARKERS = "a '{{ … }}' expression closes with '}}'; a '{% … %}' tag closes with '%}'"

_UNEXPECTED = re.compile(r"^unexpected '(.+?)'(?:, expected '(.+?)')?$")
_UNKNOWN_TAG = re.compile(r"^Encountered unknown tag '(\w+)'\.")
_INNERMOST = re.compile(r"The innermost block that needs to be closed is '(\w+)'")
_EXPECTED_EXPRESSION = re.compile(r"^Expected an expression, got '(.+)'$")
_EXPECTED_TOKEN = re.compile(r"^expected token '(.+?)', got '(.+)'$")
_ENDS = {"end of print statement": "'}}'", "end of statement block": "'%}'"}


def syntax_hint(message: str | None) -> str | None:
    """What to write instead, for a Jinja syntax error message; ``None`` when no rule knows it."""
    if not message:
        return None
    if match := _UNEXPECTED.match(message):
        found, expected = match.groups()
        if expected:
            return f"'{expected}' is missing before '{found}': close what was opened (a bracket or a quote) first; {CLOSING_MARKERS}"
        if found in {"}", "%"}:
            return CLOSING_MARKERS
        return f"'{found}' cannot stand here; check the brackets and quotes before it"
    if match := _UNKNOWN_TAG.match(message):
        return _unknown_tag_hint(match.group(1), message)
    if match := _EXPECTED_EXPRESSION.match(message):
        closer = _ENDS.get(match.group(1))
        where = f"before {closer}" if closer else f"before '{match.group(1)}'"
        return f"a value is missing {where}: write a name, a quoted text, a number or a helper call such as fact('id')"
    if match := _EXPECTED_TOKEN.match(message):
        wanted, found = match.groups()
        if wanted in _ENDS:
            return (
                f"the tag should end with {_ENDS[wanted]} where '{found}' stands: "
                "look for a missing operator, comma or quote, or join texts with '~'"
            )
        if wanted == "name":
            return "a name is missing after '|' (a filter), '.' (a field) or the tag's keyword"
        return f"Jinja expected {wanted} where '{found}' stands"
    return None


def _unknown_tag_hint(tag: str, message: str) -> str:
    innermost = _INNERMOST.search(message)
    if innermost:
        block = innermost.group(1)
        return f"the open '{{% {block} %}}' block must be closed with '{{% end{block} %}}' before '{{% {tag} %}}'"
    if tag in KNOWN_TAGS:  # an end, else or elif with no block open
        opener = tag.removeprefix("end") if tag.startswith("end") else "if"
        return f"'{{% {tag} %}}' has no '{{% {opener} … %}}' open before it: add the opening tag or remove this one"
    close = difflib.get_close_matches(tag, KNOWN_TAGS, n=1)
    known = ", ".join(t for t in KNOWN_TAGS if not t.startswith("end"))
    mean = f"did you mean '{close[0]}'? " if close else ""
    return f"{mean}the tags are: {known} (each block closes with its end tag, e.g. endif)"
