"""Openings in a dateline's shape that name no place (falseplaces): refused, while real datelines keep their place."""

from __future__ import annotations

from briefgen.ingest.meta import dateline_length, find_dateline

_WEATHER_BOX = [
    "Condition: Clear sky",
    "Humidity: 84%",
    "Wind Speed: 16.7 km/h",
    "LONDON — Keir Starmer will welcome German Chancellor Friedrich Merz to London Thursday to sign the biggest "
    "U.K.-German treaty since 1945.",
]


def test_a_weather_box_label_is_not_the_place_and_the_dateline_below_is() -> None:
    assert find_dateline(_WEATHER_BOX)["place"].value == "London"


def test_a_subheading_over_a_quote_gives_no_place() -> None:
    paragraphs = [
        "Italy-India, Meloni: “millennial cultures, nations that have fought for their freedom”",
        "“Between Italy and India there are many similitudes. We are two peninsulas, two millenary cultures.”",
    ]
    assert "place" not in find_dateline(paragraphs)


def test_labels_run_together_give_no_place() -> None:
    paragraph = (
        "Paraphrase: The head of state has made an announcement President: The leader is speaking out about "
        "something - Macron in Dresden emphasizes the need to protect Europe."
    )
    assert "place" not in find_dateline([paragraph])
    assert dateline_length(paragraph) == 0


def test_a_button_in_capitals_is_not_a_place_line() -> None:
    paragraphs = [
        "SUBSCRIBE NOW",
        "German Chancellor Friedrich Merz will meet US President Donald Trump on Thursday at the White House.",
    ]
    assert "place" not in find_dateline(paragraphs)


def test_a_logos_label_in_capitals_is_not_a_place_line() -> None:
    paragraphs = [
        "KESTREL DAILY LOGO",
        "President Mara Quist of Ostland was on an official visit in Port Avel on April 19, where she held talks.",
    ]
    assert "place" not in find_dateline(paragraphs)


def test_a_title_case_dateline_before_its_lede_keeps_its_place() -> None:
    lede = (
        "Kuwait City: India and Kuwait on Sunday elevated their relationship to a strategic partnership and inked a "
        "key pact on forging deeper Defence ties."
    )
    assert find_dateline([lede])["place"].value == "Kuwait City"
    assert lede[dateline_length(lede) :].startswith("India and Kuwait")


def test_a_place_line_in_capitals_keeps_its_place() -> None:
    paragraphs = ["ANKARA", "Qatar’s Emir Sheikh Tamim bin Hamad Al Thani arrived in Ankara on Nov. 14 for discussions."]
    assert find_dateline(paragraphs)["place"].value == "Ankara"


def test_the_label_of_a_listed_agreement_is_no_place() -> None:
    paragraphs = [
        "Key Agreements and Development Projects Unveiled",
        "Indian Pharmacopoeia Agreement : Aims to improve access to Indian pharmaceutical products in Trinidad and Tobago.",
        "Quick Impact Projects (QIP) : India pledged a grant to support local development initiatives through projects.",
    ]
    assert "place" not in find_dateline(paragraphs)


def test_an_outlet_credited_before_a_colon_is_no_place() -> None:
    paragraphs = [
        "Arab Finance: The Egypt-Spain Business Forum kicked off in Cairo on September 18th, marking a new milestone in "
        "the economic partnership between the two countries, according to a statement."
    ]
    assert "place" not in find_dateline(paragraphs)


def test_a_city_before_a_colon_is_still_the_place() -> None:
    paragraphs = ["Muscat: The joint communique, issued on the Sultan's state visit, underlined the deep-rooted ties."]
    assert find_dateline(paragraphs)["place"].value == "Muscat"


def test_a_photo_pages_cue_before_its_caption_is_no_place() -> None:
    paragraphs = [
        "LOOK: President Amara Velt and Prince Orsino of Castalia inspect the troops during an arrival honors ceremony "
        "at the palace grounds on 22 April 2024."
    ]
    assert "place" not in find_dateline(paragraphs)


def test_a_releases_signature_under_the_text_gives_no_place() -> None:
    """A ministry signs its release under the text with its name, its city and the day: no dateline."""
    paragraphs = [
        "The president of Sylvania made a working visit to Freedonia on 2 June 2024 to attend the Port Ellis Dialogue.",
        "The two presidents reaffirmed the warm and friendly ties between Freedonia and Sylvania.",
        "MINISTRY OF FOREIGN AFFAIRS",
        "PORT ELLIS",
        "2 JUNE 2024",
    ]
    assert "place" not in find_dateline(paragraphs)
    assert find_dateline(["PORT ELLIS", *paragraphs[:2]])["place"].value == "Port Ellis"


def test_a_pointer_to_an_older_story_is_no_place() -> None:
    """A report points to an older story of its own in the body ("FLASHBACK: …"), in a dateline's shape."""
    paragraphs = [
        "Nauru has agreed to give Australia effective veto over its security pact under a new treaty signed today.",
        "The treaty was signed in the face of China’s growing influence in the Pacific region.",
        "FLASHBACK: Nauru switches diplomatic recognition from Taiwan to China",
        "Under the treaty, Australia will also provide $100 million over five years for Nauruan education, health and social services.",
    ]
    assert "place" not in find_dateline(paragraphs)
