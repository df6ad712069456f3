"""One length, area, power, energy or weight written in two units: "217 miles" against "300 kilometers".

Outlets of different countries state one distance, one plant's capacity or
one shipment in their own units: an American wire gives "about 217 miles",
a Russian one "about 300 kilometers", an energy ministry "4.8 gigawatts" and
a newspaper "4,800 megawatts".  Compared by their written units, such
figures are never set side by side and a real disagreement goes unseen.  So
a figure in a unit of measure is read, for comparison only, in the base unit
of its kind; the facts and what ``check`` prints keep the units as written.

A figure converted from another unit is a rounded one: "300 kilometers (187
miles)" is how outlets write one distance, though 300 km is 186.4 miles.  So
two figures in different units are compared as the intervals their digits
round (half a unit of the last significant digit, capped at a tenth, as
:func:`~briefgen.corpus.discrepancies.rounding` reads "about"), never as
exact points.  Tons are left out: short, long and metric tons differ, and a
page seldom says which.  A page that says "metric tons" says which: that is
a tonne ("5,000 metric tons" of one outlet, "5,000 tonnes" of another).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from briefgen.corpus.discrepancies import stated_bounds
from briefgen.corpus.models import Value

_KM = "kilometre"
_SQ_KM = "square kilometre"
_KW = "kilowatt"
_KWH = "kilowatt-hour"
_KG = "kilogram"

#: Each unit of measure as written (lower case, singular, words in order) and its base unit and factor.
_UNITS: dict[str, tuple[str, Decimal]] = {
    **{w: (_KM, Decimal(1)) for w in ("km", "kms", "kilometre", "kilometer")},
    **{w: (_KM, Decimal("0.001")) for w in ("metre", "meter")},
    **{w: (_KM, Decimal("1.609344")) for w in ("mile", "mi")},
    **{w: (_KM, Decimal("1.852")) for w in ("nautical mile", "nmi")},
    **{w: (_SQ_KM, Decimal(1)) for w in ("square kilometre", "square kilometer", "sq km", "km2", "km²")},
    **{w: (_SQ_KM, Decimal("2.589988110336")) for w in ("square mile", "sq mile", "sq mi")},
    **{w: (_SQ_KM, Decimal("0.01")) for w in ("hectare", "ha")},
    "acre": (_SQ_KM, Decimal("0.0040468564224")),
    **{w: (_KW, Decimal(1)) for w in ("kw", "kilowatt")},
    **{w: (_KW, Decimal(1000)) for w in ("mw", "megawatt")},
    **{w: (_KW, Decimal(1000000)) for w in ("gw", "gigawatt")},
    **{w: (_KWH, Decimal(1)) for w in ("kwh", "kilowatt-hour", "kilowatt hour")},
    **{w: (_KWH, Decimal(1000)) for w in ("mwh", "megawatt-hour", "megawatt hour")},
    **{w: (_KWH, Decimal(1000000)) for w in ("gwh", "gigawatt-hour", "gigawatt hour")},
    **{w: (_KWH, Decimal(1000000000)) for w in ("twh", "terawatt-hour", "terawatt hour")},
    **{w: (_KG, Decimal(1)) for w in ("kg", "kilogram", "kilo")},
    **{w: (_KG, Decimal(1000)) for w in ("tonne", "metric tonne", "metric ton")},
    **{w: (_KG, Decimal("0.45359237")) for w in ("pound", "lb")},
}


@functools.lru_cache(maxsize=4096)
def base_unit(unit: str) -> tuple[str, Decimal] | None:
    """The base unit of a unit of measure and what one of it is in the base unit; None for any other unit."""
    words = re.findall(r"[^\W_]+(?:-[^\W_]+)?|²", unit.lower())
    singular = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]
    return _UNITS.get(" ".join(singular).replace(" ²", "²"))


def measure_key(unit: str) -> str | None:
    """The base unit figures in ``unit`` are compared in ("miles" and "km" are both lengths); None if not a unit of measure."""
    found = base_unit(unit)
    return None if found is None else found[0]


def _in_base_unit(value: Value, base: str, factor: Decimal) -> Value:
    """``value`` as the interval its digits round, in the base unit."""
    low, high = stated_bounds(value.model_copy(update={"approximate": True}))
    return value.model_copy(
        update={
            "amount": None,
            "low": None if low is None else low * factor,
            "high": None if high is None else high * factor,
            "approximate": False,
            "unit": base,
        }
    )


def in_one_unit(a: Value, b: Value) -> tuple[Value, Value]:
    """Two figures in two units of one kind as intervals in its base unit; any other two as written."""
    found_a, found_b = base_unit(a.unit), base_unit(b.unit)
    if found_a is None or found_b is None or found_a[0] != found_b[0] or found_a[1] == found_b[1]:
        return a, b
    return _in_base_unit(a, *found_a), _in_base_unit(b, *found_b)
