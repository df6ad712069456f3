"""A standfirst above a report opened by its dateline or a date line: not drafted when the report says it again.

Invented pages (people, places and bodies), so that the rule is tested as a class.
"""

from __future__ import annotations

import functools

from briefgen.suggest.summary import report_start
from tests.suggest.drafting import spans_drafted

_drafted = functools.partial(spans_drafted, ref_year=2031)


_STANDFIRST = "Norland and Vesta agreed to build a rail link and open a joint port authority in Kallby, Osei said."
_REPORT = (
    "KALLBY -- Norland's Prime Minister Lena Osei and Vesta's President Erik Lindqvist agreed on Tuesday to build a "
    "rail link between the two countries, Osei told reporters in Kallby.\n\n"
    "The leaders also agreed to open a joint port authority, the Norland foreign ministry said.\n\n"
    "Trade between the two countries reached $4 billion last year."
)


def test_a_standfirst_the_report_says_again_is_not_drafted() -> None:
    body = f"Norland, Vesta agree on rail link\n\n{_STANDFIRST}\n\nBy Anna Berg, staff writer\n\n{_REPORT}"
    drafted = _drafted(body)
    assert not any("joint port authority in Kallby" in text for text in drafted)
    assert any("Norland's Prime Minister Lena Osei and Vesta's President" in text for text in drafted)


def test_the_same_line_stays_a_draft_when_no_dateline_opens_a_report_below_it() -> None:
    body = f"Norland, Vesta agree on rail link\n\n{_STANDFIRST}\n\n" + _REPORT.replace("KALLBY -- ", "")
    assert any("joint port authority in Kallby" in text for text in _drafted(body))


def test_a_date_on_a_line_of_its_own_ends_the_top_of_the_page() -> None:
    body = f"Headline here\n{_STANDFIRST}\nMarch 4, 2031\n\nThe report begins."
    assert body[report_start(body) :] == "\nThe report begins."


def test_a_line_of_the_top_that_dates_a_day_stays_a_draft() -> None:
    dated = "Prime Minister Lena Osei and President Erik Lindqvist agreed in Kallby on Mar. 3 to build the rail link."
    body = f"Norland, Vesta agree on rail link\n\n{dated}\n\n{_REPORT}"
    assert any("agreed in Kallby on Mar. 3" in text for text in _drafted(body))
