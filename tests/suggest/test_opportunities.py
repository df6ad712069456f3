"""An occasion given as an opportunity or a platform, by its own subject: a generic agenda, no draft.

Half A's sentences (intake_final8, intake_final54, intake_final110, intake_final130, all judged reject) and invented
ones, with the speakers and acts that keep a sentence of the same words.
"""

from __future__ import annotations

import pytest

from briefgen.suggest.opportunities import occasion_as_opportunity
from briefgen.suggest.worth import check_worthy


@pytest.mark.parametrize(
    "sentence",
    [
        "The meetings also provide a platform to discuss pressing regional and international issues of common concern"
        " and align countries' positions in favor of Islamic and humanitarian causes",
        "These meetings will be a platform for the Prime Minister and the relevant leaders to discuss various issues of"
        " interest involving Malaysia",
        "[The visit] will provide an excellent opportunity for both sides to advance the partnership for progress,"
        " guided by shared interest, increase political and economic cooperation, and people-to-people exchanges",
        "It will provide an excellent opportunity for both sides to advance the partnership for progress",
        "“The summit will provide an opportunity to review progress on the initiatives launched by the grouping and"
        " identify future areas of activity,” the MEA said",
        '"This will be the first in-person BRICS Summit since 2019. The Summit will provide an opportunity to review'
        ' progress of the initiatives launched by the grouping, and identify future areas of activity," said the MEA',
        "This visit offers an opportunity to explore new avenues of collaboration and add fresh momentum to our partnership",
        "The talks would serve as a forum for exchanging views on the agenda of the coming year",
    ],
)
def test_an_occasion_given_as_a_chance_is_no_claim(sentence: str) -> None:
    assert occasion_as_opportunity(sentence)
    assert not check_worthy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a named speaker's view of the visit: a position of record (half A, labelled)
        "President Ruto, while acknowledging the news Friday, said the State visit will provide an opportunity for both"
        " countries to explore building a beneficial partnership",
        "In his departure statement, he said his talks with top Kuwaiti leadership would be an opportunity to chalk out a"
        " roadmap for a futuristic partnership between India and Kuwait",
        # a chance to do an act: the act is news
        "This visit will also be an opportunity to hold the Founder Summit of the International Solar Alliance",
        "The forum will be an occasion to sign the agreement on the new railway line",
        # the opportunity is not the sentence's subject's
        "The President also announced that she will take the opportunity of the Secretary of State's visit to request"
        " information on the case",
    ],
)
def test_a_speaker_or_an_act_keeps_the_sentence(sentence: str) -> None:
    assert not occasion_as_opportunity(sentence)
