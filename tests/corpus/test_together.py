"""The two sides as one subject: what "the presidents" or "both sides" did is a part of the occasion they met at.

Real sentences of half A: Mirziyoyev's state visit to Astana, 8 August 2024
(intake_final14), Modi in Sri Lanka, 5 April 2025 (intake_final12), the
Pakistan-Uzbekistan talks of February 2023 (intake_eval), the Italy-Germany summit
in Rome, 23 January 2026 (intake_final96); against them the two countries as a
subject and a bare "they" (intake_final14).
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.meetings import of_another_meeting
from briefgen.corpus.models import Fact
from briefgen.corpus.parties import party_key
from briefgen.corpus.together import done_together, opens_on_both_sides, told_as_done_together
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact
from tests.corpus.test_occasion_month_pages import occasion_members

REAFFIRMED = "The presidents also reaffirmed their commitment to deepening integration and cooperation in Central Asia."
INAUGURATED = (
    "The two leaders also jointly e-inaugurated High Impact Community Development Project in the field of agriculture, "
    "a first-of-its-kind 5000 MT temperature controlled warehouse in Dambulla"
)
BUS = (
    "Both sides touched upon the need for the development of bilateral bus services and the acceleration of the railway "
    "construction project"
)
COUNTRIES = "To achieve this, both countries plan to finalize a comprehensive trade expansion program by the end of the month."
THEY = "They praised the signing of a package of agreements worth $7 billion during the business forum and meetings."

GAZETA = "gazetauz-2024-08-08"
CENTRAL = "newscentralasia-2024-08-09"


def _fact(fact_id: str, source: str, quote: str, date: str, kind: str, entities: tuple[str, ...]) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("state-visit",))


def test_a_line_opening_on_the_two_sides_together_is_told_of_their_meeting() -> None:
    assert all(opens_on_both_sides(q) for q in (REAFFIRMED, INAUGURATED, BUS))
    assert opens_on_both_sides("Additionally, the two prime ministers witnessed the exchange of the memoranda.")
    # the two countries are the relation, not the participants; "they" may take up anyone
    assert not opens_on_both_sides(COUNTRIES)
    assert not opens_on_both_sides(THEY)
    # the participants named later in the line are not its subject
    assert not opens_on_both_sides("Trade between the two sides reached $4 billion last year, the presidents said.")


def test_what_the_presidents_did_there_falls_on_the_occasion_s_days() -> None:
    reaffirmed = prepare(_fact("g-reaffirmed", GAZETA, REAFFIRMED, "2024-08-08", "statement", ("Central Asia",)))
    assert done_together(reaffirmed, PartialDate.parse("2024-08-08"))
    # the same words of another time are another occasion's
    assert not done_together(reaffirmed, PartialDate.parse("2024-03-14"))


def _gazeta(*extra: Fact) -> list[Fact]:
    sides = ("Shavkat Mirziyoyev", "Kassym-Jomart Tokayev")
    return [
        _fact(
            "g-chaired",
            GAZETA,
            "Presidents of Uzbekistan and Kazakhstan Shavkat Mirziyoyev and Kassym-Jomart Tokayev chaired the first session of the "
            "High-level interstate council in Astana, capital of Kazakhstan, on Thusday,",
            "2024-08-08",
            "event",
            (*sides, "Astana", "Supreme Interstate Council"),
        ),
        _fact(
            "g-called",
            GAZETA,
            "Shavkat Mirziyoyev, who is in Kazakhstan on a state visit, called the meeting “an historic event in development of "
            "relations of strategic partnership and alliance between our countries”.",
            "2024-08-08",
            "statement",
            ("Shavkat Mirziyoyev", "Kazakhstan"),
        ),
        _fact(
            "g-instructed",
            GAZETA,
            "Earlier, during the bilateral talks, the presidents instructed the governments to adopt a separate program to increase "
            "the trade turnover to $10 billion.",
            "2024-08-08",
            "plan",
            sides,
        ),
        *extra,
    ]


def _central() -> list[Fact]:
    return [
        _fact(
            "c-talks",
            CENTRAL,
            "On 8 August 2024, high-level talks were held in Astana between President Kassym-Jomart Tokayev of Kazakhstan and "
            "President Shavkat Mirziyoyev of Uzbekistan.",
            "2024-08-08",
            "event",
            ("Astana", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"),
        ),
        _fact(
            "c-attention",
            CENTRAL,
            "During the negotiations between Tokayev and Mirziyoyev, special attention was paid to the need to implement new and "
            "large-scale industrial projects.",
            "2024-08-09",
            "statement",
            ("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"),
        ),
    ]


def test_what_the_presidents_reaffirmed_joins_the_visit_they_met_at() -> None:
    reaffirmed = _fact("g-reaffirmed", GAZETA, REAFFIRMED, "2024-08-08", "statement", ("Central Asia",))
    found = occasion_members([*_gazeta(reaffirmed), *_central()])
    assert {"g-chaired", "c-talks", "g-reaffirmed"} <= found


def test_what_the_two_countries_plan_stays_out() -> None:
    countries = _fact("g-countries", GAZETA, COUNTRIES, "2024-08-08", "plan", ("Kazakhstan", "Uzbekistan"))
    found = occasion_members([*_gazeta(countries), *_central()])
    assert "g-chaired" in found
    assert "g-countries" not in found


ACCORD = (
    "The two leaders also signed a seven-page security and defence accord which contains a pledge to advance an annual joint "
    "(2+2) consultation mechanism between their respective defence and foreign ministries on “issues of common interest”"
)
ADNKRONOS = "adnkronos-2026-01-23"
OSNA = "osna-2026-01-23"


def test_what_the_two_leaders_did_is_told_as_done_and_what_they_will_do_is_not() -> None:
    assert told_as_done_together(ACCORD)
    assert told_as_done_together("Both leaders also exchanged views on various regional and international issues of mutual interest")
    assert told_as_done_together("The heads of the states welcomed the adoption of the Program of strategic partnership")
    assert not told_as_done_together("The leaders will also review expanding cooperation in trade, industry, transport and logistics")
    assert not told_as_done_together("Both sides need to take the relationship further.")


def test_an_accord_the_two_leaders_signed_stays_with_their_summit_though_it_names_a_meeting_to_come() -> None:
    leaders = ("Giorgia Meloni", "Friedrich Merz")
    adnkronos = [
        _fact(
            "a-inked",
            ADNKRONOS,
            "Meloni and Merz inked the document at an intergovernmental summit they co-chaired in Rome at the 17th-century "
            "Villa Doria Pamphili.",
            "2026-01-23",
            "event",
            (*leaders, "Rome", "Villa Doria Pamphili"),
        ),
        _fact("a-accord", ADNKRONOS, ACCORD, "2026-01-23", "event", (*leaders, "Italy", "Germany")),
    ]
    osna = [
        _fact(
            "o-press",
            OSNA,
            "At a joint press conference in Rome, German Chancellor Friedrich Merz (CDU) announced a newly signed German-Italian "
            "action plan that both governments crafted over the last weeks.",
            "2026-01-23",
            "event",
            ("Friedrich Merz", "Rome"),
        ),
        _fact(
            "o-signed",
            OSNA,
            "The two leaders signed a comprehensive agreement to deepen collaboration in defence manufacturing and to harmonise "
            "military procurement.",
            "2026-01-23",
            "event",
            leaders,
        ),
    ]
    # the annual consultation the accord provides for reads as a meeting of its own
    assert of_another_meeting(prepare(adnkronos[1]), frozenset({"melon", "merz"}), party_key)
    found = occasion_members([*adnkronos, *osna])
    assert {"a-inked", "o-press", "a-accord"} <= found
