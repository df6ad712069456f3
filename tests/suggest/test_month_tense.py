"""A bare month looks the way its own clause's tense says, not the whole statement's kind (issue 14)."""

from __future__ import annotations

import datetime as dt

from briefgen.suggest.dates import dated_phrases, resolve_date
from briefgen.suggest.month_tense import month_ahead
from tests.suggest.dating import resolved

# intake_final66, ibtimes 2025-07-16: a plan for its "would", but the agreement was signed the October before.
SIGNED = (
    "The two countries already signed a landmark defence agreement in October and in May said they would begin "
    "developing strike missiles with a range of 2,000-plus kilometres (1,250 miles)."
)
# intake_final40, midday 2023-05-22: a statement, but the visit looked forward to is the coming September.
LOOKS_FORWARD = (
    "Meanwhile, Australian PM Albanese said he looks forward to visiting India in September in New Delhi for the G20 "
    "Leaders' Summit, the world's premier forum for economic cooperation."
)


def test_a_month_of_a_past_act_in_a_plan_is_the_one_before() -> None:
    resolved = resolve_date(SIGNED, dt.date(2025, 7, 16), future=True, kind="plan", ref_year=2025)
    assert resolved is not None
    assert str(resolved.date) == "2024-10"
    assert resolved.phrase == "in October"


def test_a_month_looked_forward_to_in_a_statement_is_the_coming_one() -> None:
    resolved = resolve_date(LOOKS_FORWARD, dt.date(2023, 5, 22), future=False, kind="statement", ref_year=2023)
    assert resolved is not None
    assert str(resolved.date) == "2023-09"


def test_a_month_in_a_future_relative_clause_of_a_statement_lies_ahead() -> None:
    # intake_final40, yahoo (the talks of 2023-05-24): the G20 summit in New Delhi was that September.
    text = (
        "Mr Albanese, who will attend the G20 summit in New Delhi in September, said the countries share an ambition to "
        "conclude the Australia-India Comprehensive Economic Cooperation Agreement later this year."
    )
    found = {phrase: str(date) for _, _, date, phrase in dated_phrases(text, dt.date(2023, 5, 24), future=False)}
    assert found["in September"] == "2023-09"


def test_a_month_of_a_past_act_stays_behind_and_a_clause_of_no_tense_keeps_the_kind() -> None:
    # intake_final28, dnyuz 2025-01-13: the treaty with North Korea was signed in June 2024.
    text = (
        "Putin signed a similar agreement with North Korean leader Kim Jong Un in June, under which both parties agreed "
        "to militarily support each other in the event of an aggression."
    )
    assert not month_ahead(text, text.index("in June"), future=True)
    assert month_ahead(LOOKS_FORWARD, LOOKS_FORWARD.index("in September"), future=False)
    assert not month_ahead(SIGNED, SIGNED.index("in October"), future=False)


# intake_final78, alarabiya 2024-08-18: the conference Azerbaijan "is hosting" is the coming November, not the last.
HOSTING = "Azerbaijan is hosting the COP29 climate conference in November."


def test_a_month_of_an_act_told_in_the_present_progressive_is_the_coming_one() -> None:
    resolved = resolve_date(HOSTING, dt.date(2024, 8, 18), future=False, kind="statement", ref_year=2024)
    assert resolved is not None
    assert str(resolved.date) == "2024-11"
    assert resolved.phrase == "in November"


def test_a_day_of_a_month_in_a_clause_that_looks_ahead_is_the_coming_one() -> None:
    # The same sentence with its day: a report's clause that looks ahead turns the day too, not only the bare month.
    text = "Azerbaijan is hosting the COP29 climate conference on Nov. 11."
    resolved = resolve_date(text, dt.date(2024, 8, 18), future=False, kind="statement", ref_year=2024)
    assert resolved is not None
    assert str(resolved.date) == "2024-11-11"


def test_a_month_of_an_act_hosted_is_still_the_one_before() -> None:
    text = "Azerbaijan hosted the COP29 climate conference in November."
    resolved = resolve_date(text, dt.date(2024, 8, 18), future=False, kind="statement", ref_year=2024)
    assert resolved is not None
    assert str(resolved.date) == "2023-11"


def test_a_day_of_the_occasion_a_plan_comes_after_is_behind() -> None:
    # indiatvnews, intake_final76 (a page of 21 August 2024)
    text = (
        "After concluding his Poland trip, PM Modi will visit Ukraine on an invitation by Ukrainian President Volodymyr "
        "Zelenskyy, which comes after his highly-publicised trip to Russia on June 8-9 amid the raging war between Moscow "
        "and Kyiv."
    )
    assert resolved(text, dt.date(2024, 8, 21), future=True, kind="plan", ref_year=2024)[0] == "2024-06-08"
    # the plan's own day, with nothing it follows, still lies ahead
    plan = "PM Modi will visit Russia on June 8-9."
    assert resolved(plan, dt.date(2024, 8, 21), future=True, kind="plan", ref_year=2024)[0] == "2025-06-08"


def test_a_day_after_a_modal_verb_or_a_coming_weekday_lies_ahead_in_a_report() -> None:
    # Invented, after round 91's second undated sample: a report's day read a year back.
    page = dt.date(2020, 2, 13)
    modal = "The two foreign ministers could meet on March 4 in Lisbon to settle the dispute."
    assert resolved(modal, page, future=False, kind="statement", ref_year=2020)[0] == "2020-03-04"
    coming = "The ministers also discussed the premier's state visit to Ghana starting from upcoming Monday, March 2."
    assert resolved(coming, page, future=False, kind="statement", ref_year=2020)[0] == "2020-03-02"


def test_a_day_after_a_modal_perfect_or_a_past_weekday_stays_behind() -> None:
    page = dt.date(2020, 2, 13)
    perfect = "The two foreign ministers could have met on March 4 in Lisbon, officials said."
    assert resolved(perfect, page, future=False, kind="statement", ref_year=2020)[0] == "2019-03-04"
    last = "The ministers met in Accra on Monday, March 4, to sign the accord."
    assert resolved(last, page, future=False, kind="event", ref_year=2020)[0] == "2019-03-04"


def test_a_month_of_a_plan_agreed_in_a_statement_is_the_coming_one() -> None:
    # round 102's fresh sample, a page of Saturday 2023-03-18: the summit agreed on is the coming April.
    text = "The two foreign ministers agreed to broker a summit between the presidents in April, the ministry said."
    assert month_ahead(text, text.index("in April"), future=False)
    # What was done after the agreement stays behind: "agreed to resume flights suspended in March".
    done = "The two sides agreed to resume the flights suspended in March."
    assert not month_ahead(done, done.index("in March"), future=False)


def test_a_month_looked_forward_to_in_scare_quotes_is_the_coming_one() -> None:
    # Round 109's own sample, extra.ie (2019-05-22): the meeting in Shannon was that June.
    text = "Taoiseach Leo Varadkar ‘looks forward’ to sitting down with US President Donald Trump in Ireland in June."
    resolved = resolve_date(text, dt.date(2019, 5, 22), future=False, kind="statement", ref_year=2019)
    assert resolved is not None
    assert str(resolved.date) == "2019-06"
