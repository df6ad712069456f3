"""What a text, a body or a visit's programme holds is drafted when it names something; an agenda of common nouns is not.

Sentences of round 108's own sample (pages of relations and outlets no set uses) and of half A's labelled pages
(`intake_final86`, `intake_final104`, `intake_final120`, `intake_final164`; the judged generic agenda of `intake_eval`).
"""

from __future__ import annotations

import pytest

from briefgen.suggest.held_contents import holds_contents
from briefgen.suggest.worth import check_worthy

HELD = [
    # own sample (sunderlandecho.com, oreanda.ru, independent.co.uk, senno.vitebsk-region.gov.by)
    "Highlights of the visit will include the President laying a wreath on the tomb of the unknown warrior, delivering an "
    "address to members of the houses of parliament, and a meeting with Prime Minister Rishi Sunak.",
    "It is also planned to create a Council of economic experts, which will include 10 independent experts.",
    "The visit will include a state banquet at St George’s Hall and a day at Chequers with the Prime Minister.",
    "The documents included an intergovernmental framework agreement on economic, trade, cultural, scientific and "
    "technical cooperation, an agreement on visa-free travel for holders of diplomatic and service passports.",
    # half A
    "The joint statement includes a commitment to strengthen supply chains for critical minerals and other products, so "
    "that neither country is dependent on any particular country.",
    "It also contains provisions for the return and readmission of Kenyan workers back to their country, while also "
    "making it easier to deport Kenyans who are in Germany without legal permission.",
    "This includes the Kokrajhar-Gelephu rail link and the Banarhat-Samtse rail link.",
    "Security Guarantees: Includes provisions for border demarcation and prisoner exchanges",
    "The committee will include officials from the ministries of Foreign and Diaspora Affairs, Labour, Immigration, and "
    "Education, among others.",
]

NOT_HELD = [
    # own sample, held out (orderfatfishbarngrill.com, reuters.com, abplive.com, nepalnews.com.np): a general account,
    # a modal, a group's members told as background, a delegation unnamed
    "This typically includes an inspection of the guard of honour at the Palace of Windsor, a private audience in the "
    "Green Drawing Room and a visit to St George’s Chapel, where the leader will lay a wreath at the tomb of Queen Elizabeth II.",
    "It may also include a military parade, a flypast by the Red Arrows or other aircraft, and a state banquet.",
    "Reuters has not included full operational timings for security reasons.",
    "The delegation comprises ministers, high government officials and media persons.",
    # half A: an agenda of common nouns (judged a generic agenda), an author's line under the page
    "The agenda includes issues of trade, economic, investment and international cooperation.",
    "His future plans include developing SocialNews.XYZ into a News website that has no bias or judgment towards any.",
]


@pytest.mark.parametrize("text", HELD)
def test_what_a_text_holds_is_drafted(text: str) -> None:
    assert holds_contents(text)
    assert check_worthy(text)


@pytest.mark.parametrize("text", NOT_HELD)
def test_general_accounts_and_agendas_hold_nothing(text: str) -> None:
    assert not holds_contents(text)


def test_the_generic_agenda_stays_refused() -> None:
    assert not check_worthy("The agenda includes issues of trade, economic, investment and international cooperation.")
