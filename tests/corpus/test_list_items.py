"""An item of a list of texts signed at a visit joins the signing's occasion; a fragment that is no such item does not.

Real sentences of half A: Narendra Modi's visit to Sri Lanka (Colombo, Saturday
5 April 2025, intake_final12) as LatestLY and Ada Derana told the signing of the
MoUs, LatestLY going on to name them one by one, its list cut into claims of
their own; and list items and fragments of intake_final12, intake_final22,
intake_final70, intake_final78 and intake_eval (see :mod:`briefgen.corpus.list_items`).
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.list_items import is_list_item, item_of_signing
from briefgen.corpus.models import Fact
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_month_pages import occasion_members

DAY = "2025-04-05"
SIDES = ("India", "Sri Lanka")


def fact(fact_id: str, source: str, quote: str, kind: str = "event", entities: tuple[str, ...] = SIDES, date: str = DAY) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("modi-colombo",))


OTHER_MOUS = (
    "Other MoUs signed included on Implementation of HVDC Interconnection for Import/Export of Power; on Cooperation in the "
    "Field of Sharing Successful Digital Solutions Implemented at Population Scale for Digital Transformation;"
)
REST = (
    "on Multi-sectoral Grant Assistance for Eastern Province; on Cooperation in the Field of Health and Medicine and on "
    "Pharmacopoeial Cooperation."
)
DEBT = "as well as the conclusion of Bilateral Amendatory Agreements on Debt Restructuring."


def latestly(*items: Fact) -> list[Fact]:
    """LatestLY's page: the agreements signed after the talks, then the MoUs named one by one."""
    return [
        fact(
            "l-signed",
            "latestly",
            "including on defence cooperation and development of Trincomalee as an energy hub, were signed following the bilateral "
            "discussions held between Prime Minister Narendra Modi and Sri Lankan President Anura Kumara Dissanayake at the "
            "Presidential Secretariat in Colombo, on Saturday.",
            entities=("Narendra Modi", "Anura Kumara Dissanayake", "India", "Sri Lanka", "Colombo"),
        ),
        fact("l-other", "latestly", OTHER_MOUS),
        *items,
    ]


def adaderana() -> list[Fact]:
    """Ada Derana's page: the MoUs exchanged during the visit, and the trilateral agreement."""
    return [
        fact(
            "d-exchanged",
            "adaderana",
            "Several Memorandums of Understanding (MoUs) were exchanged between India and Sri Lanka in the areas of power, energy, "
            "health, economics, IT, digital transformation, and defense cooperation, during Indian Prime Minister Narendra Modi’s "
            "ongoing visit.",
            entities=("India", "Sri Lanka", "Narendra Modi"),
        ),
        fact(
            "d-trilateral",
            "adaderana",
            "Additionally, a trilateral agreement was signed between India, Sri Lanka, and the UAE to develop Trincomalee as an "
            "energy hub.",
            entities=("India", "Sri Lanka", "UAE", "Trincomalee"),
        ),
    ]


def test_the_items_of_the_list_of_mous_join_the_visit() -> None:
    items = (fact("l-rest", "latestly", REST, entities=("Eastern Province",)), fact("l-debt", "latestly", DEBT))
    found = occasion_members([*latestly(*items), *adaderana()])
    assert {"l-rest", "l-debt", "l-signed", "d-exchanged"} <= found


def test_an_item_dated_on_another_day_stays_out() -> None:
    later = fact("l-rest", "latestly", REST, entities=("Eastern Province",), date="2025-05-20")
    found = occasion_members([*latestly(later), *adaderana()])
    assert "l-rest" not in found and {"l-signed", "d-exchanged"} <= found


def test_list_items_are_known_by_how_they_are_written() -> None:
    items = [
        REST,
        DEBT,
        "the Dambulla Agricultural Storage Complex (Cold Storage Project) with a capacity of 5,000 metric tons for temperature "
        "and humidity control;",
        "and supply of 5000 solar rooftop units to religious places that span across all 25 districts of Sri Lanka.",
        "others cover partnership between the Ethiopian Investment Commission and the Federations of Chambers of Commerce of the "
        "Emirates of Sharjah and Abu Dhabi",
        "Others include an MoU on Media Exchange and Cooperation as well as an MoU between China Media Group and the Nigerian "
        "Television Authority (NTA).",
        "the two countries also secured letters of intent on environmental protection, healthcare, agricultural and food industry, "
        "tourism, and infrastructure projects.",
    ]
    not_items = [
        # a later step, a saying, a plan approved at home: no text signed at the visit
        "in a joint visit to Kabul tentatively to be undertaken in last week of January 2023",
        'adding that the two countries crossed the $ 4billion mark for Russia-Azerbaijan turnover last year and "neither of us '
        "think that is where things will stop,",
        "according to a plan approved by the government on Friday.",
        # a clause about a text recalled, not an item added to the list
        "which was restructured in accordance with the Joint Declaration signed during President Erdoğan’s visit to Cairo on "
        "February 14, 2024,",
        # a sentence of its own, ending on a full stop
        "Several Memorandums of Understanding (MoUs) were exchanged between India and Sri Lanka in the areas of power.",
    ]
    assert [quote for quote in items if not is_list_item(quote)] == []
    assert [quote for quote in not_items if is_list_item(quote)] == []


def test_an_item_of_another_kind_of_fact_is_not_read() -> None:
    day = PartialDate.parse(DAY)
    assert item_of_signing(prepare(fact("x", "latestly", DEBT)), day)
    assert not item_of_signing(prepare(fact("x", "latestly", DEBT, kind="figure")), day)


def test_an_item_that_looks_ahead_or_is_said_stays_out_whichever_mark_it_bears() -> None:
    # the marks of an item are read first, the words that keep it out after: the answer is the same
    assert is_list_item("and one on health cooperation;")
    assert not is_list_item("and one on health cooperation will follow;")
    assert not is_list_item("which was signed during the visit; the other on trade")
    assert not is_list_item("adding that the MoU on trade was signed")
    assert not is_list_item("The MoU on trade was signed")  # no mark of an item
    assert not is_list_item("   ")


def test_every_text_named_passes_the_words_test_in_any_case() -> None:
    """The caseless pattern of a text named is tried only on a claim with one of its words: every text it reads has one."""
    from briefgen.corpus.list_items import _TEXT, _TEXT_CUES
    from briefgen.text.cues import may_hold

    words = ("agreement", "agreements", "treaty", "treaties", "pact", "pacts", "deal", "deals", "memorandum", "memoranda")
    words += ("mou", "mous", "accord", "accords", "protocol", "protocols", "contract", "contracts", "declaration")
    texts = (*words, "declarations", "signed", "inked", "signing", "letter of intent", "letters of intent")
    for text in texts:
        claim = f"on cooperation in trade, the {text} of 2025"
        for variant in (claim, claim.upper(), claim.title(), claim.replace(text, text.capitalize())):
            assert _TEXT.search(variant), variant
            assert may_hold(variant, _TEXT_CUES), variant
    # a claim cut out of a sentence, opening in lower case, is read as an item only when it names a text, in any case
    assert is_list_item("on Multi-sectoral Grant Assistance for Eastern Province, an AGREEMENT of the two governments")
    assert not is_list_item("on Multi-sectoral Grant Assistance for Eastern Province, a plan of the two governments")
