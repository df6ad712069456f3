"""Rendering a brief's body: Jinja2 with data helpers, producing Markdown.

Every value a template prints is escaped for Markdown on its way out (the
environment's ``finalize``), so a fact whose text holds ``[x](http://evil)``,
a line break and ``# Heading``, or ``[^1]`` prints as that literal text.
Only text built by briefgen itself (citation marks, macro output, included
partials) passes unescaped.  The helpers see the corpus as of the brief's
date and within its topics, so a brief cannot cite what it should not know.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from briefgen.corpus.cache import cache_enabled
from briefgen.corpus.loader import Corpus
from briefgen.errors import BriefgenError
from briefgen.limits import RENDER_TIMEOUT_SECONDS, render_timeout
from briefgen.project import CHART_CACHE_DIR
from briefgen.render.brief import Brief
from briefgen.render.helpers import Helpers
from briefgen.render.limited import limited
from briefgen.render.sandbox import make_environment, template_problem
from briefgen.render.scope import Scope
from briefgen.render.sourcemap import NOT_IN_VALUES, LineMarkers, SourceMap, strip_markers
from briefgen.render.wording import FILTERS, join_and_filter

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~@^&\"'=:$%])")
_WHITESPACE = re.compile(r"\s+")


def escape_markdown(text: str) -> str:
    """Make text print literally in Markdown: one line, every special character escaped.

    A space at either end is written as a character reference, so that values
    printed side by side at the start of a line cannot add up to the four
    spaces of an indented code block (or two before a line break).  The
    characters of line markers (:mod:`briefgen.render.sourcemap`) become
    U+FFFD, so a value can neither forge a marker nor lose text to one.
    """
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", _WHITESPACE.sub(" ", text.translate(NOT_IN_VALUES)))
    if escaped.startswith(" "):
        escaped = "&#32;" + escaped[1:]
    if escaped.endswith(" "):
        escaped = escaped[:-1] + "&#32;"
    return escaped


def _finalize(value: Any) -> Any:
    if isinstance(value, Markup):
        return value
    if isinstance(value, jinja2.Undefined):
        return value
    return Markup(escape_markdown(str(value)))


@jinja2.pass_eval_context
def _finalize_printed(eval_ctx: jinja2.nodes.EvalContext, value: Any) -> Any:
    """``_finalize`` for ``{{ }}``; asking for the context stops Jinja from folding
    constants at compile time, where autoescaping marks them safe before finalize sees them."""
    return _finalize(value)


def _markdown_join(items: Iterable[Any], separator: str = "") -> Markup:
    return Markup(separator.join(str(_finalize(item)) for item in items))


def _markdown_join_and(items: Iterable[Any], conjunction: str = "and") -> Markup:
    return Markup(join_and_filter((_finalize(item) for item in items), conjunction))


@dataclass
class Narrative:
    """A brief rendered to Markdown, and the template files it used."""

    markdown: str
    templates: list[str]
    figures: dict[str, str] = field(default_factory=dict)
    source_map: SourceMap = field(default_factory=SourceMap)  # Markdown line → template and line


def make_narrative_environment(root: Path, helpers: Helpers | None = None) -> jinja2.Environment:
    """The environment a brief's body is rendered in: Markdown-escaping output, briefing filters, the helpers."""
    env = make_environment(root, autoescape=True, finalize=_finalize_printed)
    for name in ("urlize", "xmlattr", "tojson"):
        env.filters.pop(name, None)
    env.filters.update(FILTERS)
    env.filters["join"] = _markdown_join
    env.filters["join_and"] = _markdown_join_and
    if helpers is not None:
        env.globals.update(helpers.globals())
    return env


NARRATIVE_TIMEOUT_SECONDS = RENDER_TIMEOUT_SECONDS


def narrative_timeout() -> float:
    """The narrative's time limit: the render limit of :func:`briefgen.limits.render_timeout`."""
    return render_timeout()


def render_narrative(root: Path, brief: Brief, scope: Scope, full_corpus: Corpus) -> Narrative:
    """Render the brief's body to Markdown, or raise with the template file and line."""
    helpers = Helpers(scope=scope, full_corpus=full_corpus, chart_cache=root / CHART_CACHE_DIR if cache_enabled() else None)
    env = make_narrative_environment(root, helpers)
    env.add_extension(LineMarkers)
    used: list[str] = []
    loader = env.loader
    assert loader is not None
    original = loader.get_source

    def tracking_get_source(environment: jinja2.Environment, name: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        result = original(environment, name)
        if name not in used:
            used.append(name)
        return result

    loader.get_source = tracking_get_source  # type: ignore[method-assign,assignment]
    with limited(brief.path, "narrative"):
        try:
            template = env.get_template(brief.path)
            markdown = template.render(brief=brief.meta.model_dump(mode="json"))
        except MemoryError:
            raise
        except Exception as exc:  # every template failure becomes a located problem, built under the limits
            problem = template_problem(root, exc, env, brief.path)
            raise BriefgenError([problem]) from None
    markdown, source_map = strip_markers(markdown)
    return Narrative(markdown=markdown, templates=used, figures=helpers.figures, source_map=source_map)
