"""Benchmark: briefgen's hand-written figure rules against quantulum3 and price-parser.

Every labelled claim span of the evaluation set (``tests/fixtures/intake_eval/``)
is read three ways:

- by :func:`briefgen.suggest.values.find_values` (money with its magnitude,
  ranges, bounds, approximations, counts with their noun, lengths and volumes);
- by quantulum3's ``parser.parse`` (every quantity it finds; a dimensionless
  number is taken as a count, as that is how it reports "nine MoUs");
- by price-parser's ``Price.fromstring`` (one price per text: its amount and
  currency).

A labelled figure is **found** when one of the reader's values equals it (the
same amount, or the same low/high bounds, and the same kind of unit: a
currency, percent, or a count, as in ``benchmarks/intake_quality.py``).  A value
is **wrong** when it equals none of the span's labelled figures: a year read as
a count, a range read as its first number, a bound read as an amount.  Ranks
are left out (the labelling rules do not cover them).  A reader is kept where it
finds more figures with fewer wrong ones.

Run from the repository root::

    .venv/bin/python benchmarks/figure_parsers.py [--verbose]
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO / "tests" / "fixtures" / "intake_eval"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from intake_quality import figure_matches  # noqa: E402

from briefgen.suggest.values import find_values  # noqa: E402

Reader = Callable[[str], list[dict[str, Any]]]


def by_hand(span: str) -> list[dict[str, Any]]:
    """briefgen's reading: every value find_values proposes, ranks aside."""
    return [v.as_fields() for v in find_values(span) if v.unit != "rank"]


def _plain(number: float) -> str:
    return format(Decimal(str(number)).normalize(), "f")


def by_quantulum(span: str) -> list[dict[str, Any]]:
    """quantulum3's reading: each quantity, its unit mapped to a currency, percent or a count."""
    from quantulum3 import parser

    values = []
    for quantity in parser.parse(span):
        name = quantity.unit.name.casefold()
        unit = "USD" if "dollar" in name else "percent" if "cent" in name else "count"
        values.append({"amount": _plain(quantity.value), "unit": unit})
    return values


def by_price_parser(span: str) -> list[dict[str, Any]]:
    """price-parser's reading: the one price it finds, if any."""
    from price_parser import Price

    price = Price.fromstring(span)
    if price.amount is None:
        return []
    currency = (price.currency or "").strip()
    unit = "USD" if currency in {"$", "US$", "USD"} else currency or "count"
    return [{"amount": _plain(float(price.amount)), "unit": unit}]


READERS: dict[str, Reader] = {"hand rules": by_hand, "quantulum3": by_quantulum, "price-parser": by_price_parser}


def measure(verbose: bool = False) -> tuple[int, dict[str, tuple[int, int, int]], list[str]]:
    """(labelled figures, per reader (found, values proposed, wrong), the misses for --verbose)."""
    totals = {name: [0, 0, 0] for name in READERS}
    labelled = 0
    notes: list[str] = []
    for path in sorted((EVAL / "labels").glob("*.yaml")):
        label = yaml.safe_load(path.read_text(encoding="utf-8"))
        for claim in label.get("claims") or []:
            span = claim["span"]
            figures = [f for f in claim.get("figures") or [] if "not_a_figure" not in f]
            labelled += len(figures)
            for name, reader in READERS.items():
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    values = reader(span)
                found = sum(any(figure_matches(v, f) for v in values) for f in figures)
                wrong = [v for v in values if not any(figure_matches(v, f) for f in figures)]
                total = totals[name]
                total[0] += found
                total[1] += len(values)
                total[2] += len(wrong)
                if verbose and (wrong or found < len(figures)):
                    notes.append(f"{name}: {path.stem}: found {found}/{len(figures)}, wrong {wrong} in {span[:70]!r}")
    return labelled, {name: (t[0], t[1], t[2]) for name, t in totals.items()}, notes


def main() -> int:
    """Read every labelled span with each reader and print the table."""
    labelled, totals, notes = measure("--verbose" in sys.argv)
    if notes:
        print("\n".join(notes))
    print(f"{'reader':14} {'figures found':>14} {'values proposed':>16} {'wrong values':>13}")
    for name, (found, proposed, wrong) in totals.items():
        print(f"{name:14} {f'{found}/{labelled}':>14} {proposed:16} {wrong:13}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
