"""A publication stamp may close with the place the story was filed from, but only a place the text writes, and only on
a stamp that says the page was published or updated, with its time of day.  Every line here is made up."""

from __future__ import annotations

import pytest

from briefgen.ingest.stampplaces import stamp_place


@pytest.mark.parametrize(
    ("stamp", "place"),
    [
        ("Published - December 05, 2023 04:04 pm IST - Port Avel", "Port Avel"),
        ("Published - December 05, 2023 04:04 pm IST - Mara Quist", None),  # a name the text never writes: no place
        ("Published - December 05, 2023 04:04 pm IST", None),
        # an update leaves where the story was filed as it was: the place closes the update's stamp as well
        ("Updated - December 05, 2023 04:04 pm IST - Port Avel", "Port Avel"),
        ("December 05, 2023 04:04 pm | Updated 06:10 pm IST - Port Avel", "Port Avel"),
        ("December 05, 2023 04:04 pm | Updated 06:10 pm IST - Mara Quist", None),
    ],
)
def test_a_publication_stamp_may_close_with_the_place(stamp: str, place: str | None) -> None:
    found = stamp_place([stamp], "Ostland's president was welcomed at the palace in Port Avel on Tuesday.")
    assert (found.value if found else None) == place
