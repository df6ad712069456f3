"""Round 7's classes of hollow sentences: promised elevation, exhortation, street ceremony, summed-up relations.

Also agendas of what cooperation "covers" or what "these include", a discussion still to come in
a speaker's plan, and a reporting clause ending on a bare day.  The sentences are written for
these tests (invented countries, people and places), not taken from the evaluation sets, so that
each rule is tested as a class of English, with the words that rescue a sentence of its class.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.hollow import agenda_only, is_ceremony, is_colour, is_elevation, is_exhortation, is_flourish, is_weighing
from briefgen.suggest.sentences import attribution_only
from briefgen.suggest.worth import check_worthy


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the premier, the new pact would lift the relationship to an absolutely new level.",
        "The coming decade is going to take this friendship to new heights.",
        "The minister said the talks will raise cooperation to a qualitatively higher stage.",
    ],
)
def test_a_promise_of_elevation_is_rhetoric(sentence: str) -> None:
    assert is_elevation(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a level reached, a figure, a signing that will bring the level
        "As a result of the premier's visit to Sudmark, relations have reached a new level of strategic partnership.",
        "The plan will take trade between the two states to a new level of 4 billion euros by 2030.",
        "On Friday they will sign a Treaty on Good Neighbourliness, which will lead to a new level in relations.",
    ],
)
def test_a_level_reached_counted_or_signed_is_not_elevation(sentence: str) -> None:
    assert not is_elevation(sentence)
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two countries should pay more attention to expanding bilateral shipping, he added.",
        "Our message is simple: we need more cooperation, not less.",
        "Both sides must do more to deepen their partnership, the envoy noted.",
    ],
)
def test_an_exhortation_with_nothing_named_is_not_drafted(sentence: str) -> None:
    assert is_exhortation(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a name says who urges what; a figure or a signing is a claim
        "Premier Holm said: “Both sides need to finish the Sudmark Ferry Terminal this year.”",
        "The two sides should double trade to 3 billion euros within five years, the minister said.",
        "We must sign the fisheries accord before the season opens, the minister said.",
    ],
)
def test_an_exhortation_that_names_counts_or_signs_is_kept(sentence: str) -> None:
    assert not is_exhortation(sentence)
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "She laid a wreath at the monument before driving to the palace for talks.",
        "The premier takes part in a wreath-laying at the war memorial in Norburg to mark the 80th anniversary of the landing.",
        "Crowds lined the avenue to watch the motorcade carry the two presidents to the old palace.",
        "The two premiers pose for a photo after their meeting at the lakeside residence.",
        "The president inspects the harbour in Norburg on Sunday. | Nordwire",
    ],
)
def test_street_ceremony_and_wire_captions_are_not_drafted(sentence: str) -> None:
    assert is_ceremony(sentence)
    assert not check_worthy(sentence)


def test_a_wreath_at_a_named_memorial_is_a_stop_of_the_visit() -> None:
    sentence = "She laid a wreath at the Monument to the Founders before driving to the palace for talks."
    assert not is_ceremony(sentence)  # where she went and whom she honoured: see .homages
    assert check_worthy(sentence)


def test_a_signing_rescues_a_ceremony() -> None:
    sentence = "After laying a wreath at the memorial, the premier signed a ferry agreement with her host in Norburg."
    assert not is_ceremony(sentence)
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The shift in policy has been warmly received in Norburg after years of strained relations.",
        "The premier's trip follows years of tension between Norland and Sudmark over fishing rights.",
        "This decision marks a welcome change for the capital after years of frosty ties.",
        "Sudmark is fast becoming a regional hub of shipping and logistics.",
        "The ministry stated this week that the friendship between the two states had “deepened” over the years.",
    ],
)
def test_relations_summed_up_and_a_course_characterised_are_colour(sentence: str) -> None:
    assert is_colour(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a dated step, a figure: news, not the writer's summing up
        "The premier's trip in March, at the king's invitation, follows years of tense ties with Norburg.",
        "Sudmark is becoming a hub for ferries, with 12 new routes opened this year.",
    ],
)
def test_a_dated_or_counted_step_is_not_colour(sentence: str) -> None:
    assert not is_colour(sentence)
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Today, cooperation between the two states is broad and covers the political, trade, financial, cultural and sports areas.",
        "These include energy, infrastructure, investment and transportation.",
        "The two leaders will hold a bilateral meeting to discuss areas of mutual concern such as political and economic cooperation.",
        "Speaking to a newspaper, the premier said he would discuss the prospects of expanding mutually beneficial cooperation.",
    ],
)
def test_what_cooperation_covers_and_a_planned_agenda_are_agendas(sentence: str) -> None:
    assert agenda_only(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a name in what "these" are, a named speaker's account of talks held
        "These include the Norburg ferry terminal and a customs post at Kessel.",
        "The premier said the two delegations discussed regional and multilateral matters.",
    ],
)
def test_named_contents_and_a_reported_discussion_are_kept(sentence: str) -> None:
    assert not agenda_only(sentence)
    assert check_worthy(sentence)


def test_a_reporting_clause_ending_on_a_bare_day_is_attribution_only() -> None:
    assert attribution_only("the Presidential Press Office said Thursday")
    assert attribution_only("The foreign ministry of Norland said on Thursday")
    assert not attribution_only("the Press Office said Thursday that the ferry line will open in May")


def test_a_duration_does_not_count_what_an_elevation_promises() -> None:
    sentence = "The next 30 years are going to take this friendship to new heights."
    assert is_elevation(sentence)
    assert not check_worthy(sentence)
    assert not is_elevation("The next 30 years are going to take trade to new heights of $9 billion.")


@pytest.mark.parametrize(
    "sentence",
    [
        "When Norland's forests meet Sudmark's mills, when our ports serve their ships, the whole region prospers.",
        "If our engineers and their designers work together, if our farms feed their cities, both peoples will gain.",
        "The premier is also likely to have asked her host for support at the coming regional summit in Kessel.",
    ],
)
def test_parallel_clauses_and_a_guess_at_what_happened_are_flourishes(sentence: str) -> None:
    assert is_flourish(sentence)
    assert not check_worthy(sentence)


def test_parallel_clauses_that_count_are_kept() -> None:
    sentence = "When the ferry opens, when the bridge is finished, trade will reach 2 billion euros, the minister said."
    assert not is_flourish(sentence)
    assert check_worthy(sentence)


def test_an_agenda_ends_where_its_reason_begins() -> None:
    agenda = "The two premiers may exchange views on ways to promote diplomatic cooperation, as Kessel has claims on the reef."
    assert agenda_only(agenda)
    assert not check_worthy(agenda)
    named = "The two premiers discussed cooperation as well as the dispute over the Kessel reef."
    assert not agenda_only(named)


def test_a_scope_after_a_signing_is_the_scope_of_the_deals() -> None:
    sentence = "Four agreements were signed, covering energy and trade."
    assert not agenda_only(sentence)
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking beside her host, the Norland premier hailed the visit as “a turning point in our relations.”",
        "The premier welcomed the agreement as a benefit to both peoples.",
        "Holm said signing of the ferry treaty is a great opportunity to bring the two peoples closer.",
    ],
)
def test_an_occasion_weighed_is_a_judgement(sentence: str) -> None:
    assert is_weighing(sentence)
    assert not check_worthy(sentence)


def test_an_occasion_weighed_with_a_figure_is_kept() -> None:
    sentence = "The premier hailed the deal as worth 300 million euros to the northern ports."
    assert not is_weighing(sentence)
    assert check_worthy(sentence)
