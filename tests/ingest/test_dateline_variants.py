"""Metadata a reader sees for datelines and stamp lines written in the forms that news pages vary: a release wire's
credit between slashes, a dash typed against the place, a speaker's title over a quote, a time zone in brackets, the
country in square brackets after the place; a piece's kind label or a weekday opening the line is no place."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.bylines import byline_kind
from briefgen.ingest.meta import dateline, dateline_length, find_dateline
from tests.ingest.dry_run import dry_add


def test_a_press_release_dateline_gives_its_place_and_day() -> None:
    found = dateline("PORT AVEL, April 17, 2025 /PRNewswire/ -- Ostland's president on Thursday held talks in the capital.")
    assert found["place"].value == "Port Avel"
    assert found["published"].value == "2025-04-17"


def test_a_release_dateline_keeps_its_place_and_day_when_the_distributors_name_was_dropped() -> None:
    found = dateline("PORT AVEL, Ostland, March 3, 2024/ — The president of Ostland has begun a tour of four countries.")
    assert found["place"].value == "Port Avel"
    assert found["published"].value == "2024-03-03"
    assert dateline("In 2024/2025 — the year of the tour — trade grew.") == {}


def test_sources_add_dates_a_page_by_its_release_dateline_not_the_sites_banner(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "Friday, June 6, 2025\n19 C\nPort Avel\n\nOstland's President Visits the Northern Isles for the First Time\n\n"
        "PORT AVEL, Ostland, March 3, 2024/ — The president of Ostland has begun a working visit to four countries, his "
        "first visit to the region since taking office, and signed two agreements on fisheries on the first day.\n"
    )
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["published"] == "2024-03-03"
    assert fields["place"] == "Port Avel"


@pytest.mark.parametrize("closer", [".", ".-"])
def test_a_full_stop_after_the_agencys_credit_closes_the_dateline(closer: str) -> None:
    found = dateline(f"PORT AVEL, May 19 (EFE){closer} Ostland and the island states agreed to set up a council on trade.")
    assert found["place"].value == "Port Avel"
    assert found["day"].value == "May 19"


def test_sources_add_reads_the_place_of_a_dateline_closed_by_a_full_stop(mini_project: Path, tmp_path: Path) -> None:
    page = (
        "Ostland and the island states agree on a council on trade\n\nThis content was published on May 19, 2023 – 16:21\n\n"
        "PORT AVEL, May 19 (EFE). Ostland and the island states agreed to set up a council on trade and investment, "
        "according to a statement issued on Friday.\n"
    )
    fields = dry_add(mini_project, tmp_path, page, None)
    assert fields["place"] == "Port Avel"
    assert fields["published"] == "2023-05-19"


def test_a_dash_typed_against_a_place_in_capitals_closes_the_dateline() -> None:
    assert dateline("PORT AVEL- Ostland's president has wrapped up his tour of the region.")["place"].value == "Port Avel"
    assert dateline("COVID-19 Cases rose again in the region this week.") == {}


def test_a_speakers_title_over_a_quote_is_no_place() -> None:
    paragraphs = [
        "Ostland's president has wrapped up his tour of the region with a visit to Westmark on Thursday.",
        "President Adler: The friendship between our two nations is built upon a shared history.",
    ]
    assert find_dateline(paragraphs) == {}


def test_a_time_stamp_with_its_zone_in_brackets_is_a_stamp_line() -> None:
    assert byline_kind("7 May 2024 18:21 (UTC+04:00)") == "date banner"
    assert byline_kind("May 7, 2024 09:05 GMT+5") == "date banner"
    assert byline_kind("7 May 2024 Ostland and Westmark sign accords") is None


def test_sources_add_takes_no_headline_from_a_zoned_time_stamp(mini_project: Path, tmp_path: Path) -> None:
    body = (
        "7 May 2024 18:21 (UTC+04:00)\n\n"
        "The authorities of Ostland and Westmark will sign more than 30 agreements during the visit, the agency reports.\n\n"
        "The visit is the first in eight years, the foreign ministry said on Tuesday in Port Avel.\n"
    )
    fields = dry_add(mini_project, tmp_path, body, "https://news.example/politics/ostland-westmark-agreements")
    assert fields["title"] == ""


def test_sources_add_reads_the_place_of_a_release_dateline(mini_project: Path, tmp_path: Path) -> None:
    body = (
        "PORT AVEL, April 17, 2025 /PRNewswire/ -- Ostland's president on Thursday held talks with Westmark's prime "
        "minister, the national news agency reported.\n\n"
        "The two leaders witnessed the exchange of more than 30 cooperation documents.\n"
    )
    fields = dry_add(mini_project, tmp_path, body, "https://news.example/news/ostland-westmark-talks")
    assert (fields["place"], fields["published"]) == ("Port Avel", "2025-04-17")


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Port Avel [Ostland], October 7 : President Anna Vell met Prime Minister Rask.", "Port Avel"),
        ("Port Avel [Ostland], Oct 7 (ANI): President Anna Vell met Prime Minister Rask.", "Port Avel"),
        ("PORT AVEL [Ostland], October 7: President Anna Vell met Prime Minister Rask.", "Port Avel"),
        ("Editorial: The government has done well to sign the accord.", None),
        ("EDITORIAL — The government has done well to sign the accord.", None),
        ("Explainer | What the accord means for trade.", None),
        ("EXCLUSIVE: The minister says the accord is near.", None),
    ],
)
def test_bracketed_country_datelines_and_kind_labels(paragraph: str, place: str | None) -> None:
    found = find_dateline([paragraph])
    assert (found["place"].value if "place" in found else None) == place
    assert (dateline_length(paragraph) > 0) is (place is not None)


def test_a_weekday_opening_a_dated_line_is_no_place() -> None:
    found = dateline("Wednesday, December 6, 2023 – President Anna Vell has secured another loan for the harbour.")
    assert "place" not in found
    assert found["published"].value == "2023-12-06"


def test_a_place_opening_a_dated_line_is_still_read() -> None:
    assert dateline("Port Avel, December 6, 2023 – President Anna Vell has secured a loan.")["place"].value == "Port Avel"


def test_a_place_and_its_country_closed_by_a_typed_double_dash() -> None:
    # Associated Press copy on ABC News (intake_final88), below its byline and a photo caption.
    paragraphs = [
        "By NINIEK KARMINI Associated Press and FADLAN SYAM Associated Press",
        "JAKARTA, Indonesia -- The French president met with his Indonesian counterpart on Wednesday as Emmanuel Macron "
        "continued his week-long trip to Southeast Asia.",
    ]
    assert find_dateline(paragraphs)["place"].value == "Jakarta"


def test_a_place_and_full_date_on_their_line_below_the_byline(mini_project: Path, tmp_path: Path) -> None:
    # Indian Newslink (intake_final84): the writer's name, then the dateline alone on its line.
    text = (
        "Luxon prepares for his maiden State Visit to India amidst rising expectations\n\n"
        "Venkat Raman\n"
        "Auckland, March 10, 2025\n\n"
        "Prime Minister Christopher Luxon is set to embark on a significant diplomatic visit to India later this week. "
        "The four-day visit (from March 17 to March 20) including two days each in Delhi and Mumbai, comes at a time "
        "when trade is becoming a critical component of international relations.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "https://indiannewslink.co.nz/luxon-prepares-for-his-maiden-state-visit-to-india/")
    assert (fields["place"], fields["published"]) == ("Auckland", "2025-03-10")
    assert dateline("Auckland, March 10")["place"].value == "Auckland"
    assert "published" not in dateline("Auckland, March 10")
    assert (dateline("AUCKLAND, March 10, 2025")["place"].value, dateline("AUCKLAND, March 10, 2025")["published"].value) == (
        "Auckland",
        "2025-03-10",
    )
    assert dateline("UPDATED, March 10, 2025") == {}  # a stamp's label, no place
    assert dateline("MONDAY, March 10, 2025") == {}


def test_a_saints_island_after_the_place_keeps_the_datelines_day() -> None:
    # "BASSETERRE, St. Kitts, April 06, 2022 (Press Unit …) –": the island's "St." no longer hides the dated dateline
    found = dateline("PORT AVEL, St. Velmora, April 06, 2022 (Press Unit in the Office of the Prime Minister) – The three leaders met.")
    assert (found["place"].value, found["published"].value) == ("Port Avel", "2022-04-06")
    found = dateline("Port Avel, St. Velmora, 3 March 2020: The Prime Minister of Ostland arrived for talks.")
    assert (found["place"].value, found["published"].value) == ("Port Avel", "2020-03-03")
    # a saint's name opening the paragraph is no place with an island after it
    assert "published" not in dateline("St. Velmora, April 06, 2022 – The three leaders met on Wednesday.")


def test_an_underscore_typed_after_the_sites_credit_closes_the_dateline() -> None:
    found = dateline("Port Avel (Harbour Union)_ Ostland's President Anna Vell arrived in Westmark for a three-day state visit.")
    assert found["place"].value == "Port Avel"
    assert dateline("Port Avel (Harbour Union) the_name of the port was changed in the spring, residents said.") == {}
