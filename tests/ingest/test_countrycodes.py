"""A country's two-letter code glued to the end of a site's registered name is where the site is, not a word of its
name: "kestrelng.com" is Kestrel's site in Nigeria.  Addresses are made up."""

from __future__ import annotations

import pytest

from briefgen.ingest.countrycodes import without_country_code
from briefgen.ingest.selfnames import host_words


@pytest.mark.parametrize(
    ("name", "left"),
    [
        ("signalng", "signal"),  # a word, then Nigeria's code
        ("theharbourpk", "theharbour"),  # "the", a word, then Pakistan's code
        ("spring", "spring"),  # a word that ends in the letters: one piece, nothing cut
        ("paragraph", "paragraph"),
        ("kestrelus", "kestrelus"),  # a code with a vowel may be an English word ("us"): never cut
        ("kestreltv", "kestreltv"),  # television's letters, not Tuvalu's code
        ("kestrelfm", "kestrelfm"),
        ("zqxng", "zqxng"),  # no word before the code: not certain
        ("ng", "ng"),
    ],
)
def test_a_glued_country_code_is_cut_only_where_certain(name: str, left: str) -> None:
    assert without_country_code(name) == left


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.signalng.com/two-presidents-meet/", "Signal"),
        ("https://theguildng.com/leaders-meet-in-abuja/", "The Guild"),
        ("https://harbourlk.com/a", "Harbour"),
        ("https://thespring.com/a", "The Spring"),  # no code: as before
    ],
)
def test_the_site_is_named_without_its_country_code(url: str, outlet: str) -> None:
    found = host_words(url)
    assert found is not None
    assert found.value == outlet


@pytest.mark.parametrize(
    ("name", "left"),
    [
        ("guyanatimesgy", "guyanatimes"),  # the code of the country the name opens with, though it holds a vowel
        ("ugandapostug", "ugandapost"),
        ("kestrelgy", "kestrelgy"),  # no country's name before it: never cut
        ("guyanagy", "guyanagy"),  # nothing left but the country's name
        ("energy", "energy"),
    ],
)
def test_a_code_with_a_vowel_is_cut_after_its_countrys_name(name: str, left: str) -> None:
    assert without_country_code(name) == left
