"""Counts of one occasion stated differently, and one event id for the parts of one occasion.

Invented visits between invented countries: President Arlen of Norland in
Port Vessa, the capital of Sudmark.  Each fact carries a metric of its own,
as drafts accepted unchanged do, so nothing is wired by hand.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.counts import counts_clash
from briefgen.corpus.evidence import prepare
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.naming import ArticleNames, event_name, slug
from briefgen.corpus.pairing import COUNT_CLASH
from briefgen.corpus.possible import possible_conflicts
from briefgen.corpus.proposals import _figure_clashes, propose_links
from briefgen.corpus.words import entity_key
from tests.corpus.builders import make_fact

PARTIES = ("Arlen", "Norland", "Sudmark", "Port Vessa")


def fact(fact_id: str, source: str, quote: str, date: str, entities: tuple[str, ...] = PARTIES, **value: Any) -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind="event", topics=("diplomacy",), **value)


def clash(a: Fact, b: Fact, context: int = 4) -> bool:
    pa, pb = prepare(a), prepare(b)
    return counts_clash(a, b, pa.word_set, pb.word_set, lambda: context)


TWELVE = "Arlen visited Sudmark for the first time in 12 years to discuss trade and water."
THIRTEEN = "Norland's President Arlen landed in Port Vessa on 3 March for the first time in 13 years."


def test_two_counts_of_one_visit_written_days_apart_are_one_count_stated_differently() -> None:
    twelve = fact("twelve", "outlet-a", TWELVE, "2031-03-04", amount=12, unit="years")
    thirteen = fact("thirteen", "outlet-b", THIRTEEN, "2031-03-03", amount=13, unit="years")
    assert clash(twelve, thirteen)
    found = propose_links([thirteen, twelve], LinkDecisions())
    assert any(p.kind == "metric" and set(p.fact_ids) == {"twelve", "thirteen"} for p in found)
    [conflict] = possible_conflicts([thirteen, twelve], found)
    assert conflict.discrepancy.kind == "figure" and set(conflict.discrepancy.fact_ids) == {"twelve", "thirteen"}


def test_memoranda_counted_by_two_outlets_four_days_apart_conflict() -> None:
    signed = "Arlen and the Sudmark premier on Monday signed some 24 memorandums"
    some = fact("some", "outlet-a", signed, "2031-03-03", amount=24, unit="MoUs", approximate="true")
    saw = "His one-day visit saw 26 MoUs signed, among them a water deal"
    more = fact("more", "outlet-b", saw, "2031-03-07", amount=26, unit="MoUs")
    assert clash(some, more)  # "some 24" rounds to 23.5-24.5: it does not hold 26


def test_two_batches_counts_weeks_apart_money_and_strangers_are_not_one_count() -> None:
    first = "After the arrival, state media announced 34 investment agreements signed"
    batch = fact("batch", "outlet-a", first, "2031-03-03", amount=34, unit="agreements")
    second = "Another 20 agreements were signed on Thursday, state media said"
    other = fact("other", "outlet-b", second, "2031-03-04", amount=20, unit="agreements")
    assert not clash(batch, other)  # two batches of one visit: far more than a tenth apart
    later = fact("later", "outlet-b", THIRTEEN, "2031-04-20", amount=13, unit="years")
    twelve = fact("twelve", "outlet-a", TWELVE, "2031-03-04", amount=12, unit="years")
    assert not clash(twelve, later)  # weeks apart: another occasion
    assert not clash(twelve, fact("t13", "outlet-b", THIRTEEN, "2031-03-03", amount=13, unit="years"), context=1)  # other parties
    dollars = fact("usd", "outlet-b", "Arlen signed deals for the first time worth $13 million", "2031-03-03", amount=13000000, unit="USD")
    assert not clash(fact("u12", "outlet-a", TWELVE, "2031-03-04", amount=12000000, unit="USD"), dollars)  # money: figures_clash's rules
    range_ = fact("range", "outlet-b", THIRTEEN, "2031-03-03", low=13, high=14, unit="years")
    assert not clash(twelve, range_)  # a range is not one count


def test_a_clashing_pair_inside_an_event_proposal_is_also_proposed_as_one_figure() -> None:
    twelve = fact("twelve", "outlet-a", TWELVE, "2031-03-04", amount=12, unit="years")
    thirteen = fact("thirteen", "outlet-b", THIRTEEN, "2031-03-03", amount=13, unit="years")
    talks = fact("talks", "outlet-b", "Arlen held talks in Port Vessa on security", "2031-03-03")
    group = [  # each pair's evidence, put in words when asked
        (twelve, thirteen, 0.6, lambda: f"wording 40% alike; {COUNT_CLASH}"),
        (twelve, talks, 0.5, lambda: "wording 60% alike"),
    ]
    [extra] = _figure_clashes(group)
    assert extra.kind == "metric" and extra.fact_ids == ("thirteen", "twelve") and extra.name == "m-thirteen"
    assert extra.evidence == f"'twelve' and 'thirteen': wording 40% alike; {COUNT_CLASH}"
    assert _figure_clashes([(twelve, talks, 0.5, lambda: "wording 60% alike")]) == []


def test_the_parts_of_one_occasion_get_one_event_id_from_what_their_articles_are_about() -> None:
    arrival_a = fact("arrival-a", "outlet-a", "Arlen arrived in Sudmark on Monday", "2031-03-03", ("Arlen", "Sudmark"))
    arrival_b = fact("arrival-b", "outlet-b", "Norland's president landed in Port Vessa", "2031-03-03", ("Norland", "Port Vessa"))
    talks_a = fact("talks-a", "outlet-a", "Arlen and the premier held talks", "2031-03-04", ("Arlen", "Premier Osk"))
    talks_b = fact("talks-b", "outlet-b", "Arlen met Premier Osk in Port Vessa", "2031-03-04", ("Arlen", "Premier Osk", "Port Vessa"))
    signing_b = fact("signing-b", "outlet-b", "Arlen signed the water accord", "2031-03-05", ("Arlen",))
    everything = [arrival_a, arrival_b, talks_a, talks_b, signing_b]
    articles = ArticleNames(everything)
    # each pair alone would be named after its own most frequent name; the articles speak most of Arlen
    assert event_name([arrival_a, arrival_b], articles) == event_name([talks_a, talks_b], articles) == "arlen-2031-03"
    assert event_name([arrival_a, arrival_b]) != "arlen-2031-03"  # without the articles: Norland, Port Vessa, Sudmark tie
    # the month most members are dated to; a hand-set event id wins
    plan = fact("plan", "outlet-a", "Arlen will visit Sudmark", "2031-02-27", ("Arlen", "Sudmark"))
    assert event_name([plan, arrival_a, arrival_b], articles) == "arlen-2031-03"
    assert event_name([arrival_a.model_copy(update={"event": "arlen-visit"}), arrival_b], articles) == "arlen-visit"


def test_an_event_id_keeps_the_letters_of_accented_names() -> None:
    assert slug("Türkiye") == "turkiye"
    assert slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"


def test_one_name_written_with_a_hyphen_an_apostrophe_or_an_accent_is_one_entity() -> None:
    assert entity_key("High-Level Strategic Cooperation Council") == entity_key("High Level Strategic Cooperation Council")
    assert entity_key("Mohammed Shia' al-Sudani") == entity_key("Mohammed Shia’ al-Sudani") == entity_key("mohammed shia al sudani")
    assert entity_key("Recep Tayyip Erdoğan") == "recep tayyip erdogan"
    council = ("Arlen", "Joint Co-operation Council")
    a = fact("a", "outlet-a", "Arlen will co-chair a session of the Joint Co-operation Council", "2031-03-04", council)
    b = fact("b", "outlet-b", "Arlen is set to attend the Joint Cooperation Council", "2031-03-04", ("Arlen", "Joint Co operation Council"))
    assert prepare(a).entities == prepare(b).entities


def test_two_counts_sharing_a_metric_as_drafts_curated_unchanged_do_are_still_proposed_for_their_clash() -> None:
    twelve = fact("twelve", "outlet-a", TWELVE, "2031-03-04", amount=12, unit="years")
    thirteen = fact("thirteen", "outlet-b", THIRTEEN, "2031-03-03", amount=13, unit="years")
    shared = [
        f.model_copy(update={"value": f.value.model_copy(update={"metric": "years-since"}) if f.value else None})
        for f in (twelve, thirteen)
    ]
    found = propose_links(shared, LinkDecisions())
    assert any(set(p.fact_ids) == {"twelve", "thirteen"} for p in found)  # with no period, only a link makes the check compare them
    [conflict] = possible_conflicts(shared, found)
    assert conflict.discrepancy.kind == "figure"


def test_two_figures_of_one_metric_one_with_a_period_and_one_without_are_proposed_for_their_clash() -> None:
    dated = fact(
        "dated",
        "outlet-a",
        "In 2030, bilateral trade with its partner Sudmark hit a record $157 billion.",
        "2030",
        amount=157000000000,
        unit="USD",
        period="2030",
    )
    last = fact(
        "last",
        "outlet-b",
        "Sudmark is a crucial partner for Norland, with bilateral trade exceeding $160 billion last year.",
        "2030",
        low=160000000000,
        unit="USD",
    )
    shared = [
        f.model_copy(update={"value": f.value.model_copy(update={"metric": "trade-value"}) if f.value else None}) for f in (dated, last)
    ]
    found = propose_links(shared, LinkDecisions())
    assert any(set(p.fact_ids) == {"dated", "last"} and p.kind == "metric" for p in found)  # the check compares one period only
    both = [f.model_copy(update={"value": f.value.model_copy(update={"period": "2030"}) if f.value else None}) for f in shared]
    assert not any(set(p.fact_ids) == {"dated", "last"} and p.kind == "metric" for p in propose_links(both, LinkDecisions()))


def test_a_count_signed_beside_a_trade_target_is_no_target_itself() -> None:
    pledged = "Norland and Sudmark on Thursday agreed to elevate trade to $2 billion, signing 29 MoUs and agreements"
    aim = fact("aim", "outlet-a", pledged, "2031-03-06", amount=29, unit="MoUs and agreements")
    signed = fact(
        "signed",
        "outlet-b",
        "Norland and Sudmark on Thursday signed 28 agreements and MoUs",
        "2031-03-06",
        amount=28,
        unit="agreements and MoUs",
    )
    assert clash(aim, signed)  # the level raised to is money; the 29 texts were signed, as the 28 were


def test_a_count_raised_to_a_level_is_still_a_target() -> None:
    raised = "Norland and Sudmark agreed to increase flights to 30 weekly flights by the spring"
    aim = fact("aim", "outlet-a", raised, "2031-03-06", amount=30, unit="flights")
    flown = fact("flown", "outlet-b", "Norland and Sudmark on Thursday counted 28 weekly flights", "2031-03-06", amount=28, unit="flights")
    assert not clash(aim, flown)


def test_one_visit_said_to_last_different_numbers_of_days_is_one_length_stated_differently() -> None:
    three = fact(
        "three", "outlet-a", "Arlen arrived in Port Vessa for a three-day state visit to Sudmark.", "2031-03-03", amount=3, unit="days"
    )
    five = fact(
        "five",
        "outlet-b",
        "Arlen was welcomed in Port Vessa at the start of a five-day state visit to Sudmark.",
        "2031-03-04",
        amount=5,
        unit="days",
    )
    assert clash(three, five)  # a day off is the whole disagreement, though 3 and 5 are far more than a tenth apart
    found = propose_links([three, five], LinkDecisions())
    conflicts = possible_conflicts([three, five], found)
    assert any(c.discrepancy.kind == "figure" and set(c.discrepancy.fact_ids) == {"three", "five"} for c in conflicts)
    later = fact("later", "outlet-b", "Arlen began a five-day state visit to Sudmark in Port Vessa.", "2031-05-04", amount=5, unit="days")
    assert not clash(three, later)  # weeks apart: another visit
    assert not clash(
        three,
        fact("same", "outlet-b", "Arlen began a three-day state visit to Sudmark in Port Vessa.", "2031-03-04", amount=3, unit="days"),
    )


def test_the_length_of_a_visit_made_with_an_aim_is_no_target() -> None:
    aimed = "Arlen is on a four-day visit with an aim to expand overall ties between the two nations"
    four = fact("four", "outlet-a", aimed, "2031-03-04", amount=4, unit="days")
    two = fact("two", "outlet-b", "Arlen is set to undertake a two-day state visit to Sudmark", "2031-03-03", amount=2, unit="days")
    assert clash(four, two)  # the aim is the ties; the four days are how long he stays
    planned = "Norland aims to cut the waiting time for a visa to 4 days"
    target = fact("target", "outlet-a", planned, "2031-03-04", amount=4, unit="days")
    waited = fact("waited", "outlet-b", "Norland issued each visa in 2 days on average", "2031-03-03", amount=2, unit="days")
    assert not clash(target, waited)  # a length of something else, aimed at, stays a target


def test_an_undated_pages_count_dated_by_a_guessed_year_still_conflicts_with_the_dated_report() -> None:
    dated = fact(
        "dated", "outlet-a", "Arlen and the Sudmark premier signed 16 agreements in Port Vessa", "2031-03-03", amount=16, unit="agreements"
    )
    # an undated page: suggest dates its sentences by the first year the page mentions, here a year long past
    guessed = "During Arlen's Monday visit to Port Vessa, 17 agreements were signed with Sudmark"
    undated = fact("undated", "outlet-b", guessed, "2024", amount=17, unit="agreements")
    found = propose_links([undated, dated], LinkDecisions())
    [conflict] = possible_conflicts([undated, dated], found)
    assert conflict.discrepancy.kind == "figure" and set(conflict.discrepancy.fact_ids) == {"dated", "undated"}


def test_a_count_dated_by_a_year_alone_still_needs_the_same_parties_and_a_near_amount() -> None:
    dated = fact(
        "dated", "outlet-a", "Arlen and the Sudmark premier signed 16 agreements in Port Vessa", "2031-03-03", amount=16, unit="agreements"
    )
    near = fact("near", "outlet-b", "During the visit to Port Vessa, 17 agreements were signed", "2024", amount=17, unit="agreements")
    assert clash(dated, near)
    assert not clash(dated, near, context=1)  # articles about other people: another signing
    far = fact("far", "outlet-b", "During the visit to Port Vessa, another 20 agreements were signed", "2024", amount=20, unit="agreements")
    assert not clash(dated, far)  # a fifth apart and "another": another batch, not one count stated differently
    told = fact("told", "outlet-b", "During the visit to Port Vessa, 20 agreements were signed", "2024", amount=20, unit="agreements")
    assert clash(dated, told)  # each told as the signing itself: one count told two ways (corpus/signings.py)


def test_a_draft_whose_sentence_opens_with_later_is_not_about_someone_called_later() -> None:
    # drafts name no entities: the capitalised words of the quote stand in, and "Later" names nobody
    later = fact(
        "later",
        "outlet-a",
        "Later in the day, the sides signed 37 agreements on rail and trade",
        "2031-03-03",
        (),
        amount=37,
        unit="agreements",
    )
    other = "Arlen and the Sudmark premier oversaw the signing of 36 agreements in Port Vessa on rail and trade"
    counted = fact("counted", "outlet-b", other, "2031-03-04", amount=36, unit="agreements")
    context = [fact("talks", "outlet-a", "Arlen held talks with the Sudmark premier in Port Vessa", "2031-03-03", ())]
    found = propose_links([*context, later, counted], LinkDecisions())
    [conflict] = possible_conflicts([*context, later, counted], found)
    assert set(conflict.discrepancy.fact_ids) == {"later", "counted"}
