"""A bound on a count of things against one count: "over 1,000 Turkish companies" against "771 Turkish companies".

The wording is that of real reports of one leaders' meeting, cut to the words that matter.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.models import Fact
from tests.corpus.builders import conflicts_described, make_fact

OVER = (
    "Bilateral trade between the two countries has surged fivefold over the past decade,"
    " with over 1,000 {} companies now operating in Qatar"
)
COUNTED = (
    "The Qatar Investment Authority manages large-scale projects in Turkiye, with 200 Qatari companies operating"
    " in the Turkish market and 771 {} companies active in Qatar."
)


def fact(fact_id: str, source: str, quote: str, **value: Any) -> Fact:
    return make_fact(fact_id, source, quote, "2024-11-15", topics=("trade",), **value)


def test_more_than_a_thousand_against_771_companies_of_one_country_is_a_conflict() -> None:
    over = fact("hurriyet", "hurriyetdailynews", OVER.format("Turkish"), low=1000, unit="companies")
    counted = fact("gulfpress", "gulfpress", COUNTED.format("Turkish"), amount=771, unit="companies")
    [message] = conflicts_described(over, counted)
    assert message.startswith("sources disagree on figures for ")
    assert message.endswith("'gulfpress' says 771 companies, no period; 'hurriyet' says at least 1000 companies, no period")


def test_companies_of_another_country_are_another_count() -> None:
    over = fact("hurriyet", "hurriyetdailynews", OVER.format("Turkish"), low=1000, unit="companies")
    counted = fact("gulfpress", "gulfpress", COUNTED.format("Iranian"), amount=771, unit="companies")
    assert conflicts_described(over, counted) == []


def test_a_bound_on_money_still_holds_only_a_near_figure() -> None:
    said = "Bilateral trade between Turkiye and Qatar reached {} last year, the ministry said."
    over = fact("a", "aa", said.format("more than $1 billion"), low=1000000000, unit="USD", period="2023")
    far = fact("b", "dailysabah", said.format("$771 million"), amount=771000000, unit="USD", period="2023")
    assert conflicts_described(over, far) == []


# Politico and Xinhua (via IANS) on the signing in Belgrade of Thu 2024-08-29 (intake_final78), as drafted.
ELEVEN = "The pair signed 11 bilateral agreements"
PAIR = (
    "French President Emmanuel Macron and his Serbian counterpart Aleksandar Vučić plugged their ears to the outside"
    " noise on Thursday evening to back a series of multi-billion-euro agreements"
)
DOZEN = (
    "Serbian President Aleksandar Vucic held talks with him, and they witnessed the signing of {} agreements between"
    " governments and enterprises of the two nations, Xinhua news agency reported"
)
ARRIVED = "French President Emmanuel Macron arrived in Serbia for a two-day visit on Thursday"


def signing(count: str, **value: Any) -> list[Fact]:
    """Politico's count of the agreements and Xinhua's, each beside a sentence of its article that names the parties."""
    eleven = make_fact("politico-d03", "politico", ELEVEN, "2024-08-29", kind="event", topics=("agreements",), amount=11, unit="agreements")
    pair = make_fact("politico-d01", "politico", PAIR, "2024-08-29", kind="statement", topics=("agreements",))
    xinhua = make_fact(
        "socialnews-d03", "socialnews", DOZEN.format(count), "2024-08-29", kind="event", topics=("agreements",), unit="agreements", **value
    )
    arrived = make_fact("socialnews-d02", "socialnews", ARRIVED, "2024-08-29", kind="event", topics=("visits",))
    return [eleven, pair, xinhua, arrived]


def test_over_a_dozen_agreements_against_eleven_signed_at_one_signing_is_a_conflict() -> None:
    [message] = conflicts_described(*signing("over a dozen", low=12))
    assert message.startswith("sources disagree on figures for ")
    assert message.endswith("'politico-d03' says 11 agreements, no period; 'socialnews-d03' says at least 12 agreements, no period")


def test_a_bound_that_holds_the_count_or_a_range_is_no_conflict() -> None:
    assert conflicts_described(*signing("more than ten", low=10)) == []  # more than ten may be eleven
    assert conflicts_described(*signing("12 to 14", low=12, high=14)) == []  # a range states two ends, not one count
    assert conflicts_described(*signing("over 20", low=20)) == []  # far from eleven: another count, not one misstated
