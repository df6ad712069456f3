"""The occasion's day from the paragraph after an undated lede, for the details that state no date of their own."""

from __future__ import annotations

import datetime as dt

from briefgen.corpus.loader import Corpus
from briefgen.suggest.dates import ResolvedDate, find_date
from briefgen.suggest.second_ledes import dated_by_occasion, retold_opening
from briefgen.suggest.story_days import retold_day
from tests.suggest.drafting import drafted

# Round 109's own sample, thetransparency.uk (2023-09-30): a date banner taken for the lede, the report below it.
BANNER = "samedi, avril 13, 2024"
REPORT = (
    "« Serbia’s President Aleksandar Vucic held a trilateral meeting with the President of Hungary Viktor Orban and the "
    "United Arab Emirates’ personal envoy of the president Crown Prince Khaled bin Mohamed bin Zayed Al Nahyan in "
    "Belgrade on Friday."
)
DETAIL = (
    "The three discussed a wide range of topics including the situation in the Balkan region as well as an initiative "
    "to establish strategic security in the region in the field of energy, water supply, food industry and human resources."
)
PUBLISHED = dt.date(2023, 9, 30)


def test_the_report_under_a_date_banner_dates_the_occasion() -> None:
    found = retold_day([BANNER, REPORT, DETAIL], BANNER, PUBLISHED, 2023)
    assert found is not None
    assert str(found.date) == "2023-09-29"
    assert found.phrase == "on Friday"


def test_an_occasions_detail_with_no_date_takes_its_day(corpus: Corpus) -> None:
    drafts = drafted(corpus, "\n\n".join([BANNER, REPORT, DETAIL]), published=PUBLISHED)
    detail = next(d for d in drafts if str(d.fields["quote"]).startswith("The three discussed"))
    assert detail.fields["date"] == "2023-09-29"


# Round 109's own sample, monitor.co.ug (2024-05-16): the next paragraph tells another act than the lede's journey.
LEDE = "Ugandan President Yoweri Museveni arrived in the Kenyan capital of Nairobi on Wednesday for a three-day state visit."
PLAN = (
    "Museveni, who was greeted by Kenyan Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs "
    "Musalia Mudavadi, is scheduled to engage in bilateral discussions with his Kenyan counterpart President William "
    "Ruto in Nairobi on Thursday."
)


def test_a_plan_in_the_next_paragraph_dates_no_occasion() -> None:
    assert retold_day([LEDE, PLAN], LEDE, dt.date(2024, 5, 16), 2024) is None  # "is scheduled to engage … on Thursday"
    assert retold_opening([BANNER, REPORT], BANNER) == REPORT


def test_a_caption_under_the_lede_is_no_retelling() -> None:
    lede = "Kazakhstan's President and Japan's Prime Minister held talks in Tokyo."
    caption = "Kazakhstan's President shakes hands with Japan's Prime Minister in Tokyo, Japan December 18, 2025."
    assert retold_opening([lede, caption], lede) is None


def test_a_line_set_in_the_whole_visit_keeps_its_reading() -> None:
    day = find_date("on Friday", PUBLISHED, future=False)
    assert day is not None
    month = ResolvedDate(day[0], None, "the month of publication (no date in the sentence)")
    assert dated_by_occasion(month, DETAIL)
    assert not dated_by_occasion(month, "During his visit, the president also attended a ceremony in Belgrade.")
