"""What a visit is to bring, told with no verb of saying, is a part of the visit; what is or has been is background.

Real sentences of half A: lines of reports of Macron's visit to Belgrade
(intake_final78), Xi Jinping's to Lima (intake_final66), Ruto's state visit to
Washington (intake_final64) and Modi's meeting with Xi in Tianjin
(intake_final94); against them, a writer's lines of background on Indonesia and
Malaysia, Canada and Germany (intake_final102), Japan and the Philippines
(intake_final6) and Serbia (intake_final78).
"""

from __future__ import annotations

from briefgen.corpus.evidence import Prepared, prepare
from briefgen.corpus.to_come import looks_ahead, told_to_come
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_month_pages import occasion_members
from tests.corpus.test_quoted_figures import DAY, business_today, fact, zee_news

DRAGON = "The dragon and the elephant must walk together as good neighbours, partners, and friends.”"
TO_COME = [
    "The dozen multi-role fighter aircrafts will help Serbia modernise its air force and replace ageing Soviet-era combat jets.",
    "China firmly supports Peru's APEC presidency and will work closely with Peru",
    "This designation is expected to enhance Kenya's defense capabilities through access to sophisticated military equipment, "
    "training, and loans.",
    DRAGON,
]
#: What is or has been, a writer's comparison, a contract told beside the visit: no verb looking ahead.
BACKGROUND = [
    "Indonesia is Malaysia’s sixth largest global trading partner.",
    "Canada and Germany have already been cooperating intensively on hydrogen for more than a year now in the context of the "
    "German-Canadian Energy Partnership.",
    "The Philippines would be the third country with which Japan would have an RAA after Australia and the United Kingdom, and "
    "the first in the ASEAN.",
    "French company Vinci has been overseeing a years-long renovation of Belgrade's Nikola Tesla airport, and French groups are set "
    "to build the capital's first metro station and a state-of-the-art wastewater treatment plant.",
]
SIDES = frozenset({"india", "china", "jinpi"})


def test_a_verb_looking_ahead_is_read_and_background_is_not() -> None:
    assert all(looks_ahead(quote) for quote in TO_COME)
    assert not any(looks_ahead(quote) for quote in BACKGROUND)
    assert not looks_ahead("Both sides showed the political will to settle the question.")


def test_it_must_name_a_side_fall_on_the_day_and_tell_no_level() -> None:
    day = PartialDate.parse(DAY)

    def item(quote: str, kind: str = "statement") -> Prepared:
        return prepare(make_fact("x", "globalindian", quote, DAY, entities=("Xi Jinping",), kind=kind, topics=("tianjin-meeting",)))

    assert told_to_come(item(DRAGON), SIDES, SIDES, day)
    assert not told_to_come(item(DRAGON), frozenset({"japan"}), SIDES, day)
    assert not told_to_come(item(DRAGON), SIDES, SIDES, PartialDate.parse("2025-10-23"))
    assert not told_to_come(item(DRAGON, kind="event"), SIDES, SIDES, day)
    # a figure, a history is background, whatever its tense
    assert not told_to_come(item("Bilateral trade, which grew 30%, will be discussed further."), SIDES, SIDES, day)


def test_the_line_looking_ahead_joins_the_meeting_and_the_same_line_in_the_present_does_not() -> None:
    ahead = fact("z-dragon", "zeenews", DRAGON, entities=("Xi Jinping", "India", "China"))
    present = fact(
        "z-dragon",
        "zeenews",
        "The dragon and the elephant walk together as good neighbours, partners, and friends.",
        entities=("Xi Jinping", "India", "China"),
    )
    assert "z-dragon" in occasion_members([*business_today(), *zee_news(ahead)])
    found = occasion_members([*business_today(), *zee_news(present)])
    assert "z-dragon" not in found and {"b-met", "z-talks"} <= found


def test_the_will_of_a_side_is_no_future_wherever_the_word_stands() -> None:
    # looked for only where the words stand, with the look-behinds of the whole pattern
    assert not looks_ahead("the political will of both sides")
    assert not looks_ahead("their own will and the mutual will")
    assert looks_ahead("will the sides agree")
    assert looks_ahead("the political will of both sides will grow")
    assert looks_ahead("Trade is expected to grow")
    assert not looks_ahead("Trade was expected to grow")
    assert not looks_ahead("The goodwill shown, swill, willing")
