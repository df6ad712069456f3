"""The drafts of a page carry the plain-unit figures (a distance, people, a gap, tonnes) the reader of values leaves alone."""

from __future__ import annotations

from briefgen.corpus.loader import Corpus
from briefgen.suggest.found import FoundValue
from briefgen.suggest.plain_figures import with_plain_figures
from tests.suggest.drafting import values_by_opening

# Sentences of intake_final52 (tass), intake_final60 (upday) and intake_final64 (bullbeardaily).
_BODY = (
    "El-Dabaa is the first nuclear power plant in Egypt to be built by Rosatom in the Matrouh Governorate on the shores of "
    "the Mediterranean Sea about 300 kilometers northwest of Cairo.\n\n"
    "At least 21,000 people have already made the journey since January, putting 2025 on course to be a record year for crossings.\n\n"
    "Biden and Xi met for about four hours on the outskirts of San Francisco to discuss issues that have strained U.S.-Chinese relations."
)


def test_the_drafts_carry_the_distance_the_people_and_the_meeting_length(corpus: Corpus) -> None:
    values = values_by_opening(corpus, _BODY, 3)
    assert values["El-Dabaa is the"] == {"metric": "cairo-distance", "amount": "300", "approximate": "true", "unit": "km"}
    assert values["At least 21,000"] == {"metric": "people", "low": "21000", "unit": "people"}
    assert values["Biden and Xi"] == {"metric": "talks-duration", "amount": "4", "approximate": "true", "unit": "hours"}


def test_a_figure_already_read_on_the_same_words_is_kept_alone() -> None:
    sentence = "More than 21,000 people have arrived."
    read = FoundValue("arrivals", "21000", "arrivals", None, 10, 22, False)
    assert with_plain_figures(sentence, [read]) == [read]
