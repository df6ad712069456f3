"""The sandboxed Jinja2 environment shared by narratives and layouts.

Briefs and templates are written by editors, not programmers, and run on a
machine that holds other files; so they run in Jinja2's immutable sandbox
(version 3.1.6 or later: earlier ones have known sandbox escapes), with
undefined names as errors, templates named by a strict pattern and loaded
only from ``templates/`` and ``briefs/`` with no symlink or ``..`` on the way,
and operators that would build enormous strings or lists refused.  Errors are
turned into ``path:line: message`` problems here, once, for every caller.
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import functools
import inspect
import operator
import os
import re
import string
import sys
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from briefgen.errors import BriefgenError, Problem
from briefgen.loading.projectfile import read_project_bytes
from briefgen.project import BRIEFS_DIR, TEMPLATE_CACHE_DIR, TEMPLATES_DIR, inside, template_folder
from briefgen.render.compiled import compiled_templates
from briefgen.render.syntax_hints import syntax_hint

TEMPLATE_NAME = re.compile(r"^(?:[a-z0-9][a-z0-9_-]*/)*[a-z0-9][a-z0-9_.-]*\.(?:md|html|css|svg)(?:\.j2)?$")
MAX_TEMPLATE_BYTES = 1024 * 1024
MAX_VALUE_LENGTH = 5_000_000  # characters or items one operator may produce


class TemplateLimitError(Exception):
    """A template asked for something too large to be a briefing note."""


class ProjectLoader(jinja2.BaseLoader):
    """Loads ``name`` from templates/ (or ``briefs/<slug>.md`` from briefs/).

    A brief's front matter is replaced by blank lines so that Jinja's line
    numbers are the file's line numbers.
    """

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def list_templates(self) -> list[str]:
        base = self.root / TEMPLATES_DIR
        found = []
        for path in base.rglob("*"):
            name = path.relative_to(base).as_posix()
            if path.is_file() and not path.is_symlink() and TEMPLATE_NAME.fullmatch(name):
                found.append(name)
        return sorted(found)

    def resolve(self, name: str) -> Path:
        """The file behind a template name, refusing anything outside the two folders."""
        if not TEMPLATE_NAME.fullmatch(name) or ".." in name.split("/"):
            raise jinja2.TemplateNotFound(
                name, f"'{name}' is not a valid template name (lowercase path under templates/, e.g. partials/trade.md.j2)"
            )
        folder_name, relative = template_folder(name)
        folder = self.root / folder_name
        path = folder / relative
        current = folder
        for part in Path(relative).parts:
            current = current / part
            if current.is_symlink():
                raise jinja2.TemplateNotFound(name, f"template '{name}' is reached through a symbolic link, which is not allowed")
        real = Path(os.path.realpath(path))
        if not inside(folder, real) or not real.is_file():
            raise jinja2.TemplateNotFound(name)
        return real

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        path = self.resolve(template)
        display = _display(self.root, str(path))
        try:
            raw = read_project_bytes(self.root, path, display, limit=MAX_TEMPLATE_BYTES)
        except FileNotFoundError:
            raise jinja2.TemplateNotFound(template) from None
        except BriefgenError as exc:
            if "over the" in exc.problems[0].message:
                raise jinja2.TemplateNotFound(template, f"template '{template}' is larger than 1 MB") from None
            raise jinja2.TemplateNotFound(template, f"template '{template}' {exc.problems[0].message}") from None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise BriefgenError.single(display, line, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8") from None
        if template.startswith(f"{BRIEFS_DIR}/"):
            text = _blank_front_matter(text)
        mtime = path.stat().st_mtime_ns
        return text, str(path), lambda: path.exists() and path.stat().st_mtime_ns == mtime


def _blank_front_matter(text: str) -> str:
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() == "---":
                return "\n" * (index + 1) + "\n".join(lines[index + 1 :])
    return text


def _limited(op: Callable[[Any, Any], Any], symbol: str) -> Callable[[Any, Any], Any]:
    def apply(left: Any, right: Any) -> Any:
        if symbol == "*" and isinstance(right, int) and isinstance(left, str | list | tuple) and len(left) * right > MAX_VALUE_LENGTH:
            raise TemplateLimitError(f"'{symbol}' would build a value of {len(left) * right:,} items (limit {MAX_VALUE_LENGTH:,})")
        if symbol == "*" and isinstance(left, int) and isinstance(right, str | list | tuple):
            return apply(right, left)
        if symbol == "**" and isinstance(right, int) and right > 1000:
            raise TemplateLimitError(f"exponent {right} is too large")
        return op(left, right)

    return apply


_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d*)(?:\.(\*|\d*))?")
_PADDING_METHODS = frozenset({"ljust", "rjust", "center", "zfill", "expandtabs"})
# Filters whose arguments say how much text to build: checked before and after they run.
# Whether an attribute is safe depends only on the object's type and the attribute's name (the sandbox's
# checks are isinstance tests and name tests), and a brief asks the same few thousand times per render.
_SAFE_ATTRIBUTES: dict[tuple[type, str], bool] = {}
_MAX_SAFE_ATTRIBUTES = 4096
_SIZING_FILTERS = ("center", "indent", "format", "replace", "slice", "batch", "wordwrap", "join")


def _too_large(what: str) -> TemplateLimitError:
    return TemplateLimitError(f"{what} would build a value of more than {MAX_VALUE_LENGTH:,} characters or items")


def _check_size(value: Any) -> Any:
    if isinstance(value, str | list | tuple) and len(value) > MAX_VALUE_LENGTH:
        raise _too_large("this expression")
    return value


def _check_percent_format(template: Any) -> None:
    """``'%999999999d' % 1`` and ``'%*d'`` would pad to any width."""
    if isinstance(template, str):
        for width, precision in _PERCENT_SPEC.findall(template):
            if "*" in (width, precision) or any(part and int(part) > MAX_VALUE_LENGTH for part in (width, precision)):
                raise _too_large("a '%' format width")


def _check_brace_format(template: str) -> None:
    """``'{:>999999999}'.format(x)`` likewise; a width taken from an argument is refused."""
    for _, _, spec, _ in string.Formatter().parse(template):
        if spec and ("{" in spec or any(int(number) > MAX_VALUE_LENGTH for number in re.findall(r"\d+", spec))):
            raise _too_large("a '{}' format width")


def _check_arguments(name: str, owner: Any, args: tuple[Any, ...], *, sizes: bool = False) -> None:
    """Refuse, before it runs, a call whose arguments ask for an enormous result.

    With ``sizes``, every whole-number argument is a width or a count (``center``, ``slice``).
    """
    if sizes and any(isinstance(a, int) and not isinstance(a, bool) and abs(a) > MAX_VALUE_LENGTH for a in args):
        raise _too_large(f"'{name}'")
    if name == "replace" and len(args) >= 2 and isinstance(owner, str) and isinstance(args[0], str) and isinstance(args[1], str):
        count = owner.count(args[0]) if args[0] else len(owner) + 1
        if len(args) > 2 and isinstance(args[2], int) and args[2] >= 0:
            count = min(count, args[2])
        if len(owner) + count * (len(args[1]) - len(args[0])) > MAX_VALUE_LENGTH:
            raise _too_large("'replace'")
    joined = args[0] if name == "join" and isinstance(owner, str) and args and isinstance(args[0], list | tuple) else None
    if joined is not None and len(owner) * len(joined) + sum(len(str(item)) for item in joined) > MAX_VALUE_LENGTH:
        raise _too_large("'join'")


def _bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)  # keeps Jinja's pass_eval_context marks
    def bounded(*args: Any, **kwargs: Any) -> Any:
        values = [a for a in args if not isinstance(a, jinja2.nodes.EvalContext | jinja2.Environment)]
        if name == "format" and values:
            _check_percent_format(values[0])
        if values:
            owner, rest = (values[1], tuple(values[:1] + values[2:])) if name == "join" else (values[0], tuple(values[1:]))
            _check_arguments(name, owner, (*rest, *kwargs.values()), sizes=name != "format")
        return _check_size(function(*args, **kwargs))

    return bounded


class BriefEnvironment(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with size limits on operators, string methods and filters that build text."""

    intercepted_binops = frozenset({"*", "**", "%"})
    _ops: ClassVar[dict[str, Callable[[Any, Any], Any]]] = {"*": _limited(operator.mul, "*"), "**": _limited(operator.pow, "**")}

    def call_binop(self, context: jinja2.runtime.Context, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "%":
            _check_percent_format(left)
        if operator_name in self._ops:
            return self._ops[operator_name](left, right)
        return super().call_binop(context, operator_name, left, right)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        key = (type(obj), attr)
        safe = _SAFE_ATTRIBUTES.get(key)
        if safe is None:
            # Padding a string is never needed in a brief, and pads to any width.
            safe = not (isinstance(obj, str) and attr in _PADDING_METHODS) and super().is_safe_attribute(obj, attr, value)
            if obj.__class__ is type(obj):  # an object posing as another class is asked every time
                if len(_SAFE_ATTRIBUTES) >= _MAX_SAFE_ATTRIBUTES:
                    _SAFE_ATTRIBUTES.clear()
                _SAFE_ATTRIBUTES[key] = safe
        return safe

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:
            _check_brace_format(value.__self__)
        return wrapped

    def call(__self, __context: jinja2.runtime.Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _check_arguments(getattr(__obj, "__name__", ""), getattr(__obj, "__self__", None), (*args, *kwargs.values()))
        return _check_size(super().call(__context, __obj, *args, **kwargs))


def make_environment(root: Path, *, autoescape: bool, finalize: Callable[..., Any] | None = None) -> BriefEnvironment:
    """A sandboxed environment loading from the project, with strict undefined names."""
    env = BriefEnvironment(
        loader=ProjectLoader(root),
        undefined=jinja2.StrictUndefined,
        autoescape=autoescape,
        finalize=finalize,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
        bytecode_cache=compiled_templates(autoescape, finalize, root / TEMPLATE_CACHE_DIR),
    )
    # A filter that marks text as trusted would let fact text carry markup.
    env.filters.pop("safe", None)
    # lipsum() draws random words: two builds of the same inputs would differ.
    env.globals.pop("lipsum", None)
    for name in _SIZING_FILTERS:
        env.filters[name] = _bounded_filter(name, env.filters[name])
    return env


_BLOCK_TAG = re.compile(r"{%[-+]?\s*(end)?(for|if|macro|block|call|filter|with|raw|autoescape|set)\b([^%]*)")


def _unclosed_block(source: str) -> tuple[str, int] | None:
    """The innermost block tag that is opened and never closed, with its line."""
    stack: list[tuple[str, int]] = []
    for match in _BLOCK_TAG.finditer(source):
        end, name, rest = match.group(1), match.group(2), match.group(3)
        if name == "set" and "=" in rest:
            continue  # `{% set x = … %}` is not a block
        line = source.count("\n", 0, match.start()) + 1
        if end:
            if stack and stack[-1][0] == name:
                stack.pop()
        else:
            stack.append((name, line))
    return stack[-1] if stack else None


def _display(root: Path, filename: str | None) -> str:
    if not filename:
        return "<template>"
    try:
        return Path(filename).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return filename


def _template_frame(root: Path, exc: BaseException) -> tuple[str, int] | None:
    """The innermost traceback frame that belongs to a project template."""
    bases = tuple(str(root.resolve() / folder) + os.sep for folder in (TEMPLATES_DIR, BRIEFS_DIR))
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.startswith(bases) and frame.lineno is not None:
            found = (frame.filename, frame.lineno)
    return found


def template_problem(root: Path, exc: BaseException, env: jinja2.Environment, fallback: str) -> Problem:
    """Turn any exception raised while rendering into one located problem."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        if exc.message and exc.message.startswith("Unexpected end of template") and exc.source:
            opened = _unclosed_block(exc.source)
            if opened:
                name, opened_on = opened
                return Problem(
                    _display(root, exc.filename),
                    opened_on,
                    f"template syntax error: '{{% {name} %}}' is never closed",
                    hint=f"add '{{% end{name} %}}' where the block should end",
                )
        hint = _suggestion(exc.message, env) or syntax_hint(exc.message)
        return Problem(_display(root, exc.filename), exc.lineno, f"template syntax error: {exc.message}", hint=hint)
    frame = _template_frame(root, exc)
    path, line = (_display(root, frame[0]), frame[1]) if frame else (fallback, None)
    if isinstance(exc, jinja2.TemplateNotFound):
        hint = None
        names = env.loader.list_templates() if env.loader else []
        close = difflib.get_close_matches(exc.name, names, n=1) if isinstance(exc.name, str) else []
        if close:
            hint = f"did you mean '{close[0]}'?"
        reason = exc.message if exc.message and exc.message != exc.name else f"template '{exc.name}' not found in {TEMPLATES_DIR}/"
        return Problem(path, line, reason, hint=hint)
    if isinstance(exc, jinja2.UndefinedError):
        message = exc.message or "undefined value"
        hint = _suggestion(message, env) or "check the spelling, or see `briefgen helpers`"
        # Name a record by its class alone: where its module lives is no business of an editor's.
        return Problem(
            path,
            line,
            _NO_ATTRIBUTE.sub(lambda m: f"'{m.group(1).rpartition('.')[2]} object' has no attribute '{m.group(2)}'", message),
            hint=hint,
        )
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return Problem(path, line, f"not allowed in a template: {exc}")
    if isinstance(exc, BriefgenError):
        return Problem(path, line, exc.problems[0].message, hint=exc.problems[0].hint)
    if isinstance(exc, jinja2.TemplateError):  # e.g. "No test named 'strng' found."
        message = exc.message or type(exc).__name__
        return Problem(path, line, message, hint=_suggestion(message, env))
    if isinstance(exc, RecursionError):
        return Problem(path, line, "a macro or include calls itself without end", hint="check which template includes or calls this one")
    if isinstance(exc, MemoryError):
        return Problem(path, line, "the template builds more text than there is memory for")
    if isinstance(exc, TemplateLimitError | ValueError | TypeError | ArithmeticError | KeyError | IndexError):
        return Problem(path, line, f"{exc}", hint=_suggestion(str(exc), env))
    raise exc


# Filters removed from the sandbox on purpose: no "did you mean" for them.
_REMOVED_FILTERS = frozenset({"safe", "urlize", "xmlattr", "tojson"})
_UNDEFINED_NAME = re.compile(r"^'(\w+)' is undefined")
_NO_FILTER = re.compile(r"^No filter named '(\w+)'")
_NO_TEST = re.compile(r"^No test named '(\w+)'")
_NO_ATTRIBUTE = re.compile(r"^'(briefgen\.[\w.]+) object' has no attribute '(\w+)'")
_HINT_SCAN_CHARS = 300  # longer than any name Python or Jinja puts in these messages
_UNEXPECTED_KEYWORD = re.compile(r"(\w+)\(\) got an unexpected keyword argument '(\w+)'")


def _did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, sorted(set(candidates)), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


def _suggestion(message: str | None, env: jinja2.Environment) -> str | None:
    """A "did you mean" for a misspelt helper, filter, test, field or argument, if one is close.

    Only the message's start is matched: a message can quote a value of any
    length, and a pattern searched over 40,000 digits backtracks for minutes.
    """
    if not message:
        return None
    message = message[:_HINT_SCAN_CHARS]
    if match := _UNDEFINED_NAME.match(message):
        return _did_you_mean(match.group(1), env.globals)
    if match := _NO_FILTER.match(message):
        if match.group(1) in _REMOVED_FILTERS:
            return "this filter is not available in briefs: every value is escaped, and cannot be marked safe"
        return _did_you_mean(match.group(1), env.filters)
    if match := _NO_TEST.match(message):
        return _did_you_mean(match.group(1), env.tests)
    if match := _NO_ATTRIBUTE.match(message):
        module, _, name = match.group(1).rpartition(".")
        owner = getattr(sys.modules.get(module), name, None)
        if isinstance(owner, type):
            fields = [f.name for f in dataclasses.fields(owner)] if dataclasses.is_dataclass(owner) else []
            return _did_you_mean(match.group(2), [*fields, *(a for a in dir(owner) if not a.startswith("_"))])
        return None
    if match := _UNEXPECTED_KEYWORD.search(message):
        function = env.globals.get(match.group(1).rpartition(".")[2])
        if callable(function):
            with contextlib.suppress(TypeError, ValueError):
                return _did_you_mean(match.group(2), inspect.signature(function).parameters)
    return None


class HelperError(BriefgenError):
    """A template helper was asked for something that does not exist."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__([Problem("<template>", None, message, hint=hint)])
