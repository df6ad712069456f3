"""Benchmark: briefgen's hand-written date rules against dateparser, per kind of expression.

Every labelled claim of the evaluation set (``tests/fixtures/intake_eval/``)
that dates itself with a phrase ("on Thursday", "next month", "in February
last year") in an article with a known publication date is resolved twice:

- by :func:`briefgen.suggest.dates.find_date`, reading the phrase in its
  sentence (the words before it decide past or future), against the labelled
  publication date;
- by dateparser's ``search_dates`` on the phrase, with the publication date
  as ``RELATIVE_BASE`` and ``PREFER_DATES_FROM='past'``.

An answer is right when it names the labelled date at the label's precision
(dateparser always answers with a day, so it is compared at the label's
precision, which favours it); the hand rules must also give that precision.
The table says which wins for each kind of expression.

Run from the repository root::

    .venv/bin/python benchmarks/date_resolvers.py
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO / "tests" / "fixtures" / "intake_eval"
sys.path.insert(0, str(REPO / "src"))

from briefgen.suggest.dates import find_date  # noqa: E402

_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_DAY_WORD = re.compile(r"\b(?:today|yesterday|tomorrow|tonight|ago)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:this|next|last|previous|coming|current|earlier)\b", re.IGNORECASE)


def kind_of(phrase: str) -> str:
    """The kind of date expression, for the per-kind table."""
    if re.search(r"\d{4}", phrase):
        return "explicit (year stated)"
    if _WEEKDAY.search(phrase):
        return "weekday"
    if _DAY_WORD.search(phrase):
        return "today / yesterday / ago"
    if _RELATIVE.search(phrase):
        return "this / next / last (month, year)"
    return "day or month without a year"


def by_dateparser(phrase: str, published: dt.date) -> str | None:
    """dateparser's reading of the phrase, as YYYY-MM-DD (None when it finds no date)."""
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime.combine(published, dt.time(12)), "PREFER_DATES_FROM": "past"}
    found = search_dates(phrase, languages=["en"], settings=settings)  # type: ignore[arg-type]
    return found[0][1].date().isoformat() if found else None


def by_hand(span: str, phrase: str, published: dt.date, plan: bool) -> str | None:
    """briefgen's reading of the phrase in its sentence."""
    at = span.find(phrase)
    text, start = (span[: at + len(phrase)], at) if at >= 0 else (phrase, 0)
    found = find_date(text, published, future=plan, start_at=start)
    return str(found[0]) if found else None


def main() -> int:
    """Resolve every labelled date phrase both ways and print the table per kind of expression."""
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # cases, hand right, dateparser right
    misses: list[str] = []
    for path in sorted((EVAL / "labels").glob("*.yaml")):
        label = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not label.get("published"):
            continue
        published = dt.date.fromisoformat(str(label["published"]))
        for claim in label.get("claims") or []:
            phrase, date = claim.get("date_phrase"), str(claim.get("date") or "")
            if not phrase or not date:
                continue
            kind = kind_of(phrase)
            hand = by_hand(claim["span"], phrase, published, claim.get("kind") == "plan")
            parsed = by_dateparser(phrase, published)
            row = rows[kind]
            row[0] += 1
            row[1] += hand == date
            row[2] += bool(parsed) and parsed[: len(date)] == date
            if hand != date or not parsed or parsed[: len(date)] != date:
                misses.append(f"{path.stem}: {phrase!r} labelled {date}: hand {hand}, dateparser {parsed}")
    if "--verbose" in sys.argv:
        print("\n".join(misses))
    print(f"{'kind of expression':36} {'cases':>5} {'hand rules':>11} {'dateparser':>11}  kept")
    for kind, (cases, hand, parsed) in sorted(rows.items()):
        kept = "hand rules" if hand >= parsed else "dateparser"
        print(f"{kind:36} {cases:5} {hand:11} {parsed:11}  {kept}")
    total = [sum(r[i] for r in rows.values()) for i in range(3)]
    print(f"{'all':36} {total[0]:5} {total[1]:11} {total[2]:11}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
