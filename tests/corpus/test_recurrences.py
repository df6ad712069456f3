"""A recurrence the sides decide at a visit is an outcome of it, not a count of other visits.

Real sentences of half A: Lula's state visit to Tokyo, 26 March 2025 (intake_final88), where Ishiba and
Lula agreed that their countries' leaders visit each other every two years.  A recurrence told with no
word of deciding, or a body that meets "alternately", is still dated away from the occasion.
"""

from __future__ import annotations

from briefgen.corpus.elsewhen import elsewhen
from briefgen.text.dates import PartialDate

TOKYO = PartialDate.parse("2025-03-26")


def test_mutual_visits_every_two_years_agreed_in_tokyo_are_of_the_visit() -> None:
    assert not elsewhen("The mutual visits by leaders to each other's countries will take place once every two years.", TOKYO)
    agreed = (
        "Prime Minister Shigeru Ishiba and Brazilian President Luiz Inacio Lula da Silva have agreed that their nations’"
        " leaders will meet in Brazil or Japan every two years."
    )
    assert not elsewhen(agreed, TOKYO)
    stipulated = (
        "Regarding politics and security, the action plan stipulates that one leader will visit their counterpart’s"
        " country every other year, and that their foreign ministers’ meetings will be upgraded to “strategic dialogue.”"
    )
    assert not elsewhen(stipulated, TOKYO)


def test_a_recurrence_not_decided_there_or_alternating_is_still_elsewhen() -> None:
    assert elsewhen("Japan's and Brazil's leaders have met every two years.", TOKYO)
    assert elsewhen("The Council will meet alternately every two years in Türkiye and Egypt.", TOKYO)
