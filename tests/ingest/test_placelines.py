"""Second readings of a dateline (placelines) and datelines signed in brackets (creditlines)."""

from __future__ import annotations

from briefgen.ingest.creditlines import credit_dateline
from briefgen.ingest.meta import Found, dateline, find_dateline, parse_text_date
from briefgen.ingest.placelines import reread_place


def _reread(paragraphs: list[str]) -> dict[str, Found]:
    return reread_place(paragraphs, find_dateline(paragraphs) or dateline(paragraphs[0]))


def test_a_full_dateline_below_outranks_a_bare_capitals_line() -> None:
    paragraphs = [
        "The president during a visit in December.",
        "PCO",
        "He seeks deals on rice.",
        "MANILA, Philippines – President Marcos will fly to Hanoi.",
    ]
    assert _reread(paragraphs)["place"].value == "Manila"


def test_a_bare_place_line_stays_without_a_dateline_below() -> None:
    paragraphs = ["ANKARA", "Türkiye and Azerbaijan signed two agreements on Friday.", "The talks lasted two hours."]
    assert _reread(paragraphs)["place"].value == "Ankara"


def test_the_inner_capitals_dateline_of_a_press_release_wire() -> None:
    paragraphs = ["VIETNAM, November 27 - HÀ NỘI — Việt Nam and Japan have agreed to upgrade their relations."]
    assert _reread(paragraphs)["place"].value == "Hà Nội"


def test_a_dateline_behind_a_glued_photo_caption() -> None:
    paragraphs = ["The president at the airport on November 30 (Photo: VNA). Hanoi (VNA) – President Thuong arrived home."]
    assert _reread(paragraphs)["place"].value == "Hanoi"
    # VietnamPlus (intake_final153): the caption's credit glued to the dateline, no stop or space between.
    glued = ["The prime minister is welcomed at the airport in Hanoi (Photo: VNA)Hanoi (VNA) – The prime minister arrived."]
    assert _reread(glued)["place"].value == "Hanoi"


def test_a_place_and_its_country_in_brackets_on_their_line() -> None:
    paragraphs = ["President's News - 2023.2.2", "Rabat (Morocco)", "During the opening of the plenary session, the President spoke."]
    assert _reread(paragraphs)["place"].value == "Rabat"


def test_a_signed_credit_with_the_day_names_the_outlet() -> None:
    line = credit_dateline("Metro Manila (CNN Philippines, January 26) — President Marcos will fly to Vietnam.")
    assert line is not None
    assert (line.place, line.outlet, line.day) == ("Metro Manila", "CNN Philippines", "January 26")


def test_a_credit_spelled_as_an_address_and_a_country() -> None:
    line = credit_dateline("Tashkent, Uzbekistan (UzDaily.com) – The first meeting was held.")
    assert line is not None
    assert (line.place, line.outlet) == ("Tashkent", "UzDaily.com")  # the city alone, its country read past


def test_a_country_after_the_place_is_read_past_under_a_wire_credit() -> None:
    line = credit_dateline("Lima, Peru (Xinhua) – Chinese President Xi Jinping arrived.")
    assert line is not None
    assert (line.place, line.outlet) == ("Lima", "")


def test_a_bare_wire_credit_is_left_to_the_wire_readers() -> None:
    assert credit_dateline("Hanoi (VNA) – President Thuong arrived.") is None
    assert dateline("Hanoi (VNA) – President Thuong arrived.")["place"].value == "Hanoi"


def test_a_date_without_a_space_after_its_comma() -> None:
    assert str(parse_text_date("PUBLISHED ON Aug 19,2023 [ VOL 24 , NO 1216]")) == "2023-08-19"
    assert parse_text_date("on March 10,20000 people") is None


def test_an_agency_credit_alone_under_a_short_story_is_no_place() -> None:
    paragraphs = [
        "The announcement was made by the state news agency.",
        "The prime minister arrived on Sunday, the first such visit since 2016.",
        "“Engagement remains important,” he told reporters.",
        "IANS",
    ]
    assert "place" not in find_dateline(paragraphs)


def test_a_place_alone_on_its_line_is_still_the_dateline() -> None:
    paragraphs = ["The state news agency reported the visit.", "ISLAMABAD", "Pakistan and China signed two agreements."]
    assert find_dateline(paragraphs)["place"].value == "Islamabad"


