"""A page's row of readers' buttons (its text-size control, icons left as bars) is furniture, never the lede or the
headline.

The lines are real: News.Az prints "+ ↺ − 16 px" between its date and the lede (the page below is the start of its
report in the set intake_final2, where the control was kept as the first paragraph, or taken for the headline when the
page was read without its address); the site of the President of Poland prints "A | A | A" under a row of icons.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.text import furniture_kind
from briefgen.ingest.toolbars import toolbar_kind
from tests.ingest.dry_run import dry_add

LEDE = (
    "Egyptian President Abdel Fattah el-Sisi will visit Türkiye on Wednesday to co-chair the inaugural meeting of the "
    "High-Level Strategic Cooperation Council, according to a statement from the Turkish Communications Directorate, "
    "News.Az reports citing Anadolu agency."
)


@pytest.mark.parametrize(
    "line",
    [
        "+ ↺ − 16 px",
        "A | A | A",
        "| | |",
        "A- A A+",
        "A- A A+ | High contrast",
        "A- A A+ | Tăng tương phản Giảm tương phản",
        "Font size",
        "Decrease text size",
        "minus",
        "plus",
    ],
)
def test_a_line_of_readers_buttons_is_furniture(line: str) -> None:
    assert toolbar_kind(line) == "toolbar"
    assert furniture_kind(line) == "toolbar"


@pytest.mark.parametrize(
    "line",
    [
        "A 16 px banner",
        "Trade grew by 16 percent in the first half",
        "A",
        "Text",
        "Font sizes on the new passports will be larger, the ministry said.",
        "Plus one",
        "Trade surplus or minus: the year in figures",
    ],
)
def test_words_beside_a_size_stay_text(line: str) -> None:
    assert toolbar_kind(line) is None


@pytest.mark.parametrize("url", ["https://news.az/news/egyptian-president-sisi-to-make-official-visit-to-turkiye", None])
def test_the_text_size_control_is_neither_lede_nor_headline(mini_project: Path, tmp_path: Path, url: str | None) -> None:
    text = f" date 2024-09-03 + ↺ − 16 px\n\n{LEDE}\n"
    fields = dry_add(mini_project, tmp_path, text, url)
    assert fields["body"] == f"{LEDE}\n"
    assert fields["title"] == ""
    assert fields["published"] == "2024-09-03"


def test_a_text_size_control_spelled_out_does_not_hide_the_dateline(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "Leaders sign accord on trade\n\nLeaders sign accord on trade\nminus\nplus\n\n"
        "Muscat: The two leaders signed an accord on trade and investment on Thursday, officials said after the talks.\n"
    )
    assert dry_add(mini_project, tmp_path, page, None)["place"] == "Muscat"


def test_the_size_control_with_a_contrast_button_is_not_the_headline(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "A- A A+ | High contrast\n\nProvincial Chairman Receives the Consul General of Ostland\n\n"
        "On the morning of May 4, the chairman of the provincial committee received the consul general of Ostland, who "
        "is visiting the province to discuss trade in farm products and tourism.\n"
    )
    assert dry_add(mini_project, tmp_path, page, None)["title"] == "Provincial Chairman Receives the Consul General of Ostland"
