"""Sentences that read like news and state nothing checkable: hopes, agendas, flourishes, protocol, captions.

The sentences are written for these tests (invented relations, people and places), not taken
from the evaluation sets, so that each rule is tested as a class of English; each class is
tested with the words that rescue a sentence of it too.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.ingest.wirelines import bare_dateline
from briefgen.suggest.hollow import (
    agenda_only,
    earlier_picture,
    is_caption,
    is_colour,
    is_flourish,
    is_hope,
    is_protocol,
    unnamed_outcome,
)
from briefgen.suggest.selection import drafted_spans
from briefgen.suggest.sentences import attribution_only, split_sentences
from briefgen.suggest.worth import check_worthy


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister hoped that Tuesday's consultations will be fruitful.",
        "We look forward to discussing practical cooperation with the Latvian premier for a peaceful Baltic.",
        "The trip is expected to fortify ties, which will surely bring more trade and tourism.",
        "She wished that next year's visit would bring the trade of the two peoples to new heights.",
    ],
)
def test_a_hope_with_nothing_counted_or_signed_is_not_drafted(sentence: str) -> None:
    assert is_hope(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The premier hoped that the two sides would sign deals worth $300 million during his visit.",
        "The minister hoped to see 12 new ferry routes opened by the spring.",
        "He looked forward to the signing of the fisheries agreement in Tallinn.",
    ],
)
def test_a_hope_that_counts_or_signs_something_is_a_claim(sentence: str) -> None:
    assert not is_hope(sentence)
    assert check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two premiers discussed regional & multilateral matters.",
        "They also discussed issues related to connectivity, energy, water resources, tourism & investment.",
        "The delegations agreed to make joint efforts to enhance mutually beneficial cooperation.",
        "The ministers discussed ways to boost economic and cultural ties between the two countries.",
    ],
)
def test_an_agenda_of_common_nouns_is_not_drafted(sentence: str) -> None:
    assert agenda_only(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a name, a subject outside the agenda's words, a figure, a signing, a named speaker's account
        "The two premiers discussed the situation in Narvia and the ferry to Saaremaa.",
        "The leaders discussed the removal of militias and the reconstruction of the port.",
        "The ministers discussed an investment of 40 million euros in the northern rail line.",
        "The delegations agreed to further expand trade and signed a memorandum on customs.",
        "A ministry spokesman said that the two premiers discussed regional and multilateral matters.",
    ],
)
def test_a_discussion_of_something_named_counted_or_reported_is_kept(sentence: str) -> None:
    assert not agenda_only(sentence)
    assert check_worthy(sentence)


def test_a_rhetorical_inversion_is_a_flourish_unless_it_counts() -> None:
    flourish = "Never before have so many distinguished guests gathered in one hall."
    assert is_flourish(flourish)
    assert not check_worthy(flourish)
    counted = "Never before has trade between the two nations passed 2 billion euros in a year."
    assert not is_flourish(counted)
    assert check_worthy(counted)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Latvian premier was accorded a ceremonial welcome at the presidential palace.",
        "Present to welcome him were the ambassador of Latvia and the deputy head of mission.",
        "The ministry posted that @latviapm welcomed @estoniapm for the annual summit in Riga.",
        "Watch: the premier says it is the best time to invest in the northern provinces",
    ],
)
def test_protocol_welcomes_and_posts_and_links_are_not_drafted(sentence: str) -> None:
    assert is_protocol(sentence)
    assert not check_worthy(sentence)


def test_a_protocol_welcome_at_a_place_it_names_is_drafted_for_the_place() -> None:
    sentence = "She received a ceremonial reception at the Town Hall of Riga."
    assert is_protocol(sentence)
    assert check_worthy(sentence)  # where the visitor was received: see suggest/welcome_places.py


def test_an_address_with_an_at_sign_is_not_a_post() -> None:
    sentence = "Questions about the ferry tender went to press@ministry.example, the ministry said on Monday."
    assert not is_protocol(sentence)


def test_a_caption_is_the_line_with_a_photo_credit() -> None:
    assert is_caption("The premier opens the ferry terminal in Parnu. (Photo: Baltic Wire)")
    assert is_caption("The ministers shake hands in Riga. PHOTO: REUTERS")
    assert not is_caption("The premier opened the ferry terminal in Parnu on Tuesday.")


def test_a_caption_of_an_earlier_day_is_a_picture_of_the_past() -> None:
    """An earlier day's picture is told apart from one of the day; neither is drafted (see suggest/caption_credits)."""
    published = dt.date(2031, 3, 29)
    earlier = "The Latvian premier addresses an investment conference in Riga on March 8. (Photo: Baltic Wire)"
    same_day = "The Latvian premier welcomes the Estonian president to Riga on March 28. (Photo: Baltic Wire)"
    assert earlier_picture(earlier, published)
    assert not earlier_picture(same_day, published)
    assert not earlier_picture(earlier, None)  # an undated page: no day to compare with
    body = f"{earlier}\n\n{same_day}\n\nThe two leaders signed a ferry agreement in Riga on March 28."
    quoted = [span.text for _, span, _ in drafted_spans(body, split_sentences(body), None, False, published, 2031)]
    assert not any("investment conference" in q or "welcomes the Estonian president" in q for q in quoted)
    assert any("signed a ferry agreement" in q for q in quoted)


