"""A dateline crediting the site by its short name after the city ("Jakarta, MINA –" on minanews.net): the city is the
place and the name the outlet; capitals that do not spell the address are left alone.  The lede is Mi'raj News
Agency's (``intake_final88``)."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.sitecredits import names_site, site_credited_dateline
from tests.ingest.dry_run import dry_add

LEDE = (
    "Jakarta, MINA – President of the Republic of Indonesia, Prabowo Subianto, officially welcomed French President "
    "Emmanuel Macron during a bilateral meeting at the Merdeka Palace in Jakarta on Wednesday."
)
ADDRESS = "https://en.minanews.net/indonesian-president-prabowo-urges-israel-to-recognize-palestinian-state/"


def test_the_sites_short_name_after_the_city_gives_place_and_outlet(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, " date 2025-05-28 " + LEDE + "\n", ADDRESS)
    assert (fields["place"], fields["outlet"]) == ("Jakarta", "MINA")


def test_capitals_that_do_not_spell_the_address_are_no_credit() -> None:
    assert site_credited_dateline([LEDE], "https://www.kestreldaily.com/world/1") == {}
    assert not names_site("TXS", "https://www.kestreldaily.com/world/1")


def test_a_credit_spells_the_address_whole_or_before_an_outlet_word() -> None:
    assert names_site("MINA", ADDRESS)
    assert names_site("KESTREL", "https://kestrel.com/a")
    assert not names_site("MINA", "https://minapolis.com/a")
