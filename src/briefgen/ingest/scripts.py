"""Program code saved with a page's text: an advertising script or a loader left in the middle of the report.

A page copied as text sometimes keeps the script that filled an ad slot or a widget ("(adsbygoogle =
window.adsbygoogle || []).push({});", "var slot = function(){ … }"), as a line of its own among the paragraphs.
Code is never a claim and its numbers are never figures: taken as text, its URL escapes ("%22", "%2F") read as
percentages and its identifiers as amounts.  So a whole line that is code is page furniture.

Code is recognised by its shape, not by any site's words.  Prose may hold a semicolon, parentheses or a dash, so one
sign is not enough: a line is code when it shows two different signs of a program (a function, a variable
declared, a call on the page's objects, a method called on a name, braces opening or closing a block, a logical
operator, an encoded URL, a script tag, a statement ending the line), or when it opens by closing a block ("})"),
which no sentence does.
"""

from __future__ import annotations

import re

# Each sign is a shape of program text that prose does not take; a line needs two different ones.
_SIGNS: tuple[re.Pattern[str], ...] = (
    # a function: "function(){", "function load(", "() => {"
    re.compile(r"\bfunction\b\s*[\w$]*\s*\(|\)\s*=>\s*\{"),
    # a variable declared: "var slot = ", "const ads ="
    re.compile(r"\b(?:var|let|const)\s+[A-Za-z_$][\w$]*\s*="),
    # the page's own objects: "window.ads", "document.getElementById", "$(window)", "jQuery("
    re.compile(r"\b(?:window|document|navigator|console|googletag)\.[A-Za-z_$]|\$\(|\bjQuery\b"),
    # a method called on a name, with no space between: "slots.push(", "$wrapper.hasClass("
    re.compile(r"[\w$\])]\.[A-Za-z_$][\w$]*\("),
    # a block: "){", "{}", "};", "})"
    re.compile(r"\)\s*\{|\{\s*\}|\}\s*[;)]"),
    # a logical or strict operator: "||", "&&", "===", "!=="
    re.compile(r"\|\||&&|[=!]=="),
    # an encoded URL or markup, four escapes in one unbroken run: "%3Cdiv%20class%3D%22"
    re.compile(r"(?:%[0-9A-Fa-f]{2}[^\s%]{0,20}){4,}"),
    # a script tag, or a script's opening directive
    re.compile(r"</?script\b|^[\"']use strict[\"']", re.IGNORECASE),
    # a statement ending the line: "…push({});", "… {", "}"
    re.compile(r"[)\]}'\"\w]\s*;\s*$|[{}]\s*$"),
)

# A line that opens by closing a block ("})(jQuery);", "} else {"): the tail of a script, never a sentence's start.
_CLOSING = re.compile(r"^\s*\}")


def is_code_line(text: str) -> bool:
    """Whether a whole line is program code rather than text: it opens by closing a block, or it shows two different
    signs of a program."""
    if _CLOSING.match(text):
        return True
    return sum(1 for sign in _SIGNS if sign.search(text)) >= 2


def script_kind(text: str) -> str | None:
    """ "script" for a line of program code, None otherwise (the kind under which the line is recorded as removed)."""
    return "script" if is_code_line(text) else None
