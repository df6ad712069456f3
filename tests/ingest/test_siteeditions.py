"""A country's or a region's edition of a known site is named with its place ("africa.businessinsider.com" is Business
Insider Africa), and arabnews.pk by the name its own pages write.  The sentences are those of the round's own sample
(Business Insider Africa's APO copy of South Africa's Presidency, Arab News Pakistan's own report)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.siteeditions import edition_name
from tests.ingest.dry_run import dry_add

_RAMAPHOSA = (
    "President commences his four-nation West Africa visit\n\n"
    "President Cyril Ramaphosa has today, Tuesday, 30 November 2021, departed South Africa for the Federal Republic of "
    "Nigeria commencing his week-long, four-nation visit to the Western Africa region.\n\n"
    "Republic of South Africa: The Presidency\n"
)
_IFTAR = (
    "Arab News Pakistan celebrates Ramadan in Pakistan capital with iftar\n\n"
    "ISLAMABAD: As Ramadan has begun all over the world, Arab News invited the media fraternity of Pakistan’s capital, "
    "Islamabad, to join together for an iftar dinner.\n"
)


@pytest.mark.parametrize(
    ("host", "key", "outlet", "named"),
    [
        ("africa.businessinsider.com", "businessinsider.com", "Business Insider", "Business Insider Africa"),
        ("uk.news.yahoo.com", "news.yahoo.com", "Yahoo News", "Yahoo News UK"),
        ("malaysia.news.yahoo.com", "news.yahoo.com", "Yahoo News", "Yahoo News Malaysia"),
        ("uz.kursiv.media", "kursiv.media", "Kursiv", "Kursiv Uzbekistan"),
    ],
)
def test_an_edition_is_named_with_its_place(host: str, key: str, outlet: str, named: str) -> None:
    assert edition_name(host, key, outlet) == named


@pytest.mark.parametrize(
    ("host", "key", "outlet"),
    [
        ("au.lifestyle.yahoo.com", "yahoo.com", "Yahoo"),  # a section under an edition: Yahoo's own name
        ("vietnam.vnanet.vn", "vnanet.vn", "Vietnam News Agency"),  # the name already holds the place
        ("en.sggp.org.vn", "sggp.org.vn", "SGGP"),  # a language, not a place
        ("af.reuters.com", "reuters.com", "Reuters"),  # Africa, not Afghanistan: a region's letters are left alone
        ("global.espreso.tv", "espreso.tv", "Espreso"),
        ("blogs.reuters.com", "trt.global/afrika-english", "TRT Afrika"),  # a folder's entry is specific already
    ],
)
def test_other_subdomains_keep_the_outlet(host: str, key: str, outlet: str) -> None:
    assert edition_name(host, key, outlet) == outlet


def test_an_edition_page_is_archived_under_the_edition(mini_project: Path, tmp_path: Path) -> None:
    url = "https://africa.businessinsider.com/apo/president-commences-his-four-nation-west-africa-visit/jltfrtz"
    assert dry_add(mini_project, tmp_path, _RAMAPHOSA, url)["outlet"] == "Business Insider Africa"


def test_arab_news_pakistan_is_named_as_it_writes_itself(mini_project: Path, tmp_path: Path) -> None:
    assert dry_add(mini_project, tmp_path, _IFTAR, "https://arabnews.pk/node/1311271")["outlet"] == "Arab News Pakistan"
    assert dry_add(mini_project, tmp_path, _IFTAR, "https://www.arabnews.com/node/1311271")["outlet"] == "Arab News"
