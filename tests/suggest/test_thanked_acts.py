"""Thanks for a named act of the other side are drafted; thanks for the welcome, the invitation or bare support are not.

Sentences from half A's sets (`intake_final80`, `intake_final88`, `intake_final92`, `intake_final104`,
`intake_final110`, `intake_final126`, `intake_final22`, `intake_final50`), on one page.
"""

from __future__ import annotations

import functools

from briefgen.suggest.thanked_acts import thanks_for_act
from briefgen.suggest.worth import check_worthy
from tests.suggest.drafting import spans_drafted

_drafted = functools.partial(spans_drafted, ref_year=2024)

_PAGE = (
    "President Muizzu held talks with President Xi Jinping in Beijing on Wednesday.\n\n"
    "Muizzu, in turn, thanked China for its “selfless assistance” in providing the Maldives with development funds.\n\n"
    "Muizzu thanked Xi for extending a warm welcome to him and his delegation.\n\n"
    "He also thanked China for the country's support, saying that the Maldives will not forget it."
)


def test_thanks_for_an_act_named_are_drafted() -> None:
    drafted = _drafted(_PAGE)
    assert any(text.startswith("Muizzu, in turn, thanked China for its “selfless assistance”") for text in drafted)
    assert check_worthy("Marcos thanked India for approving the Philippines’ request for exemption from India’s export ban on rice.")
    assert check_worthy("PM Modi thanked President Mahama for Ghana’s solidarity in the wake of the Pahalgam terror attack.")


def test_gratitude_and_appreciation_for_help_in_something() -> None:
    assert check_worthy("He expressed gratitude to Iran for its assistance in facilitating gas purchases from Turkmenistan.")
    assert check_worthy(
        "On the occasion, President Prabowo also expressed appreciation for France’s active role in promoting justice "
        "and independence for Palestine."
    )
    assert thanks_for_act("Tobgay expressed his gratitude towards the Indian government for fully funding the hospital.")
    assert thanks_for_act("“I express my heartfelt gratitude for being conferred the highest national award of Mauritius.")


def test_thanks_for_the_welcome_or_bare_support_stay_courtesy() -> None:
    drafted = _drafted(_PAGE)
    assert not any("extending a warm welcome" in text for text in drafted)
    assert not any("for the country's support" in text for text in drafted)
    assert not check_worthy("He thanked the Jordanian king for extending a warm welcome to him and his delegation.")
    assert not thanks_for_act("Tokayev expressed gratitude to Xi for accepting the invitation to visit Kazakhstan.")
    assert not thanks_for_act("Modi expressed gratitude for Kuwait's support of the Indian community.")
    # another clause's role: not what the thanks were for
    assert not thanks_for_act("Modi thanked Kuwait for its support of the Indians, while the Amir praised their role in its progress.")
    assert not thanks_for_act("I thank you for the invitation to visit China and for our meeting today.")


def test_help_described_before_it_is_named_and_said_to_be_given() -> None:
    assert thanks_for_act(
        "Oskaro expressed gratitude to Marden and the people of Vesta for the fraternal humanitarian assistance "
        "provided in connection with the floods in the north of Norland."
    )
    assert check_worthy("The minister thanked Vesta for the emergency aid given during the winter storms in Kallby.")
    # described, but given in nothing: thanks for a welcome stay courtesy
    assert not thanks_for_act("Oskaro thanked Marden for the warm reception and hospitality extended to him and his delegation.")


def test_a_title_with_its_full_stop_keeps_the_clause_open() -> None:
    assert thanks_for_act("In response, Mr. Oskaro thanked Mr. Marden for adhering to the sanctions imposed on Kallby.")
    assert not thanks_for_act("Mr. Oskaro thanked Mr. Marden for accepting the invitation to visit Norland.")


def test_a_role_in_doing_something_commended_is_the_act() -> None:
    assert check_worthy("The Vestan president commended Norland's role and efforts in protecting the old shrines of the city of Kallby.")
    assert thanks_for_act("Queen Alma praised Vesta's central role in facilitating dialogue and relief convoys in the border region.")
    # a role in the relation itself is no act of the other side's own
    assert not thanks_for_act("Oskaro praised Marden's role in strengthening the bilateral ties between the two countries.")
    assert not thanks_for_act("Oskaro lauded Marden's personal contribution to the friendship of the two peoples.")
