"""Datelines of press releases and reprinted wire copy read as the page's place: a place with a hyphen typed against
it ("Tokyo- Heads of …"), a release's date before its place in brackets ("Monday, November 4, 2019 (Anchorage) -"),
a place in capitals and a wire's credit with no dash ("ROME (AP) Italian …"), and a syndicator's credit that lost its
opening bracket before the wire's dateline.  The sentences are those of the pages of the round's own sample and of
half A's sets."""

from __future__ import annotations

import pytest

from briefgen.ingest.pressdatelines import open_credit_dateline, press_dateline

_TOKYO = "Tokyo- Heads of Japanese prefectures and U.S. states kicked off their first forum in 23 years on Monday in Tokyo."
_ANCHORAGE = (
    "Monday, November 4, 2019 (Anchorage) - This week, Governor Michael J. Dunleavy and First Lady Rose Dunleavy are "
    "visiting Japan, one of Alaska's top trading partners and longtime friend in the North Pacific region."
)
_ROME = (
    "ROME (AP) Italian Prime Minister Mario Draghi said a bilateral treaty signed Friday with French President Emmanuel "
    "Macron to strengthen bilateral co-operation would in turn strengthen the European Union."
)
_NEW_DELHI = (
    "MENAFN - IANS) New Delhi, May 1 (IANS) Angola's President Joao Manuel Goncalves Lourenco will begin a four-day "
    "visit to India on Thursday, to boost relations between the two countries."
)


@pytest.mark.parametrize(
    ("paragraphs", "place"),
    [
        ([_TOKYO], "Tokyo"),
        (["Japan, U.S. Governors Begin 1st Forum in 23 Years", _TOKYO], "Tokyo"),
        ([_ANCHORAGE], "Anchorage"),
        (["/ Updated: 26 November 2021 / 09:56 EST French President Emmanuel Macron, left, signs the treaty.", _ROME], "Rome"),
    ],
)
def test_press_datelines_give_the_place(paragraphs: list[str], place: str) -> None:
    assert press_dateline(paragraphs)["place"].value == place


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the place before the hyphen is named nowhere else on the page: a compound cut at a line's end, not a dateline
        ["Kyrgyz- Tajik talks on the border resumed on Monday after a pause of two months."],
        # a sentence that opens on a date and goes on with no place in brackets
        ["Monday, November 4, 2019 - This week the governor is visiting Japan with the first lady."],
        # capitals with a bracket that credits no wire
        ["ASEAN (Association of Southeast Asian Nations) Foreign ministers met in Jakarta on Monday."],
        # the dateline stands below the report's opening paragraphs
        ["The first paragraph.", "The second paragraph.", "The third paragraph.", _TOKYO],
    ],
)
def test_other_openings_give_no_place(paragraphs: list[str]) -> None:
    assert press_dateline(paragraphs) == {}


def test_wire_dateline_after_a_credit_that_lost_its_bracket() -> None:
    assert open_credit_dateline([_NEW_DELHI])["place"].value == "New Delhi"
    assert open_credit_dateline(["MENAFN - IANS) Angola's President will begin a four-day visit to India."]) == {}
