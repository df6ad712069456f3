"""Relative dates resolved against the publication date, as the evaluation set's reports use them.

Each sentence is from tests/fixtures/intake_eval/ with the publication date its label gives;
the expected date is the one the hand label gives for the event.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.suggest.dates import ResolvedDate, find_date, is_horizon, resolve_date
from briefgen.suggest.kinds import classify
from briefgen.suggest.story_days import day_carried_over, lede_day, main_event_day, reference_year, spoken_day
from briefgen.text.dates import PartialDate

FRI_2025_12_05 = dt.date(2025, 12, 5)
THU_2026_02_05 = dt.date(2026, 2, 5)
WED_2026_02_04 = dt.date(2026, 2, 4)
MON_2022_12_26 = dt.date(2022, 12, 26)
TUE_2022_12_27 = dt.date(2022, 12, 27)
WED_2025_03_05 = dt.date(2025, 3, 5)


@pytest.mark.parametrize(
    ("text", "published", "future", "expected"),
    [
        # Reported speech is past, whatever the sentence goes on to promise.
        (
            "Russian President Vladimir Putin said on Friday that Moscow and New Delhi are working to boost",
            FRI_2025_12_05,
            False,
            "2025-12-05",
        ),
        ("Prime Minister Narendra Modi on Thursday said India and Russia are poised to surpass", FRI_2025_12_05, True, "2025-12-04"),
        ("The Foreign Office, on Wednesday, had said that President Mirziyoyev will visit", THU_2026_02_05, True, "2026-02-04"),
        ("The Prime Minister on Tuesday formed a committee that will oversee", WED_2025_03_05, True, "2025-03-04"),
        ("the visit of the Foreign Minister, officials said on Thursday", dt.date(2025, 12, 5), False, "2025-12-04"),
        # A weekday ahead says so: its clause is in the future, or "(tomorrow)" follows it.
        ("Uzbek President Shavkat Mirziyoyev will arrive in Islamabad on Thursday (tomorrow)", WED_2026_02_04, True, "2026-02-05"),
        ("The minister will travel to Tashkent on Monday", dt.date(2025, 2, 20), True, "2025-02-24"),
        ("The talks will resume next Monday", MON_2022_12_26, True, "2023-01-02"),
        # Months and years relative to the publication date.
        ("In February last year, Pakistan and Uzbekistan pledged to raise trade", THU_2026_02_05, False, "2025-02"),
        ("Uzbekistan would notify rules in this regard in February next year", MON_2022_12_26, True, "2023-02"),
        ("the two sides would be ready to ink agreements in November of this year", dt.date(2024, 7, 12), True, "2024-11"),
        ("Investment by Azerbaijan is expected to be made during the current year", WED_2025_03_05, True, "2025"),
        ("a joint visit to Kabul tentatively to be undertaken in last week of January 2023", TUE_2022_12_27, True, "2023-01"),
        (
            "The MoUs were signed during the two-day state visit of the President, who arrived here hours ago",
            THU_2026_02_05,
            False,
            "2026-02-05",
        ),
        # Day precision where the article gives the day; a day range is its first day.
        (
            "The first day of the Uzbek leader’s two-day visit (5–6 February) was marked by negotiations",
            dt.date(2026, 2, 6),
            False,
            "2026-02-05",
        ),
        (
            "President of Uzbekistan Shavkat Mirziyoyev will pay a state visit to Pakistan on February 5–6",
            WED_2026_02_04,
            True,
            "2026-02-05",
        ),
    ],
)
def test_relative_dates(text: str, published: dt.date, future: bool, expected: str) -> None:
    found = find_date(text, published, future=future)
    assert found is not None and str(found[0]) == expected


def test_sentences_without_a_date_take_the_day_of_the_main_event() -> None:
    lede = "Pakistan and Uzbekistan on Thursday signed 28 agreements and Memoranda of Understanding (MoU) to deepen cooperation"
    day = lede_day(lede, THU_2026_02_05, 2026)
    assert day is not None and str(day.date) == "2026-02-05"
    assert '"on Thursday"' in day.how


def test_no_main_event_day_without_a_publication_date() -> None:
    assert lede_day("Pakistan and Uzbekistan on Monday signed several agreements", None, 2023) is None
    stated = lede_day("On 5 February 2026, summit talks took place in Islamabad", None, 2026)
    assert stated is not None and str(stated.date) == "2026-02-05"


def test_a_plan_is_dated_by_when_it_is_due_not_when_it_was_announced() -> None:
    text = "President of Azerbaijan Ilham Aliyev on Monday expressed his willingness to visit Islamabad this April"
    planned = find_date(text, dt.date(2025, 2, 24), future=True)
    announced = find_date(text, dt.date(2025, 2, 24), future=False)
    assert planned is not None and (str(planned[0]), planned[1]) == ("2025-04", "this April")
    assert announced is not None and str(announced[0]) == "2025-02-24"


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        # A target's horizon dates nothing: the day the words were said does.
        ("The two economies will double their trade well before the 2035 deadline, the minister said on Monday", True, "2025-03-03"),
        ("Both sides will lift trade to $9 billion by 2032, the envoy told reporters on Tuesday", True, "2025-03-04"),
        ("Exports are to reach the target ahead of 2031, the ministry announced on Tuesday", True, "2025-03-04"),
        # A year that is not a horizon still dates: "according to 2024 results".
        ("According to 2024 results, exports grew by a fifth", False, "2024"),
    ],
)
def test_a_horizon_year_is_not_the_date(text: str, future: bool, expected: str) -> None:
    found = find_date(text, WED_2025_03_05, future=future)
    assert found is not None and str(found[0]) == expected


def test_a_dated_deadline_is_a_horizon_too() -> None:
    text = "Firms in the zones keep their tax breaks until March 31, 2036, and the first plants opened in 2024."
    assert is_horizon(text, text.index("2036"), text.index("2036") + 4)
    assert not is_horizon(text, text.index("2024"), text.index("2024") + 4)


def test_quoted_words_keep_the_day_they_were_said() -> None:
    """In remarks the lede dates to Friday, "yesterday" is Thursday even in Saturday's paper."""
    body = (
        "The minister said on Friday that the talks had gone well.\n\n"
        "\u201cWe made real progress in our meetings from yesterday. I expect more,\u201d he told the forum. "
        "The forum closed yesterday."
    )
    saturday = dt.date(2025, 12, 6)
    main = lede_day("The minister said on Friday that the talks had gone well.", saturday, None)
    assert main is not None and str(main.date) == "2025-12-05"
    inside = body.index("We made")
    spoken = spoken_day(body, inside, saturday, main)
    assert spoken == dt.date(2025, 12, 5)
    resolved = resolve_date(
        "We made real progress in our meetings from yesterday.", saturday, future=False, kind="statement", ref_year=None, spoken=spoken
    )
    assert resolved is not None and str(resolved.date) == "2025-12-04"
    assert "the day the quoted words were said or the copy's dateline names" in resolved.how
    # Outside the quotation marks, the paper's own "yesterday" is the day before publication.
    assert spoken_day(body, body.index("The forum closed"), saturday, main) is None
    # With no earlier day in the lede, the publication date stays the reference.
    assert spoken_day(body, inside, saturday, None) is None


