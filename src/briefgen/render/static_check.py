"""Every branch of a brief read without running it: helpers, filters, names, fact ids and partials.

Rendering a brief checks only the branches its as-of date takes: a misspelt
helper inside an ``{% else %}`` or an ``{% if available(…) %}`` that is false
today passes ``check`` and ``build``, then fails the scheduled run or a past
edition.  So ``check`` also walks each template's syntax tree, as Jinja's own
parser builds it, through every branch, every include and every imported
macro, and reports what cannot work on any date: a name that is neither a
helper, a Jinja builtin nor set in the template, a filter or test that does
not exist, a literal fact id (``fact('x')``, ``cite('x')``, ``available('x')``)
or topic (``facts(topic='x')``) that the corpus does not hold, and a partial
that is not there.  Whether a known fact is available at a given date is the
as-of sweep's business (:mod:`briefgen.render.sweep`), not this module's.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from jinja2 import nodes

from briefgen.corpus.loader import Corpus
from briefgen.errors import Problem
from briefgen.project import TEMPLATES_DIR
from briefgen.render.helpers import HELPER_NAMES
from briefgen.render.narrative import make_narrative_environment
from briefgen.render.sandbox import template_problem

#: Names Jinja provides inside templates: loop state, macro plumbing and the variables render() passes.
JINJA_LOCALS = frozenset({"loop", "caller", "varargs", "kwargs", "self", "super", "brief"})
#: Helpers whose literal string arguments are fact ids.
FACT_ID_HELPERS = frozenset({"fact", "cite", "available"})
# Filters removed from the sandbox on purpose (see briefgen.render.sandbox).
_REMOVED_FILTERS = frozenset({"safe", "urlize", "xmlattr", "tojson"})


@dataclass
class _Walk:
    """What one brief's walk has seen so far: templates read and problems found."""

    root: Path
    env: jinja2.Environment
    corpus: Corpus
    problems: list[Problem] = field(default_factory=list)
    seen: set[tuple[str, frozenset[str]]] = field(default_factory=set)
    templates: list[str] = field(default_factory=list)


def static_problems(root: Path, template_name: str, corpus: Corpus) -> tuple[list[Problem], list[str]]:
    """Problems found in every branch of a brief and the partials it reaches, and the templates read.

    ``template_name`` is the brief's name as the loader knows it (``briefs/<slug>.md``).
    """
    walk = _Walk(root=root, env=make_narrative_environment(root), corpus=corpus)
    _check_template(walk, template_name, frozenset(), template_name)
    return walk.problems, walk.templates


def _display(root: Path, filename: str | None, name: str) -> str:
    if not filename:
        return name
    try:
        return Path(filename).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return name


def _check_template(walk: _Walk, name: str, outer: frozenset[str], fallback: str) -> None:
    """Parse one template and check it; ``outer`` holds the names its includer defines."""
    key = (name, outer)
    if key in walk.seen:
        return
    walk.seen.add(key)
    loader = walk.env.loader
    assert loader is not None
    try:
        source, filename, _ = loader.get_source(walk.env, name)
        tree = walk.env.parse(source, name, filename)
    except jinja2.TemplateSyntaxError as exc:
        walk.problems.append(template_problem(walk.root, exc, walk.env, fallback))
        return
    except jinja2.TemplateNotFound:
        return  # the includer reports it at its own line
    if name not in walk.templates:
        walk.templates.append(name)
    path = _display(walk.root, filename, name)
    known = outer | _defined_names(tree) | _optional_names(tree)
    called = {id(node.node) for node in tree.find_all(nodes.Call) if isinstance(node.node, nodes.Name)}
    defaulted = {id(node.node) for node in tree.find_all(nodes.Filter) if node.name in {"default", "d"}}
    kinds = (nodes.Name, nodes.Filter, nodes.Test, nodes.Call, nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)
    for node in tree.find_all(kinds):
        if isinstance(node, nodes.Name):
            if id(node) not in defaulted:  # `x | default(…)` is how a partial reads an optional variable
                _check_name(walk, path, node, known, called=id(node) in called)
        elif isinstance(node, nodes.Filter | nodes.Test):
            _check_filter(walk, path, node)
        elif isinstance(node, nodes.Call):
            _check_call(walk, path, node)
        elif isinstance(node, nodes.Include | nodes.Import | nodes.FromImport | nodes.Extends):
            _check_partial(walk, path, node, known)


def _defined_names(tree: nodes.Template) -> frozenset[str]:
    """Every name the template binds somewhere: set, for, macro and its arguments, with, imports."""
    names = {node.name for node in tree.find_all(nodes.Name) if node.ctx in {"store", "param"}}
    names.update(node.name for node in tree.find_all(nodes.Macro))
    names.update(node.target for node in tree.find_all(nodes.Import))
    for node in tree.find_all(nodes.FromImport):
        names.update(item[1] if isinstance(item, tuple) else item for item in node.names)
    return frozenset(names)


def _optional_names(tree: nodes.Template) -> frozenset[str]:
    """Names the template asks about (``x is defined``): it expects them to be missing at times."""
    tests = tree.find_all(nodes.Test)
    return frozenset(t.node.name for t in tests if t.name in {"defined", "undefined"} and isinstance(t.node, nodes.Name))


