"""A date line beside the weather at the top of a page is the site's clock and dates nothing; the same line without the
weather is read.  The page is the top of an article of a development set (intake_final66)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

_URL = "https://lordspress.co.uk/migration/starmer-and-merz-find-their-happy-place-war"
_TOP = "Friday, 12 September, 2025\n\nLondon, UK\n\nFriday, September 12, 2025 5:59 AM\n\n"
_WEATHER = "clear sky 11.2°C\n\nCondition: Clear sky\n\nHumidity: 84%\n\nWind Speed: 16.7 km/h\n\n"
_STORY = (
    "Starmer and Merz find their happy place: War\n\n"
    "LONDON — Keir Starmer will welcome German Chancellor Friedrich Merz to London Thursday to sign the biggest "
    "U.K.-German treaty since 1945 — and this time, they do want to mention the war.\n\n"
    "Despite sitting on different sides of the political spectrum, the two men have more in common than initially "
    "meets the eye.\n"
)


def test_a_date_beside_the_weather_dates_nothing(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, _TOP + _WEATHER + _STORY, _URL)
    assert fields["published"] == ""


def test_the_same_date_line_without_the_weather_is_read(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, _TOP + _STORY, _URL)
    assert fields["published"] == "2025-09-12"


_MINISTRY = "https://www.mfa.gov.af/news/1695-deputy-and-acting-foreign-minister-meets-ambassadors-to-kabul.html"
_CLOCK = "Saturday 19 September 2020\n Kabul Local Time\n29 Sunbula 1399, 08:39 PM\n\n"
_MEETINGS = (
    "Deputy and Acting Foreign Minister Meets British, Japanese, Russian, Indonesian, Turkmenistan, Saudi Arabic, "
    "South Korean, and Uzbekistan Ambassadors to Kabul\n\n"
    "KABUL – Deputy and Acting Foreign Minster Mr. Mohammad Haroon Chakhansuri had separate meetings with the "
    "ambassadors of the United Kingdom, Japan, Russia, Indonesia, Turkmenistan, Saudi Arabia, South Korea, and "
    "Uzbekistan governments to Kabul, this afternoon.\n\n"
    "During these meetings, Minister Chakhansuri talked about further strengthening and expanding bilateral ties.\n"
)


def test_a_date_over_the_local_time_is_the_sites_clock(mini_project: Path, tmp_path: Path) -> None:
    # A foreign ministry's page (the round's own sample): the top prints the day and the minute in Kabul.
    assert dry_add(mini_project, tmp_path, _CLOCK + _MEETINGS, _MINISTRY)["published"] == ""
