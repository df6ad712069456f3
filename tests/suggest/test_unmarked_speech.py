"""Speech a site prints without its quotation marks keeps its speaker's "today".

Made-up reports: the page goes up on Thursday, the day after the visit the
lede dates to Wednesday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.corpus.loader import Corpus
from briefgen.suggest.story_days import spoken_day
from briefgen.suggest.unmarked_speech import unmarked_speech
from tests.suggest.drafting import drafted

THURSDAY = dt.date(2024, 5, 9)
BODY = (
    "The president of Vestria arrived in Korvik on Wednesday for talks with his host, President Dalen.\n\n"
    "We are signing twelve agreements on rail and energy today, Dalen told his guest at the palace.\n\n"
    "The trade ministers will sign a further twelve agreements on ports today, officials said."
)


def test_unquoted_speech_is_dated_the_day_it_was_said(corpus: Corpus) -> None:
    drafts = drafted(corpus, BODY, published=THURSDAY)
    dates = {str(d.fields["quote"]).split()[0]: str(d.fields["date"]) for d in drafts}
    assert dates["We"] == "2024-05-08"  # Dalen's "today" is Wednesday, the day he spoke


@pytest.mark.parametrize(
    ("sentence", "speech"),
    [
        ("We are making history today, the president told his guest.", True),
        ("I came here today to open a new chapter, she said.", True),
        ("Our trade will double this year, Dalen added.", True),
        ("\u201cWe are making history today,\u201d Dalen said.", False),  # quoted: read by its quotation marks
        ("The ministers meet again today, officials said.", False),  # a report, no speaker's first person
        ("Dalen said today that we should expect more.", False),  # no attribution closing the words
    ],
)
def test_unmarked_speech(sentence: str, speech: bool) -> None:
    assert unmarked_speech(sentence) is speech


def test_a_reporters_today_keeps_the_day_of_the_page() -> None:
    inside = BODY.index("The trade ministers")
    assert spoken_day(BODY, inside + 1, THURSDAY, None) is None
    assert spoken_day(BODY, BODY.index("We are signing") + 1, THURSDAY, None) == dt.date(2024, 5, 8)
