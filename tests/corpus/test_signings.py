"""Two counts of one signing, each told as the signing itself, may be up to half apart and still conflict.

The sentences are from half A's intake_final108 (Lula's state visit to Jakarta), intake_final8 (the Qatari-Turkish
committee) and intake_final80 (Marcos in New Delhi).
"""

from __future__ import annotations

from briefgen.corpus.counts import counts_clash
from briefgen.corpus.evidence import prepare
from briefgen.corpus.models import Fact
from briefgen.corpus.signings import signing_share
from tests.corpus.builders import make_fact

PARTIES = ("Luiz Inacio Lula da Silva", "Prabowo Subianto", "Brazil", "Indonesia")

EIGHT = (
    "During the meeting with President Prabowo Subianto, eight bilateral agreements were signed in the areas of mining, "
    "energy, agriculture, science and technology, as well as statistical cooperation."
)
FOUR = (
    "The decision was announced as Indonesia and Brazil concluded the signing of four agreements - in the fields of "
    "science, technology and innovation; energy and mineral resources; sanitary and phytosanitary measures; and, "
    "statistical cooperation - during Luiz Inacio Lula da Silva's State Visit - the first by a Brazilian President to "
    "the country since 2008."
)
SESSION = "The first session in Doha witnessed the signing of 16 agreements covering diverse sectors, including security."
PACTS = (
    "The two sides concluded a five-year plan of action to take forward the strategic partnership, and finalised 14 "
    "agreements, including three pacts to enhance dialogue between their armed forces."
)


def fact(fact_id: str, source: str, quote: str, date: str, amount: int, unit: str = "agreements") -> Fact:
    return make_fact(fact_id, source, quote, date, entities=PARTIES, kind="event", topics=("diplomacy",), amount=amount, unit=unit)


def clash(a: Fact, b: Fact) -> bool:
    pa, pb = prepare(a), prepare(b)
    return counts_clash(a, b, pa.word_set, pb.word_set, lambda: 8)


def test_two_counts_of_the_signing_half_apart_conflict() -> None:
    eight = fact("eight", "easytoread", EIGHT, "2025-10", 8)
    four = fact("four", "freepressjournal", FOUR, "2025-10-23", 4)
    assert signing_share(eight, four, "agreement") == signing_share(four, eight, "agreement") > 0.4
    assert clash(eight, four)


def test_a_signing_of_another_session_keeps_the_tenth() -> None:
    eight = fact("eight", "easytoread", EIGHT, "2025-10", 8)
    session = fact("session", "gulftimes", SESSION, "2025-10", 16)
    assert signing_share(eight, session, "agreement") <= 0.1
    assert not clash(eight, session)


def test_a_count_that_is_part_of_another_keeps_the_tenth() -> None:
    pacts = fact("pacts", "hindustantimes", PACTS, "2025-10-23", 3, "pacts")
    three = fact("three", "other", "The two leaders witnessed the signing of five pacts on Tuesday.", "2025-10-23", 5, "pacts")
    assert signing_share(pacts, three, "pact") <= 0.1


def test_counts_not_of_signed_texts_keep_the_tenth() -> None:
    met = fact("met", "a", "The two leaders signed the visitors' book before 8 meetings.", "2025-10-23", 8, "meetings")
    held = fact("held", "b", "The sides signed off on 4 meetings.", "2025-10-23", 4, "meetings")
    assert signing_share(met, held, "meeting") <= 0.1
    assert not clash(met, held)


def test_a_previews_count_of_texts_to_be_signed_keeps_the_tenth() -> None:
    preview = fact(
        "preview", "eve", "The two presidents will sign seven memorandums of understanding on Thursday.", "2025-10-23", 7, "MoUs"
    )
    signed = fact(
        "signed", "after", "Six memorandums of understanding were signed in the presence of the two presidents.", "2025-10-23", 6, "MoUs"
    )
    assert signing_share(preview, signed, "mou") <= 0.1
    assert not clash(preview, signed)  # a seventh apart: the programme against the signing, no count told two ways
    today = fact(
        "today",
        "qz86",
        '"Today, we will sign four important agreements and understandings, and I hope this is proof that we are working quickly.',
        "2025-10-23",
        4,
    )
    eight = fact("eight", "easytoread", EIGHT, "2025-10", 8)
    assert signing_share(today, eight, "agreement") <= 0.1