def test_a_sentence_of_the_same_paragraph_takes_the_day_before_it() -> None:
    before = resolve_date(
        "Opening the session in Baku on Tuesday, the minister praised the ties.", WED_2025_03_05, future=False, kind="event", ref_year=None
    )
    assert before is not None and str(before.date) == "2025-03-04"
    carried = day_carried_over(before, WED_2025_03_05)
    assert carried is not None and str(carried.date) == "2025-03-04" and "same paragraph" in carried.how
    # A fallback (no words dated it) or a day after publication is not carried.
    fallback = resolve_date("The minister praised the ties.", WED_2025_03_05, future=False, kind="statement", ref_year=None)
    assert fallback is not None and day_carried_over(fallback, WED_2025_03_05) is None
    ahead = resolve_date("The minister will fly to Baku on Friday.", WED_2025_03_05, future=True, kind="plan", ref_year=None)
    assert ahead is not None and day_carried_over(ahead, WED_2025_03_05) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An undated article is written in the latest year it names ("the results of 2021" are still pending).
        ("Ties date back to 1994. Trade hit a record in 2020. It is too early to judge the results of 2021.", 2021),
        # A horizon is not the year of writing; an article that names only a horizon gets no year (a target year is
        # never the page's).
        ("Trade reached a record in 2019 and should double by 2030.", 2019),
        ("Both sides hope to double trade by 2030.", None),
        # A year named as the target is a horizon too, whatever the preposition.
        ("Exports grew after the pact took effect in 2021, well ahead of the target year of 2032.", 2021),
        ("Ministers expect to reach the goal sooner than the set target 2032; trade rose in 2020.", 2020),
        ("No year at all.", None),
    ],
)
def test_the_reference_year_of_an_undated_article(body: str, expected: int | None) -> None:
    assert reference_year(body) == expected


