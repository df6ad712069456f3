"""A dateline that closes on the agency's name between slashes ("Astana, Dec. 25, 2017. / Kabar /.") gives the place
and the day; with the year, the publication date."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.slashcredits import slash_credit_dateline
from tests.ingest.dry_run import dry_add

_LEDE = "Ostland and Veldra signed the Treaty on Demarcation of the State Border, completing the border's legal registration."


@pytest.mark.parametrize(
    ("opening", "place", "day", "published"),
    [
        ("Port Avel, Dec. 25, 2017. / Kestrel /. ", "Port Avel", None, "2017-12-25"),
        ("PORT AVEL, 3 March 2019 /Kestrel/. ", "Port Avel", None, "2019-03-03"),
        ("Port Avel, March 3 / Kestrel / ", "Port Avel", "March 3", None),
        # no credit between slashes: no dateline of this shape
        ("Port Avel, Dec. 25, 2017. ", None, None, None),
        ("The treaty, Dec. 25, 2017 / Kestrel / ", None, None, None),
    ],
)
def test_a_credit_between_slashes_closes_a_dateline(opening: str, place: str | None, day: str | None, published: str | None) -> None:
    found = slash_credit_dateline([opening + _LEDE])
    assert (found["place"].value if "place" in found else None) == place
    assert (found["day"].value if "day" in found else None) == day
    assert (found["published"].value if "published" in found else None) == published


def test_sources_add_dates_and_places_the_page_by_such_a_dateline(mini_project: Path, tmp_path: Path) -> None:
    page = f"Ostland and Veldra sign Treaty on Demarcation of State Border\n\nPort Avel, Dec. 25, 2017. / Kestrel /. {_LEDE}\n"
    fields = dry_add(mini_project, tmp_path, page, "https://kestrel.example/eng/news/ostland-and-veldra-sign-treaty")
    assert (fields["place"], fields["published"]) == ("Port Avel", "2017-12-25")
