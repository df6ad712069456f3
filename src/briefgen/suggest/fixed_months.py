"""A month some occasion is fixed for dates a sentence only when nothing else in it does.

"The regional summit slated for November" names when a summit is due, and where the sentence tells nothing else it is
the plan's date (:mod:`briefgen.suggest.dates` reads "slated / scheduled / set / planned / fixed for <month>").  But the
phrase often hangs on a noun of a sentence that reports an act of its own day: "Prime Minister Fumio Kishida and French
President Emmanuel Macron on Monday agreed to work together for the success of the Group of Seven summit in Hiroshima
slated for May" is Monday's agreement, not May's summit; read as a plan due in May, the agreement was dated four months
late.  So the fixed month yields to any other date phrase of the sentence.
"""

from __future__ import annotations

import re
from typing import TypeVar

#: The words that fix a month for an occasion ("a summit slated for November"), as :mod:`.dates` reads them too.
FIXED_FOR = r"(?:slated|scheduled|set|planned|fixed) for"
_FIXED_FOR = re.compile(rf"{FIXED_FOR}\b", re.IGNORECASE)

Found = TypeVar("Found", bound=tuple[object, ...])


def fixed_months_yield(found: list[Found]) -> list[Found]:
    """``found`` (start, date, phrase) without the months something is fixed for, unless they are all it holds."""
    others = [item for item in found if not _FIXED_FOR.match(str(item[2]))]
    return others or found
