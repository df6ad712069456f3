"""Percentages stated as a share of an economy: "5% of GDP" is 5 percent of GDP, not a plain 5 percent.

Why its own unit: ``check`` compares the figures of one metric by unit, and a
plain "percent" would set a defence budget's "2% of gross domestic product"
beside a tariff's 2% or a growth rate's 2%.  A share of an economy is a share
of nothing else, so the words that name the whole ("of GDP", "of gross
domestic product", "of its economy", "of the country's economic output") go
into the unit, written as readers and labellers write it: "percent of GDP".
A percentage not followed by those words keeps the plain unit; "30% of GDP
growth" is a share of the growth, not of the economy, and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.suggest.found import FoundValue

ECONOMY_SHARE_UNIT = "percent of GDP"

# Right after the percentage: "of GDP", "of its gross domestic product", "of the country's economy",
# "of Germany's economic output"; not "of GDP growth", which is a share of a change.
_OF_ECONOMY = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|each|every|a|an)\s+)?(?:[A-Z][\w-]*['’]s?\s+|(?:country|nation)['’]s\s+)?"
    r"(?:GDP|gross\s+domestic\s+product|(?:national\s+)?economy|economic\s+output)\b(?!\s+growth\b)",
    re.IGNORECASE,
)


def economy_shares(sentence: str, values: list[FoundValue]) -> list[FoundValue]:
    """The values, with each percentage the sentence states as a share of an economy given the unit "percent of GDP"."""
    return [
        replace(value, unit=ECONOMY_SHARE_UNIT) if value.unit == "percent" and _OF_ECONOMY.match(sentence, value.end) else value
        for value in values
    ]
