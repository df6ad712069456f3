"""Who came with a leader on a visit is a part of the visit; the same words of another time or another leader are not.

Real sentences of half A (intake_final22, intake_final64): Tinubu's talks with Xi
in Beijing on 3 September 2024, as BizWatch Nigeria and BusinessDay told them
(see :mod:`tests.corpus.test_occasion_month_pages`), and the line BizWatch gave
his entourage (see :mod:`briefgen.corpus.entourage`).
"""

from __future__ import annotations

from briefgen.corpus.models import Fact
from tests.corpus.test_occasion_month_pages import bizwatch, businessday, fact, occasion_members

TUGGAR = ("Bola Tinubu", "Yusuf Tuggar", "Uba Sani", "AbdulRahman AbdulRazaq")
ACCOMPANIED = (
    "President Tinubu was accompanied by Minister of Foreign Affairs Yusuf Tuggar, Sen. Uba Sani, Governor of Kaduna, "
    "and Gov. Abdul Rahman AbdulRasaq of Kwara, among others."
)


def entourage(fact_id: str, quote: str, date: str, entities: tuple[str, ...]) -> Fact:
    return fact(fact_id, "bizwatch", quote, date, entities=entities)


def test_the_leaders_entourage_on_the_visits_day_joins_the_visit() -> None:
    found = occasion_members([*bizwatch(), entourage("w-entourage", ACCOMPANIED, "2024-09-03", TUGGAR), *businessday()])
    assert {"w-entourage", "w-meeting", "d-signing"} <= found


def test_an_entourage_of_another_time_or_of_no_side_stays_out() -> None:
    earlier = entourage("w-june", ACCOMPANIED, "2024-06-12", TUGGAR)
    ruto = entourage(
        "w-ruto",
        "Ruto was accompanied by First Lady Mama Rachel and key government leaders led by Prime Cabinet Secretary Musalia Mudavadi.",
        "2024-09-03",
        ("William Ruto", "Rachel Ruto", "Musalia Mudavadi"),
    )
    found = occasion_members([*bizwatch(), earlier, ruto, *businessday()])
    assert not {"w-june", "w-ruto"} & found and {"w-meeting", "d-signing"} <= found


def test_the_entourage_announced_in_a_plan_on_the_visits_day_joins_it() -> None:
    # as Stuff announced Hipkins's (intake_final34), with Tinubu's party: a plan on the page's day
    announced = fact(
        "w-will-be",
        "bizwatch",
        "President Tinubu will be accompanied by Minister of Foreign Affairs Yusuf Tuggar and Sen. Uba Sani, Governor of Kaduna.",
        "2024-09-03",
        entities=TUGGAR,
        kind="plan",
    )
    assert "w-will-be" in occasion_members([*bizwatch(), announced, *businessday()])
