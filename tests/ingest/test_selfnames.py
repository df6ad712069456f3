"""An unknown site's name spelled from its address: a country closing the address is a word of the name, "<outlet word>
of <place>" is split into its words, a short name with no vowel is an acronym, ".news" or ".tv" adds nothing to a
name that already says what kind of outlet it is, nor ".news" or ".press" to a word, and a name that splits no certain
way is written as one word.  Addresses are made up, except those marked with the half-A set they come from."""

from __future__ import annotations

import pytest

from briefgen.ingest.selfnames import host_words


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://bizwatchnigeria.ng/story/", "Bizwatch Nigeria"),
        ("https://kestrelghana.com/a", "Kestrel Ghana"),
        ("https://thenewskenya.co.ke/a", "The News Kenya"),
        ("https://superwoman.com/a", "Superwoman"),  # "oman" closes a word: not a country's seam
    ],
)
def test_a_country_closing_a_sites_address_is_a_word_of_its_name(url: str, outlet: str) -> None:
    found = host_words(url)
    assert found is not None
    assert found.value == outlet


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://timesofmiddleeast.com/vell-visits/", "Times of Middle East"),
        ("https://voiceofostland.com/vell-visits/", "Voice of Ostland"),
        ("https://thetimesofwestmark.com/vell-visits/", "The Times of Westmark"),
        ("https://en.kpqrx.gov.cn/2024-05/30/c_1.htm", "KPQRX"),  # a short name with no vowel is an acronym
    ],
)
def test_an_address_spells_outlet_of_place_and_acronyms(url: str, outlet: str) -> None:
    found = host_words(url)
    assert found is not None and found.value == outlet


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://observerkestrel.com/2024/07/04/a/", "Observer Kestrel"),
        ("https://ghanafarmwatch.com/a", "Ghana Farmwatch"),
        ("https://leadership.ng/a", "Leadership"),  # short enough to be one word: not "Leader Ship"
    ],
)
def test_a_long_address_opening_with_an_outlet_or_country_word_splits_after_it(url: str, outlet: str) -> None:
    found = host_words(url)
    assert found is not None and found.value == outlet


def test_a_long_address_that_splits_no_certain_way_is_the_name_as_written() -> None:
    # better than no outlet: the reader knows the site by its address
    found = host_words("https://observerkestrelvellmarkton.com/a")
    assert found is not None and found.value == "Observerkestrelvellmarkton"


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.theheron.in/posts/a", "The Heron"),  # a leading "the", then one short word
        ("https://kvx21.com/?p=12", "KVX21"),  # letters with no vowel, then a number: an acronym's channel
        ("https://qt7.com/a", "QT7"),
        ("https://kestrelnews8.com/a", "Kestrel News 8"),  # words, then a number
    ],
)
def test_a_short_name_after_the_or_before_a_number_is_the_sites_name(url: str, outlet: str) -> None:
    found = host_words(url)
    assert found is not None and found.value == outlet


def test_the_running_into_a_word_is_no_certain_article() -> None:
    found = host_words("https://theatrely.com/a")
    assert found is not None and found.value == "Theatrely"  # not "The Atrely"


def test_the_before_a_short_word_on_u_is_an_article() -> None:
    # "the" runs into no word on "u" but "theurgy": the rest is the site's one short word
    found = host_words("https://theuvellan.com/2019/09/talks-open")
    assert found is not None and found.value == "The Uvellan"


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://kestreljournal.news/2024/10/treaty", "Kestrel Journal"),  # the name says "journal": ".news" adds nothing
        ("https://velmorazinas.news/treaty", "Velmora Zinas"),  # "news" in another language
        ("https://www.kestrelenglish.tv/news/1/treaty", "Kestrel English"),  # an edition named by its language
        ("https://kestrel.news/2024/10/treaty", "Kestrel"),  # a word: the suffix is only where the site lives
        ("https://kqx.news/2024/10/treaty", "KQX News"),  # an acronym takes the suffix's word
        ("https://ostlandnews.network/treaty", "Ostlandnews Network"),  # ".network" adds a word of the name
        ("https://televelmora.tv/correa-y-santos/56164", "Televelmora"),  # "tele…" already says it is a channel
        ("https://velmora.tv/treaty", "Velmora TV"),  # a channel's ".tv" is otherwise a word of its name
    ],
)
def test_a_news_suffix_adds_nothing_to_a_name_that_says_its_kind(url: str, outlet: str) -> None:
    found = host_words(url)
    assert found is not None and found.value == outlet


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.14news.com/2022/12/01/cgtn-how-do-china-laos-promote/", "14 News"),  # intake_final72
        ("https://24hoursworlds.com/politics/trip-to-central-asia/", "24 Hoursworlds"),  # intake_final76
        ("https://365dailynews.com/a", "365 Daily News"),
    ],
)
def test_a_number_opening_the_address_is_a_word_of_the_name(url: str, outlet: str) -> None:
    found = host_words(url)
    assert found is not None and found.value == outlet


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://particle.news/story/rubio-to-visit-mexico-sept-3-to-finalize-security-framework", "Particle"),  # intake_final54
        ("https://thestates.news/pm-narendra-modi-to-embark-on-4-day-visit-to-south-africa-and-greece-on-aug-22/", "The States"),
        ("https://maps.southfront.press/syrian-president-discussed-defense-pact-in-first-official-visit-to-turkey", "Southfront"),
        ("https://eir.news/2024/10/news/saudi-egyptian-heads-of-state-meet-in-cairo", "EIR News"),  # intake_final8
        ("https://ldd.news/top-news/starmer-flies-to-canada-for-key-meeting-ahead-of-g7/", "LDD News"),  # intake_final72
        ("https://thai.news/news/thailand/luxons-visit-to-thailand", "Thai News"),  # a people's name alone names no outlet
        ("https://vellish.news/a", "Vellish"),  # a made-up word, no people's name: the whole name
    ],
)
def test_a_word_on_news_or_press_is_the_whole_name_and_an_acronym_takes_the_suffix(url: str, outlet: str) -> None:
    found = host_words(url)
    assert found is not None and found.value == outlet


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://aussiedlerbote.de/en/macron-in-dresden-emphasizes-the-need-to-protect-europe", "Aussiedlerbote"),  # intake_final58
        ("https://ilmessaggiere.it/en/Politics/470107-new-canada-pm.html", "Ilmessaggiere"),  # intake_final92
        ("https://theindianawaaz.com/india-and-philippines-exchange-nine-mous/", "The Indianawaaz"),  # intake_final80
        ("https://thepromoteostlandinvelmora.com/a", "The Promoteostlandinvelmora"),  # a long rest after "the"
        ("https://theoryofvelmoraland.com/a", "Theoryofvelmoraland"),  # "the" running into "theory" stays in the name
    ],
)
def test_a_long_name_of_no_certain_words_is_the_address_name_in_one_word(url: str, outlet: str) -> None:
    found = host_words(url)
    assert found is not None and found.value == outlet
