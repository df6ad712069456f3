"""The place a reader sees for two datelines pasted copy cuts short: a capital's name before a spaced dash that the
page never names again, and a place with its country in square brackets before a colon, the agency's day and credit
cut (lines from intake_final106's and intake_final98's pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.dashline import dash_dateline
from briefgen.ingest.datelineshapes import shaped_dateline
from tests.ingest.dry_run import dry_add

_JAKARTA = (
    "Jakarta – President Prabowo Subianto arrived Ottawa, Canada, after holding a job visit to the United Nations, New "
    "York, United States (US). The head of state was kindly welcomed by Indonesian citizens or diaspora in Ottawa."
)
_GEORGETOWN = (
    "Georgetown [Guyana]: Prime Minister Narendra Modi on Wednesday arrived in Guyana, the first Indian PM to visit the "
    "country in 56 years."
)


def test_a_capital_before_a_dash_is_the_place_though_named_once() -> None:
    assert dash_dateline([_JAKARTA], [])["place"].value == "Jakarta"


@pytest.mark.parametrize("capital", ["Addis Abeba", "Ha Noi", "Astana", "Brasilia"])
def test_a_capital_spelt_as_its_own_press_spells_it_is_the_place_though_named_once(capital: str) -> None:
    lede = f"{capital} – Vell and Dalen have raised their ties to a strategic partnership, the two governments said."
    assert dash_dateline([lede], [])["place"].value == capital


def test_other_title_case_words_before_a_dash_still_need_a_second_mention() -> None:
    lede = "Ras El-Hekma – The UAE consortium signed a landmark agreement with Egypt on Friday."
    assert dash_dateline([lede], []) == {}
    assert dash_dateline([lede, "The project at Ras El-Hekma is the largest."], [])["place"].value == "Ras El-Hekma"


def test_a_place_with_its_country_in_square_brackets_before_a_colon_is_a_dateline() -> None:
    found = shaped_dateline([_GEORGETOWN], [])["place"]
    assert (found.value, found.evidence) == ("Georgetown", "Georgetown [Guyana]")


def test_square_brackets_that_name_no_country_make_no_dateline() -> None:
    assert shaped_dateline(["Narendra Modi [Left] – Prime Minister Narendra Modi arrived in Guyana on Wednesday."], []) == {}
    assert shaped_dateline(["The President [Ali]: We welcome the Prime Minister of India to Guyana."], []) == {}


def test_sources_add_reads_the_bracketed_dateline_below_a_caption(mini_project: Path, tmp_path: Path) -> None:
    body = (
        "received at the airport by President of Guyana, Mohamed Irfaan Ali, and over a dozen cabinet ministers (L) & PM "
        "Modi receiving Guard of Honour (R) | X @Narendra Modi\n\n"
        f"{_GEORGETOWN}\n\n"
        "In an unprecedented gesture, he was received at the airport by President of Guyana, Mohamed Irfaan Ali, and over "
        "a dozen cabinet ministers.\n"
    )
    fields = dry_add(mini_project, tmp_path, body, "https://www.freepressjournal.in/india/pm-modi-becomes-first-indian-pm-to-visit-guyana")
    assert fields["place"] == "Georgetown"


def test_sources_add_reads_a_capitals_dash_dateline(mini_project: Path, tmp_path: Path) -> None:
    body = f"Prabowo was welcomed by the children to the diaspora in Customs in Ottawa Canada\n\n{_JAKARTA}\n"
    assert dry_add(mini_project, tmp_path, body, "https://dana.nwar.uk/prabowo-was-welcomed")["place"] == "Jakarta"
