"""An item of a numbered list of what a visit brought is a part of the visit; a lone "First," and background are not.

Real sentences of half A: Modi's takeaways of his talks with Macron in New
Delhi, 10 March 2018 (intake_final22), and what Joko Widodo and Anwar Ibrahim
agreed in Bogor, 9 January 2023 (intake_final102).
"""

from __future__ import annotations

from briefgen.corpus.enumerated import item_of_outcomes, list_number
from briefgen.corpus.evidence import Prepared, article_context, prepare
from briefgen.corpus.models import Fact
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

DAY = "2023-01-09"
FIRST = (
    "First, there is Malaysia’s commitment to participate in the construction of the archipelago’s new national capital (IKN) in "
    "East Kalimantan."
)
SECOND = (
    "Second, Malaysian Prime Minister Anwar Ibrahim has also expressed his commitment to ensuring the protection of Indonesian "
    "migrant workers in Malaysia."
)
ONE = (
    "One, the defence relationship which has been buttressed by the French commitment to the Make in India project, and by the "
    "agreement on reciprocal logistics support between the two armed forces."
)
TWO = (
    "Two, the decision to step up maritime and naval cooperation in the Indian Ocean and beyond, and, three, ramping up "
    "people-to-people contacts by recognising each other’s education qualifications, and easing migration and mobility."
)


def fact(fact_id: str, quote: str, date: str = DAY, kind: str = "statement") -> Fact:
    return make_fact(fact_id, "exbulletin", quote, date, entities=("Malaysia", "Joko Widodo"), kind=kind, topics=("visit",))


def article(*facts: Fact) -> list[Prepared]:
    prepared = [prepare(f) for f in facts]
    article_context(prepared)
    return prepared


def test_a_number_word_or_an_ordinal_set_off_by_a_comma_opens_an_item() -> None:
    assert [list_number(q) for q in (FIRST, SECOND, ONE, TWO)] == ["first", "second", "one", "two"]
    assert list_number("Firstly, the two sides agreed to open a consulate.") == "first"
    assert list_number("Lastly, the leaders witnessed the exchange of notes.") == "last"
    # a number that counts, not one that numbers an item; "Finally" closes a narration as often as a list
    assert list_number("Two sources told Reuters that the two countries also discussed the potential sale of F-35 fighter jets.") is None
    assert list_number("First lady Jill Biden greeted Kenya's President William Ruto.") is None
    assert list_number("Finally, the prime minister flew home.") is None


def test_an_item_with_another_item_beside_it_joins_the_occasion_of_its_days() -> None:
    first, second = article(fact("f1", FIRST), fact("f2", SECOND))
    day = PartialDate.parse(DAY)
    assert item_of_outcomes(first, day) and item_of_outcomes(second, day)
    assert not item_of_outcomes(first, PartialDate.parse("2023-03-20"))
    one, two = article(fact("o1", ONE, "2018-03-10"), fact("o2", TWO, "2018-03-10"))
    assert item_of_outcomes(one, PartialDate.parse("2018-03-10")) and item_of_outcomes(two, PartialDate.parse("2018-03-10"))


def test_a_lone_first_or_an_item_telling_background_stays_out() -> None:
    day = PartialDate.parse(DAY)
    (alone,) = article(fact("f1", FIRST))
    assert not item_of_outcomes(alone, day)
    # the same number twice is no list
    again, other = article(fact("f1", FIRST), fact("f3", "First, let me thank the people of Bogor for their welcome."))
    assert not item_of_outcomes(again, day) and not item_of_outcomes(other, day)
    level = "Second, bilateral trade reached $26 billion last year, the highest in a decade."
    first, second = article(fact("f1", FIRST), fact("f2", level))
    assert item_of_outcomes(first, day) and not item_of_outcomes(second, day)
    # a figure is not a list's item: its own rules read it
    first, figure = article(fact("f1", FIRST), fact("f2", SECOND, kind="figure"))
    assert not item_of_outcomes(figure, day)
