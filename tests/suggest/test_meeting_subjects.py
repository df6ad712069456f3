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
