"""Two names for the texts of one signing: a count in "documents" or "deals" may be a count of "agreements" told otherwise.

The sentences are half A's: intake_final2 (Xi's state visit to Hanoi: the Morning Star's 37 agreements, Nikkei's
thirty-six documents) and intake_final108 (Lula in Jakarta); the others are written as reports of signings are.
"""

from __future__ import annotations

from briefgen.corpus.counts import counts_clash
from briefgen.corpus.evidence import prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.named_texts import named_two_ways, two_names
from tests.corpus.builders import make_fact

PARTIES = ("Xi Jinping", "Nguyen Phu Trong", "China", "Vietnam")
AGREEMENTS = "Later in the day, the sides signed 37 agreements, including on cross-border rail development and trade."
DOCUMENTS = (
    "Thirty-six documents were signed as the leaders met in Hanoi, including a memorandum of understanding on "
    "strengthening aid cooperation in railway development across the Vietnam-China border."
)


def fact(fact_id: str, source: str, quote: str, amount: int, unit: str) -> Fact:
    return make_fact(fact_id, source, quote, "2023-12-12", entities=PARTIES, kind="event", topics=("diplomacy",), amount=amount, unit=unit)


def clash(a: Fact, b: Fact) -> bool:
    pa, pb = prepare(a), prepare(b)
    return counts_clash(a, b, pa.word_set, pb.word_set, lambda: 8)


def test_agreements_and_documents_of_one_signing_are_one_count_told_two_ways() -> None:
    agreements = fact("agreements", "morningstar", AGREEMENTS, 37, "agreements")
    documents = fact("documents", "nikkei", DOCUMENTS, 36, "documents")
    assert named_two_ways(agreements, documents, "agreement", "document")
    assert clash(agreements, documents)
    assert clash(documents, agreements)


def test_two_specific_names_may_be_two_sets_of_one_visit() -> None:
    assert not two_names("agreement", "mou")  # the government's agreements and the business forum's MoUs
    assert two_names("agreement", "deal") and two_names("pact", "mou")
    assert not two_names("document", "document") and not two_names("agreement", "year")
    agreements = fact("agreements", "a", "The two sides signed 12 agreements on Tuesday.", 12, "agreements")
    mous = fact("mous", "b", "The two sides signed 11 MoUs on Tuesday.", 11, "MoUs")
    assert not clash(agreements, mous)


def test_a_sentence_counting_two_sets_names_neither_the_whole() -> None:
    both = fact("both", "a", "The two sides signed one agreement on economic and technical cooperation and eight MoUs.", 8, "MoUs")
    deals = fact("deals", "b", "Nine deals were signed in the presence of the two presidents.", 9, "deals")
    assert not named_two_ways(both, deals, "mou", "deal")
    assert not clash(both, deals)


def test_a_plans_count_is_no_count_of_the_signing_in_another_name() -> None:
    plan = fact("plan", "a", "The two presidents will sign 36 documents on Tuesday.", 36, "documents")
    agreements = fact("agreements", "morningstar", AGREEMENTS, 37, "agreements")
    assert not named_two_ways(plan, agreements, "document", "agreement")
    assert not clash(plan, agreements)


def test_a_count_told_as_what_the_leaders_were_briefed_on_is_not_the_signings_own() -> None:
    briefed = fact(
        "briefed",
        "vietnamb2b",
        "Following the high-level dialogue, Trong and Xi were briefed on the 36 agreement documents for cooperation, "
        "which were signed between ministries and localities of the two countries.",
        36,
        "documents",
    )
    agreements = fact("agreements", "morningstar", AGREEMENTS, 37, "agreements")
    assert not named_two_ways(briefed, agreements, "document", "agreement")
    four = fact(
        "four",
        "freepressjournal",
        "The decision was announced as Indonesia and Brazil concluded the signing of four agreements.",
        4,
        "agreements",
    )
    deals = fact(
        "deals",
        "supremacy",
        "The leaders witnessed the signing of eight key deals aimed at significantly enhancing bilateral ties.",
        8,
        "deals",
    )
    assert named_two_ways(four, deals, "agreement", "deal")  # half apart: the test of the gap is :mod:`.signings`'


def test_a_count_marked_as_a_part_of_the_signing_is_not_the_whole_in_another_name() -> None:
    other = fact(
        "other", "a", "Putin and Tokayev signed 19 other documents deepening Russian-Kazakh partnership.", 19, "documents"
    )  # half A's intake_final50
    whole = fact("whole", "b", "On the sidelines of the summit, 20 agreements were signed in many important areas.", 20, "agreements")
    assert not named_two_ways(other, whole, "document", "agreement")
    more = fact("more", "c", "The ministers later signed 12 more deals on energy.", 12, "deals")
    assert not named_two_ways(more, whole, "deal", "agreement")
