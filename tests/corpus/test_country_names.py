"""A country outlets call by two names is one party: Free Malaysia Today's "Turkey" meets Hürriyet's "Türkiye".

Real sentences of half A (intake_final86): Erdoğan's official visit to Malaysia, the agreements exchanged in
Putrajaya on Tuesday 11 February 2025.  Free Malaysia Today names the visitor's country "Turkey", the Hürriyet
Daily News "Türkiye"; with one name in common the two pages met on no occasion (see
:mod:`briefgen.corpus.country_names`).
"""

from __future__ import annotations

from briefgen.corpus.country_names import one_country_key
from briefgen.corpus.models import Fact
from briefgen.corpus.parties import party_key
from tests.corpus.test_occasion_month_pages import fact, occasion_members

DAY = "2025-02-11"


def free_malaysia_today() -> list[Fact]:
    """The page on the exchange of MoUs: the two countries named "Malaysia" and "Turkey"."""
    return [
        fact(
            "f-defence",
            "freemalaysiatoday",
            "On the defence sector, Malaysia and Turkey signed MoUs on government-to-government procurement, the "
            "establishment of a joint committee for defence products, and communication systems.",
            DAY,
            entities=("Malaysia", "Turkey"),
        ),
        fact(
            "f-pacts",
            "freemalaysiatoday",
            "Both countries also formalised pacts on diplomatic training and furthering scientific collaboration.",
            DAY,
            entities=("Malaysia", "Turkey"),
        ),
    ]


def hurriyet(country: str = "Türkiye") -> list[Fact]:
    """The Hürriyet Daily News page on the talks: the visitor's country named ``country``."""
    return [
        fact(
            "h-welcomed",
            "hurriyet",
            "Malaysian Prime Minister Anwar Ibrahim welcomed Turkish President Recep Tayyip Erdoğan on Tuesday with an official ceremony.",
            DAY,
            entities=("Anwar Ibrahim", "Recep Tayyip Erdoğan", "Malaysia", country),
        ),
        fact(
            "h-signing",
            "hurriyet",
            "Following a signing ceremony for several agreements, they held a news conference.",
            DAY,
            entities=("Recep Tayyip Erdoğan", "Anwar Ibrahim", "Malaysia", country),
        ),
    ]


def test_turkey_and_turkiye_are_one_party() -> None:
    assert party_key("Turkey") == party_key("Türkiye") == party_key("Turkiye")
    assert party_key("UAE") == party_key("United Arab Emirates")
    assert party_key("Britain") == party_key("United Kingdom")


def test_a_page_saying_turkey_joins_the_visit_a_page_saying_turkiye_reports() -> None:
    found = occasion_members([*free_malaysia_today(), *hurriyet()])
    assert {"f-defence", "f-pacts", "h-welcomed", "h-signing"} <= found


def test_a_country_of_one_name_keeps_its_own_key() -> None:
    assert one_country_key("malay") == "malay"
    assert party_key("Turkmenistan") != party_key("Türkiye")
