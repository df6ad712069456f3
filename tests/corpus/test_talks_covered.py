"""What the talks covered, told by a noun or a verb of talking and no time, is a part of the occasion; another meeting is not.

The lines are from pages of the engineer's own sample (visits no labelled set holds: Mirziyoyev in Bishkek in
September 2017, Trong in Jakarta in August 2013, Le Drian in Moscow in 2018, Widodo in Hanoi in January 2024).
"""

from __future__ import annotations

from briefgen.corpus.evidence import prepare
from briefgen.corpus.talks_covered import covered_at_talks, talks_told
from briefgen.text.dates import PartialDate
from tests.corpus.builders import make_fact

SEPTEMBER_5 = PartialDate.parse("2017-09-05")


def test_a_line_that_names_the_talks_or_tells_them_with_a_verb_of_talking_is_told_of_them() -> None:
    assert talks_told("During the talks, topical issues of bilateral and multilateral cooperation were discussed.")
    assert talks_told(
        "The prospects of further expansion and deepening of cooperation in the political, trade-economic and other "
        "spheres were discussed at the meeting."
    )
    assert talks_told("During their bilateral meeting, President Jokowi welcomed Trong and the other representatives in Indonesia.")
    assert talks_told(
        '"In a narrow circle, we discussed a range of very important issues, and we also discussed some bilateral '
        'aspects," Lavrov said during talks with his French counterpart Jean-Yves Le Drian.'
    )


def test_a_line_of_another_meeting_or_of_what_is_to_come_is_not() -> None:
    # another meeting, told with its day: "May 29" in Versailles, not the talks in Moscow
    assert not talks_told(
        '"During the meeting of our presidents on May 29 in Versailles Mr Macron expressed a desire that the dialogue '
        'would continue at different levels," Le Drian stressed.'
    )
    # told as what the talks are to bring, before the visit
    assert not talks_told(
        "It will offer an opportunity for the two sides to discuss measures to further deepen the Vietnam - Indonesia "
        "strategic partnership."
    )
    # a time before the talks
    assert not talks_told(
        "Earlier, Director General Desra Percaya had remarked that the meeting between the two leaders was held to "
        "improve bilateral cooperation."
    )
    # no noun and no verb of talking: what the sides shared is read elsewhere, by its subject
    assert not talks_told("Bilateral trade turnover reached US$12.6 billion in the first 11 months last year.")


def test_a_statement_on_the_days_of_the_talks_is_covered_and_one_on_another_day_or_a_plan_is_not() -> None:
    quote = "During the talks, topical issues of bilateral and multilateral cooperation were discussed."

    def covered(date: str, kind: str = "statement") -> bool:
        fact = make_fact("f", "trend", quote, date, entities=("Uzbekistan", "Kyrgyzstan"), kind=kind)
        return covered_at_talks(prepare(fact), SEPTEMBER_5)

    assert covered("2017-09-05")
    assert covered("2017-09-05", kind="event")
    assert not covered("2017-11-20")  # a page weeks later tells another meeting's talks
    assert not covered("2017-09-05", kind="plan")  # what is to come is read by the readings of plans