def test_the_main_event_day_comes_from_the_dateline_paragraph_when_summary_lines_come_first() -> None:
    paragraphs = [
        "Ministers open new rail link to boost freight",
        "Both sides to set up a working group on tariffs",
        "TASHKENT: The two governments on Tuesday opened the rail link and signed four agreements.",
        "The agreements cover freight, customs and tourism.",
    ]
    found = main_event_day(paragraphs, paragraphs[0], dt.date(2025, 3, 5), None)
    assert found is not None and str(found.date) == "2025-03-04"
    # With no dateline paragraph and nothing in the lede, there is no main event day.
    assert main_event_day(paragraphs[:2] + paragraphs[3:], paragraphs[0], dt.date(2025, 3, 5), None) is None


def test_an_act_reported_as_just_done_is_dated_the_day_of_publication() -> None:
    just = resolve_date("The foreign minister has arrived in Ankara for talks.", WED_2025_03_05, future=False, kind="event", ref_year=None)
    assert just is not None and str(just.date) == "2025-03-05"
    # Without "has arrived", an event with no date keeps only the month.
    month = resolve_date("The foreign minister arrived in Ankara for talks.", WED_2025_03_05, future=False, kind="event", ref_year=None)
    assert month is not None and str(month.date) == "2025-03"


def test_an_undated_article_is_not_dated_by_a_span_of_years() -> None:
    """The end of "between 1993 and 2003" or "2022-2026" is a period's, not the year the article was written."""
    assert reference_year("He was president between 1993 and 2003. A street was named after him on April 10.") is None
    assert reference_year("Trade grew in 2021, in line with the 2022-2026 development strategies.") == 2021
    assert reference_year("It is too early to talk about the results of 2023, he said of the 2016 plan.") == 2023


def test_a_date_after_since_opens_a_span_and_dates_no_event() -> None:
    """ "Since May 2019 … signed in June 2023": the sentence reports the signing, not the start of the span."""
    found = find_date(
        "Since March 2019, the two ports have handled more cargo, and a tariff pact was signed in June 2023.", None, future=False
    )
    assert found is not None and str(found[0]) == "2023-06"
    # With no other date, the start of the span is all the sentence gives.
    alone = find_date("Freight has doubled since March 2019.", None, future=False)
    assert alone is not None and str(alone[0]) == "2019-03"
    # A date inside a clause that "since" opens is that clause's event, not a span's start.
    clause = find_date("Since the minister visited Vestria in May 2018, trade has grown.", None, future=False)
    assert clause is not None and str(clause[0]) == "2018-05"


def test_the_day_of_a_journey_is_not_the_day_of_the_visit_s_main_event() -> None:
    """A lede that dates only the arrival ("flew to Vestria on Sunday") gives no day to the talks and signings after it."""
    monday = dt.date(2025, 6, 2)
    assert lede_day("The two sides have signed a rail accord. The premier travelled to Vestria on Sunday for talks.", monday, None) is None
    assert lede_day("The premier, who arrived on Sunday, signed a rail accord.", monday, None) is None
    signed = lede_day("The premier signed a rail accord in Vestria on Sunday.", monday, None)
    assert signed is not None and str(signed.date) == "2025-06-01"


