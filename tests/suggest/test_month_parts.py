"""A part of "the month" dates that month: "at the beginning of the month" was read as no date at all.

Invented sentences shaped as round 102's fresh sample found them.
"""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.dates import find_date

SAT_2018_03_17 = dt.date(2018, 3, 17)


def test_a_part_of_the_month_is_this_month() -> None:
    text = "This follows his three-nation tour at the beginning of the month, where he met three heads of state."
    found = find_date(text, SAT_2018_03_17, future=False)
    assert found is not None
    assert (str(found[0]), found[1]) == ("2018-03", "beginning of the month")
    later = "The two ministers will meet again at the end of next month."
    found = find_date(later, SAT_2018_03_17, future=True)
    assert found is not None
    assert str(found[0]) == "2018-04"
