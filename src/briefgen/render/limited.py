"""One render under the limits: a template's work stopped by the time limit and the memory ceiling.

The narrative, the layout and the partials they include are all editors'
templates, so each runs inside :func:`limited`: the same time limit
(``BRIEFGEN_NARRATIVE_TIMEOUT``, 60 s) and memory ceiling
(``BRIEFGEN_MEMORY_LIMIT_MB``) in ``build``, ``check`` and ``serve``.  Running
out of either is a located problem naming the file and what was being
rendered.  Callers turn template errors into problems *inside* the block, so
even building an error message is under the limit.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from briefgen.errors import BriefgenError
from briefgen.limits import RenderTimeout, deadline, memory_budget_mb, memory_ceiling, render_timeout


@contextlib.contextmanager
def limited(path: str, what: str) -> Iterator[None]:
    """Run the block under the render limits; past either, a :class:`BriefgenError` naming ``path`` and ``what``."""
    limit = render_timeout()
    budget = memory_budget_mb()
    try:
        with deadline(limit), memory_ceiling(budget):
            yield
    except MemoryError:
        raise BriefgenError.single(
            path,
            None,
            f"rendering the {what} needed more than {budget} MB of memory and was stopped",
            hint="look for a loop that gathers or prints very large values",
        ) from None
    except RenderTimeout:
        raise BriefgenError.single(
            path,
            None,
            f"rendering the {what} took longer than {limit:g} s and was stopped",
            hint="look for a loop over a very large range",
        ) from None