@pytest.mark.parametrize("phrase", ["later in the day", "earlier in the day", "earlier today"])
def test_later_in_the_day_is_the_day_of_publication(phrase: str) -> None:
    found = resolve_date(
        f"The two mayors will open the new bridge {phrase}, the office said.", WED_2025_03_05, future=True, kind="plan", ref_year=None
    )
    assert found is not None and str(found.date) == "2025-03-05" and found.phrase == phrase


WED_2023_03_08 = dt.date(2023, 3, 8)


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        # A stay still running ends on the coming day; one told as over ended on the day before.
        ("The envoy is in Korvik until Saturday to open the trade fair", False, "2023-03-11"),
        ("The delegation remains in the capital till Friday for the talks", False, "2023-03-10"),
        ("The envoy stayed in Korvik until Saturday for the trade fair", False, "2023-03-04"),
        # The end of a span is not the day of the event another day dates: the arrival is Wednesday.
        ("The premier arrived on Wednesday in Korvik, on a visit that will last until Friday, March 10", True, "2023-03-08"),
        ("The premier arrived on Wednesday in Korvik, on a visit that will last until Friday, March 10", False, "2023-03-08"),
        # With no other day, the end of the span dates the sentence.
        ("The exhibition will stay open until March 20", True, "2023-03-20"),
    ],
)
def test_the_end_of_a_span_dates_the_stay_only_when_nothing_else_does(text: str, future: bool, expected: str) -> None:
    found = find_date(text, WED_2023_03_08, future=future)
    assert found is not None and str(found[0]) == expected


def test_an_announced_plan_is_dated_by_the_day_it_is_due_even_on_the_day_of_publication() -> None:
    """ "On Tuesday … announced that … will visit between March 8 and 10", printed on the 8th: the visit, the 8th."""
    text = "On Tuesday, the ministry announced in a statement that the premier will visit Korvik between March 8 and 10"
    planned = find_date(text, WED_2023_03_08, future=True)
    assert planned is not None and (str(planned[0]), planned[1]) == ("2023-03-08", "March 8")
    # Printed after the visit began, the plan is still dated by its own clause, not by the announcement.
    later = find_date(text, dt.date(2023, 3, 10), future=True)
    assert later is not None and (str(later[0]), later[1]) == ("2023-03-08", "March 8")
    # The day of the report, in a clause that is not a plan, still dates the report.
    reported = find_date("On Tuesday, the ministry said that trade grew on March 8", WED_2023_03_08, future=True)
    assert reported is not None and str(reported[0]) == "2023-03-07"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two delegations met on February on the sidelines of a forum", ("2023-02", "on February")),
        # "early", "mid-" and "late" keep the month's precision.
        ("Since May 2019 the ministers have met four times, most recently in late February", ("2023-02", "in late February")),
        ("The envoys held talks in mid-January in Korvik", ("2023-01", "in mid-January")),
    ],
)
def test_a_bare_month_after_on_or_with_early_mid_late_is_a_month(text: str, expected: tuple[str, str]) -> None:
    found = find_date(text, WED_2023_03_08, future=False)
    assert found is not None and (str(found[0]), found[1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers last met in November, during a visit to Korvik", "2022-11"),  # the November before the lede's day
        ("In September, the two leaders met on the sidelines of the summit", "2022-09"),
        ("The delegations met on October on the sidelines of a forum", "2022-10"),
        ("A spokesman said on Tuesday that the talks would cover energy", "2023-03-07"),
    ],
)
def test_an_undated_article_reads_relative_dates_against_the_day_its_lede_states(text: str, expected: str) -> None:
    """No publication date, but a lede that states "March 8, 2023": the words are read against that day, not the
    first year the article names, and the note still asks the editor to check."""
    resolved = resolve_date(text, None, future=False, kind="event", ref_year=2023, stated_day=WED_2023_03_08)
    assert resolved is not None and str(resolved.date) == expected
    assert "the day the lede states" in resolved.how and "unresolved" in resolved.how
    # Without that day, a month takes the article's year and a weekday cannot be dated.
    alone = resolve_date(text, None, future=False, kind="event", ref_year=2023)
    assert alone is not None and str(alone.date) != expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ago" keeps only the precision its words give.
        ("The envoy left Sudmark two days ago after the talks", "2025-03-03"),
        ("The railway line opened three weeks ago to freight", "2025-02"),
        ("The consulate closed six months ago for repairs", "2024-09"),
        ("Norland's president visited the capital a year ago", "2024"),
        # "During the day" is the day of writing.
        ("During the day, the ministers toured the new port terminal", "2025-03-05"),
        ("The delegation landed in Tarvel minutes ago", "2025-03-05"),
    ],
)
def test_ago_and_during_the_day(text: str, expected: str) -> None:
    resolved = resolve_date(text, WED_2025_03_05, future=False, kind="event", ref_year=None)
    assert resolved is not None
    assert str(resolved.date) == expected


