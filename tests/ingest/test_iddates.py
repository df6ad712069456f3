"""A day written year first inside a story's id or page name dates the page only when the text confirms it."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.ingest.iddates import date_in_story_id
from briefgen.ingest.urldates import date_in_address

_DATELINE = "Ulaanbaatar, Mongolia, July 6 (Jiji Press)--The Emperor arrived. He had visited in 2007."


@pytest.mark.parametrize(
    ("url", "text", "day"),
    [
        ("https://example.com/en/news/yjj2025070600098/emperor-arrives.html", _DATELINE, dt.date(2025, 7, 6)),
        ("https://example.com/news/Ministers-Strengthen-Relations-20231207-0010.html", "Talks in 2023.", dt.date(2023, 12, 7)),
        ("https://example.com/world/summit-opens-20170403-story.html", "The summit of 2017 opened.", dt.date(2017, 4, 3)),
        # The text names neither the year nor the day: the digits could be any id.
        ("https://example.com/en/news/yjj2025070600098/emperor-arrives.html", "The Emperor arrived on Sunday.", None),
        # The text names another day of the month: not confirmed.
        ("https://example.com/en/news/yjj2025070600098/emperor-arrives.html", "Tokyo, July 16 (Jiji Press)--He left.", None),
        # Nine digits of a serial number after the day, as Yonhap numbers its stories.
        ("https://m-en.example.kr/view/AEN20220825007500325", "SEOUL, Aug. 25 (Yonhap) -- The minister left.", dt.date(2022, 8, 25)),
        ("https://m-en.example.kr/view/AEN202208250075003251", "SEOUL, Aug. 25 (Yonhap) -- The minister left.", None),
        # Digits that make no real day are an id.
        ("https://example.com/news/abc2025133100098/story.html", "In 2025.", None),
        # The day set off by underscores, or opening the page's name before its number.
        ("https://example.com/news/article_20230504_0001.html", "Talks in 2023.", dt.date(2023, 5, 4)),
        ("https://example.com/news/leaders_meet_20230504", "SEOUL, May 4 -- Leaders met.", dt.date(2023, 5, 4)),
        ("https://example.com/news/20230504-0001.html", "Talks in 2023.", dt.date(2023, 5, 4)),
        ("https://example.com/news/article_20230504_0001.html", "The leaders met on Thursday.", None),
        ("https://example.com/news/item20230504x", "Talks in 2023.", None),  # run into letters on both sides: an id
    ],
)
def test_a_day_in_a_story_id_needs_the_text_to_agree(url: str, text: str, day: dt.date | None) -> None:
    found = date_in_story_id(url, text)
    assert (found[0] if found else None) == day


def test_the_address_reads_a_story_id_last() -> None:
    found = date_in_address("https://example.com/en/news/yjj2025070600098/emperor-arrives.html", _DATELINE)
    assert found is not None and found[0] == dt.date(2025, 7, 6)
