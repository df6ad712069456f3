"""A named speaker's act told with what they said (", saying that …") is their statement, and a side's office holder
named after a comma ("Estonia's new president, Kersti Kaljulaid") is that side's: real sentences of round 111's sample
(Yle's report of Kaljulaid's first visit to Finland)."""

from __future__ import annotations

from briefgen.suggest.selection import drafted_spans
from briefgen.suggest.sentences import split_sentences
from briefgen.suggest.side_people import people_of
from briefgen.suggest.speakers import spoken_by_name
from briefgen.suggest.third_parties import page_sides, third_party_background
from briefgen.suggest.worth import check_worthy

_LEDE = "Estonia's new president, Kersti Kaljulaid, met with Finnish President Sauli Niinistö on an official visit to Finland."
_SYRIA = (
    "Niinistö said that due to Russian bombings in Syria, Finland has not ruled out agreeing to additional EU sanctions against Russia."
)
_CONCURRED = (
    "Kaljulaid concurred, saying that the situation in Syria was so serious that new sanctions would be justified if the EU "
    "reaches the conclusion that they would improve the situation, saying it was a question of human lives."
)


def test_a_named_subject_saying_what_it_holds_is_its_statement() -> None:
    assert spoken_by_name(_CONCURRED)
    assert check_worthy(_CONCURRED)


def test_saying_after_a_pronoun_names_no_speaker() -> None:
    assert not spoken_by_name("He concurred, saying that the situation in Syria was so serious that new sanctions would be justified.")


def test_saying_as_a_noun_or_without_its_comma_is_no_attribution() -> None:
    assert not spoken_by_name("The old saying about neighbours was printed on the banner in Tallinn.")
    assert not spoken_by_name("Kaljulaid left without saying goodbye to the press in Helsinki.")


def test_a_side_office_holder_named_after_a_comma_is_the_side_s() -> None:
    assert people_of({"Estonia"}, "Estonia", [_LEDE]) == {"Kaljulaid"}
    assert people_of({"Estonia"}, "Estonia", ["Estonia's president, and the Finnish delegation, met on Thursday."]) == set()


def test_the_statement_of_a_side_on_a_third_country_keeps_its_draft() -> None:
    body = "\n\n".join([_LEDE, _SYRIA, _CONCURRED])
    sides = page_sides("Estonian president in Finland on first official visit abroad", _LEDE, [_LEDE, _SYRIA, _CONCURRED])
    assert not third_party_background(_CONCURRED, sides)
    drafted = [sentence.text for sentence, _, _ in drafted_spans(body, split_sentences(body), None, False, None, None)]
    assert any(text.startswith("Kaljulaid concurred, saying") for text in drafted)