def test_ago_in_an_undated_article_is_left_unresolved() -> None:
    resolved = resolve_date("Norland's president visited the capital a year ago", None, future=False, kind="event", ref_year=2030)
    assert resolved is not None
    assert resolved.how.startswith('unresolved: "a year ago" cannot be dated')


def test_a_past_verb_after_the_future_one_dates_the_past() -> None:
    text = "During the day, a joint statement is expected to be signed after its text was shown to reporters on Dec 12."
    assert find_date(text, dt.date(2030, 12, 13), future=True) == (PartialDate.parse("2030-12-13"), "During the day")
    plan = "A joint statement is expected to be signed on Dec 14."
    assert find_date(plan, dt.date(2030, 12, 13), future=True) == (PartialDate.parse("2030-12-14"), "Dec 14")


def test_a_past_act_is_not_dated_by_the_plan_in_its_relative_clause() -> None:
    text = "The ministers signed the transit agreements, which will be implemented from next month."
    assert classify(text, []) == "event"
    assert resolve_date(text, WED_2025_03_05, future=False, kind="event", ref_year=None) == ResolvedDate(
        PartialDate(2025, 3), None, "the month of publication (no date in the sentence)"
    )
    assert classify("The ministers said the agreements, which were signed today, will be implemented next month.", []) == "plan"
    assert classify("Norland will sign the accord which Sudmark drafted.", []) == "plan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day counted from another day is only as certain as its month.
        ("The next day, the ministers toured the port", "2025-03"),
        ("Two days later, the delegation left for Tarvel", "2025-03"),
        ("The visit comes a week after the talks in Tarvel", "2025-03"),
        ("The day after the summit on 3 March, trade officials met in Tarvel", "2025-03"),
        # A day the sentence states before the counted one is its own.
        ("The ministers met on Monday, a day after the talks in Tarvel", "2025-03-03"),
        # "the previous year" of a sentence that states a year counts from that year, not from the day of writing.
        ("Trade grew 20% over the previous year to reach a record in 2022", "2022"),
        # "the same day" is the day the paragraph gives, which the caller carries over: no change here.
        ("The ministers met on Monday and signed the accord later the same day", "2025-03-03"),
    ],
)
def test_a_day_counted_from_another_day_keeps_the_month(text: str, expected: str) -> None:
    resolved = resolve_date(text, WED_2025_03_05, future=False, kind="event", ref_year=None)
    assert resolved is not None
    assert str(resolved.date) == expected


def test_last_weekday_is_never_the_day_of_writing() -> None:
    thursday = dt.date(2030, 5, 2)
    assert find_date("The envoy arrived last Thursday", thursday, future=False) == (PartialDate.parse("2030-04-25"), "last Thursday")
    assert find_date("The envoy arrived on Thursday", thursday, future=False) == (PartialDate.parse("2030-05-02"), "on Thursday")
    assert find_date("The envoy will arrive next Thursday", thursday, future=True) == (PartialDate.parse("2030-05-09"), "next Thursday")


