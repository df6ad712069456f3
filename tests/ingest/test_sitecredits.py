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


EDITION_LEDE = (
    "Jakarta, CNBC Indonesia – President Joko Widodo had a one-on-one meeting with Malaysian Prime Minister Dato Seri "
    "Anwar Ibrahim at the presidential palace in Bogor on Monday (01/09/2023). Several agreements resulted from this meeting."
)


def test_a_national_editions_credit_gives_the_city_and_names_no_outlet(mini_project: Path, tmp_path: Path) -> None:
    assert site_credited_dateline([EDITION_LEDE], "https://exbulletin.com/politics/2000566/")["place"].value == "Jakarta"
    fields = dry_add(mini_project, tmp_path, EDITION_LEDE + "\n", "https://exbulletin.com/politics/2000566/")
    assert fields["place"] == "Jakarta"
    assert fields["outlet"] != "CNBC"


def test_a_state_or_country_in_capitals_is_no_edition() -> None:
    for lede in (
        "Austin, TX – The governor signed the bill on Monday, his office said.",
        "Beijing, CHINA – The two leaders met on Monday at the Great Hall of the People.",
    ):
        assert site_credited_dateline([lede], "https://www.kestreldaily.com/world/1") == {}


def test_the_sites_full_name_after_the_city_run_into_the_lede_gives_the_place() -> None:
    """The Gulf Observer's form (intake_final153): no mark between its name and the lede."""
    lede = "Hanoi, The Kestrel Daily Prime Minister Anna Vel on Thursday held talks with her visiting counterpart."
    assert site_credited_dateline([lede], "https://thekestreldaily.com/talks")["place"].value == "Hanoi"
    assert site_credited_dateline([lede], "https://kestreldaily.com/talks") == {}  # the words spell another name
    assert site_credited_dateline([lede], None) == {}
