"""When a plan agreed at a visit falls due dates its effect, not another occasion; a past time still does.

Real sentences of half A: the India–Oman agreement (intake_final46, December 2025), the Ras El Hekma
deal signed in Cairo on 23 February 2024 (intake_final90), Xi's visit to Belgrade on 8 May 2024
(intake_final20), Putin's visits to North Korea and Vietnam in June 2024 (intake_final40).
"""

from __future__ import annotations

from briefgen.corpus.elsewhen import elsewhen
from briefgen.corpus.times_due import when_due_dropped
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

OMAN = PartialDate.parse("2025-12-18")
CAIRO = PartialDate.parse("2024-02-23")
BELGRADE = PartialDate.parse("2024-05-08")
HANOI = PartialDate.parse("2024-06-20")

OPERATIONAL = (
    "The agreement is expected to be operational by the first quarter (April-June) of 2026-27 after completing all "
    "regulatory processes, two people aware of the development said, requesting anonymity."
)
BEGIN = (
    "ADQ said work to build the “next generation city” over 170 square kilometers — nearly a fifth of the size of Abu "
    "Dhabi city — would begin in early 2025."
)
JULY = (
    "The free trade deal that should become operational in July will guarantee tariff-free exports for 95% of Serbian "
    "products to China over the next five to 10 years, he said."
)
INVITED = (
    "The Russian leader also invited Lam to participate in commemorations in Moscow next year marking the 80th "
    "anniversary of the victory over Nazi Germany in World War II."
)


def dated_elsewhere(quote: str, date: PartialDate, kind: str) -> bool:
    fact = make_fact("f", "page", quote, str(date), kind=kind)
    return elsewhen(when_due_dropped(fact, date), date)


def test_a_plan_due_after_the_visit_is_of_the_visit() -> None:
    assert not dated_elsewhere(OPERATIONAL, OMAN, "plan")
    assert not dated_elsewhere(BEGIN, CAIRO, "plan")
    assert not dated_elsewhere(JULY, BELGRADE, "plan")
    assert not dated_elsewhere(INVITED, HANOI, "plan")


def test_the_same_words_as_an_event_are_still_dated_away() -> None:
    assert dated_elsewhere(BEGIN, CAIRO, "event")
    assert dated_elsewhere(INVITED, HANOI, "statement")


def test_a_plan_that_names_a_past_year_is_still_dated_away() -> None:
    follows = (
        "Putin's trip, which is scheduled to last for three days, follows North Korean leader Kim Jong Un's visit to "
        "Russia in September 2023."
    )
    assert dated_elsewhere(follows, HANOI, "plan")
