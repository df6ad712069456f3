"""Citations typed in templates (``[@trade-2019]``), checked on the line where they were typed.

A citation produced by a helper is checked when the helper runs; one typed by
an editor is checked here, before rendering, so a typo or a draft id is
reported at its file and line even inside an included partial.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.corpus.loader import Corpus
from briefgen.errors import Problem
from briefgen.render.citations import CITATION_START, parse_citation_ids
from briefgen.render.helpers import unknown_fact_error
from briefgen.render.sandbox import make_environment
from briefgen.render.scope import Scope

_JINJA_COMMENT = re.compile(r"{#.*?#}", re.DOTALL)


def static_citation_problems(root: Path, names: list[str], scope: Scope, full_corpus: Corpus) -> list[Problem]:
    """Citations written literally in templates, checked where they are written.

    A citation produced by a helper is checked when the helper runs; one typed
    by an editor (``[@trade-2019]``) is checked here for typos and drafts so the
    error names the line it was typed on, even inside an included partial.  A
    known fact too new for this edition is checked where it is rendered instead.
    """
    problems = []
    env = make_environment(root, autoescape=True)
    for name in names:
        assert env.loader is not None
        text, filename, _ = env.loader.get_source(env, name)
        display = Path(filename).resolve().relative_to(root.resolve()).as_posix() if filename else name
        text = _JINJA_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)  # comments are not read
        for number, line in enumerate(text.split("\n"), start=1):
            for match in CITATION_START.finditer(line):
                if match.start() > 0 and line[match.start() - 1] == "\\":
                    continue
                end = line.find("]", match.start())
                candidate = line[match.start() : end + 1] if end >= 0 else line[match.start() :]
                if "{{" in candidate or "{%" in candidate:
                    continue  # built by the template; checked when it renders
                ids = parse_citation_ids(candidate)
                if ids is None:
                    problems.append(
                        Problem(
                            display,
                            number,
                            f"malformed citation '{candidate}'",
                            hint="write [@fact-id] or [@id-one; @id-two] with lowercase ids",
                        )
                    )
                    continue
                for fact_id in ids:
                    # A fact newer than this edition may sit in an `{% if available(…) %}`
                    # block; if it is rendered anyway, the rendered citation fails then.
                    if fact_id not in scope.corpus.facts and fact_id not in full_corpus.facts:
                        error = unknown_fact_error(fact_id, scope, full_corpus)
                        problems.append(Problem(display, number, error.problems[0].message, hint=error.problems[0].hint))
    return problems
