"""The place and day a reader sees for three dateline forms of a fifth fresh sample of pages, written on lines of half
A's pages (intake_final106's and intake_final98's) as those sites print them: a capital before a dash typed as a
spaced hyphen ("Luanda - The President …"), a place and its country before a dash and the full date in brackets
("Georgetown, Guyana—(August 16, 2021) …"), and a place in capitals of two names joined by "&"; and a transcript's
turn under an office in capitals, which is no dateline."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.dashline import dash_dateline
from briefgen.ingest.meta import dateline, find_dateline
from briefgen.ingest.speakerlines import is_speaker_line
from tests.ingest.dry_run import dry_add

# intake_final106: "Jakarta – President Prabowo Subianto arrived Ottawa, …", its dash typed as a hyphen.
_JAKARTA = (
    "Jakarta - President Prabowo Subianto arrived Ottawa, Canada, after holding a job visit to the United Nations, New "
    "York, United States (US). The head of state was kindly welcomed by Indonesian citizens or diaspora in Ottawa."
)
# intake_final98: "Georgetown [Guyana]: Prime Minister Narendra Modi on Wednesday arrived in Guyana, …".
_ARRIVED = "Prime Minister Narendra Modi on Wednesday arrived in Guyana, the first Indian PM to visit the country in 56 years."


def test_a_capital_before_a_spaced_hyphen_is_the_place() -> None:
    found = dash_dateline([_JAKARTA], [])["place"]
    assert (found.value, found.evidence) == ("Jakarta", "Jakarta")


def test_other_title_case_words_before_a_spaced_hyphen_still_need_a_second_mention() -> None:
    # lines of half A's pages: a share button's label, a time stamp with its place
    assert dash_dateline(["Share - WeChat"], []) == {}
    assert dash_dateline(["Ras El-Hekma - The UAE consortium signed a landmark agreement with Egypt on Friday."], []) == {}


def test_a_hyphen_inside_a_name_is_no_dash() -> None:
    assert dash_dateline(["Ras El-Hekma The UAE consortium signed a landmark agreement with Egypt on Friday."], []) == {}


def test_a_place_its_country_and_the_date_in_brackets_date_the_page() -> None:
    found = dateline(f"Georgetown, Guyana—(November 20, 2024) {_ARRIVED}")
    assert found["place"].value == "Georgetown"
    assert found["published"].value == "2024-11-20"


def test_a_date_in_brackets_needs_its_year_and_the_lede_after_it() -> None:
    assert "published" not in dateline(f"Georgetown, Guyana—(November 20) {_ARRIVED}")
    assert "published" not in dateline("Georgetown, Guyana—(November 20, 2024)")


def test_a_place_of_two_names_joined_by_an_ampersand_is_one_place() -> None:
    assert dateline(f"TRINIDAD & TOBAGO – {_ARRIVED}")["place"].value == "Trinidad & Tobago"


def test_a_transcripts_turn_under_an_office_is_no_dateline() -> None:
    turn = "PRIME MINISTER: Thank you for being such a magnificent host for the Pacific Islands Forum."
    assert is_speaker_line(turn)
    assert find_dateline(["Media release", turn, "It has been a very successful meeting."]) == {}
    assert not is_speaker_line(f"ISLAMABAD: {_ARRIVED}")


def test_sources_add_reads_the_place_and_day_before_the_bracketed_date(mini_project: Path, tmp_path: Path) -> None:
    body = f"Georgetown, Guyana—(November 20, 2024) {_ARRIVED}\n\nHe was received at the airport by President Mohamed Irfaan Ali.\n"
    fields = dry_add(mini_project, tmp_path, body, "https://op.example/?p=9188")
    assert (fields["place"], fields["published"]) == ("Georgetown", "2024-11-20")