def _check_name(walk: _Walk, path: str, node: nodes.Name, known: frozenset[str], *, called: bool) -> None:
    if node.ctx != "load" or node.name in known or node.name in JINJA_LOCALS or node.name in walk.env.globals:
        return
    if node.name in HELPER_NAMES:
        return
    candidates = [*HELPER_NAMES, *walk.env.globals, *known]
    if called:
        hint = _did_you_mean(node.name, candidates) or "`briefgen helpers` lists the helpers that exist"
        walk.problems.append(Problem(path, node.lineno, f"unknown helper '{node.name}'", hint=hint))
    else:
        hint = _did_you_mean(node.name, candidates) or "set it with {% set … %} first, or see `briefgen helpers`"
        walk.problems.append(Problem(path, node.lineno, f"'{node.name}' is undefined", hint=hint))


def _check_filter(walk: _Walk, path: str, node: nodes.Filter | nodes.Test) -> None:
    if isinstance(node, nodes.Test):
        if node.name not in walk.env.tests:
            close = _did_you_mean(node.name, walk.env.tests)
            walk.problems.append(Problem(path, node.lineno, f"unknown test '{node.name}'", hint=close))
        return
    if node.name in walk.env.filters:
        return
    if node.name in _REMOVED_FILTERS:
        hint: str | None = "this filter is not available in briefs: every value is escaped, and cannot be marked safe"
    else:
        hint = _did_you_mean(node.name, walk.env.filters)
    walk.problems.append(Problem(path, node.lineno, f"unknown filter '{node.name}'", hint=hint))


def _literal_strings(node: nodes.Node) -> Iterator[str]:
    """The string constants an argument spells out: ``'x'``, or ``['x', 'y']``."""
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, nodes.List | nodes.Tuple):
        for item in node.items:
            yield from _literal_strings(item)


def _check_call(walk: _Walk, path: str, node: nodes.Call) -> None:
    if not isinstance(node.node, nodes.Name):
        return
    helper = node.node.name
    if helper in FACT_ID_HELPERS:
        for argument in node.args:
            for fact_id in _literal_strings(argument):
                problem = _fact_id_problem(walk.corpus, fact_id)
                if problem is not None:
                    message, hint = problem
                    walk.problems.append(Problem(path, node.lineno, message, hint=hint))
    elif helper == "facts":
        topics = walk.corpus.vocabulary.topics
        for keyword in node.kwargs:
            if keyword.key == "topic" and topics:
                for topic in _literal_strings(keyword.value):
                    if topic not in topics:
                        hint = _did_you_mean(topic, topics)
                        walk.problems.append(Problem(path, node.lineno, f"facts(): unknown topic '{topic}'", hint=hint))


def _fact_id_problem(corpus: Corpus, fact_id: str) -> tuple[str, str | None] | None:
    """Why a literal fact id can be cited on no date at all, or ``None`` if some date may allow it."""
    if fact_id in corpus.facts:
        return None
    if fact_id in corpus.drafts:
        return f"fact '{fact_id}' is a draft and cannot be cited", "curate it and move it from facts/drafts/ into facts/"
    close = difflib.get_close_matches(fact_id, list(corpus.facts), n=1, cutoff=0.5)
    return f"unknown fact '{fact_id}'", (f"did you mean '{close[0]}'?" if close else "run `briefgen check --json` to list fact ids")


def _check_partial(
    walk: _Walk, path: str, node: nodes.Include | nodes.Import | nodes.FromImport | nodes.Extends, known: frozenset[str]
) -> None:
    names = list(_literal_strings(node.template))
    ignore_missing = isinstance(node, nodes.Include) and node.ignore_missing
    is_choice = isinstance(node.template, nodes.List | nodes.Tuple)  # {% include ['a', 'b'] %}: the first that exists
    found = [name for name in names if _exists(walk, name)]
    if not found and names and not ignore_missing:
        missing = names[0]
        hint = _did_you_mean(missing, _template_names(walk)) or "`briefgen helpers` lists the partials in templates/partials/"
        walk.problems.append(Problem(path, node.lineno, f"unknown partial '{missing}' (not found in {TEMPLATES_DIR}/)", hint=hint))
        return
    for name in found[:1] if is_choice else found:
        _check_template(walk, name, known, path)
        if isinstance(node, nodes.FromImport):
            _check_imported_names(walk, path, node, name)


def _exists(walk: _Walk, name: str) -> bool:
    loader = walk.env.loader
    assert loader is not None
    try:
        loader.get_source(walk.env, name)
    except jinja2.TemplateNotFound:
        return False
    return True


def _template_names(walk: _Walk) -> list[str]:
    loader = walk.env.loader
    return loader.list_templates() if loader is not None else []


def _check_imported_names(walk: _Walk, path: str, node: nodes.FromImport, name: str) -> None:
    """``{% from 'partials/macros.md.j2' import money_line %}``: each imported name must be defined there."""
    loader = walk.env.loader
    assert loader is not None
    try:
        source, filename, _ = loader.get_source(walk.env, name)
        tree = walk.env.parse(source, name, filename)
    except (jinja2.TemplateSyntaxError, jinja2.TemplateNotFound):
        return  # reported when the template itself was checked
    exported = {macro.name for macro in tree.body if isinstance(macro, nodes.Macro)}
    exported.update(target.name for assign in tree.body if isinstance(assign, nodes.Assign) for target in _targets(assign.target))
    for item in node.names:
        wanted = item[0] if isinstance(item, tuple) else item
        if wanted not in exported:
            hint = _did_you_mean(wanted, exported)
            walk.problems.append(Problem(path, node.lineno, f"'{name}' defines no macro '{wanted}'", hint=hint))


def _targets(node: nodes.Node) -> Iterator[nodes.Name]:
    if isinstance(node, nodes.Name):
        yield node
    elif isinstance(node, nodes.Tuple):
        for item in node.items:
            yield from _targets(item)


def _did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, sorted(set(candidates)), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None
