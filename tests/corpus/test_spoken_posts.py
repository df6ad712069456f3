"""The verbs news reports a saying or a post with, and the visit named by its verb, leave a statement in its visit.

Real sentences of half A of the labelled sets: Olaf Scholz's visit to Canada
(intake_final102, August 2022), Narendra Modi's to Bhutan (intake_final104,
November 2025), Emmanuel Macron's state visit to Germany (intake_final58, May
2024), Vladimir Putin's to Vietnam (intake_final40, June 2024).
"""

from __future__ import annotations

from briefgen.corpus.spoken import speaks

TOUTED = 'Trudeau touted Canada as "a reliable supplier of the clean energy that a net-zero (emissions) world requires."'
POSTED = (
    'After his arrival in Bhutan, the Indian PM posted on X: "Thank you for the warm welcome to Bhutan, PM @tsheringtobgay.'
    ' May India-Bhutan friendship keep scaling new heights."'
)
VISITING = (
    'It is "proof of the depth of the friendship between France and Germany" that Macron is visiting as Germany celebrates'
    " the 75th anniversary of its postwar constitution, Steinmeier said."
)


def test_the_verbs_of_saying_and_posting_news_uses_are_speech() -> None:
    assert speaks(TOUTED)
    assert speaks(POSTED)
    assert speaks("Meloni tweeted her thanks to Xi for the welcome in Beijing.")
    assert speaks("Albanese took to social media to welcome the Indian Prime Minister.")
    assert speaks("Lula lamented the slow pace of the trade talks with Mercosur.")


def test_the_visit_named_by_its_verb_is_the_visit() -> None:
    assert speaks(VISITING.replace(", Steinmeier said", ""))


def test_a_visit_before_and_a_forecast_are_no_speech() -> None:
    assert not speaks("President Putin has visited Vietnam four times.")
    assert not speaks("Leading global firms like Fitch Ratings have even predicted a default.")
