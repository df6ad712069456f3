"""A title-cased headline ending on a country's initials is a headline, not a sentence.

"Irish Beef Trade Mission to the U.S." is the title of a school's business blog post (ricecollegewestport.ie, round 91's
metadata sample); the page below is made up around it.  The sentence is half A's (Lula's visit, intake_final).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.abbreviatedends import ends_on_initials
from briefgen.ingest.header import headline_like
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize("line", ["Irish Beef Trade Mission to the U.S.", "Modi Arrives in Washington D.C."])
def test_a_title_cased_line_on_initials_is_headline_like(line: str) -> None:
    assert ends_on_initials(line)
    assert headline_like(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lula is accompanied by executives from about 80 companies on his visit, including aircraft manufacturing giant Embraer S.A.",
        "The minister will travel to the U.S.",
        "Irish beef exports to China rose.",
    ],
)
def test_a_sentence_stays_a_sentence(line: str) -> None:
    assert not headline_like(line)


def test_the_title_is_kept(mini_project: Path, tmp_path: Path) -> None:
    text = (
        "Irish Beef Trade Mission to the U.S.\n\n"
        "Minister Simon Coveney travels to the U.S today acompanied by members of the Irish beef industry on a trade "
        "mission.\n\n"
        "Ireland is the first E.U. country to have the opportunity to sell beef into the U.S. for the last 15 years.\n"
    )
    fields = dry_add(mini_project, tmp_path, text, "http://www.ricecollegewestport.ie/business/?p=1359")
    assert fields["title"] == "Irish Beef Trade Mission to the U.S."
