"""The place a reader sees for datelines in shapes the first readings miss: places joined by a slash, a state in
initials, a title-case place with its country before a dash, a credit in brackets, a full date and the outlet's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.datelineshapes import shaped_dateline
from tests.ingest.dry_run import dry_add


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        (
            "ISLAMABAD/BEIJING – Prime Minister Shehbaz Sharif called on Chinese President Xi Jinping during his maiden visit.",
            "Islamabad/Beijing",
        ),
        (
            "WASHINGTON, D.C., May 22 – President William Ruto, accompanied by First Lady Rachel Ruto, has arrived in Washington, D.C.",
            "Washington",
        ),
        (
            "CANBERRA, ACT, Sept. 17 -- The Prime Minister of Australia issued the following media release on the talks in Port Moresby.",
            "Canberra",
        ),
        (
            "Lima, (APP - UrduPoint / Pakistan Point News - 15th Nov, 2024) President Xi Jinping on Thursday inaugurated "
            "Latin America's first Chinese-funded port in Chancay, Peru.",
            "Lima",
        ),
        (
            "Barahona, Dominican Republic.- The governments and business leaders of the Dominican Republic and Haiti will "
            "work together to surmount frictions.",
            "Barahona",
        ),
        (
            "Kampala, Uganda -President Yoweri Museveni is set to make a state visit to Kenya, as Uganda attaches great "
            "importance to its relations with its neighbour.",
            "Kampala",
        ),
        (
            "Münster, May 28, 2024, The Europe Today: French President Emmanuel Macron began the third and final day of his "
            "state visit to Germany in the western city of Münster.",
            "Münster",
        ),
        (
            "Port Avel, August 14, Mana: President Anna Vell has arrived in Port Avel where she is expected to hold bilateral talks.",
            "Port Avel",
        ),
    ],
)
def test_a_dateline_in_a_missed_shape_gives_its_place(paragraph: str, place: str) -> None:
    assert shaped_dateline([paragraph], [])["place"].value == place


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        (
            "SWAKOPMUND, 28 SEP (NAMPA) - The principles set by the Namibia-Botswana joint commission on defence must "
            "serve as a guide to promoting both countries' conditions.",
            "Swakopmund",
        ),
        ("WINDHOEK, 3 March (NAMPA) - The two ministers signed the agreement on Tuesday.", "Windhoek"),
        (
            "Addis Ababa, — China became one of the largest importers of Ethiopian coffee, Ethiopian Ambassador to China "
            "Tefera Derbew said.",
            "Addis Ababa",
        ),
    ],
)
def test_an_agencys_day_before_the_month_or_a_capital_whose_credit_was_cut_gives_the_place(paragraph: str, place: str) -> None:
    assert shaped_dateline([paragraph], [])["place"].value == place


@pytest.mark.parametrize(
    "paragraph",
    [
        "Meanwhile, — the two delegations met again on Tuesday to review the agreements.",  # a phrase, no capital
        "Mozambique, — a country with a long coast, supplies power to its neighbours.",  # a country, no capital
        "SWAKOPMUND, 28 SEP the two ministers met to sign the agreement on defence.",  # no credit, no closing dash
    ],
)
def test_no_capital_before_the_comma_and_dash_or_no_credit_after_the_day_gives_no_place(paragraph: str) -> None:
    assert shaped_dateline([paragraph], []) == {}


def test_a_title_case_place_and_its_country_before_a_dash_count_when_the_page_names_them_again() -> None:
    lede = (
        "Woodside, California - President Joe Biden and Chinese President Xi Jinping shook hands and pledged to steer "
        "their countries away from conflict Wednesday."
    )
    caption = "President Joe Biden greets Chinese President Xi Jinping in Woodside, California on November 15, 2023."
    assert shaped_dateline([lede, caption], [])["place"].value == "Woodside"
    assert shaped_dateline([lede], []) == {}  # named nowhere else: the words could be a phrase's


def test_the_sites_address_may_follow_the_country_before_the_dash() -> None:
    lede = "Port Avel, Ostland, Ostlandpost.com – Reported by Antara, President Mara Quist met her Veldran counterpart."
    assert shaped_dateline([lede, "The talks in Ostland lasted three hours."], [])["place"].value == "Port Avel"


def test_a_phrase_before_a_comma_and_a_dash_is_no_place() -> None:
    paragraph = "Meanwhile, Biden - President of the United States - met Xi in Woodside, California."
    assert shaped_dateline([paragraph, "Biden met Xi."], []) == {}


def test_sources_add_reads_the_place_of_a_slashed_dateline(mini_project: Path, tmp_path: Path) -> None:
    body = (
        "Pakistan PM meets Chinese President to deepen CPEC development\n\n"
        "ISLAMABAD/BEIJING – Prime Minister Shehbaz Sharif called on Chinese President Xi Jinping during his maiden visit "
        "and discuss regional and global developments, especially the revitalization of the Pak-China flagship project CPEC.\n\n"
        "A statement issued by Prime Minister’s office said PM Shehbaz and the Chinese President agreed to promote their "
        "multidimensional cooperation.\n"
    )
    fields = dry_add(mini_project, tmp_path, body, "https://dailypakistan.com.pk/02-Nov-2022/pakistan-pm-meets-chinese-president")
    assert fields["place"] == "Islamabad/Beijing"


def test_a_countrys_initials_with_the_dash_typed_against_them_close_a_dateline() -> None:
    # intake_final90's MENAFN copy of the UAE ministry's release
    lede = (
        "Abu Dhabi, UAE– The Ministry of Investment of the UAE witnessed the signing of a landmark agreement between the "
        "Government of the Republic of Egypt and the Government of the UAE, represented by a private consortium led by ADQ, "
        "an Abu Dhabi-based sovereign investor."
    )
    assert shaped_dateline([lede], [])["place"].value == "Abu Dhabi"
    assert shaped_dateline([lede.replace("an Abu Dhabi-based", "a")], []) == {}  # the place named nowhere else


def test_capitals_after_the_comma_that_are_no_countrys_initials_credit_the_copy() -> None:
    # intake_final88's MINA copy: "MINA" is the site's short name, read with the outlet (:mod:`sitecredits`)
    lede = (
        "Jakarta, MINA – President of the Republic of Indonesia, Prabowo Subianto, officially welcomed French President "
        "Emmanuel Macron during a bilateral meeting at the Merdeka Palace in Jakarta on Wednesday."
    )
    assert shaped_dateline([lede], []) == {}


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        (
            "PORT AVEL. March 13 (Kestrel Wire) - The presidents of Ostland and Vell have signed a border treaty, a "
            "Kestrel Wire correspondent reported on Thursday.",
            "Port Avel",
        ),
        (
            "July 31, Port Avel (KDN): The President of Ostland returned home late on the evening of July 30, following "
            "the conclusion of a three-day official visit.",
            "Port Avel",
        ),
    ],
)
def test_a_dateline_with_its_day_and_credit_in_brackets_gives_its_place(paragraph: str, place: str) -> None:
    assert shaped_dateline([paragraph], [])["place"].value == place


def test_a_sentence_opening_with_a_day_is_no_dateline() -> None:
    assert shaped_dateline(["July 31, the day the talks ended, was a Monday (the ministers said so): nothing more."], []) == {}


def test_the_weekday_and_the_day_before_the_place_and_a_dash() -> None:
    lede = "On February 21-22, President Kestrel will go on a state visit to Velmora where she will meet its leaders."
    found = shaped_dateline([f"Thursday, February 14, Port Elling – {lede}"], [])
    assert found["place"].value == "Port Elling"
    assert shaped_dateline([f"Thursday, February 14, 2019, Vilnius – {lede}"], [])["place"].value == "Vilnius"
    assert shaped_dateline([f"February 14, Port Elling – {lede}"], []) == {}  # no weekday: a phrase may open so
    assert shaped_dateline([f"Thursday, February 14, the ministers met – {lede}"], []) == {}


def test_a_states_code_without_stops_needs_the_day_after_it() -> None:
    assert shaped_dateline(["PORT AVEL, OST -- The President of Ostland issued the following media release on the talks."], []) == {}


def test_a_place_in_capitals_glued_by_a_hyphen_to_the_ledes_first_word_counts_when_named_again() -> None:
    lede = "PORTAVEL-CLOSE regional allies Westmark and Eastmark this week sought to deepen political ties in Portavel."
    assert shaped_dateline([lede], [])["place"].value == "Portavel"
    assert shaped_dateline(["ECOWAS-EU trade talks resumed on Monday in Abuja."], []) == {}


def test_a_hyphen_against_a_word_in_small_letters_is_no_dateline() -> None:
    assert shaped_dateline(["Kampala, Uganda -based firms say Uganda's exports to Kenya rose last year."], []) == {}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Port of Spain, July 5 (IANS) Prime Minister Narendra Modi, on Friday, met with his counterpart at the Red House.",
        "Port of Spain: India and Trinidad and Tobago have inked six agreements to boost cooperation in several sectors.",
    ],
)
def test_a_capital_whose_name_joins_its_words_with_a_small_word_is_a_place(paragraph: str) -> None:
    assert shaped_dateline([paragraph], [])["place"].value == "Port of Spain"


def test_words_joined_by_of_that_name_no_capital_are_no_place() -> None:
    paragraph = "Bank of Vell, July 5 (AFP) The central bank raised its rate by half a point on Friday."
    assert shaped_dateline([paragraph], []) == {}


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        # the agency's bracketed country kept, its day, credit and colon cut
        ("Kathmandu [Nepal] Nepal's Prime Minister on Monday embarked on a five-day official visit to Westmark.", "Kathmandu"),
        # a country whose name joins its words with "and", as a site files a report under it
        (
            "Trinidad and Tobago: The Prime Minister of Ostland arrived at the airport yesterday to a ceremonial welcome.",
            "Trinidad and Tobago",
        ),
    ],
)
def test_a_cut_agency_dateline_or_a_joined_country_gives_its_place(paragraph: str, place: str) -> None:
    assert shaped_dateline([paragraph], [])["place"].value == place


@pytest.mark.parametrize(
    "paragraph",
    [
        "Harbour Agency [Westmark] Officials said on Monday the port would reopen within a week of the storm.",
        "Smith and Jones: The two partners said on Monday they would merge their firms by the end of the year.",
    ],
)
def test_brackets_naming_no_country_and_names_joined_by_and_are_no_datelines(paragraph: str) -> None:
    assert shaped_dateline([paragraph], []) == {}