@pytest.mark.parametrize(
    "sentence",
    [
        "Given the slow recovery of world trade, the two sides agreed to work together for closer ties.",
        "Against the backdrop of the Covid-19 pandemic, the visit is considered very important by both capitals.",
        "The diplomatically isolated premier highlighted his country's ties with the northern neighbour on Monday.",
        "However, the republic is grappling with an ailing economy that depends on trade with its neighbour.",
        "According to the minister, there is a great potential for the ferry trade on Tuesday.",
        "Relations between Norland and Sudland date back to 1921, when the two kingdoms opened consulates.",
        "Arvo Tamm was the President of Norland between 1993 and 2003, the decade of the new constitution.",
    ],
)
def test_colour_and_history_are_not_drafted(sentence: str) -> None:
    assert is_colour(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a figure (not a name's digits) or a signing is an event, whatever frames it
        "Given the slow recovery of world trade, the two sides agreed to raise the ferry quota to 40 ships.",
        "In the light of the pledge to invest two billion dollars in Norland, the premier formed a committee.",
        "Amid the sanctions, the isolated republic signed a memorandum on grain transit with Sudland.",
        "Considering the tremendous potential in our partnership, we will reach the target ahead of schedule.",
    ],
)
def test_a_framed_sentence_with_a_figure_or_a_signing_is_kept(sentence: str) -> None:
    assert not is_colour(sentence)
    assert check_worthy(sentence)


def test_a_reporting_clause_with_two_circumstances_is_attribution_only() -> None:
    assert attribution_only("Tamm had said in a press statement, ahead of the meeting")
    assert attribution_only("The premier said at the airport, before the talks")
    assert not attribution_only("Tamm had said in a press statement: the ferry line will open in May")


@pytest.mark.parametrize(
    "sentence",
    [
        "Discussions on our multifaceted bilateral ties, regional & global issues of mutual interest on the agenda",
        "Beyond tourism, the two sides discussed regional connectivity, aiming to strengthen people-to-people ties.",
    ],
)
def test_an_agenda_opened_by_discussions_or_ending_in_an_aim_is_not_drafted(sentence: str) -> None:
    assert agenda_only(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In one of his sayings, the old poet tells us about the joy of receiving friends from distant lands.",
        "Our friendship is shaped by the maxim 'one sea, two shores', the premier stated at the ceremony on Monday.",
    ],
)
def test_a_quoted_saying_is_a_flourish(sentence: str) -> None:
    assert is_flourish(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the visit as the subject of what it means: builds on, reinforces, caps, showcases
        "This visit builds on earlier meetings between the two premiers.",
        "This state visit reinforces the ambition and renews the spirit of our partnership.",
        "The state visit to Riga capped a regional tour that showcased the republic's growing clout.",
        # a comparison the writer draws
        "His prominent presence at these summits contrasts with the outgoing president of Sudland.",
        # emphasis on a need, with nothing named or counted
        "They emphasized the need for collaboration to address these challenges effectively.",
    ],
)
def test_characterisations_of_a_visit_and_emphasis_on_a_need_are_not_drafted(sentence: str) -> None:
    assert not check_worthy(sentence)


def test_emphasis_on_a_need_with_a_named_project_is_kept() -> None:
    assert check_worthy("The leaders emphasized the need to accelerate the construction of the Baltic Coast railway.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Inshallah, we are determined to realize together any kind of project aimed at regional peace and calm.",
        "The premier noted that Riga and Tallinn are full of determination to implement projects for the region.",
    ],
)
def test_resolve_with_nothing_counted_or_signed_is_a_hope(sentence: str) -> None:
    assert is_hope(sentence)
    assert not check_worthy(sentence)


def test_new_agreements_that_nobody_counts_or_names_are_not_drafted() -> None:
    vague = "At every stage of our work, we are getting new agreements."
    assert unnamed_outcome(vague)
    assert not check_worthy(vague)
    named = "There are new results of cooperation within the Baltic Ferry Initiative."
    counted = "At every stage, we are getting new agreements: 14 were signed on Monday."
    assert not unnamed_outcome(named)
    assert not unnamed_outcome(counted)
    assert check_worthy(counted)


def test_a_framed_act_of_someone_named_is_kept() -> None:
    sentence = "Amid the drought, Norland delivered grain and fodder to the farmers of Sudland."
    assert not is_colour(sentence)
    assert check_worthy(sentence)


def test_a_post_that_reports_a_signing_is_kept() -> None:
    sentence = "@balticministry: the two premiers signed six agreements on ferries and grid links in Riga."
    assert not is_protocol(sentence)
    assert check_worthy(sentence)


def test_praise_as_what_two_nations_have_is_generic() -> None:
    assert not check_worthy("As I review our relations, I must say that we have excellent cooperation in ferries and fisheries.")
    assert check_worthy("The two nations enjoy close ties, and the Latvian premier visited Tallinn earlier this year.")


@pytest.mark.parametrize(
    "text",
    [
        "KORVAN HILLS, September 2. /NORDPRESS/",
        "VELMORA, Ostland, Oct 29, (AP):",
        "Vostrograd /NORDPRESS/.",
        "OSTRAVIA, Mar 4, 2021",
    ],
)
def test_a_dateline_standing_alone_is_not_drafted(text: str) -> None:
    assert bare_dateline(text)
    body = f"{text}. The presidents of Ostland and Velmora have signed a treaty on ferry links between the two countries.\n"
    quoted = [span.text for _, span, _ in drafted_spans(body, split_sentences(body), None, False, dt.date(2021, 3, 4), 2021)]
    assert quoted and not any(q.startswith(text.split(",")[0].split(" /")[0]) for q in quoted)


@pytest.mark.parametrize(
    "text",
    ["Moscow.", "The ministers signed 12 agreements on September 2.", "Ostland and Velmora signed a treaty on September 2."],
)
def test_a_sentence_is_not_a_dateline(text: str) -> None:
    assert not bare_dateline(text)
