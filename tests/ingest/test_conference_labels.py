"""A ministry's section of press conferences over a conference's title (round 111's date sample, mofa.go.jp).

"Press Conferences" over "Extraordinary Press Conference by Foreign Minister Taro Kono" is the site's section, not the
headline: taken as the headline, it left the title and the date line under it in the text, and the page undated, so
every "today" of the minister's remarks went unresolved.
"""

from __future__ import annotations

from briefgen.ingest.header import is_kicker
from briefgen.ingest.text import clean_page

_PAGE = """Press Conferences
Extraordinary Press Conference by Foreign Minister Taro Kono
Wednesday, September 26, 2018, 9:14 p.m. New York, United States of America

Opening Remarks
Mr. Taro Kono, Minister for Foreign Affairs: We have now passed the halfway point of the United Nations (UN) General \
Assembly High-Level Week. Today, I attended the Japan-Iran and Japan-U.S. summit meetings and also held a Japan-ROK \
foreign ministers' meeting.
"""


def test_a_section_of_press_conferences_is_a_label_over_the_title() -> None:
    assert is_kicker("Press Conferences", "Extraordinary Press Conference by Foreign Minister Taro Kono")


def test_the_title_is_the_headline_and_the_date_line_opens_the_text() -> None:
    [part] = clean_page(_PAGE).parts
    removed = [(r.kind, r.text) for r in part.removed]
    assert removed == [
        ("section label", "Press Conferences"),
        ("headline", "Extraordinary Press Conference by Foreign Minister Taro Kono"),
    ]
    assert part.paragraphs[0].startswith("Wednesday, September 26, 2018, 9:14 p.m.")


def test_a_single_conference_over_a_title_is_no_section() -> None:
    """Only the plural names a site's section: "Press Conference" over a longer line stays as it was read."""
    assert not is_kicker("Press Conference", "Extraordinary Press Conference by Foreign Minister Taro Kono")