def test_a_full_dateline_below_a_standfirst_and_a_caption_outranks_a_sections_kicker() -> None:
    # L'Orient Today (intake_final88): the section's kicker in capitals, the standfirst, the headline printed again, a caption.
    paragraphs = [
        "TWO-STATE SOLUTION",
        '"Indonesia has stated that once Israel recognizes Palestine, Indonesia is ready to recognize Israel," '
        "the country's president said.",
        "France, Indonesia call for Israeli-Palestinian progress as Macron visits",
        "France's President Emmanuel Macron (L) shakes hands with Indonesia's President Prabowo Subianto. (Photo by Ludovic Marin/AFP)",
        'JAKARTA — France and Indonesia called Wednesday for progress to be made on "mutual recognition" between '
        "Israel and the Palestinians.",
    ]
    assert _reread(paragraphs)["place"].value == "Jakarta"


def test_a_city_in_capitals_and_its_country_alone_on_its_line_is_the_place() -> None:
    lede = "Kenya and Tanzania have signed three key Memoranda of Understanding, in a bid to enhance bilateral relations."
    found = reread_place(["Pages", "MOMBASA, Kenya", lede], {})
    assert found["place"].value == "MOMBASA"
    assert reread_place(["Pages", "PORT ELLING, Ostland", lede], {}) == {}  # no country: a label of that shape
    assert reread_place(["Pages", "SPORTS, Politics", lede], {}) == {}


def test_a_city_and_its_country_both_in_capitals_over_a_statements_date_is_the_place() -> None:
    lede = "The two leaders held their annual consultation in a warm atmosphere, reviewing cooperation in energy and trade."
    found = reread_place(["JOINT STATEMENT ON THE ANNUAL CONSULTATION", "BANDAR SERI BEGAWAN, BRUNEI DARUSSALAM", lede], {})
    assert found["place"].value == "BANDAR SERI BEGAWAN"
    assert reread_place(["JOINT STATEMENT", "PRIME MINISTER, FOREIGN AFFAIRS", lede], {}) == {}  # no country named


def test_a_capital_in_title_case_and_its_country_alone_on_its_line_is_the_place() -> None:
    lede = "The visiting prime minister announced an increase in aid at a joint press conference yesterday afternoon."
    found = reread_place(["Home > NZ Prime Minister visits Tonga", "Nuku'alofa, Tonga", lede], {})
    assert found["place"].value == "Nuku'alofa"
    # a town that is no capital, or a capital under no country's name, is no such line: a caption's or a label's
    assert reread_place(["A story", "Neiafu, Tonga", lede], {}) == {}
    assert reread_place(["A story", "Havana, Politics", lede], {}) == {}


def test_a_dateline_city_in_capitals_loses_its_country_written_without_a_comma() -> None:
    paragraphs = ["HAVANA Cuba, Aug 8 (ACN) The two parties signed an exchange and cooperation agreement in this city."]
    assert _reread(paragraphs)["place"].value.casefold() == "havana"
    kept = ["HAVANA, Cuba, Aug 8 (ACN) The two parties signed an exchange and cooperation agreement in this city."]
    assert _reread(kept)["place"].value.casefold() == "havana"


def test_a_dateline_with_its_agency_credit_alone_on_its_line() -> None:
    # en.aletihad.ae, reprinting WAM's copy: the dateline is set alone above the lede, with no dash after the credit.
    paragraphs = [
        "ABU DHABI (WAM)",
        "US President Donald Trump arrived in Abu Dhabi on Thursday on a state visit to the UAE.",
        "UAE President His Highness Sheikh Mohamed bin Zayed Al Nahyan welcomed the US President and his accompanying "
        "delegation as they arrived at the Presidential Airport.",
    ]
    assert _reread(paragraphs)["place"].value == "ABU DHABI"


def test_a_caption_closing_on_its_credit_is_no_dateline() -> None:
    paragraphs = [
        "Chinese President Xi Jinping and Algerian President Abdelmadjid Tebboune witness the signing in Beijing. (AFP)",
        "China and Algeria signed 19 cooperation agreements on Wednesday.",
    ]
    assert "place" not in _reread(paragraphs)
    assert "place" not in _reread(["The talks ended on Friday.", "ABU DHABI (WAM)"])  # a dateline heads text


def test_a_stamp_with_a_comma_after_its_month() -> None:
    # ratin.net's stamp over Capital FM's copy.
    assert str(parse_text_date("Posted on August, 25, 2021 at 09:03 am")) == "2021-08-25"
    assert parse_text_date("In August, 2021 the two sides met.") is None
    assert parse_text_date("In August, 25 ministers met.") is None
