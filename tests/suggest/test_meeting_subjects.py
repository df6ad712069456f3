"""A meeting that "underscored the friendship" is courtesy; a speaker who underscored a point after the talks is not.

Made-up reports (invented countries, people and places): each body holds one sentence, and the
test asserts whether ``suggest`` drafts it.
"""

from __future__ import annotations

import pytest

from briefgen.corpus.loader import Corpus
from tests.suggest.drafting import drafted


def _drafted(corpus: Corpus, sentence: str) -> bool:
    return any(str(d.fields["quote"]).split()[:3] == sentence.split()[:3] for d in drafted(corpus, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the meeting in a phrase before the speaker: the speaker's statement
        "Speaking after the talks, Foreign Minister Lund underscored that Norland will reopen its consulate in Varna.",
        "After the talks in Korvik, Lund reflected that Norland had never bought Vestrian grain before.",
    ],
)
def test_a_speakers_point_after_the_talks_is_drafted(corpus: Corpus, sentence: str) -> None:
    assert _drafted(corpus, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks underscored the warm friendship between the two peoples.",
        # an aside on the meeting between it and the verb leaves the meeting the subject
        "The visit, the first by a Vestrian leader in a decade, showcased the close ties between Vestria and Ostland.",
        "The state visit to Ostland reflects the deep bonds of trust between the two nations.",
    ],
)
def test_a_meeting_that_underscored_the_ties_is_not_drafted(corpus: Corpus, sentence: str) -> None:
    assert not _drafted(corpus, sentence)


# Real sentences of half A's pages (intake_final24, 48, 68, 74): the visit, or an act the sentence before reported,
# as the subject of what it means.  A record of the past ("two of the world's oldest civilizations"), a name of the
# two countries or of a place does not make the weighing checkable.
@pytest.mark.parametrize(
    "sentence",
    [
        "The visit fortified the two countries’ robust trade and investment partnerships.",
        "The visit underscored the historical and strategic relationship between Egypt and China, two of the world’s oldest civilizations.",
        "The visit continues the tradition of regular high-level exchanges between India and Nepal in furtherance of the "
        "'Neighbourhood First' policy.",
        "The visit of Prime Minister Prachanda to India created a positive atmosphere for inviting investment.",
        "The Prime Minister’s visit to Cyprus is significant in view of the island nation’s strained relations with Turkey.",
        "This agreement opens up new opportunities for Zambian agricultural exports, further strengthening economic ties.",
        "This signing ceremony, held at the Great Hall of the People in China, underscored the shared vision for cooperation "
        "and partnership in areas such as finance, trade, agriculture, media, and tourism.",
    ],
)
def test_the_writers_verdict_on_a_visit_or_a_reported_act_is_not_drafted(corpus: Corpus, sentence: str) -> None:
    assert not _drafted(corpus, sentence)


# Labelled claims of the same sets in the same shape: a rank and a date, a figure, or an agreement that names who signed
# it ("The agreement, signed between …", not "This agreement") make them checkable.
@pytest.mark.parametrize(
    "sentence",
    [
        "This visit marks President Ruto’s maiden trip to India since assuming office as Kenya’s fifth Head of State in September 2022.",
        "PM Modi’s nearly 24-hour visit to Cyprus remains significant as it came in the middle of India’s tensions with Turkey "
        "over the latter’s continuous support to Pakistan.",
        "The agreement, signed between Turkish defence firm Baykar and Indonesia’s Republikorp, underscores the deepening "
        "military collaboration between the two nations.",
    ],
)
def test_a_weighed_visit_with_a_rank_a_figure_or_its_signatories_is_drafted(corpus: Corpus, sentence: str) -> None:
    assert _drafted(corpus, sentence)
