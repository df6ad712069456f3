"""A like act told with the party it was done with ("signed similar agreements with Germany and France") is another
occasion than the one it is told beside.

The sentences are from pages of relations no labelled set uses (round 109's own sample: Denmark's and Canada's security
agreements with Ukraine of February 2024, Denmark's asylum talks in Rwanda of September 2022); those kept with their
occasion are from half A's labelled pages, where the labels join them to it.
"""

from __future__ import annotations

from briefgen.corpus.beside import beside_the_visit
from briefgen.corpus.similar_acts import of_a_similar_act, without_similar_acts
from tests.corpus.builders import make_fact


def test_a_like_act_with_another_party_is_another_occasion() -> None:
    assert of_a_similar_act("Kiev has already signed similar agreements with the Britain, Germany and France.")
    assert of_a_similar_act("This happened after similar agreements were concluded with France and Germany.")
    assert of_a_similar_act("During his visit to Europe, President Volodymyr Zelenskyy signed similar agreements with Germany and France.")
    assert of_a_similar_act("Britain has a similar arrangement with Rwanda.")
    # told with the party of the occasion too: the act is still another's ("France, Germany and the United Kingdom")
    assert beside_the_visit(
        "It will be recalled that France, Germany and the United Kingdom signed similar agreements with Ukraine earlier."
    )


def test_the_occasions_own_act_stays() -> None:
    # the occasion's own signing, its terms
    assert not of_a_similar_act(
        "Danish Prime Minister Mette Frederiksen and Ukrainian President Volodymyr Zelensky on Friday signed a security"
        " agreement which commits the Scandinavian country to provide military support to Ukraine for the next 10 years."
    )
    assert not of_a_similar_act("The document is valid for ten years from the date of its signing.")
    # no party named: the sides' own earlier visit, the occasion's rank (half A, intake_final130)
    assert not of_a_similar_act("Her visit comes almost five years after her predecessor, the late John Magufuli, made a similar visit.")
    # the occasion's act told first, the like one after it as "a similar one" (half A, intake_final166)
    assert not of_a_similar_act(
        "Ukrainian President Volodymyr Zelenskyy signed Friday in Paris a 10-year bilateral security agreement with France"
        " hours after he made official a similar one with Germany."
    )
    # what the like acts and the occasion's own share: the occasion's length (half A, intake_final166)
    assert not of_a_similar_act("This bilateral security pact follows similar agreements with Germany and the UK, all spanning a decade.")


def test_an_occasion_joined_afterwards_drops_the_like_acts() -> None:
    own = make_fact(
        "f1",
        "globalnews",
        "Prime Minister Justin Trudeau signed a new security agreement with Ukrainian President Volodymyr Zelenskyy.",
        "2024-02-24",
    )
    like = make_fact(
        "f2",
        "pravda",
        "As of today, 24 February, Ukraine has already signed similar agreements with the United Kingdom, Germany,"
        " France, Denmark, and Italy.",
        "2024-02-24",
    )
    assert without_similar_acts([([own, like], "one occasion")]) == [([own], "one occasion")]
