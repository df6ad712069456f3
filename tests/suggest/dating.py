"""The date ``suggest`` gives one sentence: the shared step of the tests of relative dates."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.dates import resolve_date


def resolved(text: str, published: dt.date, *, future: bool, kind: str, ref_year: int) -> tuple[str, str]:
    """The date and the phrase ``resolve_date`` reads in ``text`` on a page of ``published``; fails if it reads none."""
    found = resolve_date(text, published, future=future, kind=kind, ref_year=ref_year)
    assert found is not None, f"no date read in {text!r}"
    return str(found.date), found.phrase
