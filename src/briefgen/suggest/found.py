"""One figure read from a sentence: its amount or bounds, unit, scale and period, and where it stands.

Its own module so that the reader (:mod:`briefgen.suggest.values`) and the
gate that keeps only certain readings (:mod:`briefgen.suggest.certainty`)
share the type without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FoundValue:
    """A number the sentence states, at full magnitude, and where it stands in the sentence.

    ``amount`` is set for one figure; ``low``/``high`` for a range or a bound
    ("up to" sets ``high`` only, "more than" ``low`` only).
    """

    metric: str
    amount: str | None
    unit: str
    period: str | None
    start: int
    end: int
    measure: bool  # money, percentage, multiple or rank (not a count of things)
    low: str | None = None
    high: str | None = None
    approximate: bool = False
    scale: str | None = None

    def as_fields(self) -> dict[str, object]:
        """The value as a fact's ``value`` mapping, with only the keys that are set."""
        fields: dict[str, object] = {"metric": self.metric}
        for key in ("amount", "low", "high"):
            if getattr(self, key) is not None:
                fields[key] = getattr(self, key)
        if self.approximate:
            fields["approximate"] = "true"
        fields["unit"] = self.unit
        if self.scale:
            fields["scale"] = self.scale
        if self.period:
            fields["period"] = self.period
        return fields