def test_a_visit_that_is_due_is_a_plan_dated_ahead() -> None:
    text = "The president is due in Tarvel on Monday."
    assert classify(text, []) == "plan"
    resolved = resolve_date(text, dt.date(2030, 5, 3), future=True, kind="plan", ref_year=None)
    assert resolved is not None
    assert str(resolved.date) == "2030-05-06"


def test_the_day_of_an_act_just_done_carries_to_the_next_sentence() -> None:
    arrived = resolve_date(
        "The president has arrived in Tarvel on a two-day visit.", WED_2025_03_05, future=False, kind="event", ref_year=None
    )
    assert arrived is not None and str(arrived.date) == "2025-03-05"
    carried = day_carried_over(arrived, WED_2025_03_05)
    assert carried is not None and str(carried.date) == "2025-03-05"
    welcomed = resolve_date("He was given a red-carpet welcome at the air base.", WED_2025_03_05, future=False, kind="event", ref_year=None)
    assert welcomed is not None and day_carried_over(welcomed, WED_2025_03_05) is None  # a fallback month is not carried


def test_a_weekday_put_before_a_future_clause_is_ahead() -> None:
    """ "On Saturday, the minister will open the bridge" in a Thursday paper is the coming Saturday."""
    text = "On Saturday, the minister will open the new bridge."
    assert find_date(text, THU_2026_02_05, future=True) == (PartialDate(2026, 2, 7), "On Saturday")
    past = "On Saturday, the minister opened the new bridge."
    assert find_date(past, THU_2026_02_05, future=False) == (PartialDate(2026, 1, 31), "On Saturday")


def test_a_year_recalled_after_since_dates_no_act() -> None:
    """Without a publication date, "on Tuesday signed …, the first since the accord in 1990" is not 1990."""
    text = "The two states on Tuesday signed a river pact, the first such pact since the signing of the old accord in 1990."
    resolved = resolve_date(text, None, future=False, kind="event", ref_year=2026)
    assert resolved is not None and resolved.phrase is None and "cannot be dated" in resolved.how
    dated = resolve_date(text, WED_2026_02_04, future=False, kind="event", ref_year=None)
    assert dated is not None and dated.date == PartialDate(2026, 2, 3)


def test_a_stay_closed_by_to_with_its_day_glued_to_the_month_is_dated_by_its_first_day() -> None:
    # lusakatimes, intake_final74
    text = "President Hakainde Hichilema is scheduled to undertake a state visit to China from September10 to 16, 2023."
    resolved = resolve_date(text, dt.date(2023, 9, 8), future=True, kind="plan", ref_year=2023)
    assert resolved is not None
    assert (str(resolved.date), resolved.phrase) == ("2023-09-10", "September10 to 16, 2023")


def test_a_span_of_days_told_with_to_is_dated_by_its_first_day() -> None:
    # Invented, after round 91's second undated sample ("from 16 to 17 August" read as the 17th).
    text = "The foreign minister visited Austria from 3 to 5 June to attend a regional conference in Salzburg."
    found = resolve_date(text, dt.date(2015, 6, 8), future=False, kind="event", ref_year=2015)
    assert found is not None
    assert (str(found.date), found.phrase) == ("2015-06-03", "3 to 5 June")
    # "to" between a month's day and a day of the same month named again: the first day, as before
    twice = "The official visit is from June 3rd to 5th June."
    found = resolve_date(twice, dt.date(2015, 6, 1), future=True, kind="plan", ref_year=2015)
    assert found is not None
    assert str(found.date) == "2015-06-03"
    hyphen = "The ministers met in Salzburg on 3-4 June."
    assert str(resolve_date(hyphen, dt.date(2015, 6, 8), future=False, kind="event", ref_year=2015).date) == "2015-06-03"  # type: ignore[union-attr]
